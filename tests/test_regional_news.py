"""Regional news without copies (issue 15, items 1 and 4): the demo's three committees of the
Mogilev region in one database; the oblast's site lists its districts' news, each a link to
the article on its district's own host, and each district lists the oblast's the same way."""

import io
import itertools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.images.models import Image
from wagtail.models import Page, PageViewRestriction, Site

from ispolkom.core import freshness
from ispolkom.core.models import DistrictIdentity
from ispolkom.demo import data
from ispolkom.demo.loader import DemoLoader
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from ispolkom.news.regional import TITLES
from ispolkom.pagecache.middleware import PageCacheMiddleware
from tests.support.pages import added

OBLAST, BOBRUISK, OSIPOVICHI = "mogilev.localhost:8000", "bobruisk.localhost:8000", \
    "127.0.0.1:8000"
LANGUAGES = ("ru", "be", "en")
LIST = "/{}/news/regional/"


def title_in(language, text):
    with translation.override(language):
        return translation.gettext(str(text))


def title(kind, language):
    """What the list is called in `language`: of a region's districts, or of the region."""
    return title_in(language, TITLES[kind])


@dataclass
class Committee:
    host: str
    site: Site

    def home(self, language="ru"):
        return self.site.root_page.get_translations(inclusive=True).get(
            locale__language_code=language)

    def section(self, slug, language="ru"):
        return NewsSectionPage.objects.descendant_of(self.home(language)).get(slug=slug)

    def get(self, client, path, **extra):
        return client.get(path, HTTP_HOST=self.host, **extra)

    def html(self, client, path, **extra):
        response = self.get(client, path, **extra)
        assert response.status_code == 200, (self.host, path, response.status_code)
        return BeautifulSoup(response.content, "html.parser")


def site_of(host):
    name, port = host.split(":")
    return Site.objects.get(hostname=name, port=int(port))


@pytest.fixture
def region(demo):
    """The oblast, Bobruisk and the demo (Osipovichi), as `manage.py load_demo` makes them."""
    DemoLoader().load_committees()
    return {host: Committee(host, site_of(host)) for host in (OBLAST, BOBRUISK, OSIPOVICHI)}


def cards(html):
    """(title, href, committee) of each news card."""
    return [(card.select_one(".news-card__title a").get_text(strip=True),
             card.select_one(".news-card__title a")["href"],
             card.select_one(".news-card__source").get_text(strip=True)
             if card.select_one(".news-card__source") else "")
            for card in html.select(".news-card")]


def titles(html):
    return [title for title, _href, _source in cards(html)]


def demo_news(host, language):
    committee = next(c for c in data.load("committees")["committees"] if c["host"] == host)
    return [item[language]["title"] for item in committee["news"]]


def article(section, title, live=True, **fields):
    fields.setdefault("lead", "Lead.")
    slug = re.sub(r"\W+", "-", title.lower()).strip("-")
    return added(section, NewsArticlePage(title=title, slug=slug, **fields), live=live)


# --- The demo ------------------------------------------------------------------------------

def test_load_demo_makes_three_committees_each_on_its_own_host(client, demo):
    call_command("load_demo", stdout=io.StringIO())
    pages = Page.objects.count()
    for host in (OBLAST, BOBRUISK, OSIPOVICHI):
        site = site_of(host)
        identity = DistrictIdentity.for_site(site)
        for language in LANGUAGES:
            html = Committee(host, site).html(client, f"/{language}/")
            text = html.get_text(" ")
            assert getattr(identity, f"name_{language}") in text, (host, language)
            if host != OSIPOVICHI:
                assert demo_news(host, language)[0] in text, (host, language)
                assert identity.reception_phone in text, host
        assert Group.objects.filter(name__startswith=f"{site.site_name}:").count() >= 2, host
    oblast = site_of(OBLAST)
    assert {DistrictIdentity.for_site(site_of(host)).region_id
            for host in (BOBRUISK, OSIPOVICHI)} == {oblast.pk}
    assert site_of(OSIPOVICHI).is_default_site

    call_command("load_demo", stdout=io.StringIO())  # a rerun changes nothing
    assert Page.objects.count() == pages


