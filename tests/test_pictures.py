"""Images sized for phones (issue 16, "Phones"): every content image is a <picture> with AVIF
and WebP sources and a JPEG fallback, sized for its slot with srcset and sizes, with width and
height (no layout shift), lazy below the fold, and the renditions it names are served."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import clear_url_caches

import ispolkom.urls
from ispolkom.directory.models import PersonPage
from ispolkom.news.models import NewsArticlePage


@pytest.fixture
def media_served():
    """As `make run` serves media: ispolkom/urls.py reads SERVE_MEDIA when imported."""
    try:
        with override_settings(SERVE_MEDIA=True):
            reload_urls()
            yield
    finally:
        reload_urls()


def reload_urls():
    importlib.reload(ispolkom.urls)
    clear_url_caches()


def pictures(client, url, selector):
    response = client.get(url)
    assert response.status_code == 200, url
    found = BeautifulSoup(response.content, "html.parser").select(selector)
    assert found, f"no {selector} on {url}"
    return found


@pytest.fixture
def illustrated(demo):
    """The demo with a photo for a person and a figure in the article's text."""
    article = article_with_image()
    person = PersonPage.objects.get(locale__language_code="en", slug="kavalevich")
    person.photo, person.photo_alt = article.main_image, "Portrait"
    person.save_revision().publish()
    article.body.append(("figure", {"image": article.main_image, "caption": "A figure"}))
    article.save_revision().publish()
    return demo


def article_with_image(language="en"):
    return (NewsArticlePage.objects.live().filter(main_image__isnull=False,
                                                  locale__language_code=language)
            .order_by("-date").first())


def assert_picture(picture, widths, lazy):
    sources = {source["type"]: source for source in picture.find_all("source")}
    assert list(sources) == ["image/avif", "image/webp"]
    img = picture.img
    for candidates in [*(source["srcset"] for source in sources.values()), img["srcset"]]:
        assert [part.split()[1] for part in candidates.split(", ")] == [f"{w}w" for w in widths]
    assert all(source["sizes"] == img["sizes"] for source in sources.values())
    assert img["src"].endswith(".jpg")
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert (img.get("loading") == "lazy") == lazy
    return img


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "selector", "widths", "lazy"), [
    ("article", ".article__image picture", (360, 720, 800), False),
    ("news card", ".news-card picture", (320, 640), True),
    ("event", ".article__image picture", (360, 720, 800), False),
    ("event card", ".event-card picture", (240, 480), True),
    ("person", ".person__header picture", (240, 480), False),
    ("person card", ".person-card picture", (160, 320), True),
    ("figure", ".article__body .figure picture", (360, 720, 800), True),
])
def test_content_images_are_pictures_sized_for_their_slot(client, illustrated, kind, selector,
                                                          widths, lazy):
    article = article_with_image()
    url = {"article": article.url, "figure": article.url, "news card": article.get_parent().url,
           "event": "/en/events/dance-evening/", "event card": "/en/events/",
           "person": "/en/leadership/kavalevich/", "person card": "/en/leadership/"}[kind]
    picture = pictures(client, url, selector)[0]
    img = assert_picture(picture, widths, lazy)
    assert (img.get("fetchpriority") == "high") == (kind in ("article", "event"))


def test_article_image_keeps_its_alt_text_and_its_og_image(client, demo):
    article = article_with_image()
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert html.select_one(".article__image img")["alt"] == article.main_image_alt
    assert ".fill-1200x630." in html.select_one('meta[property="og:image"]')["content"]


def test_coat_of_arms_keeps_its_transparency(client, demo):
    picture = pictures(client, "/en/", ".site-title picture")[0]
    assert [source["type"] for source in picture.find_all("source")] == [
        "image/avif", "image/webp"]
    assert picture.img["src"].endswith(".png")


def test_images_off_in_the_special_version_turns_a_picture_into_its_alt_text(client, demo):
    article = article_with_image()
    client.cookies["special"] = "images:off"
    html = BeautifulSoup(client.get("/special" + article.url).content, "html.parser")
    assert html.select("main picture, main source, main img") == []
    assert article.main_image_alt in [alt.get_text() for alt in html.select(".image-alt")]


def test_every_rendition_a_picture_names_is_served_in_its_format(client, demo, media_served):
    article = article_with_image()
    picture = pictures(client, article.url, ".article__image picture")[0]
    named = [(source["type"], source["srcset"]) for source in picture.find_all("source")]
    named.append(("image/jpeg", picture.img["srcset"]))
    for content_type, srcset in named:
        for candidate in srcset.split(", "):
            response = client.get(candidate.split()[0])
            assert response.status_code == 200, candidate
            assert response["Content-Type"] == content_type, candidate
