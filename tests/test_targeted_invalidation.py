"""A news article published renews only what shows it: the lists (home, sections, the news
index, tags, feeds, the sitemap, search), the article, its neighbours and its translations.
The rest of the archive stays cached, and no page is ever served stale (core/freshness.py)."""

import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Site, get_page_models

from ispolkom.core import freshness
from ispolkom.core.models import DistrictIdentity
from ispolkom.news.models import NewsArticlePage
from tests.support.pages import added


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def cached(client, *urls):
    """Reads each page until it is a cache hit."""
    for url in urls:
        fetch(client, url)
        assert fetch(client, url)["X-Page-Cache"] == "hit", url


def is_hit(client, url):
    return fetch(client, url).get("X-Page-Cache") == "hit"


def article(section, title, days_ago=0, **fields):
    date = timezone.now() - timedelta(days=days_ago)
    slug = title.lower().replace(" ", "-")
    return added(section, NewsArticlePage(title=title, slug=slug, date=date,
                                          lead=fields.pop("lead", "Lead."), **fields))


def republish(page, **changes):
    page = NewsArticlePage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def pages_without_list_items(language=None):
    """A live demo page of every type that shows no news (features.py: shows_list_items)."""
    models = [model for model in get_page_models()
              if not getattr(model, "shows_list_items", True) and model is not NewsArticlePage]
    assert len(models) >= 10
    pages = [model.objects.live() for model in models]
    if language:
        pages = [found.filter(locale__language_code=language) for found in pages]
    return [found.first().url for found in pages if found.exists()]


@pytest.fixture
def row(demo):
    """Three articles of the English district section in a row, older than the demo's."""
    section = demo.section("en", "district")
    return (article(section, "Quarry pond cleaned", days_ago=400),
            article(section, "Library moves upstairs", days_ago=399),
            article(section, "Orchard planted by pupils", days_ago=398))


def test_a_new_article_renews_the_lists_and_its_neighbour_and_keeps_the_archive(client, demo,
                                                                                row):
    section = demo.section("en", "district")
    newest = demo.article("en")
    other_section = demo.article("en", "region")
    old = row[1]
    lists = ["/en/", "/special/en/", section.url, demo.news_index("en").url,
             section.url + "rss/", demo.news_index("en").url + "rss/", "/sitemaps/pages-1.xml",
             "/en/search/?q=ferry"]
    kept = [old.url, "/special" + old.url, other_section.url, *pages_without_list_items()]
    cached(client, *lists, newest.url, *kept)

    added_now = article(section, "Ferry returns to the river")

    for url in lists:
        body = fetch(client, url).content.decode()
        assert "Ferry returns" in body or added_now.full_url in body, url
    neighbour = fetch(client, newest.url).content.decode()
    assert 'rel="next">Ferry returns to the river</a>' in neighbour
    for url in kept:
        assert is_hit(client, url), url
    page = fetch(client, added_now.url).content.decode()
    assert f'rel="prev">{newest.title}</a>' in page


def test_a_new_title_reaches_the_pages_that_link_to_the_article(client, row):
    older, middle, newer = row
    cached(client, older.url, middle.url, newer.url)

    republish(middle, title="Library moves to the ground floor")

    assert "Library moves to the ground floor" in fetch(client, middle.url).content.decode()
    for neighbour in (older, newer):
        body = fetch(client, neighbour.url).content.decode()
        assert "Library moves to the ground floor" in body, neighbour.title
        assert "Library moves upstairs" not in body


def test_a_new_date_renews_the_old_and_the_new_neighbours(client, demo, row):
    older, middle, newer = row
    section = demo.section("en", "district")
    far = (article(section, "Bus station repainted", days_ago=900),
           article(section, "Stadium lights replaced", days_ago=898))
    pages = [*row, *far]
    cached(client, *(page.url for page in pages))

    republish(middle, date=timezone.now() - timedelta(days=899))

    assert f'rel="next">{newer.title}</a>' in fetch(client, older.url).content.decode()
    assert f'rel="prev">{older.title}</a>' in fetch(client, newer.url).content.decode()
    assert f'rel="next">{middle.title}</a>' in fetch(client, far[0].url).content.decode()
    assert f'rel="prev">{middle.title}</a>' in fetch(client, far[1].url).content.decode()