# --- The lists ------------------------------------------------------------------------------

def test_the_oblast_lists_its_districts_news_linking_to_their_own_hosts(client, region):
    for language in LANGUAGES:
        oblast_lists_districts_news(client, region, language)


def oblast_lists_districts_news(client, region, language):
    oblast = region[OBLAST]
    html = oblast.html(client, LIST.format(language))
    assert html.h1.get_text(strip=True) == title("district", language)
    found = cards(html)
    assert demo_news(BOBRUISK, language)[0] in titles(html)
    hosts = {urlsplit(href).netloc for _title, href, _source in found}
    assert hosts == {BOBRUISK, OSIPOVICHI}  # absolute links, to the districts' own hosts
    for heading, href, source in found:
        page = NewsArticlePage.objects.get(title=heading, locale__language_code=language)
        assert href == page.full_url
        district = DistrictIdentity.for_site(site_of(urlsplit(href).netloc))
        assert source == getattr(district, f"short_name_{language}")
    # The oblast's own news are not in it; each district's page stays its own.
    assert not set(demo_news(OBLAST, language)) & set(titles(html))
    heading, href, _source = found[0]
    district = region[urlsplit(href).netloc]
    page = district.html(client, urlsplit(href).path)
    assert page.select_one("link[rel=canonical]")["href"] == href
    assert page.h1.get_text(strip=True) == heading


def test_the_oblast_home_shows_its_districts_news_and_links_to_the_list(client, region):
    html = region[OBLAST].html(client, "/be/")
    block = html.select_one("#related-news").find_parent("section")
    assert block.h2.a["href"] == LIST.format("be")
    assert demo_news(BOBRUISK, "be")[0] in titles(block)
    assert len(cards(block)) == 4
    assert all(urlsplit(href).netloc in (BOBRUISK, OSIPOVICHI) for _t, href, _s in cards(block))
    index = region[OBLAST].html(client, "/be/news/")  # and the news index links to the list
    assert index.select_one(f"nav.section-links a[href='{LIST.format('be')}']") is not None


def test_a_district_lists_the_oblasts_news(client, region):
    for language, host in itertools.product(LANGUAGES, (BOBRUISK, OSIPOVICHI)):
        html = region[host].html(client, LIST.format(language))
        assert html.h1.get_text(strip=True) == title("region", language)
        assert titles(html) == demo_news(OBLAST, language)  # newest first
        assert {urlsplit(href).netloc for _t, href, _s in cards(html)} == {OBLAST}
        assert html.select_one("nav.section-links") is None  # one source: nothing to filter
        home = region[host].html(client, f"/{language}/")
        assert demo_news(OBLAST, language)[0] in titles(home)


def test_a_committee_without_region_or_districts_has_no_such_list(client, region):
    DistrictIdentity.objects.filter(site=region[OSIPOVICHI].site).update(region=None)
    response = region[OSIPOVICHI].get(client, LIST.format("ru"))
    assert response.status_code == 404
    home = region[OSIPOVICHI].html(client, "/ru/")
    assert home.select_one("#related-news") is None


def test_the_list_is_filtered_by_district(client, region):
    oblast, bobruisk = region[OBLAST], region[BOBRUISK]
    html = oblast.html(client, LIST.format("ru"))
    links = {a.get_text(strip=True): a["href"] for a in html.select("nav.section-links a")}
    everything = title_in("ru", "All districts")
    assert set(links) == {everything, "Бобруйский райисполком", "Осиповичский райисполком"}
    only = oblast.html(client, links["Бобруйский райисполком"])
    assert only.h1.get_text(strip=True) == f"{title('district', 'ru')}: Бобруйский райисполком"
    assert titles(only) == demo_news(BOBRUISK, "ru")
    assert only.select_one("nav.section-links [aria-current=page]").get_text(strip=True) == \
        "Бобруйский райисполком"
    assert links["Бобруйский райисполком"].endswith(f"?district={bobruisk.site.pk}")


