"""A page with no translation in a language: its switch entry says so and leads to that
language's notice, which names the languages the page has and offers that language's news
(core.views.untranslated, the language_links tag)."""

import pytest
from bs4 import BeautifulSoup

NOTICE = {
    "ru": "Этот материал доступен только на английском",
    "be": "Гэты матэрыял даступны толькі на англійскай мове",
}
NO_TRANSLATION = {"ru": "перевода этого материала нет", "be": "перакладу гэтага матэрыялу няма"}
NEWS_LINK = {"ru": "Перейти к списку новостей", "be": "Перайсці да спісу навін"}


@pytest.fixture
def english_only(demo):
    from ispolkom.news.models import NewsArticlePage

    article = NewsArticlePage(title="Only in English", slug="only-in-english", lead="Lead")
    demo.section("en").add_child(instance=article)
    article.save_revision().publish()
    return article


def html_of(response):
    return BeautifulSoup(response.content, "html.parser")


def switch(response):
    return {a["hreflang"]: a for a in html_of(response).select("nav.language-switch a")}


@pytest.mark.parametrize("prefix", ["", "/special"])
def test_switch_entries_of_a_missing_language_say_so(client, english_only, prefix):
    links = switch(client.get(prefix + english_only.url))
    assert links["en"]["href"] == prefix + english_only.url
    assert "rel" not in links["en"].attrs
    for code in ("ru", "be"):
        link = links[code]
        assert link["href"] == f"{prefix}/{code}/_util/untranslated/?page={english_only.pk}"
        assert link["rel"] == ["nofollow"]
        assert link["lang"] == code
        assert link["title"] == NO_TRANSLATION[code]
        hidden = link.select_one(".visually-hidden").get_text(strip=True)
        assert hidden == f": {NO_TRANSLATION[code]}"


def test_hreflang_alternates_name_only_real_translations(client, english_only):
    html = html_of(client.get(english_only.url))
    assert [link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')] == ["en"]


@pytest.mark.parametrize("prefix", ["", "/special"])
@pytest.mark.parametrize("code", ["ru", "be"])
def test_the_notice_names_the_language_and_offers_the_news(client, demo, english_only,
                                                           prefix, code):
    response = client.get(f"{prefix}/{code}/_util/untranslated/?page={english_only.pk}")
    assert response.status_code == 200
    html = html_of(response)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == NOTICE[code]
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert html.find("link", rel="canonical") is None
    version = html.select_one(".untranslated-versions li")
    assert version["lang"] == "en"
    assert version.a["href"] == prefix + english_only.url
    assert version.a.get_text(strip=True) == "Only in English"
    news = html.find("a", string=NEWS_LINK[code])
    assert news["href"] == prefix + demo.news_index(code).url
    if prefix:
        assert "sv" in html.html["class"]
    # Its own switch: this notice in each missing language, the article where it exists.
    links = switch(response)
    assert links[code]["aria-current"] == "true"
    assert links["en"]["href"] == prefix + english_only.url
    other = "be" if code == "ru" else "ru"
    assert links[other]["href"] == f"{prefix}/{other}/_util/untranslated/?page={english_only.pk}"


def test_the_notice_in_english_names_the_languages_of_a_russian_page(client, demo):
    from ispolkom.news.models import NewsArticlePage

    article = NewsArticlePage(title="Только по-русски", slug="only-ru", lead="Лид")
    demo.section("ru").add_child(instance=article)
    article.save_revision().publish()
    html = html_of(client.get(f"/en/_util/untranslated/?page={article.pk}"))
    assert html.h1.get_text(strip=True) == "This item is only available in Russian"


def test_a_page_in_two_languages_lists_both(client, demo, english_only):
    from wagtail.models import Locale

    belarusian = english_only.copy_for_translation(Locale.objects.get(language_code="be"))
    belarusian.save_revision().publish()
    html = html_of(client.get(f"/ru/_util/untranslated/?page={english_only.pk}"))
    assert html.h1.get_text(strip=True) == "Этот материал не опубликован на этом языке"
    assert [li["lang"] for li in html.select(".untranslated-versions li")] == ["be", "en"]


def test_without_news_the_notice_offers_the_home(client, demo, english_only):
    news = demo.news_index("ru")
    news.unpublish()
    html = html_of(client.get(f"/ru/_util/untranslated/?page={english_only.pk}"))
    assert html.find("a", string="Перейти на главную страницу")["href"] == "/ru/"


def test_once_translated_the_notice_sends_to_the_translation(client, demo, english_only):
    from wagtail.models import Locale

    russian = english_only.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.save_revision().publish()
    response = client.get(f"/ru/_util/untranslated/?page={english_only.pk}")
    assert response.status_code == 302
    assert response["Location"] == russian.url


@pytest.mark.parametrize("query", [
    "", "?page=", "?page=abc", "?page=-1", "?page=0", "?page=01", "?page=1e3",
    "?page=99999999", "?page=12345678901234567890", "?page=https://evil.example/",
    "?page=//evil.example/", "?page=%00", "?page=١",
])
def test_bad_parameters_are_a_404(client, demo, query):
    response = client.get(f"/ru/_util/untranslated/{query}")
    assert response.status_code == 404
    assert "Location" not in response


def test_pages_that_are_not_public_or_not_pages_of_the_site_are_a_404(client, demo,
                                                                        english_only):
    from wagtail.models import Page, PageViewRestriction

    root = Page.objects.get(depth=1)
    assert client.get(f"/ru/_util/untranslated/?page={root.pk}").status_code == 404
    english_only.unpublish()
    assert client.get(f"/ru/_util/untranslated/?page={english_only.pk}").status_code == 404
    english_only.save_revision().publish()
    PageViewRestriction.objects.create(page=english_only, restriction_type="password",
                                       password="secret")
    assert client.get(f"/ru/_util/untranslated/?page={english_only.pk}").status_code == 404


def test_a_restricted_page_switches_to_the_homes_as_before(client, demo, english_only):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=english_only, restriction_type="login")
    client.force_login(_editor())
    links = switch(client.get(english_only.url))
    assert links["ru"]["href"] == "/ru/"
    assert links["be"]["href"] == "/be/"


def _editor():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("reader", password="x-very-long-password-1")


def test_the_notice_is_cached_per_page_and_only_for_its_parameter(client, demo, english_only):
    url = f"/ru/_util/untranslated/?page={english_only.pk}"
    assert "X-Page-Cache" not in client.get(url + "&utm_source=x")  # not stored
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    other = demo.standard("en")  # has a Russian translation: a redirect, not the cached notice
    assert client.get(f"/ru/_util/untranslated/?page={other.pk}").status_code == 302
