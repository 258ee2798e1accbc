"""Several committees on one install (issue 15, item 3): every public output of a site shows
only that site's content, and names only that site's host in absolute URLs. Each rule is
checked with two sites in one database (the demo and Bobruisk) and with three (and Glusk):
each site has news, acts, a procedure, an event and a banner that carry its own marker word,
and no answer on a site's host may carry another site's."""

import datetime
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from xml.etree import ElementTree

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site

from ispolkom.alerts.models import Alert
from ispolkom.core.models import HomePage, StandardPage
from ispolkom.documents.models import DocumentPage, DocumentRegistryPage
from ispolkom.events.models import EventIndexPage, EventPage
from ispolkom.news.models import NewsArticlePage, NewsIndexPage, NewsSectionPage
from ispolkom.services.models import AdministrativeProcedurePage, ProcedureCatalogPage
from tests.support.pages import added
from tests.support.sitemaps import sitemap_locations

# host: names in Russian and Belarusian; the demo is the first committee.
OTHERS = {
    "bobruisk.example": ("Бобруйский районный исполнительный комитет",
                         "Бабруйскі раённы выканаўчы камітэт"),
    "glusk.example:8001": ("Глусский районный исполнительный комитет",
                           "Глускі раённы выканаўчы камітэт"),
}
# A word found only in one committee's content (made up: the demo's texts have none of them).
MARKERS = ["Альфаполь", "Бетаполь", "Гаммаполь"]
WORD = "кукуруза"  # every committee writes about it: search finds it on each
PROCEDURE = "99.9"  # every committee's catalogue has this number
ACT, TWICE = "7777", "8888"  # every registry has one act 7777 and two acts 8888
REPORT = "/admin/reports/required-content/"


@dataclass
class Committee:
    site: Site
    marker: str
    pages: dict = field(default_factory=dict)

    @property
    def host(self):
        return self.site.hostname if self.site.port == 80 else \
            f"{self.site.hostname}:{self.site.port}"

    @property
    def root_url(self):
        return self.site.root_url

    def home(self, language="ru"):
        return self.site.root_page.get_translations(inclusive=True).get(
            locale__language_code=language).specific

    def find(self, model, language="ru", **filters):
        return model.objects.descendant_of(self.home(language)).get(**filters)

    def get(self, client, path, **extra):
        return client.get(path, HTTP_HOST=self.host, **extra)

    def html(self, client, path, **extra):
        response = self.get(client, path, **extra)
        assert response.status_code == 200, (self.host, path, response.status_code)
        return BeautifulSoup(response.content, "html.parser")

    def others(self, committees):
        return [other for other in committees if other is not self]


def minutes_ago(minutes):
    return timezone.now() - datetime.timedelta(minutes=minutes)


def fill(committee):
    """Content of every kind, each item carrying the committee's marker."""
    marker, pages = committee.marker, committee.pages
    district = committee.find(NewsSectionPage, slug="district")
    for name, title, age in (("older", "Кукуруза посеяна", 2), ("newer", "Кукуруза убрана", 1)):
        pages[name] = added(district, NewsArticlePage(
            title=f"{title} {marker}", slug=f"maize-{name}", date=minutes_ago(age),
            lead=f"Уборка: {WORD} в районе {marker}."))
    pages["be_article"] = added(committee.find(NewsSectionPage, "be", slug="district"),
                                NewsArticlePage(title=f"Кукуруза {marker}", slug="maize-be",
                                                lead=f"Кукуруза ў раёне {marker}."))
    registry = committee.find(DocumentRegistryPage)
    pages["act"] = added(registry, DocumentPage(
        title=f"О кукурузе ({marker})", number=ACT, date_adopted=datetime.date(2026, 11, 20)))
    for year in (2025, 2026):
        added(registry, DocumentPage(title=f"О семенах {year} ({marker})", number=TWICE,
                                     date_adopted=datetime.date(year, 3, 2)))
    pages["procedure"] = added(committee.find(ProcedureCatalogPage), AdministrativeProcedurePage(
        title=f"Выдача справки о кукурузе ({marker})", number=PROCEDURE, slug="p-99-9"))
    pages["event"] = added(committee.find(EventIndexPage), EventPage(
        title=f"Ярмарка {marker}", slug="fair", start_date=timezone.localdate()
        + datetime.timedelta(days=1), venue=f"Дом культуры {marker}", locality=marker))
    alert = Alert(text_ru=f"Перекрытие улицы в {marker}", site=committee.site,
                  start=minutes_ago(60), end=timezone.now() + datetime.timedelta(days=1))
    alert.save()
    alert.save_revision().publish()


