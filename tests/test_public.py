"""One definition of "public": a restricted, withdrawn or expired page surfaces nowhere.

Each case hides pages before the first request (a fresh render must not leak), then reads
every way a page can surface, regular and /special/: home, lists and section links, feeds,
sitemap.xml, the HTML site map, search results and the search form, the main menu, content
page subpages and the neighbours' previous/next links. A public article added the same way
must show on the same surfaces, so that the check cannot pass by looking at nothing.
"""

import datetime
import io
from dataclasses import dataclass, field

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from ispolkom.core.models import StandardPage
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from tests.support.sitemaps import sitemap_paths, sitemap_text

BODY_WORD = "fernbrake"  # in the body of every page these tests add, found by search
PASSWORD = "open sesame"


@dataclass
class Case:
    hidden: list                                  # titles and URLs must appear nowhere
    gone: list = field(default_factory=list)      # must answer 404, regular and special


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_article(section, slug, minutes_ahead=1, **fields):
    """A live article newer than the demo's, so that every list shows it first."""
    return publish(section, NewsArticlePage(
        title=f"Quillwort {slug}", slug=slug, lead=f"Marshwren {slug}.",
        date=timezone.now() + datetime.timedelta(minutes=minutes_ahead),
        body=[("paragraph", RichText(f"<p>The {BODY_WORD} report.</p>"))], **fields))


def add_section(demo, slug):
    return publish(demo.news_index("en"), NewsSectionPage(title=f"Sedgeling {slug}", slug=slug))


def add_content_page(parent, slug):
    return publish(parent, StandardPage(title=f"Quillwort {slug}", slug=slug, show_in_menus=True,
                                        intro=f"The {BODY_WORD} notes."))


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == "password" else "")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Staff")[0])
    return restriction


def password_article(demo):
    article = add_article(demo.section("en"), "password-article")
    restrict(article, PageViewRestriction.PASSWORD)
    return Case(hidden=[article])


def login_article(demo):
    article = add_article(demo.section("en"), "login-article")
    restrict(article, PageViewRestriction.LOGIN)
    return Case(hidden=[article])


def article_in_private_section(demo):
    section = add_section(demo, "closed")
    article = add_article(section, "closed-article")
    restrict(section, PageViewRestriction.GROUPS)
    return Case(hidden=[section, article])


def section_unpublished_alone(demo):
    section = add_section(demo, "withdrawn")
    article = add_article(section, "withdrawn-article")
    section.unpublish()  # as the admin does by default: its articles stay live
    assert NewsArticlePage.objects.get(pk=article.pk).live
    return Case(hidden=[section, article], gone=[section, article])


def expired_article(demo):
    article = add_article(demo.section("en"), "expired-article")
    # Past its expiry date; `publish_scheduled` has not run yet, so it is still live.
    NewsArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5))
    return Case(hidden=[article], gone=[article])


def private_content_pages(demo):
    in_menu = add_content_page(demo.home("en"), "closed-office")
    below = add_content_page(in_menu, "closed-office-rules")
    subpage = add_content_page(demo.standard("en"), "closed-annex")
    restrict(in_menu, PageViewRestriction.LOGIN)
    restrict(subpage, PageViewRestriction.PASSWORD)
    return Case(hidden=[in_menu, below, subpage])


def expired_content_page(demo):
    expired = add_content_page(demo.home("en"), "former-office")
    below = add_content_page(expired, "former-office-rules")
    StandardPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5))
    return Case(hidden=[expired, below], gone=[expired, below])


CASES = [password_article, login_article, article_in_private_section, section_unpublished_alone,
         expired_article, private_content_pages, expired_content_page]


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def search_url(query=BODY_WORD):
    return f"/en/search/?q={query}"


def surfaces(client, demo, control):
    """Every page that lists, links or describes other pages, regular and special."""
    news, district = demo.news_index("en").url, demo.section("en").url
    older = NewsArticlePage.objects.live().child_of(demo.section("en")).filter(
        date__lte=timezone.now()).order_by("-date").first()  # the newest of the demo's
    regular = [demo.home("en").url, news, news + "page/2/", district, news + "rss/",
               district + "rss/", *sitemap_paths(client), demo.sitemap("en").url,
               demo.standard("en").url, search_url(), "/en/search/", control.url, older.url]
    return regular + [f"/special{url}" for url in regular if not url.endswith(("rss/", ".xml"))]


