"""Feeds, sitemap.xml, robots.txt, Open Graph and JSON-LD."""

import json
import math
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import xmlschema
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from ispolkom.core import sitemap
from ispolkom.pagecache import store
from tests.support.sitemaps import (
    child_locations,
    sitemap_children,
    sitemap_locations,
    sitemap_text,
)

from .conftest import LANGUAGES

SCHEMAS = Path(settings.BASE_DIR).parent / "shared" / "schemas"
OUR_SCHEMAS = Path(__file__).parent / "schemas"  # the sitemap index's, written for these tests
# sitemap.xsd checks foreign elements strictly, so hreflang links need a schema of their own.
XHTML_LINK_XSD = """<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  targetNamespace="http://www.w3.org/1999/xhtml" elementFormDefault="qualified">
  <xsd:element name="link">
    <xsd:complexType>
      <xsd:attribute name="rel" type="xsd:string" use="required" fixed="alternate"/>
      <xsd:attribute name="hreflang" type="xsd:language" use="required"/>
      <xsd:attribute name="href" type="xsd:anyURI" use="required"/>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>
"""


def sitemap_schema(tmp_path):
    xsd = SCHEMAS / "sitemap.xsd"
    assert xsd.exists(), f"official schema missing at {xsd}"
    link_xsd = tmp_path / "xhtml-link.xsd"
    link_xsd.write_text(XHTML_LINK_XSD)
    return xmlschema.XMLSchema([str(xsd), str(link_xsd)])


def index_schema():
    return xmlschema.XMLSchema(str(OUR_SCHEMAS / "siteindex.xsd"))


def test_sitemap_is_an_index_of_valid_children_listing_every_language(client, demo, tmp_path):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    index = index_schema()
    index.validate(response.content.decode())
    children = index.to_dict(response.content.decode())["sitemap"]
    assert [child["loc"] for child in children] == [
        "http://127.0.0.1:8000/sitemaps/pages-1.xml"]  # the demo Site's root URL
    schema = sitemap_schema(tmp_path)
    for text in sitemap_children(client):
        schema.validate(text)
    locations = sitemap_locations(client)
    for language in LANGUAGES:
        assert any(f"/{language}/news/district/" in loc for loc in locations)
        assert demo.article(language).full_url in locations
    document = schema.to_dict(sitemap_children(client)[0])
    article = next(u for u in document["url"] if u["loc"] == demo.article("be").full_url)
    hreflangs = {link["@hreflang"] for link in article["xhtml:link"]}
    assert hreflangs == set(LANGUAGES)


def published_at(locations):
    """The latest publication among the pages at these URLs."""
    by_url = {page.full_url: page for page in Page.objects.live().specific()}
    return max(by_url[location].last_published_at for location in locations)


def test_children_hold_at_most_the_page_size_each_and_all_pages_together(
        client, demo, tmp_path, monkeypatch):
    everything = sitemap_locations(client)
    monkeypatch.setattr(sitemap, "URLS_PER_SITEMAP", 40)
    cache.clear()  # the page cache holds the index of one child
    store.forget()
    text = client.get("/sitemap.xml").content.decode()
    index_schema().validate(text)
    children = index_schema().to_dict(text)["sitemap"]
    assert len(children) == math.ceil(len(everything) / 40) >= 3
    schema = sitemap_schema(tmp_path)
    listed = []
    for number, child in enumerate(children, start=1):
        assert child["loc"] == f"http://127.0.0.1:8000/sitemaps/pages-{number}.xml"
        response = client.get(urlsplit(child["loc"]).path)
        assert response.status_code == 200
        schema.validate(response.content.decode())
        locations = [url["loc"] for url in schema.to_dict(response.content.decode())["url"]]
        assert 0 < len(locations) <= 40
        # The index's lastmod is the latest publication in that child.
        assert datetime.fromisoformat(child["lastmod"]) == published_at(locations)
        listed += locations
        # Translations sit in other children, and are still named as alternates.
        for url in schema.to_dict(response.content.decode())["url"]:
            if url["loc"] == demo.article("be").full_url:
                assert {link["@href"] for link in url["xhtml:link"]} == {
                    demo.article(language).full_url for language in LANGUAGES}
                found_in = number
    assert listed == everything  # nothing cut off, nothing twice, in the same order
    assert 1 < found_in < len(children)  # the Belarusian tree is in the middle children
    past = len(children) + 1
    assert client.get(f"/sitemaps/pages-{past}.xml").status_code == 404


