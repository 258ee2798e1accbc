"""Shared agency news stored once (issue 15, item 5): the news library holds the republic news
once for the whole install; every committee's republic section lists them and shows each
under its own address, with the agency's original as the canonical link. Two committees in
one database: the demo (Osipovichi) and Bobruisk, made by create_committee's builder."""

import pytest
from anyascii import anyascii
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction, Site

from ispolkom.core import freshness
from ispolkom.core.committees import CommitteeBuilder, find_site
from ispolkom.news.models import (
    NewsArticlePage,
    NewsLibraryPage,
    NewsSectionPage,
)
from ispolkom.pagecache.middleware import PageCacheMiddleware
from ispolkom.syndication.importer import import_entries
from ispolkom.syndication.models import FeedSource
from ispolkom.syndication.reader import read_feed
from tests.support.pages import added

OSIPOVICHI, BOBRUISK = "127.0.0.1:8000", "bobruisk.localhost:8000"
HOSTS = (OSIPOVICHI, BOBRUISK)
LIST = "/{}/news/republic/"


def library_section(language="ru"):
    return NewsSectionPage.of_library().get(slug="republic", locale__language_code=language)


def site_section(host, language="ru", slug="republic"):
    name, port = host.split(":")
    home = Site.objects.get(hostname=name, port=int(port)).root_page.get_translations(
        inclusive=True).get(locale__language_code=language)
    return NewsSectionPage.objects.descendant_of(home).get(slug=slug)


@pytest.fixture
def committees(demo):
    """Bobruisk beside the demo's Osipovichi, in Russian and Belarusian."""
    CommitteeBuilder(BOBRUISK, {"ru": "Бобруйский райисполком", "be": "Бабруйскі райвыканкам"},
                     language_codes=("ru", "be"), say=lambda line: None).build()
    return find_site(BOBRUISK)


def get(client, host, path, **extra):
    return client.get(path, HTTP_HOST=host, **extra)


def html(client, host, path):
    response = get(client, host, path)
    assert response.status_code == 200, (host, path, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def card_links(soup):
    return [a["href"] for a in soup.select(".news-card__title a")]


def shared_article(title="Агентство сообщает о новом мосте", language="ru", **fields):
    return added(library_section(language), NewsArticlePage(
        title=title, slug=slugify(anyascii(title)), lead="Кратко о главном.",
        source_name="БелТА",
        source_url="https://www.belta.by/society/view/most-123/", **fields))


def test_a_new_committees_republic_sections_list_the_library(committees):
    for language in ("ru", "be"):
        assert site_section(BOBRUISK, language).shared_section == library_section(language)
    # A second run finds the sections and leaves an editor's choice alone.
    section = site_section(BOBRUISK)
    section.shared_section = None
    section.save_revision().publish()
    lines = []
    CommitteeBuilder(BOBRUISK, {"ru": "Бобруйский райисполком", "be": "Бабруйскі райвыканкам"},
                     language_codes=("ru", "be"), say=lines.append).build()
    assert site_section(BOBRUISK).shared_section is None
    assert site_section(BOBRUISK, "be").shared_section == library_section("be")
    assert not any("created" in line for line in lines if "news" in line), lines


def test_a_shared_item_is_stored_once_and_shown_by_each_site_under_its_own_address(
        client, committees):
    article = shared_article()
    assert NewsArticlePage.objects.filter(title=article.title).count() == 1
    address = LIST.format("ru") + article.slug + "/"
    for host in HOSTS:
        assert address in card_links(html(client, host, LIST.format("ru"))), host
        assert address in card_links(html(client, host, "/ru/news/")), host
        assert address in card_links(html(client, host, "/ru/")), host  # the home's block
        page = html(client, host, address)
        assert page.h1.get_text(strip=True) == article.title
        # The agency's original is canonical; the way back is this site's own section.
        assert page.find("link", rel="canonical")["href"] == article.source_url
        crumbs = [a["href"] for a in page.select(".breadcrumbs a")]
        assert LIST.format("ru") in crumbs and "/ru/news/" in crumbs, crumbs
        feed = get(client, host, LIST.format("ru") + "rss/").content.decode()
        assert f"http://{host}{address}" in feed
        special = get(client, host, "/special" + address)
        assert special.status_code == 200 and article.title in special.content.decode()


def test_a_shared_items_neighbours_and_language_switch_stay_on_the_site(client, committees):
    older = shared_article("Старая новость агентства")
    newer = shared_article("Новая новость агентства")
    page = html(client, BOBRUISK, LIST.format("ru") + newer.slug + "/")
    assert page.find("a", rel="prev")["href"] == LIST.format("ru") + older.slug + "/"
    # No translation of its own on this site: the switch leads to the section's.
    assert "/be/news/republic/" in [a.get("href") for a in page.select("a[hreflang]")]


def test_the_library_itself_is_served_by_no_site(client, committees):
    article = shared_article()
    library = NewsLibraryPage.objects.get(locale__language_code="ru")
    for host in HOSTS:
        for path in (library.url_path, article.url_path, f"/ru{article.url_path}"):
            assert get(client, host, path, follow=True).status_code == 404, (host, path)
        # Not this site's page: no sitemap entry (its canonical is the agency's).
        assert article.slug not in get(client, host, "/sitemap.xml").content.decode()


def test_a_site_that_does_not_list_the_library_shows_none_of_it(client, committees):
    article = shared_article()
    section = site_section(BOBRUISK)
    section.shared_section = None
    section.save_revision().publish()
    assert article.title not in get(client, BOBRUISK, LIST.format("ru")).content.decode()
    assert get(client, BOBRUISK, LIST.format("ru") + article.slug + "/").status_code == 404
    assert get(client, OSIPOVICHI, LIST.format("ru") + article.slug + "/").status_code == 200


@pytest.fixture
def page_cache(monkeypatch):
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)  # as another worker would, at once


