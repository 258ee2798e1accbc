"""The page cache stays bounded whatever outsiders ask for: only the parameters a route reads
form its key, every host name and port of a site shares its entries, a flood of unique URLs
cannot evict the pages people read, and no body over the limit is kept."""

import re

import pytest
from django.core.cache import caches

from ispolkom.pagecache import store

MAIN_ENTRIES, PROBATION_ENTRIES = 40, 20  # small areas: a flood beyond them stays short


@pytest.fixture
def small_cache(settings, monkeypatch):
    settings.CACHES = {**settings.CACHES, "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "small", "OPTIONS": {"MAX_ENTRIES": MAIN_ENTRIES}}}
    monkeypatch.setattr(store, "PROBATION_ENTRIES", PROBATION_ENTRIES)
    caches["default"].clear()  # local-memory caches outlive the test that made them


def flood_size():
    """More unique URLs than either area of the cache holds."""
    return max(MAIN_ENTRIES, PROBATION_ENTRIES) + 50


def read(client, urls):
    """Pages people read: each asked for more than once."""
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


@pytest.mark.slow
def test_a_flood_of_unique_searches_leaves_the_pages_people_read_cached(client, demo,
                                                                       small_cache):
    news = demo.news_index("en").url
    pages = ["/en/", news, news + "rss/"]
    read(client, pages)
    for number in range(flood_size()):
        assert client.get(f"/en/search/?q=flood{number}").status_code == 200
    for url in pages:
        assert client.get(url)["X-Page-Cache"] == "hit", url


@pytest.mark.slow
def test_searches_asked_twice_do_not_take_the_place_of_pages(client, demo, small_cache):
    read(client, ["/en/"])
    for number in range(flood_size()):
        for _twice in range(2):
            client.get(f"/en/search/?q=again{number}")
    assert client.get("/en/")["X-Page-Cache"] == "hit"


def test_junk_parameters_and_ports_share_the_plain_pages_entry(client, demo):
    url = demo.news_index("en").url
    first = client.get(url, HTTP_HOST="127.0.0.1:8000")
    assert first["X-Page-Cache"] == "miss"
    for junk in ("?&&&", "?", "?utm_source=x", "?utm=1&&fbclid=2", "?page="):
        response = client.get(url + junk, HTTP_HOST="127.0.0.1:8000")
        assert response["X-Page-Cache"] == "hit", junk
        assert response.content == first.content, junk
    for host in ("127.0.0.1:9999", "127.0.0.1", "localhost:1234"):
        response = client.get(url, HTTP_HOST=host)
        assert response["X-Page-Cache"] == "hit", host


def test_unknown_parameters_do_not_change_what_is_served(client, demo):
    for url in (demo.section("en").url, "/special" + demo.section("en").url, "/robots.txt"):
        plain = client.get(url)
        tagged = client.get(url + "?utm_source=injected-marker")
        assert tagged.content == plain.content, url
        assert b"injected-marker" not in tagged.content


def test_a_page_first_asked_for_with_junk_is_stored_without_it(client, demo):
    url = demo.section("en").url
    tagged = client.get(url + "?ref=injected-marker")
    assert tagged.status_code == 200 and "X-Page-Cache" not in tagged  # not kept: it may echo
    plain = client.get(url)
    assert plain["X-Page-Cache"] == "miss" and b"injected-marker" not in plain.content


def test_search_keys_on_its_own_parameters_only(client, demo):
    first = client.get("/en/search/?q=district")
    assert first["X-Page-Cache"] == "miss"
    same = client.get("/en/search/?section=&q=district&date_from=&utm_source=mail")
    assert same["X-Page-Cache"] == "hit" and same.content == first.content
    assert client.get("/en/search/?q=district&page=2")["X-Page-Cache"] == "miss"
    assert client.get("/en/search/?q=harvest")["X-Page-Cache"] == "miss"


def test_search_pages_link_on_without_foreign_parameters(client, demo):
    response = client.get("/en/search/?utm_source=mail&q=district&ref=injected-marker")
    links = re.findall(r'rel="(?:next|prev)" href="([^"]*)"', response.content.decode())
    assert links == ["?q=district&amp;page=2"]


def test_a_body_over_the_limit_is_not_kept(client, demo, monkeypatch):
    monkeypatch.setattr(store, "MAX_BODY", 2000)
    assert len(client.get("/en/").content) > store.MAX_BODY
    assert "X-Page-Cache" not in client.get("/en/")  # rendered again, never stored
    assert len(client.get("/robots.txt").content) <= store.MAX_BODY
    assert client.get("/robots.txt")["X-Page-Cache"] == "hit"
