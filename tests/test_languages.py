"""Three languages: root redirect, language switch, localized 404, dates."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import timezone, translation

from .conftest import LANGUAGES


@pytest.mark.parametrize(("accept", "expected"), [
    ("be-BY,be;q=0.9,ru;q=0.8", "/be/"),
    ("en-US,en;q=0.9", "/en/"),
    ("ru", "/ru/"),
    ("de-DE,de;q=0.9", "/ru/"),      # unsupported: the site's default language
    ("de;q=0.9, en;q=0.5", "/en/"),  # the first supported one wins
    ("", "/ru/"),
    ("%%%;;q=abc,,", "/ru/"),          # garbage is ignored
])
def test_root_redirects_to_best_language(client, demo, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_default_language_follows_the_site_root(client, demo):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.root_page = demo.home("be")
    site.save()
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == "/be/"


def switcher(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return {a["hreflang"]: a for a in html.select("nav.language-switch a")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_switch_lands_on_the_translation(client, demo, language):
    article = demo.article(language)
    links = switcher(client, article.url)
    assert [a.get_text(strip=True) for a in links.values()] == ["Рус", "Бел", "Eng"]
    for code in LANGUAGES:
        assert links[code]["href"] == article.get_translation(demo.home(code).locale).url
    assert links[language]["aria-current"] == "true"


def test_switch_without_translation_goes_to_that_languages_notice(client, demo):
    """More in tests/test_untranslated.py."""
    from ispolkom.news.models import NewsArticlePage

    section = demo.section("ru")
    only_russian = NewsArticlePage(title="Только по-русски", slug="only-ru", lead="Лид")
    section.add_child(instance=only_russian)
    only_russian.save_revision().publish()
    links = switcher(client, only_russian.url)
    assert links["ru"]["href"] == only_russian.url
    assert links["be"]["href"] == f"/be/_util/untranslated/?page={only_russian.pk}"
    assert links["en"]["href"] == f"/en/_util/untranslated/?page={only_russian.pk}"


def test_switch_on_a_404_page_goes_to_homes(client, demo):
    links = switcher(client, "/en/no-such-page/")
    assert {code: a["href"] for code, a in links.items()} == {
        "ru": "/ru/", "be": "/be/", "en": "/en/"}


@pytest.mark.parametrize(("url", "heading"), [
    ("/ru/no-such-page/", "Страница не найдена"),
    ("/be/no-such-page/", "Старонка не знойдзена"),
    ("/en/no-such-page/", "Page not found"),
    ("/en/news/district/no-such-article/", "Page not found"),
    ("/be/news/page/abc/", "Старонка не знойдзена"),
])
def test_unknown_paths_get_a_localized_404(client, demo, url, heading):
    response = client.get(url)
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text(strip=True) == heading
    assert html.html["lang"] == url[1:3]


def test_unknown_language_prefix_is_a_404(client, demo):
    """More in tests/test_language_prefixes.py."""
    response = client.get("/de/news/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "16 February 2023, 09:05"),
    ("ru", "16 февраля 2023, 09:05"),
    ("be", "16 лютага 2023, 09:05"),
])
def test_dates_as_the_real_system_shows_them(language, expected):
    moment = timezone.make_aware(datetime.datetime(2023, 2, 16, 9, 5))
    template = Template("{% load site_tags %}{{ d|news_date }}, {{ d|news_time }}")
    with translation.override(language):
        assert template.render(Context({"d": moment})) == expected


def test_times_are_shown_in_minsk_time(client, demo):
    article = demo.article("ru")
    article.date = datetime.datetime(2024, 3, 1, 21, 30, tzinfo=datetime.UTC)
    article.show_time = True
    article.save_revision().publish()
    text = BeautifulSoup(client.get(article.url).content, "html.parser").select_one(
        ".article__date").get_text()
    assert text == "2 марта 2024, 00:30"


@pytest.mark.parametrize("language", LANGUAGES)
def test_breadcrumbs_like_the_real_system(client, demo, language):
    expected_root = {"ru": ["Главная", "Новости", "Новости района"],
                     "be": ["Галоўная", "Навіны", "Навіны раёна"],
                     "en": ["Main", "News", "District news"]}[language]
    article = demo.article(language)
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    crumbs = html.select("nav.breadcrumbs li a")
    assert [a.get_text(strip=True) for a in crumbs] == expected_root + [article.title]
    assert crumbs[-1]["aria-current"] == "page"
    assert all(not a.has_attr("aria-current") for a in crumbs[:-1])
    assert crumbs[0]["href"] == f"/{language}/"


def test_home_has_no_breadcrumbs(client, demo):
    html = BeautifulSoup(client.get("/ru/").content, "html.parser")
    assert html.select_one("nav.breadcrumbs") is None
