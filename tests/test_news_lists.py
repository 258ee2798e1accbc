"""Section and index lists: order, pagination with stable URLs, bad page numbers."""

import pytest
from bs4 import BeautifulSoup

from ispolkom.news.models import NEWS_PER_PAGE, NewsArticlePage


def cards(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select(".news-card")


def add_articles(section, count, prefix="Extra"):
    for number in range(count):
        article = NewsArticlePage(title=f"{prefix} {number}", slug=f"{prefix.lower()}-{number}",
                                  lead="Lead")
        section.add_child(instance=article)
        article.save_revision().publish()


def test_section_lists_newest_first_with_date_title_lead(client, demo):
    section = demo.section("en", "district")
    expected = list(NewsArticlePage.objects.live().child_of(section).order_by("-date")
                    [:NEWS_PER_PAGE])
    found = cards(client, section.url)
    assert [c.select_one("a").get_text(strip=True) for c in found] == [a.title for a in expected]
    first = found[0]
    assert first.select_one("time")["datetime"].startswith(expected[0].date.date().isoformat()[:7])
    assert first.select_one(".news-card__lead").get_text(strip=True) == expected[0].lead


def test_pagination_urls_are_stable_and_linked(client, demo):
    index = demo.news_index("ru")
    total = NewsArticlePage.objects.live().descendant_of(index).count()
    assert total > NEWS_PER_PAGE * 2
    page2 = client.get(index.url + "page/2/")
    html = BeautifulSoup(page2.content, "html.parser")
    assert html.select_one('.pagination a[aria-current="page"]').get_text(strip=True).endswith("2")
    assert html.select_one('.pagination a[rel="prev"]')["href"] == index.url
    assert html.select_one('.pagination a[rel="next"]')["href"] == index.url + "page/3/"
    first_titles = {c.select_one("a").get_text() for c in cards(client, index.url)}
    second_titles = {c.select_one("a").get_text() for c in html.select(".news-card")}
    assert not first_titles & second_titles


def test_page_one_redirects_to_the_list_itself(client, demo):
    section = demo.section("be")
    response = client.get(section.url + "page/1/")
    assert response.status_code == 301
    assert response["Location"] == section.url


@pytest.mark.parametrize("suffix", [
    "page/abc/", "page/0/", "page/-1/", "page/999/", "page/99999999999999999999999/",
    "page/2.5/", "page//", "page/%00/", "page/２/", "view/../",
])
def test_bad_page_numbers_answer_404(client, demo, suffix):
    response = client.get(demo.section("ru").url + suffix)
    assert response.status_code == 404


def test_empty_section_still_shows_its_page(client, demo):
    from ispolkom.news.models import NewsSectionPage

    index = demo.news_index("en")
    empty = NewsSectionPage(title="Culture", slug="culture")
    index.add_child(instance=empty)
    empty.save_revision().publish()
    response = client.get(empty.url)
    assert response.status_code == 200
    assert "There is no news here yet." in response.content.decode()
    assert client.get(empty.url + "page/2/").status_code == 404


def test_unpublished_and_future_drafts_are_not_listed(client, demo):
    section = demo.section("en", "region")
    article = demo.article("en", "region")
    article.unpublish()
    titles = [c.select_one("a").get_text(strip=True) for c in cards(client, section.url)]
    assert article.title not in titles
    assert client.get(article.url).status_code == 404


def test_index_links_its_sections(client, demo):
    html = BeautifulSoup(client.get(demo.news_index("be").url).content, "html.parser")
    sections = [a.get_text(strip=True) for a in html.select(".section-links a")]
    assert sections == ["Навіны раёна", "Навіны вобласці", "Навіны рэспублікі"]


def titles_on(client, url):
    return [card.select_one("a").get_text(strip=True) for card in cards(client, url)]


def test_deep_pages_start_at_stored_boundaries_in_list_order(client, demo, monkeypatch):
    """Pages past OFFSET_PAGES begin where a boundary says; they must hold exactly what the
    plain newest-first order puts there, equal dates included, and follow publishing."""
    from django.utils import timezone

    from ispolkom.news import models

    monkeypatch.setattr(models, "OFFSET_PAGES", 1)
    section = demo.section("en", "region")
    same_moment = timezone.now() - timezone.timedelta(days=3)
    for number in range(NEWS_PER_PAGE + 5):  # equal dates across a page boundary
        article = NewsArticlePage(title=f"Tie {number}", slug=f"tie-{number}", lead="Lead",
                                  date=same_moment)
        section.add_child(instance=article)
        article.save_revision().publish()

    def expected_pages():
        ordered = [article.title for article in NewsArticlePage.objects.live()
                   .child_of(section).order_by("-date", "-pk")]
        return [ordered[start:start + NEWS_PER_PAGE]
                for start in range(0, len(ordered), NEWS_PER_PAGE)]

    def shown_pages(count):
        return [titles_on(client, section.url if number == 1 else
                          f"{section.url}page/{number}/") for number in range(1, count + 1)]

    pages = expected_pages()
    assert len(pages) >= 3
    assert shown_pages(len(pages)) == pages
    add_articles(section, 1, prefix="Newest")  # shifts every page by one
    pages = expected_pages()
    assert shown_pages(len(pages)) == pages
    assert client.get(f"{section.url}page/{len(pages) + 1}/").status_code == 404
