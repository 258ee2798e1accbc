"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar)."""


import pytest

from tests.support.nu_checker import nu_problems

from .conftest import LANGUAGES


@pytest.mark.slow  # the Nu checker starts a Java process
def test_every_page_type_passes_the_nu_html_checker(client, demo, tmp_path):
    answers = {}
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
            answers[f"{language}-{kind}"] = client.get(url)
    assert nu_problems(tmp_path, answers) == []


def single_language_article(demo, language):
    from ispolkom.news.models import NewsArticlePage

    article = NewsArticlePage(title=f"Only in {language}", slug=f"only-{language}", lead="Lead")
    demo.section(language).add_child(instance=article)
    article.save_revision().publish()
    return article