@pytest.fixture(params=[2, 3], ids=["two-sites", "three-sites"])
def committees(request, demo):
    for host, (name_ru, name_be) in list(OTHERS.items())[:request.param - 1]:
        call_command("create_committee", host, name_ru=name_ru, name_be=name_be,
                     name_en=host, stdout=open("/dev/null", "w"))  # noqa: SIM115
    sites = [Site.objects.get(is_default_site=True), *(
        Site.objects.get(hostname=host.split(":")[0]) for host in
        list(OTHERS)[:request.param - 1])]
    found = [Committee(site, marker) for site, marker in zip(sites, MARKERS, strict=False)]
    for committee in found:
        fill(committee)
    return found


def assert_own(committee, committees, text, where):
    """`text` names this committee's marker and no other's."""
    assert committee.marker in text, (committee.host, where)
    for other in committee.others(committees):
        assert other.marker not in text, (committee.host, where, other.marker)


def assert_own_hosts(committee, committees, urls, where):
    """No URL among `urls` leads to another committee's host, or to the install's own base
    URL (settings.WAGTAILADMIN_BASE_URL, testserver); links to other places are fine."""
    hosts = {urlsplit(url).netloc for url in urls}
    foreign = {other.host for other in committee.others(committees)} | {"testserver"}
    assert not hosts & foreign, (committee.host, where, hosts & foreign)


def links(html):
    return [a["href"] for a in html.select("a[href]")] + [
        tag["href"] for tag in html.select("link[href]")]


# --- Search ------------------------------------------------------------------------------------

def result_titles(html):
    return " | ".join(a.get_text(strip=True) for a in html.select(".search-result__title a"))


def test_search_finds_only_the_sites_own_pages(client, committees):
    for committee in committees:
        for language in ("ru", "be"):
            html = committee.html(client, f"/{language}/search/", data={"q": WORD})
            assert_own(committee, committees, result_titles(html), f"search {language}")
            assert_own_hosts(committee, committees, links(html), "search links")