def test_a_bad_district_is_a_not_found_page_not_an_error(client, region):
    oblast = region[OBLAST]
    # The oblast's own id, or a district's page id, names no district of this list either.
    for value in ("bobruisk", "0", "-1", "99999", "1e3", "x" * 500, "\x00", "<script>",
                  "1 OR 1=1", oblast.site.pk, region[BOBRUISK].home().pk):
        response = oblast.get(client, LIST.format("ru"), data={"district": value})
        assert response.status_code == 404, value
        assert "<h1" in response.content.decode()  # the site's own localized page


def test_private_unpublished_and_hidden_district_news_never_show(client, region):
    bobruisk = region[BOBRUISK]
    section = bobruisk.section("district")
    draft = article(section, "Черновик Бобруйска", live=False)
    locked = article(section, "Запертая новость Бобруйска")
    PageViewRestriction.objects.create(page=locked, restriction_type="password", password="x")
    hidden_section = added(Page.objects.get(pk=section.get_parent().pk).specific,
                           NewsSectionPage(title="Закрытый раздел", slug="closed"))
    hidden = article(hidden_section, "Новость закрытого раздела")
    PageViewRestriction.objects.create(page=hidden_section, restriction_type="password",
                                       password="x")
    shown = article(section, "Открытая новость Бобруйска")
    for path in (LIST.format("ru"), "/ru/", f"{LIST.format('ru')}?district={bobruisk.site.pk}"):
        text = region[OBLAST].html(client, path).get_text(" ")
        assert shown.title in text, path
        for secret in (draft, locked, hidden):
            assert secret.title not in text, (path, secret.title)
    # Unpublishing the whole section takes its news off the oblast's list at once.
    Page.objects.get(pk=section.pk).specific.unpublish()
    assert shown.title not in region[OBLAST].html(client, LIST.format("ru")).get_text(" ")


def test_the_list_works_in_the_special_version(client, region):
    html = region[OBLAST].html(client, "/special/" + LIST.format("en").lstrip("/"))
    assert html.h1.get_text(strip=True) == title("district", "en")
    hrefs = [href for _t, href, _s in cards(html)]
    assert hrefs and all(urlsplit(href).path.startswith("/special/en/news/") for href in hrefs)
    assert {urlsplit(href).netloc for href in hrefs} == {BOBRUISK, OSIPOVICHI}
    links = [a["href"] for a in html.select("nav.section-links a")]
    assert links and all(link.startswith("/special/en/news/regional/") for link in links)
    assert region[OBLAST].html(client, links[1]).h1 is not None


def test_the_list_is_paginated_like_other_news_lists(client, region):
    oblast, bobruisk = region[OBLAST], region[BOBRUISK]
    section = bobruisk.section("district")
    for number in range(12):
        article(section, f"Новость Бобруйска номер {number}")
    query = f"?district={bobruisk.site.pk}"
    first = oblast.html(client, LIST.format("ru") + query)
    assert len(cards(first)) == 12
    older = first.select_one("a[rel=next]") or first.find("a", string=re.compile("2"))
    assert older is not None and "page/2/" in older["href"] and query in older["href"]
    second = oblast.html(client, older["href"])
    assert len(cards(second)) == len(demo_news(BOBRUISK, "ru"))
    assert oblast.get(client, LIST.format("ru") + "page/1/").status_code == 301
    assert oblast.get(client, LIST.format("ru") + "page/99/").status_code == 404


# --- Freshness with the page cache on ---------------------------------------------------------

def is_hit(committee, client, path):
    response = committee.get(client, path)
    assert response.status_code == 200, (committee.host, path)
    return response.get("X-Page-Cache") == "hit"


def cached(committee, client, *paths):
    for path in paths:
        committee.get(client, path)
        assert is_hit(committee, client, path), (committee.host, path)


