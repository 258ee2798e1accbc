"""Every page type answers in every language with the shared layout."""

import pytest
from bs4 import BeautifulSoup

from .conftest import LANGUAGES

COMMITTEE = {
    "ru": "Осиповичский районный исполнительный комитет",
    "be": "Асіповіцкі раённы выканаўчы камітэт",
    "en": "Osipovichi District Executive Committee",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_with_layout(client, demo, language):
    for kind, url in demo.urls_of_every_type(language).items():
        response = client.get(url)
        assert response.status_code == 200, (kind, url)
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == language, kind
        assert html.select_one("a.skip-link")["href"] == "#content"
        for landmark in ("header", "main#content", "footer", "nav.main-menu"):
            assert html.select_one(landmark) is not None, (kind, landmark)
        header = html.select_one("header.site-header").get_text(" ")
        assert COMMITTEE[language] in header, kind
        assert "+375 2235 2-57-44" in header
        assert html.select_one("h1") is not None, kind
        assert html.select_one('link[rel=alternate][type="application/rss+xml"]'), kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_hreflang_alternates_name_every_translation(client, demo, language):
    article = demo.article(language)
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in html.select("link[hreflang]")}
    assert set(alternates) == set(LANGUAGES)
    for code in LANGUAGES:
        translation = article.get_translation(demo.home(code).locale)
        assert alternates[code].endswith(translation.url)


def test_footer_shows_full_contacts(client, demo):
    footer = BeautifulSoup(client.get("/en/").content, "html.parser").select_one("footer")
    text = footer.get_text(" ")
    for fact in ("37 Sumchenko Street", "+375 2235 2-79-30", "+375 2235 2-68-82",
                 "ispolkom@osipovichi.gov.by", "8:00–17:00"):
        assert fact in text


def test_home_shows_latest_news_of_each_section(client, demo):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    headings = [h.get_text(strip=True) for h in html.select("section.home-section h2")]
    assert headings[:3] == ["District news", "Region news", "Republic news"]
    newest = demo.article("en", "region")
    region = html.select("section.home-section")[1]
    assert region.select_one(".news-card a").get_text(strip=True) == newest.title


def test_menu_comes_from_the_page_tree_and_marks_the_current_branch(client, demo):
    article = demo.article("ru")
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    menu = {a.get_text(strip=True): a for a in html.select("nav.main-menu a")}
    assert "Новости" in menu and demo.standard("ru").title in menu
    assert menu["Новости"]["aria-current"] == "true"
    about = BeautifulSoup(client.get(demo.standard("ru").url).content, "html.parser")
    assert about.select_one('nav.main-menu a[aria-current="page"]').get_text(strip=True) == \
        demo.standard("ru").title


def test_site_map_page_lists_pages_but_not_single_articles(client, demo):
    html = BeautifulSoup(client.get(demo.sitemap("be").url).content, "html.parser")
    links = {a["href"] for a in html.select("main .site-map a")}
    assert demo.standard("be", "history").url in links
    assert demo.section("be", "republic").url in links
    assert demo.article("be").url not in links


def test_article_shows_source_tags_and_neighbours(client, demo):
    article = demo.article("ru", "republic")  # the agency's, in the news library
    assert article.source_name
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    source = html.select_one(".article__source")
    assert "Источник" in source.get_text() and article.source_name in source.get_text()
    assert source.a["href"] == article.source_url
    assert "Теги" in html.select_one(".article__tags").get_text()
    neighbours = html.select(".article-nav a")
    assert neighbours, "an article links its previous or next news"
    assert all(a["href"].startswith(article.get_parent().url) for a in neighbours)


def test_body_shows_tables_and_attached_documents(client, demo):
    html = BeautifulSoup(client.get(demo.standard("be", "contacts").url).content, "html.parser")
    table = html.select_one("main table")
    assert table.caption.get_text(strip=True) == "Тэлефоны райвыканкама"
    assert [th.get_text(strip=True) for th in table.select("th")] == ["Служба", "Тэлефон"]
    link = html.select_one("main .attachment a")
    assert link.get_text(strip=True) == "Тэлефоны райвыканкама"
    download = client.get(link["href"])
    assert download.status_code == 200
    assert "Прыёмная,+375 2235 2-57-44" in b"".join(download.streaming_content).decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_name_the_page_then_the_committee(client, demo, language):
    home = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    assert home.title.get_text() == COMMITTEE[language]
    article = demo.article(language)
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert html.title.get_text() == f"{article.title} — {COMMITTEE[language]}"
