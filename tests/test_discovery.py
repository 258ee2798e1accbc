"""Feeds, sitemap.xml, robots.txt, Open Graph and JSON-LD."""

import json
from pathlib import Path

import feedparser
import pytest
import xmlschema
from bs4 import BeautifulSoup
from django.conf import settings

from .conftest import LANGUAGES

SCHEMAS = Path(settings.BASE_DIR).parent / "shared" / "schemas"
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


def test_sitemap_is_valid_and_lists_every_language(client, demo, tmp_path):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    schema = sitemap_schema(tmp_path)
    schema.validate(response.content.decode())
    document = schema.to_dict(response.content.decode())
    locations = [url["loc"] for url in document["url"]]
    for language in LANGUAGES:
        assert any(f"/{language}/news/district/" in loc for loc in locations)
        assert demo.article(language).full_url in locations
    article = next(u for u in document["url"] if u["loc"] == demo.article("be").full_url)
    hreflangs = {link["@hreflang"] for link in article["xhtml:link"]}
    assert hreflangs == set(LANGUAGES)


def test_sitemap_omits_unpublished_pages(client, demo):
    article = demo.article("en")
    article.unpublish()
    assert article.full_url not in client.get("/sitemap.xml").content.decode()


def test_robots_points_to_the_sitemap(client, demo):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in text  # the demo Site's root URL
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
