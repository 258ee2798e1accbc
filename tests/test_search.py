"""Site search: per language, ranked, highlighted, filtered, paginated, safe for any input."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ispolkom.news.models import NewsArticlePage
from ispolkom.search.stemming import spelling_variants, stem

from .conftest import LANGUAGES


def search(client, language, prefix="", **params):
    response = client.get(f"{prefix}/{language}/search/", params)
    assert response.status_code == 200, params
    return BeautifulSoup(response.content, "html.parser")


def titles(html):
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


def publish_article(section, title, lead, days_ago=0, slug=None):
    article = NewsArticlePage(title=title, slug=slug or f"s-{abs(hash(title))}", lead=lead,
                              date=timezone.now() - datetime.timedelta(days=days_ago))
    section.add_child(instance=article)
    article.save_revision().publish()
    return article


@pytest.mark.parametrize(("language", "query", "expected_title_word"), [
    ("ru", "уборки", "уборку"),          # another case of the same noun
    ("be", "уборка", "ўборку"),          # у/ў spelling in Belarusian
    ("en", "harvests", "harvest"),
])
def test_inflected_words_find_the_article(client, demo, language, query, expected_title_word):
    html = search(client, language, q=query)
    assert any(expected_title_word in title for title in titles(html)), titles(html)
    assert html.select_one(".search-result__snippet mark") is not None


def test_results_stay_in_the_pages_language(client, demo):
    assert titles(search(client, "ru", q="harvest")) == []
    assert titles(search(client, "en", q="уборка")) == []


def test_title_matches_rank_first(client, demo):
    section = demo.section("en", "region")
    publish_article(section, "Beekeepers meet in Mogilev", "Honey fair news.", days_ago=40)
    publish_article(section, "Market day", "Beekeepers sold honey at the market.", days_ago=1)
    assert titles(search(client, "en", q="beekeepers"))[0] == "Beekeepers meet in Mogilev"


def test_results_link_pages_and_show_date_and_section(client, demo):
    article = demo.article("ru", "district")
    html = search(client, "ru", q=article.title)
    first = html.select_one(".search-result")
    assert first.select_one("a")["href"] == article.url
    meta = first.select_one(".search-result__meta").get_text()
    assert demo.section("ru", "district").title in meta
    year = str(timezone.localtime(article.date).year)
    assert first.select_one("time")["datetime"].startswith(year)


def test_section_and_date_filters(client, demo):
    section = demo.section("en", "republic")
    old = publish_article(section, "Flax harvest record", "Flax.", days_ago=400)
    new = publish_article(section, "Flax mill reopens", "Flax.", days_ago=2)
    other = publish_article(demo.section("en", "district"), "Flax festival", "Flax.", days_ago=2)
    everything = titles(search(client, "en", q="flax"))
    assert {old.title, new.title, other.title} <= set(everything)
    in_section = titles(search(client, "en", q="flax", section=section.pk))
    assert other.title not in in_section and new.title in in_section
    since = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    recent = titles(search(client, "en", q="flax", date_from=since))
    assert old.title not in recent and new.title in recent
    until = (timezone.localdate() - datetime.timedelta(days=300)).isoformat()
    assert titles(search(client, "en", q="flax", date_to=until)) == [old.title]


@pytest.mark.parametrize("params", [
    {"q": "flax", "date_from": "2024-13-45"},
    {"q": "flax", "date_to": "yesterday"},
    {"q": "flax", "section": "abc"},
    {"q": "flax", "section": "999999"},
    {"q": "flax", "date_from": "2030-01-01", "date_to": "2020-01-01"},
])
def test_bad_filters_are_reported_not_fatal(client, demo, params):
    publish_article(demo.section("en", "republic"), "Flax mill reopens", "Flax.")
    html = search(client, "en", **params)
    assert html.select_one(".form-error") is not None
    assert html.select_one(".search-total") is not None


@pytest.mark.parametrize("query", [
    "", " ", "x" * 10_000, "\x00", '"', "*", "NEAR(a b)", "a OR b", "-a", "title:abc",
    "' OR 1=1 --", "😀🎉", "<script>alert(1)</script>", "%%%%", "新闻", "a:* & | !", "(((",
    "\u202e",
])
@pytest.mark.parametrize("language", LANGUAGES)
def test_any_query_answers_a_normal_page(client, demo, language, query):
    html = search(client, language, q=query)
    assert html.select_one("h1") is not None
    assert "<script>alert(1)" not in str(html.select_one("main"))


def test_snippets_escape_page_text(client, demo):
    publish_article(demo.section("en", "district"), "Markup test",
                    "Zebra <img src=x onerror=alert(1)> crossing")
    html = search(client, "en", q="zebra")
    snippet = html.select_one(".search-result__snippet")
    assert snippet.select("img") == []
    assert "<img src=x" in snippet.get_text()
    assert snippet.select_one("mark").get_text().lower() == "zebra"


def test_pagination(client, demo):
    section = demo.section("be", "district")
    for number in range(23):
        publish_article(section, f"Кварк {number}", "Кварк.", days_ago=number,
                        slug=f"quark-{number}")
    first = search(client, "be", q="кварк")
    assert first.select_one(".search-total").get_text(strip=True).startswith("23")
    assert len(titles(first)) == 10
    third = search(client, "be", q="кварк", page=3)
    assert len(titles(third)) == 3
    assert not set(titles(first)) & set(titles(third))
    assert third.select_one('.pagination a[rel="prev"]')["href"].endswith("page=2")
    for bad in ("4", "0", "-1", "abc", "2.5", "99999999999999999999", "٣"):
        assert client.get("/be/search/", {"q": "кварк", "page": bad}).status_code == 404


def test_index_follows_publishing(client, demo):
    section = demo.section("en", "district")
    article = publish_article(section, "Zeppelin sighted", "A zeppelin over the town.")
    assert titles(search(client, "en", q="zeppelin")) == ["Zeppelin sighted"]
    article.title = "Airship sighted"
    article.save_revision().publish()
    assert titles(search(client, "en", q="zeppelin")) == ["Airship sighted"]
    article.move(demo.section("en", "region"), pos="last-child")
    region = demo.section("en", "region").pk
    assert titles(search(client, "en", q="zeppelin", section=region)) == ["Airship sighted"]
    article.refresh_from_db()
    article.unpublish()
    assert titles(search(client, "en", q="zeppelin")) == []
    article.save_revision().publish()
    assert titles(search(client, "en", q="zeppelin")) == ["Airship sighted"]
    article.delete()
    assert titles(search(client, "en", q="zeppelin")) == []


def test_standard_pages_are_found(client, demo):
    about = demo.standard("en", "about")
    assert about.title in titles(search(client, "en", q=about.title.split()[-1]))


@pytest.mark.slow
def test_search_box_on_every_page_and_in_the_special_version(client, demo):
    for language in LANGUAGES:
        for url in demo.urls_of_every_type(language).values():
            for prefix in ("", "/special"):
                html = BeautifulSoup(client.get(prefix + url).content, "html.parser")
                form = html.select_one("form[role=search]")
                assert form["action"] == f"{prefix}/{language}/search/", (prefix, url)
                assert html.select_one(f"label[for={form.input['id']}]") is not None
    special = search(client, "ru", prefix="/special", q="уборка")
    links = [a["href"] for a in special.select(".search-result__title a")]
    assert links and all(link.startswith("/special/ru/") for link in links)


def test_search_query_count_does_not_grow(client, demo):
    def count():
        client.get("/en/search/", {"q": "district"})
        with CaptureQueriesContext(connection) as captured:
            client.get("/en/search/", {"q": "district"})
        return len(captured)

    before = count()
    section = demo.section("en", "district")
    for number in range(15):
        publish_article(section, f"District note {number}", "District.", slug=f"note-{number}")
    assert count() == before
    assert before <= 12


def test_stemmer_and_spelling_variants():
    assert stem("новостях", "ru") == "новост"
    assert stem("навінах", "be") == "навін"
    assert stem("harvests", "en") == "harvest"
    assert stem("дом", "ru") == "дом"  # too short to cut
    assert spelling_variants("уборк", "be") == ["уборк", "ўборк"]
    assert spelling_variants("пляцоук", "be") == ["пляцоук", "пляцоўк"]
    assert spelling_variants("уборк", "ru") == ["уборк"]
    assert spelling_variants("прием", "ru") == spelling_variants("приём", "ru") == [
        "прием", "приём"]
    assert spelling_variants("раен", "be") == ["раен", "раён"]
    assert len(spelling_variants("перемещение", "ru")) == 4  # two places tried, not five


def test_common_words_are_counted_up_to_a_limit_and_every_result_is_reachable(
        client, demo, monkeypatch):
    from ispolkom.search import backends, views

    monkeypatch.setattr(backends, "COUNT_LIMIT", 5)
    monkeypatch.setattr(backends, "RANKED", 3)
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)
    section = demo.section("en", "district")
    for number in range(8):  # Walrus 7 is the newest
        publish_article(section, f"Walrus {number}", "Walrus seen.", days_ago=8 - number,
                        slug=f"walrus-{number}")
    first = search(client, "en", q="walrus")
    assert first.select_one(".search-total").get_text(strip=True) == "More than 5 results"
    shown = [title for page in (1, 2, 3) for title in titles(search(client, "en", q="walrus",
                                                                    page=page))]
    # The five newest matches, each once: the three newest ranked, then the next newest.
    assert sorted(shown) == [f"Walrus {number}" for number in range(3, 8)]
    assert shown[3:] == ["Walrus 4", "Walrus 3"]
    assert client.get("/en/search/", {"q": "walrus", "page": 4}).status_code == 404


def test_ranking_is_by_relevance_among_the_newest_matches(client, demo, monkeypatch):
    from ispolkom.search import backends

    monkeypatch.setattr(backends, "RANKED", 3)
    section = demo.section("en", "region")
    publish_article(section, "Pelican pelican pelican", "Pelican news.", days_ago=3,
                    slug="pelican-title")
    for number in range(2):
        publish_article(section, f"Bird notes {number}", "A pelican was seen.",
                        days_ago=number, slug=f"pelican-{number}")
    assert titles(search(client, "en", q="pelican"))[0] == "Pelican pelican pelican"