def cached(client, *paths):
    for host in HOSTS:
        for path in paths:
            for _twice in range(2):
                assert get(client, host, path).status_code == 200, (host, path)


def test_a_publication_reaches_every_site_and_a_removal_leaves_every_site(
        client, committees, page_cache):
    lists = [LIST.format("ru"), "/ru/news/", "/ru/"]
    cached(client, *lists)
    article = shared_article()
    address = LIST.format("ru") + article.slug + "/"
    for host in HOSTS:
        for path in lists:
            assert address in card_links(html(client, host, path)), (host, path)
    cached(client, address)

    Page.objects.get(pk=article.pk).delete()  # removed once, gone everywhere

    for host in HOSTS:
        assert get(client, host, address).status_code == 404, host
        for path in lists:
            assert address not in card_links(html(client, host, path)), (host, path)


def test_unpublished_and_private_shared_items_show_nowhere(client, committees, page_cache):
    draft = shared_article("Черновик агентства")
    private = shared_article("Закрытая новость агентства")
    cached(client, LIST.format("ru") + private.slug + "/")
    Page.objects.get(pk=draft.pk).specific.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password",
                                       password="secret")
    for host in HOSTS:
        listed = get(client, host, LIST.format("ru")).content.decode()
        for article in (draft, private):
            assert article.title not in listed, host
            assert get(client, host, LIST.format("ru") + article.slug + "/").status_code \
                == 404, (host, article.title)


def test_a_private_section_of_a_site_closes_its_shared_items_too(client, committees):
    article = shared_article()
    address = LIST.format("ru") + article.slug + "/"
    PageViewRestriction.objects.create(page=site_section(BOBRUISK), restriction_type="password",
                                       password="secret")
    closed = get(client, BOBRUISK, address)
    assert closed.status_code == 200 and article.lead not in closed.content.decode()
    assert "password" in closed.content.decode().lower()
    assert article.lead in get(client, OSIPOVICHI, address).content.decode()


