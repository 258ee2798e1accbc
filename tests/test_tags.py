"""Article tags link to the list of that language's public news with the tag."""

from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from ispolkom.news.models import NEWS_PER_PAGE, NewsArticlePage

from .conftest import LANGUAGES


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def tagged_article(language):
    return NewsArticlePage.objects.live().filter(
        locale__language_code=language, tags__isnull=False).order_by("-date").first()


def titles(html):
    return [card.select_one("a").get_text(strip=True) for card in html.select(".news-card")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_tags_lead_to_their_news_in_the_same_language(client, demo, language):
    article = tagged_article(language)
    tag_links = page(client, article.url).select(".article__tags a[rel=tag]")
    assert [a.get_text() for a in tag_links] == [tag.name for tag in article.tags.all()]
    for link in tag_links:
        assert link["href"].startswith(demo.news_index(language).url + "tag/")
        html = page(client, link["href"])
        assert f"“{link.get_text()}”" in html.h1.get_text() or \
            f"«{link.get_text()}»" in html.h1.get_text()
        assert article.title in titles(html)
        expected = NewsArticlePage.objects.live().filter(
            locale__language_code=language, tags__name=link.get_text()).count()
        assert len(titles(html)) == min(expected, NEWS_PER_PAGE)


def test_tag_page_heading_and_title_in_english(client, demo):
    html = page(client, demo.news_index("en").url + "tag/harvest/")
    assert html.h1.get_text() == "News tagged “harvest”"
    assert html.title.get_text().startswith("News tagged “harvest” — ")


def test_cyrillic_tags_have_working_urls(client, demo):
    tag = Tag.objects.get(name="уборка")  # shared by the ru and be demo articles
    assert tag.slug == "уборка"
    for language in ("ru", "be"):
        url = demo.news_index(language).url + "tag/%D1%83%D0%B1%D0%BE%D1%80%D0%BA%D0%B0/"
        html = page(client, url)
        listed = set(titles(html))
        in_language = set(NewsArticlePage.objects.live().filter(
            locale__language_code=language, tags=tag).values_list("title", flat=True))
        assert listed == in_language
    page(client, demo.news_index("en").url + "tag/уборка/", 404)


@pytest.mark.parametrize("suffix", [
    "tag/no-such-tag/", "tag/harvest/page/0/", "tag/harvest/page/2/", "tag/harvest/page/x/",
    "tag//", "tag/%00/", "tag/harvest/extra/",
])
def test_unknown_tags_and_pages_answer_404(client, demo, suffix):
    page(client, demo.news_index("en").url + suffix, 404)


def test_a_tag_with_only_unpublished_news_answers_404(client, demo):
    article = tagged_article("en")
    article.tags.add("draft only")
    article.save_revision().publish()
    url = demo.news_index("en").url + "tag/draft-only/"
    page(client, url)
    article.unpublish()
    page(client, url, 404)


def test_tag_lists_are_paginated_with_stable_urls(client, demo):
    section = demo.section("en")
    for number in range(NEWS_PER_PAGE + 2):
        article = NewsArticlePage(title=f"Tagged {number}", slug=f"tagged-{number}", lead="Lead")
        section.add_child(instance=article)
        article.tags.add("many")
        article.save_revision().publish()
    base = demo.news_index("en").url + "tag/many/"
    first = page(client, base)
    assert len(titles(first)) == NEWS_PER_PAGE
    assert first.select_one('.pagination a[rel="next"]')["href"] == base + "page/2/"
    second = page(client, base + "page/2/")
    assert len(titles(second)) == 2
    assert second.select_one('.pagination a[rel="prev"]')["href"] == base
    assert client.get(base + "page/1/")["Location"] == base
    page(client, base + "page/3/", 404)


def test_tags_whose_slug_makes_no_url_stay_text(client, demo):
    article = tagged_article("en")
    article.tags.add("!!!")
    article.save_revision().publish()
    html = page(client, article.url)
    assert "!!!" in html.select_one(".article__tags").get_text()
    assert "!!!" not in [a.get_text() for a in html.select(".article__tags a")]


def test_tag_pages_work_in_the_special_version(client, demo):
    article = tagged_article("ru")
    html = page(client, "/special" + article.url)
    link = html.select_one(".article__tags a[rel=tag]")
    assert link["href"].startswith("/special/ru/")
    listed = page(client, link["href"])
    assert article.title in titles(listed)
    assert unquote(listed.select_one('link[rel="canonical"]')["href"]).endswith(
        unquote(link["href"]).removeprefix("/special"))
