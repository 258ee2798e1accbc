"""Full-page cache: anonymous hits cost no query; publishing makes every affected page fresh."""

import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from ispolkom.core import freshness
from ispolkom.core.models import DistrictIdentity
from ispolkom.news.models import NewsArticlePage
from ispolkom.pagecache import store


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code in (200, 304), url
    return response


def publish(section, title, slug, **fields):
    article = NewsArticlePage(title=title, slug=slug, **{"lead": "Lead", **fields})
    section.add_child(instance=article)
    article.save_revision().publish()
    return article


def shared_reads_only(queries):
    """A hit reads no page data; at most the shared generations, once per MEMO_SECONDS."""
    return len(queries) <= 1 and all("ispolkom_shared_cache" in query["sql"]
                                      for query in queries.captured_queries)


@pytest.mark.parametrize("kind", ["home", "section", "article", "search"])
def test_second_anonymous_view_is_a_hit_without_queries(client, demo, kind, no_banners):
    url = demo.urls_of_every_type("ru")[kind]
    first = fetch(client, url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = fetch(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert shared_reads_only(queries)
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


def test_feeds_sitemap_and_special_pages_are_cached_too(client, demo):
    for url in ("/sitemap.xml", "/sitemaps/pages-1.xml", demo.news_index("en").url + "rss/",
                "/special" + demo.article("en").url, "/robots.txt"):
        fetch(client, url)
        assert fetch(client, url)["X-Page-Cache"] == "hit", url


def test_etag_gives_304(client, demo):
    first = fetch(client, "/en/")
    again = client.get("/en/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_publishing_refreshes_lists_home_feeds_sitemap_and_special(client, demo):
    section = demo.section("en", "district")
    watched = ["/en/", section.url, demo.news_index("en").url, section.url + "rss/",
               demo.news_index("en").url + "rss/", "/sitemaps/pages-1.xml", "/special/en/",
               "/special" + section.url]
    for url in watched:
        fetch(client, url)
    article = publish(section, "Bridge reopened after repairs", "bridge-reopened")
    for url in watched:
        assert "Bridge reopened" in fetch(client, url).content.decode() or \
            article.full_url in fetch(client, url).content.decode(), url
    article.unpublish()
    for url in watched:
        assert "Bridge reopened" not in fetch(client, url).content.decode(), url
    assert client.get(article.url).status_code == 404


def test_moving_and_deleting_refresh_the_lists(client, demo):
    district, region = demo.section("en", "district"), demo.section("en", "region")
    article = publish(district, "Choir wins a prize", "choir-prize")
    assert "Choir wins" in fetch(client, district.url).content.decode()
    fetch(client, region.url)
    article.move(region, pos="last-child")
    assert "Choir wins" not in fetch(client, district.url).content.decode()
    assert "Choir wins" in fetch(client, region.url).content.decode()
    Page.objects.get(pk=article.pk).delete()
    assert "Choir wins" not in fetch(client, region.url).content.decode()


def test_identity_change_refreshes_every_page(client, demo):
    fetch(client, "/be/")
    identity = DistrictIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.name_be = "Новая назва камітэта"
    identity.save()
    assert "Новая назва камітэта" in fetch(client, "/be/").content.decode()


def test_special_settings_and_versions_never_mix(client, demo):
    url = demo.article("ru").url
    regular = fetch(client, url).content
    special = fetch(client, "/special" + url).content
    client.cookies["special"] = "scheme:white-black.size:3"
    dark = fetch(client, "/special" + url)
    assert b"sv-scheme-white-black" in dark.content and b"sv-scheme-white-black" not in special
    assert fetch(client, url).content == regular  # the cookie does not reach regular pages
    client.cookies["special"] = "scheme:blue"
    assert b"sv-scheme-blue" in fetch(client, "/special" + url).content
    assert "Cookie" in dark["Vary"]


def test_logged_in_editors_always_see_fresh_pages(client, admin_client, demo):
    article = demo.article("en")
    fetch(client, article.url)
    NewsArticlePage.objects.filter(pk=article.pk).update(lead="Edited without a signal")
    assert "Edited without a signal" not in fetch(client, article.url).content.decode()
    fresh = admin_client.get(article.url)
    assert "Edited without a signal" in fresh.content.decode()
    assert "X-Page-Cache" not in fresh


def test_errors_and_settings_are_not_cached(client, demo):
    client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    response = client.get("/special/settings/?size=2&next=/special/en/")
    assert "X-Page-Cache" not in response


def test_one_sites_changes_leave_other_sites_cached(demo):
    other_root = Page.get_first_root_node().add_child(title="Other district", slug="other")
    other = Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    default = Site.objects.get(is_default_site=True)
    shared = caches["shared"]  # where every process reads the generations
    freshness.new_generation(other.pk)
    freshness.new_generation(default.pk)
    before = shared.get(freshness.generation_key(other.pk))
    publish(demo.section("ru"), "Только здесь", "only-here")
    assert shared.get(freshness.generation_key(other.pk)) == before
    assert shared.get(freshness.generation_key(default.pk)) != before


def test_equivalent_special_cookies_share_one_cache_entry(client, demo):
    url = "/special" + demo.article("en").url
    client.cookies["special"] = "size:3"
    assert fetch(client, url)["X-Page-Cache"] == "miss"
    client.cookies["special"] = "size:3.junk:1.scheme:nonsense"
    assert fetch(client, url)["X-Page-Cache"] == "hit"


def test_a_hit_carries_the_headers_of_the_page_it_copies(client, demo):
    url = demo.article("en").url
    first = fetch(client, url)
    second = fetch(client, url)
    assert second["X-Page-Cache"] == "hit"
    for name, value in first.items():
        if name != "X-Page-Cache":
            assert second[name] == value, name
    assert second["X-Content-Type-Options"] == "nosniff"  # SecurityMiddleware, stored


def test_conditional_requests_on_hits(client, demo):
    first = fetch(client, "/en/")
    assert client.get("/en/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    other = client.get("/en/", HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200 and other["X-Page-Cache"] == "hit"
    assert client.head("/en/")["X-Page-Cache"] == "hit"


def test_an_entry_from_an_older_generation_is_not_served(client, demo):
    url = demo.section("en").url
    fetch(client, url)
    freshness.invalidate_sites({Site.objects.get(is_default_site=True).pk})
    assert fetch(client, url)["X-Page-Cache"] == "miss"
    assert fetch(client, url)["X-Page-Cache"] == "hit"


def test_a_host_follows_site_changes_made_by_another_process(client, demo):
    """Each process remembers which site serves a host; a site saved anywhere must end that."""
    fetch(client, "/en/", HTTP_HOST="second.example")  # served by the default site
    assert fetch(client, "/en/", HTTP_HOST="second.example")["X-Page-Cache"] == "hit"
    root = Page.get_first_root_node().add_child(title="Second district", slug="second")
    Site.objects.create(hostname="second.example", port=80, root_page=root)
    response = client.get("/en/", HTTP_HOST="second.example")
    assert response["X-Page-Cache"] == "miss"
    assert "Second district" in response.content.decode()
    # Entries are keyed by site, not host: the default site's host keeps its own page.
    assert "Second district" not in fetch(client, "/en/").content.decode()


def test_remembered_values_follow_the_generation(client, demo):
    section = demo.section("en", "region")
    before = client.get(section.url).content.decode()
    publish(section, "Count changes", "count-changes")
    after = client.get(section.url).content.decode()
    assert "Count changes" in after and "Count changes" not in before


@pytest.mark.parametrize("privacy", [
    {"restriction_type": "password", "password": "Council-only-2024"},
    {"restriction_type": "login"},
], ids=["password", "login"])
def test_privacy_set_in_the_admin_reaches_every_cached_page(client, admin_client, demo,
                                                            privacy):
    """Issue 9, finding 2: the admin's Privacy dialog, then an anonymous visitor."""
    section = demo.section("en", "district")
    article = publish(section, "Budget hearing minutes", "budget-hearing",
                      lead="Figures for every village council.")
    lists = ["/en/", section.url, demo.news_index("en").url, section.url + "rss/",
             "/special" + section.url, "/special/en/"]
    for url in [article.url, "/special" + article.url, *lists]:
        fetch(client, url)
        assert "Budget hearing" in fetch(client, url).content.decode(), url
    privacy_url = reverse("wagtailadmin_pages:set_privacy", args=[article.pk])

    assert admin_client.post(privacy_url, privacy).status_code == 200
    assert PageViewRestriction.objects.filter(page=article).exists()
    for url in (article.url, "/special" + article.url):
        assert "Figures for every village council" not in client.get(url).content.decode(), url
    for url in lists:
        assert "Budget hearing" not in fetch(client, url).content.decode(), url

    assert admin_client.post(privacy_url, {"restriction_type": "none"}).status_code == 200
    assert not PageViewRestriction.objects.filter(page=article).exists()
    assert "Figures for every village council" in fetch(client, article.url).content.decode()
    for url in lists:
        assert "Budget hearing" in fetch(client, url).content.decode(), url


def test_a_page_past_its_expiry_is_not_served_from_the_cache(client, demo, monkeypatch):
    """Even if publish_scheduled runs late: the cached copy ends at the expiry moment."""
    expire_at = timezone.now() + timedelta(hours=1)
    article = publish(demo.section("en"), "Road closed until noon", "road-closed",
                      expire_at=expire_at)
    fetch(client, article.url)
    NewsArticlePage.objects.filter(pk=article.pk).update(lead="Rendered again")  # no signal
    assert fetch(client, article.url)["X-Page-Cache"] == "hit"

    late = int((expire_at - timezone.now() + timedelta(seconds=1)).total_seconds() * 1e9)
    monkeypatch.setattr(freshness, "wall_clock_ns", lambda: time.time_ns() + late)
    after = fetch(client, article.url)
    assert after["X-Page-Cache"] == "miss" and "Rendered again" in after.content.decode()
    assert fetch(client, article.url)["X-Page-Cache"] == "hit"  # cached again, from now on


def test_a_page_whose_content_changes_with_time_is_kept_only_until_then(client, demo,
                                                                      monkeypatch, no_banners):
    """An office's "open now" or the next reception dates change without a publish: the page
    says when (freshness.good_until), and neither the cache nor a browser keeps it longer."""
    from ispolkom.core.models import StandardPage

    until = timezone.now() + timedelta(seconds=30)
    serve = StandardPage.serve

    def serve_with_time(page, request, *args, **kwargs):
        return freshness.good_until(serve(page, request, *args, **kwargs), until)

    monkeypatch.setattr(StandardPage, "serve", serve_with_time)
    url = "/ru/contacts/"
    first = fetch(client, url)
    max_age = int(first["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert first["X-Page-Cache"] == "miss" and 25 <= max_age <= 30
    assert fetch(client, url)["X-Page-Cache"] == "hit"

    StandardPage.objects.filter(url_path__endswith="/contacts/").update(intro="Rendered again")
    later = time.time_ns() + 31 * 10**9
    monkeypatch.setattr(freshness, "wall_clock_ns", lambda: later)
    after = fetch(client, url)  # rendered anew, and not kept: its moment has passed
    assert "Rendered again" in after.content.decode()
    assert "X-Page-Cache" not in after and "max-age=0" in after["Cache-Control"]
    assert "X-Page-Cache" not in fetch(client, url)

    until = timezone.now() + timedelta(hours=1)  # the next change, seen from then
    assert fetch(client, url)["X-Page-Cache"] == "miss"
    assert fetch(client, url)["X-Page-Cache"] == "hit"


def test_a_generation_started_by_another_process_is_read(client, demo, monkeypatch):
    """Other processes only write the shared store; this process must look there."""
    url = demo.section("en").url
    fetch(client, url)
    assert fetch(client, url)["X-Page-Cache"] == "hit"
    site = Site.objects.get(is_default_site=True)
    caches["shared"].set(freshness.generation_key(site.pk), time.time_ns(), None)  # elsewhere
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)  # the memo has run out
    assert fetch(client, url)["X-Page-Cache"] == "miss"


def test_without_the_shared_store_known_pages_are_still_served(client, demo, monkeypatch):
    url = demo.section("en").url
    fetch(client, url)

    def unreachable(*args, **kwargs):
        raise OperationalError("the database server went away")

    monkeypatch.setattr(caches["shared"], "get_many", unreachable)
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)
    assert fetch(client, url)["X-Page-Cache"] == "hit"  # the last generation known
    freshness.forget()  # a process that never read a generation trusts no cached page
    store.forget()
    assert "X-Page-Cache" not in fetch(client, url)


def test_a_site_changed_by_another_process_changes_its_links(client, demo, monkeypatch):
    """Wagtail keeps each site's root URL in the process's cache: a Site edited in another
    process must not leave the old host name in this one's feeds."""
    feed = demo.news_index("en").url + "rss/"
    assert "osipovichi.example" not in fetch(client, feed).content.decode()
    site = Site.objects.get(is_default_site=True)
    Site.objects.filter(pk=site.pk).update(hostname="osipovichi.example")  # elsewhere:
    for site_id in (freshness.SITES, site.pk):  # what that process's signal wrote
        caches["shared"].set(freshness.generation_key(site_id), time.time_ns(), None)
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)
    assert "osipovichi.example" in fetch(client, feed).content.decode()