def test_an_unpublished_article_leaves_its_neighbours_lists_and_translations(client, demo, row):
    older, middle, newer = row
    translation = middle.copy_for_translation(Locale.objects.get(language_code="be"),
                                              copy_parents=True)
    translation.title = "Бібліятэка пераязджае"
    translation.save_revision().publish()
    section = demo.section("en", "district")
    cached(client, older.url, newer.url, translation.url, section.url)
    assert f'href="{middle.url}"' in fetch(client, translation.url).content.decode()

    NewsArticlePage.objects.get(pk=middle.pk).unpublish()

    assert client.get(middle.url).status_code == 404
    for page in (older, newer):
        assert middle.title not in fetch(client, page.url).content.decode(), page.title
    assert f'href="{middle.url}"' not in fetch(client, translation.url).content.decode()


def test_a_translation_published_renews_the_language_switch(client, demo, row):
    original = row[0]
    cached(client, original.url, "/special" + original.url)
    belarusian = original.url.replace("/en/", "/be/", 1)
    assert f'href="{belarusian}"' not in fetch(client, original.url).content.decode()

    translation = original.copy_for_translation(Locale.objects.get(language_code="be"),
                                                copy_parents=True)
    translation.save_revision().publish()

    assert translation.url == belarusian
    for prefix in ("", "/special"):
        body = fetch(client, prefix + original.url).content.decode()
        assert f'href="{prefix}{belarusian}"' in body, prefix


def test_changes_to_the_structure_still_renew_every_article(client, demo, row):
    page = row[0]
    cached(client, page.url)
    identity = DistrictIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.name_en = "Osipovichi District Executive Committee (renamed)"
    identity.save()
    assert "(renamed)" in fetch(client, page.url).content.decode()

    cached(client, page.url, *pages_without_list_items())
    about = demo.standard("en")
    about.title = "About the district, revised"
    about.save_revision().publish()
    assert not is_hit(client, page.url)
    for url in pages_without_list_items():
        assert not is_hit(client, url), url


def test_a_mark_set_by_another_process_is_read(client, row, monkeypatch):
    page = row[1]
    cached(client, page.url)
    NewsArticlePage.objects.filter(pk=page.pk).update(lead="Edited elsewhere")  # that process
    caches["shared"].set(freshness.mark_key(page.pk), time.time_ns(), None)  # and its mark
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)  # this process's memo has run out
    assert "Edited elsewhere" in fetch(client, page.url).content.decode()


def test_an_answer_that_may_have_read_the_old_rows_is_not_kept(client, row, monkeypatch,
                                                                settings):
    """A publication committed while a neighbour renders: its marks are already the new
    ones, but its rows may be the old ones. It is served, not kept."""
    older, middle, _newer = row
    render = NewsArticlePage.get_context

    def published_meanwhile(page, request, *args, **kwargs):
        context = render(page, request, *args, **kwargs)
        freshness.mark([middle.pk])  # another process commits a new title of `middle` now
        return context

    monkeypatch.setattr(NewsArticlePage, "get_context", published_meanwhile)
    assert "X-Page-Cache" not in fetch(client, older.url)
    monkeypatch.undo()
    assert fetch(client, older.url)["X-Page-Cache"] == "miss"

    # Another app server's clock may run behind: a mark less than the allowance before the
    # rendering began counts as after it.
    settings.PAGE_CACHE_CLOCK_SKEW = 5
    freshness.mark([middle.pk])
    assert "X-Page-Cache" not in fetch(client, older.url)
    later = time.time_ns() + 6 * 10**9
    monkeypatch.setattr(freshness, "wall_clock_ns", lambda: later)
    assert fetch(client, older.url)["X-Page-Cache"] == "miss"
    assert fetch(client, older.url)["X-Page-Cache"] == "hit"


def test_an_article_hit_reads_only_the_shared_store(client, row, monkeypatch, no_banners):
    page = row[1]
    cached(client, page.url)
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)  # generations and marks read again
    with CaptureQueriesContext(connection) as queries:
        assert is_hit(client, page.url)
    assert len(queries) <= 2
    assert all("ispolkom_shared_cache" in query["sql"] for query in queries.captured_queries)


def test_pages_that_declare_no_list_items_show_no_new_article(client, demo, monkeypatch):
    """The promise behind shows_list_items = False: a new article appears on none of them
    (else their cached copies would hide it). A block of "latest news" added to one of them
    must take the declaration away."""
    from ispolkom.pagecache.middleware import PageCacheMiddleware

    monkeypatch.setattr(PageCacheMiddleware, "may_use_cache", lambda self, request: False)
    for language in ("ru", "be", "en"):
        article(demo.section(language, "district"), f"Unmistakable headline {language}")
    for language in ("ru", "be", "en"):
        for url in pages_without_list_items(language):
            assert "Unmistakable headline" not in fetch(client, url).content.decode(), url