def test_one_feed_source_fills_the_library_once_for_every_site(client, committees):
    feed = read_feed(b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>BelTA</title><link>https://www.belta.by/</link>
<item><title>Agency item for everyone</title><link>https://www.belta.by/x/view/1/</link>
<guid>belta-1</guid><pubDate>Mon, 16 Feb 2026 09:00:00 +0300</pubDate>
<description>Short text of the item.</description></item></channel></rss>""")
    source = FeedSource.objects.create(name="BelTA", url="https://www.belta.by/rss",
                                       section=library_section("ru"))
    assert import_entries(source, feed).created == 1
    assert import_entries(source, feed).created == 0  # fetched once, stored once
    article = NewsArticlePage.objects.get(title="Agency item for everyone")
    for host in HOSTS:
        page = html(client, host, LIST.format("ru") + article.slug + "/")
        assert page.find("link", rel="canonical")["href"] == "https://www.belta.by/x/view/1/"


def test_a_sections_form_offers_the_librarys_sections_of_its_language(
        admin_client, committees):
    section = site_section(BOBRUISK, "be")
    response = admin_client.get(f"/admin/pages/{section.pk}/edit/")
    soup = BeautifulSoup(response.content, "html.parser")
    offered = [option["value"] for option in soup.select("select[name=shared_section] option")
               if option["value"]]
    assert offered == [str(library_section("be").pk)]


def test_a_committees_editor_does_not_see_the_library(client, committees, django_user_model):
    article = shared_article("Известие агентства для библиотеки")
    editor = django_user_model.objects.create_user("bobruisk", password="x")
    editor.groups.add(*Group.objects.filter(name__startswith="Бобруйский райисполком"))
    client.force_login(editor)
    library = NewsLibraryPage.objects.get(locale__language_code="ru")
    root = client.get("/admin/pages/").content.decode()
    assert f"/admin/pages/{site_section(BOBRUISK).get_parent().get_parent().pk}/" in root
    assert f"/admin/pages/{library.pk}/" not in root
    inside = client.get(f"/admin/pages/{library.pk}/").content.decode()
    assert f"/admin/pages/{library_section().pk}/" not in inside
    for url in (f"/admin/pages/{library_section().pk}/edit/", f"/admin/pages/{article.pk}/edit/",
                f"/admin/pages/add/news/newsarticlepage/{library_section().pk}/"):
        assert client.get(url).status_code in (302, 403), url
    found = client.get("/admin/pages/search/?q=библиотеки").content.decode()
    assert article.title not in found
    # The subscription is the site's own choice, offered in its section's form.
    assert client.get(f"/admin/pages/{site_section(BOBRUISK).pk}/edit/").status_code == 200


def test_a_shared_article_costs_what_an_own_article_costs(client, committees, monkeypatch):
    monkeypatch.setattr(PageCacheMiddleware, "may_use_cache", lambda self, request: False)
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 3600)
    shared = shared_article()
    own = added(site_section(BOBRUISK, slug="district"), NewsArticlePage(
        title="Своя новость района", slug="own-news", lead="Кратко."))

    def queries(path):
        for _warm_up in range(2):
            get(client, BOBRUISK, path)
        with CaptureQueriesContext(connection) as captured:
            assert get(client, BOBRUISK, path).status_code == 200
        return len(captured)

    assert queries(LIST.format("ru") + shared.slug + "/") <= queries(
        f"/ru/news/district/{own.slug}/") + 1
    assert queries(LIST.format("ru")) <= 10


def test_each_sites_search_finds_the_shared_items_under_its_own_address(client, committees):
    article = shared_article("Агентство сообщает о новом мосте через Березину")
    address = LIST.format("ru") + article.slug + "/"

    def found(host, query):
        page = html(client, host, "/ru/search/?" + query)
        return [a["href"] for a in page.select(".search-result__title a")]

    for host in HOSTS:
        assert address in found(host, "q=Березину"), host
        republic, district = site_section(host), site_section(host, slug="district")
        assert address in found(host, f"q=Березину&section={republic.pk}"), host
        assert address not in found(host, f"q=Березину&section={district.pk}"), host
    section = site_section(BOBRUISK)
    section.shared_section = None
    section.save_revision().publish()
    assert address not in found(BOBRUISK, "q=Березину")
    assert address in found(OSIPOVICHI, "q=Березину")