@pytest.mark.parametrize("path", [
    "/sitemaps/pages-2.xml", "/sitemaps/pages-0.xml", "/sitemaps/pages-01.xml",
    "/sitemaps/pages-abc.xml", "/sitemaps/pages-.xml", "/sitemaps/pages-99999999999.xml",
    "/sitemaps/pages--1.xml",
])
def test_a_child_that_does_not_exist_is_a_404(client, demo, path):
    assert client.get(path).status_code == 404
    assert client.get(path, {"p": "abc"}).status_code == 404


def test_a_child_answers_a_conditional_get_with_304_until_the_content_changes(client, demo):
    first = client.get("/sitemaps/pages-1.xml")
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    assert "public" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/sitemaps/pages-1.xml", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]
    since = client.get("/sitemaps/pages-1.xml", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    demo.article("en").save_revision().publish()
    changed = client.get("/sitemaps/pages-1.xml", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
    index = client.get("/sitemap.xml")
    assert client.get("/sitemap.xml", HTTP_IF_NONE_MATCH=index["ETag"]).status_code == 304


def test_each_site_lists_only_its_own_pages(client, demo):
    root = Page.get_first_root_node().add_child(title="Other district", slug="other-district")
    root.add_child(title="Other news", slug="other-news")
    Site.objects.create(hostname="other.example", port=80, root_page=root)
    other = sitemap_locations(client, HTTP_HOST="other.example")
    assert other == ["http://other.example/ru/", "http://other.example/ru/other-news/"]
    assert child_locations(client, HTTP_HOST="other.example") == [
        "http://other.example/sitemaps/pages-1.xml"]
    ours = sitemap_text(client)
    assert "other.example" not in ours and "other-news" not in ours
    assert demo.article("ru").full_url in ours


def test_sitemap_omits_unpublished_pages(client, demo):
    article = demo.article("en")
    article.unpublish()
    assert article.full_url not in sitemap_text(client)


def test_robots_points_to_the_sitemap_index(client, demo):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    sitemaps = [line for line in text.splitlines() if line.startswith("Sitemap:")]
    assert sitemaps == ["Sitemap: http://127.0.0.1:8000/sitemap.xml"]  # the demo Site's root
    assert "Disallow: /admin/" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_feeds_for_all_news_and_each_section(client, demo, language):
    for page in (demo.news_index(language), demo.section(language, "republic")):
        response = client.get(page.url + "rss/")
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == "rss20"
        assert feed.feed.language == language
        assert feed.entries, page.url
        dates = [entry.published_parsed for entry in feed.entries]
        assert dates == sorted(dates, reverse=True)
    newest = demo.article(language, "republic")
    assert feed.entries[0].title == newest.title
    assert feed.entries[0].link == newest.full_url


def test_pages_link_their_feeds(client, demo):
    html = BeautifulSoup(client.get(demo.section("ru").url).content, "html.parser")
    feeds = [link["href"] for link in html.select('link[type="application/rss+xml"]')]
    assert feeds == ["/ru/news/rss/", demo.section("ru").url + "rss/"]


def test_article_has_open_graph_and_news_article_json_ld(client, demo):
    article = demo.article("en")
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    og = {meta["property"]: meta["content"] for meta in html.select("meta[property]")}
    assert og["og:type"] == "article"
    assert og["og:title"] == article.title
    assert og["og:url"] == article.full_url
    if article.main_image:
        assert og["og:image"].startswith("http")
        assert og["og:image:alt"] == article.main_image_alt
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["inLanguage"] == "en"
    assert data["datePublished"].startswith(article.date.date().isoformat()[:4])


def test_json_ld_cannot_break_out_of_its_script(client, demo):
    article = demo.article("en")
    article.title = "</script><script>alert(1)</script>"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
