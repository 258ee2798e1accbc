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
    for language in LANGUAGES:
        urls = demo.urls_of_every_type(language)
        urls["not_found"] = f"/{language}/no-such-page/"
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