def test_a_district_publication_reaches_the_oblasts_lists_and_keeps_the_rest(client, region,
                                                                            monkeypatch):
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)  # as another worker would, at once
    oblast, bobruisk, osipovichi = region[OBLAST], region[BOBRUISK], region[OSIPOVICHI]
    lists = [LIST.format("ru"), "/ru/", f"{LIST.format('ru')}?district={bobruisk.site.pk}"]
    kept_oblast = ["/ru/appeals/", "/ru/one-window/"]  # pages that show no news
    cached(oblast, client, *lists, *kept_oblast)
    # Osipovichi shows the oblast's news, not Bobruisk's: its lists stay as they are.
    cached(osipovichi, client, "/ru/", LIST.format("ru"))

    new = article(bobruisk.section("district"), "Бобруйск открыл каток")

    for path in lists:
        assert new.title in oblast.get(client, path).content.decode(), path
    for path in kept_oblast:
        assert is_hit(oblast, client, path), path
    for path in ("/ru/", LIST.format("ru")):
        assert is_hit(osipovichi, client, path), path
    cached(oblast, client, *lists)

    Page.objects.get(pk=new.pk).specific.unpublish()
    for path in lists:
        assert new.title not in oblast.get(client, path).content.decode(), path


def test_an_oblast_publication_reaches_the_districts_region_lists(client, region, monkeypatch):
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)
    oblast = region[OBLAST]
    for host in (BOBRUISK, OSIPOVICHI):
        cached(region[host], client, LIST.format("ru"), "/ru/")
    new = article(oblast.section("region"), "Облисполком подвёл итоги года")
    for host in (BOBRUISK, OSIPOVICHI):
        for path in (LIST.format("ru"), "/ru/"):
            assert new.title in region[host].get(client, path).content.decode(), (host, path)


def test_a_new_district_name_reaches_the_oblasts_filter(client, region, monkeypatch):
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)
    oblast, bobruisk = region[OBLAST], region[BOBRUISK]
    cached(oblast, client, LIST.format("ru"))
    identity = DistrictIdentity.for_site(bobruisk.site)
    identity.short_name_ru = "Бобруйский район"
    identity.save()
    html = oblast.html(client, LIST.format("ru"))
    names = [a.get_text(strip=True) for a in html.select("nav.section-links a")]
    assert "Бобруйский район" in names


def test_a_district_leaving_the_region_leaves_its_list(client, region, monkeypatch):
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)
    oblast, bobruisk = region[OBLAST], region[BOBRUISK]
    cached(oblast, client, LIST.format("ru"))
    identity = DistrictIdentity.for_site(bobruisk.site)
    identity.region = None
    identity.save()
    html = oblast.html(client, LIST.format("ru"))
    assert not set(demo_news(BOBRUISK, "ru")) & set(titles(html))


# --- Cost -------------------------------------------------------------------------------------

def queries_for(committee, client, path):
    for _warm_up in range(2):
        committee.get(client, path)
    with CaptureQueriesContext(connection) as captured:
        assert committee.get(client, path).status_code == 200
    return len(captured)


def test_the_list_costs_the_same_queries_whatever_the_districts_and_news(
        client, region, monkeypatch):
    monkeypatch.setattr(PageCacheMiddleware, "may_use_cache", lambda self, request: False)
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 3600)
    oblast, bobruisk = region[OBLAST], region[BOBRUISK]
    image = Image.objects.first()  # cards with images, like the demo's
    for host in (BOBRUISK, OSIPOVICHI):  # leadless ones cost one query for all cards
        article(region[host].section("district"), f"{host} leadless", lead="",
                main_image=image, main_image_alt="A field")
    one = queries_for(oblast, client, f"{LIST.format('ru')}?district={bobruisk.site.pk}")
    both = queries_for(oblast, client, LIST.format("ru"))
    home = queries_for(oblast, client, "/ru/")
    for number in range(15):  # more news than one page, in both districts, leadless too
        for host in (BOBRUISK, OSIPOVICHI):
            article(region[host].section("district"), f"{host} news {number}", lead="",
                    main_image=image, main_image_alt="A field")
    assert queries_for(oblast, client, LIST.format("ru")) == both
    assert queries_for(oblast, client, f"{LIST.format('ru')}?district={bobruisk.site.pk}") \
        == one
    assert queries_for(oblast, client, "/ru/") == home
    # Issue 16's bound for every uncached page: the homes and lists of a region and of a
    # district with a region (its home shows the oblast's news too).
    district = region[OSIPOVICHI]
    for committee, path in ((oblast, "/ru/"), (oblast, LIST.format("ru")),
                            (district, "/ru/"), (district, LIST.format("ru"))):
        assert queries_for(committee, client, path) <= 10, (committee.host, path)