@pytest.mark.parametrize("make_case", CASES, ids=[case.__name__ for case in CASES])
def test_hidden_pages_surface_nowhere(client, demo, make_case):
    control = add_article(demo.section("en"), "open-article", minutes_ahead=2)
    case = make_case(demo)
    leaks = []
    for url in surfaces(client, demo, control):
        text = get(client, url)
        leaks += [(url, shown) for page in case.hidden for shown in (page.title, page.url)
                  if shown in text]
    assert leaks == []
    for url in (demo.home("en").url, demo.news_index("en").url + "rss/", search_url()):
        assert control.title in get(client, url), f"the public article is missing on {url}"
    assert control.full_url in sitemap_text(client)
    for page in case.gone:
        get(client, page.url, status=404)
        get(client, f"/special{page.url}", status=404)


def test_restricted_pages_still_answer_to_the_people_allowed(client, demo):
    article = add_article(demo.section("en"), "password-article")
    restrict(article, PageViewRestriction.PASSWORD)
    asked = BeautifulSoup(get(client, article.url), "html.parser")
    assert article.lead not in asked.get_text()
    form = asked.select_one('form:has(input[name="password"])')
    client.post(form["action"], {"password": PASSWORD, "return_url": article.url})
    assert article.lead in get(client, article.url)
    login = add_article(demo.section("en"), "login-article")
    restrict(login, PageViewRestriction.LOGIN)
    assert client.get(login.url).status_code == 302


def test_a_private_translation_is_not_offered_by_the_language_switch(client, demo):
    article = demo.article("en")
    private = article.get_translation(demo.home("ru").locale)
    restrict(private, PageViewRestriction.PASSWORD)
    html = BeautifulSoup(get(client, article.url), "html.parser")
    switch = {a["hreflang"]: a["href"] for a in html.select(".language-switch a")}
    assert switch["ru"].startswith("/ru/_util/untranslated/")  # "not in Russian", not the page
    assert "ru" not in {link["hreflang"] for link in html.select("link[hreflang]")}
    notice = get(client, switch["ru"])
    assert private.url not in notice and private.title not in notice


def test_publishing_the_section_again_brings_everything_back(client, demo):
    section = add_section(demo, "withdrawn")
    article = add_article(section, "withdrawn-article")
    section.unpublish()
    get(client, article.url, status=404)
    assert article.title not in get(client, search_url())
    cache.clear()
    section.save_revision().publish()
    assert article.lead in get(client, article.url)
    assert article.lead in get(client, f"/special{article.url}")
    for url in (demo.home("en").url, demo.news_index("en").url,
                demo.news_index("en").url + "rss/", section.url + "rss/", search_url()):
        assert article.title in get(client, url), url
    assert section.title in get(client, demo.news_index("en").url)
    assert article.full_url in sitemap_text(client)


def result_count(client, query=BODY_WORD):
    """The number of results the search page announces, read afresh."""
    cache.clear()  # restriction changes reaching the page cache are tested elsewhere
    html = BeautifulSoup(get(client, search_url(query)), "html.parser")
    return int(html.select_one(".search-total").get_text(strip=True).split()[0])


def test_search_index_follows_every_change_of_what_is_public(client, demo):
    section = add_section(demo, "moving")
    article = add_article(section, "indexed-article")
    assert result_count(client) == 1
    restriction = restrict(section, PageViewRestriction.PASSWORD)
    assert result_count(client) == 0
    restriction.delete()
    assert result_count(client) == 1
    section.unpublish()
    assert result_count(client) == 0
    section.save_revision().publish()
    assert result_count(client) == 1
    closed = add_section(demo, "closed")
    restrict(closed, PageViewRestriction.LOGIN)
    add_article(closed, "born-private")
    assert result_count(client) == 1
    article.move(closed, pos="last-child")
    assert result_count(client) == 0
    article.refresh_from_db()
    section.refresh_from_db()  # it has no child left
    article.move(section, pos="last-child")
    assert result_count(client) == 1
    NewsSectionPage.objects.get(pk=section.pk).delete()  # with its article
    assert result_count(client) == 0


def test_scheduled_expiry_and_go_live_reach_the_search_index(client, demo):
    article = add_article(demo.section("en"), "expiring-article")
    NewsArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)
    assert result_count(client) == 0
    section = add_section(demo, "scheduled")
    add_article(section, "scheduled-article")
    section.unpublish()
    assert result_count(client) == 0
    revision = section.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert result_count(client) == 1


def test_rebuilding_the_search_index_leaves_private_pages_out(client, demo):
    article = add_article(demo.section("en"), "bulk-restricted")
    # A restriction written without signals (a bulk import): only the rebuild sees it.
    PageViewRestriction.objects.bulk_create([PageViewRestriction(
        page=article, restriction_type=PageViewRestriction.LOGIN)])
    call_command("rebuild_site_search", stdout=io.StringIO())
    assert result_count(client) == 0