def test_a_rebuilt_index_and_a_moved_article_keep_to_their_site(client, committees):
    call_command("rebuild_site_search", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for committee in committees:
        html = committee.html(client, "/ru/search/", data={"q": WORD})
        assert_own(committee, committees, result_titles(html), "rebuilt")
    # A section moved to another committee takes its articles' entries along.
    first, last = committees[0], committees[-1]
    section = added(first.find(NewsIndexPage), NewsSectionPage(title="Урожай", slug="harvest"))
    article = added(section, NewsArticlePage(title="Кукуруза переехала", slug="moved",
                                             lead="Кукуруза."))
    for committee, found in ((first, True), (last, False)):
        html = committee.html(client, "/ru/search/", data={"q": WORD})
        assert (article.title in result_titles(html)) is found, committee.host
    Page.objects.get(pk=section.pk).move(last.find(NewsIndexPage), pos="last-child")
    for committee, found in ((first, False), (last, True)):
        html = committee.html(client, "/ru/search/", data={"q": WORD})
        assert (article.title in result_titles(html)) is found, committee.host


def test_the_section_filter_offers_only_the_sites_sections(client, committees):
    for committee in committees:
        html = committee.html(client, "/ru/search/", data={"q": WORD})
        offered = {int(option["value"]) for option in html.select("select[name=section] option")
                   if option["value"]}
        own = set(Page.objects.descendant_of(committee.home()).values_list("pk", flat=True))
        assert offered and offered <= own, committee.host
        section = committee.find(NewsSectionPage, slug="district")
        assert section.pk in offered
        for other in committee.others(committees):
            theirs = other.find(NewsSectionPage, slug="district")
            html = committee.html(client, "/ru/search/", data={"q": WORD, "section": theirs.pk})
            assert html.select_one(".form-error") is not None  # not a choice here
            assert other.marker not in result_titles(html)


def test_a_procedure_number_opens_the_sites_own_procedure(client, committees):
    for committee in committees:
        response = committee.get(client, "/ru/search/", data={"q": PROCEDURE})
        assert response.status_code == 302, committee.host
        location = urlsplit(response["Location"])
        assert location.netloc in ("", committee.host), response["Location"]
        assert location.path == committee.pages["procedure"].relative_url(committee.site)
        page = committee.html(client, location.path)
        assert_own(committee, committees, page.select_one("h1").get_text(), "procedure")


def test_an_act_number_opens_the_sites_own_act_or_registry(client, committees):
    for committee in committees:
        response = committee.get(client, "/ru/search/", data={"q": ACT})
        assert response.status_code == 302, committee.host
        assert urlsplit(response["Location"]).netloc in ("", committee.host)
        assert urlsplit(response["Location"]).path == committee.pages["act"].relative_url(
            committee.site)
        # Two acts with one number: the site's own registry, listing its own two.
        response = committee.get(client, "/ru/search/", data={"q": TWICE})
        assert response.status_code == 302, committee.host
        location = urlsplit(response["Location"])
        assert location.netloc in ("", committee.host), response["Location"]
        registry = committee.find(DocumentRegistryPage)
        assert location.path == registry.relative_url(committee.site)
        html = committee.html(client, f"{location.path}?{location.query}")
        titles = " | ".join(a.get_text(strip=True) for a in html.select(".act-card__title a"))
        assert_own(committee, committees, titles, "registry by number")
        assert titles.count(committee.marker) == 2


# --- Sitemaps, robots.txt ----------------------------------------------------------------------

def test_sitemaps_list_only_the_sites_pages_on_its_host(client, committees):
    for committee in committees:
        index = committee.get(client, "/sitemap.xml")
        children = [loc.text for loc in ElementTree.fromstring(index.content).iter()
                    if loc.tag.endswith("loc")]
        assert_own_hosts(committee, committees, children, "sitemap index")
        locations = sitemap_locations(client, HTTP_HOST=committee.host)
        assert_own_hosts(committee, committees, locations, "sitemap")
        for name in ("newer", "act", "procedure", "event", "be_article"):
            assert committee.pages[name].get_full_url() in locations, (committee.host, name)
        for other in committee.others(committees):
            assert other.pages["newer"].get_full_url() not in locations


def test_the_html_site_map_shows_only_the_sites_tree(client, committees):
    for committee in committees:
        html = committee.html(client, "/ru/sitemap/")
        assert_own_hosts(committee, committees, links(html), "html site map")
        listed = {urlsplit(a["href"]).path for a in html.select("main a[href]")}
        procedures = committee.find(ProcedureCatalogPage).relative_url(committee.site)
        assert procedures in listed
        own = {page.relative_url(committee.site) for page in
               Page.objects.descendant_of(committee.home()).live()}
        assert {path for path in listed if path.startswith("/ru/") and path.count("/") > 2
                } <= own | {"/ru/search/"}


def test_robots_txt_names_the_sites_own_sitemap(client, committees):
    for committee in committees:
        text = committee.get(client, "/robots.txt").content.decode()
        assert f"Sitemap: {committee.root_url}/sitemap.xml" in text, committee.host


# --- Feeds -------------------------------------------------------------------------------------

def rss_items(response):
    assert response.status_code == 200
    channel = ElementTree.fromstring(response.content).find("channel")
    return channel, [(item.findtext("title"), item.findtext("link"))
                     for item in channel.findall("item")]


@pytest.mark.parametrize("path", ["/ru/news/rss/", "/ru/news/district/rss/",
                                  "/ru/documents/rss/", "/special/ru/news/rss/"])
def test_rss_feeds_carry_the_sites_items_and_host(client, committees, path):
    for committee in committees:
        channel, items = rss_items(committee.get(client, path))
        assert items, (committee.host, path)
        assert_own(committee, committees, " | ".join(title for title, _link in items), path)
        assert_own_hosts(committee, committees,
                         [channel.findtext("link"), *(link for _t, link in items)], path)


def test_ics_feeds_carry_the_sites_events_and_host(client, committees):
    for committee in committees:
        for path in ("/ru/events/ics/", committee.pages["event"].relative_url(committee.site)
                     + "ics/"):
            response = committee.get(client, path)
            assert response.status_code == 200, (committee.host, path)
            calendar = icalendar.Calendar.from_ical(response.content)
            events = [event for event in calendar.walk("VEVENT")]
            assert_own(committee, committees,
                       " | ".join(str(event.get("summary")) for event in events), path)
            assert_own_hosts(committee, committees, [str(event.get("url")) for event in events
                                         if event.get("url")], path)


# --- Pages -------------------------------------------------------------------------------------

def banner_texts(html):
    return " | ".join(text.get_text(" ", strip=True) for text in html.select(".alert__text"))


def test_banners_show_only_on_their_own_site(client, committees):
    for committee in committees:
        for path in ("/ru/", "/ru/about/", "/ru/search/"):
            assert_own(committee, committees, banner_texts(committee.html(client, path)), path)


def test_the_home_page_lists_the_sites_own_news_and_events(client, committees):
    for committee in committees:
        html = committee.html(client, "/ru/")
        main = html.select_one("main").get_text(" ", strip=True)
        assert committee.pages["newer"].title in main and committee.pages["event"].title in main
        assert_own(committee, committees, main, "home")
        assert_own_hosts(committee, committees, links(html), "home links")


def test_previous_and_next_stay_in_the_sites_section(client, committees):
    for committee in committees:
        older, newer = committee.pages["older"], committee.pages["newer"]
        html = committee.html(client, older.relative_url(committee.site))
        hrefs = [urlsplit(href).path for href in links(html)]
        assert newer.relative_url(committee.site) in hrefs
        assert_own_hosts(committee, committees, links(html), "article links")
        for other in committee.others(committees):
            assert other.pages["newer"].title not in html.get_text()


def test_the_no_translation_notice_answers_only_for_the_sites_pages(client, committees):
    for committee in committees:
        article = committee.pages["newer"]  # Russian only
        html = committee.html(client, article.relative_url(committee.site))
        notice_path = f"/be/_util/untranslated/?page={article.pk}"
        assert any(href.endswith(notice_path) for href in links(html)), committee.host
        notice = committee.html(client, notice_path)
        assert_own_hosts(committee, committees, links(notice), "notice")
        assert article.relative_url(committee.site) in {urlsplit(h).path for h in links(notice)}
        for other in committee.others(committees):
            theirs = f"/be/_util/untranslated/?page={other.pages['newer'].pk}"
            assert committee.get(client, theirs).status_code == 404, (committee.host, theirs)


def json_ld(html):
    return [json.loads(script.string) for script in
            html.select('script[type="application/ld+json"]')]


@pytest.mark.parametrize("prefix", ["", "/special"])
def test_canonical_og_and_json_ld_name_the_sites_host(client, committees, prefix):
    for committee in committees:
        for name in ("newer", "act", "procedure", "event"):
            page = committee.pages[name]
            html = committee.html(client, prefix + page.relative_url(committee.site))
            canonical = html.select_one('link[rel="canonical"]')["href"]
            assert canonical == page.get_full_url(), (committee.host, name, canonical)
            og = html.select_one('meta[property="og:url"]')
            if og is not None:
                assert og["content"] == canonical
            urls = [canonical]
            for data in json_ld(html):
                urls += [value for key, value in data.items()
                         if key in ("url", "mainEntityOfPage", "image")]
            assert_own_hosts(committee, committees, urls, (prefix, name))
            assert_own_hosts(committee, committees, links(html), (prefix, name, "links"))


# --- Admin ------------------------------------------------------------------------------------

def test_the_required_content_report_is_per_site(client, committees):
    client.force_login(get_user_model().objects.create_superuser("chief", "c@example.org", "x"))
    last = committees[-1]
    contacts = last.find(StandardPage, role="contacts")
    contacts.unpublish()
    for committee in committees:
        for query in ("", f"?site={committee.site.pk}"):
            response = client.get(REPORT + query, HTTP_HOST=committee.host)
            assert response.status_code == 200
            html = BeautifulSoup(response.content, "html.parser")
            rows = {row["data-item"]: row for row in html.select("tr.required-content__row")}
            expected = "missing-ru" if committee is last else "complete"
            assert rows["core-contacts"]["data-status"] == expected, (committee.host, query)
            own = set(Page.objects.filter(pk__in=[
                home.pk for home in committee.site.root_page.get_translations(inclusive=True)
            ]).values_list("path", flat=True))
            for link in html.select("tr.required-content__row a[href*='/pages/']"):
                page_id = int(re.search(r"/pages/(?:add/\w+/\w+/)?(\d+)/", link["href"])[1])
                path = Page.objects.get(pk=page_id).path
                assert any(path.startswith(home) for home in own), (committee.host, link)


# --- The page cache ---------------------------------------------------------------------------

def is_hit(committee, client, path):
    response = committee.get(client, path)
    assert response.status_code == 200, (committee.host, path)
    return response.get("X-Page-Cache") == "hit"


def test_a_publication_on_one_site_keeps_the_others_cached(client, committees):
    paths = ("/ru/", "/ru/news/", "/ru/about/")
    for committee in committees:
        for path in paths:
            committee.get(client, path)
            assert is_hit(committee, client, path), (committee.host, path)
    changed = committees[-1]
    added(changed.find(NewsSectionPage, slug="district"), NewsArticlePage(
        title=f"Свежая новость {changed.marker}", slug="fresh", lead="Свежая."))
    StandardPage.objects.get(pk=changed.find(StandardPage, role="about").pk
                             ).save_revision().publish()
    for committee in committees:
        for path in paths:
            assert is_hit(committee, client, path) is (committee is not changed), (
                committee.host, path)
    home = changed.html(client, "/ru/")
    assert f"Свежая новость {changed.marker}" in home.get_text()
    for committee in changed.others(committees):
        assert "Свежая новость" not in committee.html(client, "/ru/").get_text()
    assert HomePage.objects.count() >= len(committees)
