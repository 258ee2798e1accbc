"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from .conftest import LANGUAGES, require_tool

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.slow  # the Nu checker starts a Java process
def test_every_page_type_passes_the_nu_html_checker(client, demo, tmp_path):
    java = shutil.which("java")
    require_tool(java and VNU.exists(), "Java and the vnu-jar npm package (make test installs it)")
    files = []
    single = {code: single_language_article(demo, code) for code in ("ru", "en")}
    for language in LANGUAGES:
        urls = demo.urls_of_every_type(language)
        urls["not_found"] = f"/{language}/no-such-page/"
        # The language switch's notice for a page missing in this language, and its page.
        other = single["en" if language != "en" else "ru"]
        urls["untranslated"] = f"/{language}/_util/untranslated/?page={other.pk}"
        urls["special_untranslated"] = f"/special{urls['untranslated']}"
        urls["single_language_article"] = single.get(language, single["en"]).url
        urls["site_login"] = f"/{language}/_util/login/"
        urls["special_site_login"] = f"/special/{language}/_util/login/"
        for kind, url in urls.items():
            response = client.get(url)
            path = tmp_path / f"{language}-{kind}.html"
            path.write_bytes(response.content)
            files.append(str(path))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--also-check-css", *files],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages if m["type"] == "error" or m.get("subType") == "warning"
    ]
    assert problems == []


def single_language_article(demo, language):
    from ispolkom.news.models import NewsArticlePage

    article = NewsArticlePage(title=f"Only in {language}", slug=f"only-{language}", lead="Lead")
    demo.section(language).add_child(instance=article)
    article.save_revision().publish()
    return article
