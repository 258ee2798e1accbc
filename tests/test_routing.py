"""Pages are found by their url_path in two queries (core/routing.py) with Wagtail's rules:
a list page's own routes come before its children, only the last page must be live, anything
under an unpublished page is gone, and privacy set a moment ago is asked at once."""

import pytest
from wagtail.models import Page, PageViewRestriction

from ispolkom.core import freshness
from ispolkom.core.models import StandardPage
from ispolkom.news.models import NewsSectionPage
from ispolkom.pagecache.middleware import PageCacheMiddleware
from tests.test_public import add_article, add_content_page


@pytest.fixture(autouse=True)
def rendered_not_cached(monkeypatch):
    """Every request routes: a page-cache hit would not."""
    monkeypatch.setattr(PageCacheMiddleware, "may_use_cache", lambda self, request: False)


def test_a_list_pages_own_route_comes_before_a_child_with_that_slug(client, demo):
    index = demo.news_index("en")
    index.add_child(instance=NewsSectionPage(title="Clashing rss", slug="rss"))
    response = client.get(index.url + "rss/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss")
    assert client.get(index.url + "page/2/").status_code == 200


def test_pages_below_a_list_page_and_deep_content_pages_are_found(client, demo):
    article = demo.article("en")
    assert article.title in client.get(article.url).content.decode()
    history = demo.standard("en", "history")
    deeper = add_content_page(history, "deeper")
    deepest = add_content_page(deeper, "deepest")
    html = client.get(deepest.url).content.decode()
    assert deepest.title in html and deeper.title in html  # in the breadcrumbs
    assert client.get(f"/special{deepest.url}").status_code == 200


@pytest.mark.parametrize("path", ["no-such-page/", "about/no-such-page/",
                                  "news/district/no-such-article/", "news/page/x/",
                                  "about/history/no/such/levels/"])
def test_missing_pages_answer_404(client, demo, path):
    assert client.get(f"/en/{path}").status_code == 404


def test_an_unpublished_page_and_everything_below_it_are_gone(client, demo):
    about = demo.standard("en")
    child = add_content_page(about, "below-about")
    assert client.get(child.url).status_code == 200
    Page.objects.get(pk=about.pk).specific.unpublish()
    assert client.get(about.url).status_code == 404
    assert client.get(child.url).status_code == 404


def test_privacy_set_after_a_visit_is_asked_at_once(client, demo, monkeypatch):
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 3600)  # the change itself must renew it
    section = demo.section("en")
    article = add_article(section, "soon-private")
    assert article.lead in client.get(article.url).content.decode()
    PageViewRestriction.objects.create(page=section, restriction_type="password",
                                       password="open sesame")
    asked = client.get(article.url).content.decode()
    assert article.lead not in asked and 'name="password"' in asked
    PageViewRestriction.objects.filter(page=section).delete()
    assert article.lead in client.get(article.url).content.decode()


def test_a_page_of_another_type_at_the_same_address_in_another_tree_is_not_mixed_up(client, demo):
    """The ru and en trees both have /about/: each language finds its own."""
    for language in ("ru", "en"):
        page = StandardPage.objects.get(locale__language_code=language, slug="about")
        assert page.title in client.get(page.url).content.decode()
