"""An address in a language the site does not have (/de/news/) is the site's 404 at once, in
the visitor's language; every other address answers as before (core/middleware.py)."""

import pytest
from bs4 import BeautifulSoup

from ispolkom.core.middleware import foreign_language

HEADINGS = {"ru": "Страница не найдена", "be": "Старонка не знойдзена", "en": "Page not found"}
FOREIGN = ["/de/news/", "/fr/", "/zz/", "/DE/", "/pt-br/x/", "/PT-BR/x/", "/de", "/zh-hans/",
           "/ast/news/", "/de/news/page/2/?utm_source=x"]


def page(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("path", FOREIGN)
@pytest.mark.parametrize(("accept", "language"), [
    ("en-US,en;q=0.9", "en"),
    ("be-BY,be;q=0.9", "be"),
    ("de-DE,de;q=0.9", "ru"),  # none of the site's: the default
    ("", "ru"),
])
def test_foreign_language_prefix_is_the_localized_404(client, demo, path, accept, language):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 404
    assert "Location" not in response
    html = page(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == HEADINGS[language]
    assert response["Content-Language"] == language
    assert "Accept-Language" in response["Vary"]
    # The site around it, in that language.
    switch = {a["hreflang"]: a["href"] for a in html.select("nav.language-switch a")}
    assert switch == {"ru": "/ru/", "be": "/be/", "en": "/en/"}
    assert html.select_one(".site-title")["href"] == f"/{language}/"


def test_the_404_keeps_the_security_headers(client, demo):
    response = client.get("/de/news/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 404
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_each_visitor_gets_their_own_language_from_the_same_address(client, demo):
    """Nothing cached in between: a 404 is never stored by the page cache."""
    for accept, language in [("en", "en"), ("be", "be"), ("en", "en"), ("", "ru")]:
        response = client.get("/fr/", HTTP_ACCEPT_LANGUAGE=accept)
        assert response.status_code == 404
        assert "X-Page-Cache" not in response
        assert page(response).html["lang"] == language


@pytest.mark.parametrize("accept", ["en", "be"])
def test_special_version_keeps_its_styling_on_the_404(client, demo, accept):
    response = client.get("/special/de/news/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 404
    assert "Location" not in response
    html = page(response)
    assert html.html["lang"] == accept
    assert "sv" in html.html["class"]
    assert html.h1.get_text(strip=True) == HEADINGS[accept]
    assert html.select_one(".site-title")["href"] == f"/special/{accept}/"
    assert html.select_one(".version-link")["href"] == "/de/news/"


@pytest.mark.parametrize(("path", "status", "location"), [
    ("/ru/", 200, None),
    ("/be/news/", 200, None),
    ("/en/", 200, None),
    ("/special/ru/", 200, None),
    # No language in front: Django's redirect to the visitor's language, as before.
    ("/news/", 302, "/en/news/"),
    ("/faq/", 302, "/en/faq/"),  # three letters: more likely a page than a language
    ("/special/", 302, "/special/en/"),
    ("/documents/", 302, "/en/documents/"),
    ("/static/", 302, "/en/static/"),
    ("/media/", 302, "/en/media/"),
    ("/", 302, "/en/"),
    ("/robots.txt", 200, None),
    ("/sitemap.xml", 200, None),
    ("/health/live/", 200, None),
    ("/admin/", 302, "/admin/login/?next=/admin/"),
    ("/static/css/site.css", 200, None),
    # A site language in capitals or with a region was a 404 in that language already.
    ("/RU/", 404, None),
    ("/be-by/news/", 404, None),
])
def test_other_addresses_answer_as_before(client, demo, path, status, location):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == status
    assert response.get("Location") == location


def test_a_site_language_with_a_region_answers_in_that_language(client, demo):
    response = client.get("/be-by/news/", HTTP_ACCEPT_LANGUAGE="en")
    assert page(response).h1.get_text(strip=True) == HEADINGS["be"]


def test_an_editors_redirect_from_a_foreign_prefix_still_works(client, demo):
    """Wagtail's redirects answer 404s inside the locale middleware, as before."""
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(old_path="/de/news", redirect_link="/en/news/")
    response = client.get("/de/news/")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/"


@pytest.mark.parametrize(("path", "expected"), [
    ("/de/news/", "de"), ("/DE/", "de"), ("/pt-br/x/", "pt-br"), ("/zz", "zz"),
    ("/zh-hans/", "zh-hans"), ("/ast/", "ast"), ("/sr-latn/", "sr-latn"),
    ("/ru/", None), ("/be/news/", None), ("/en", None), ("/", None), ("", None),
    ("/news/", None), ("/faq/", None), ("/robots.txt", None), ("/d/", None),
    ("/de_de/", None), ("/123/", None), ("/d1/", None), ("/deu-/", None),
])
def test_what_counts_as_a_language_prefix(path, expected):
    assert foreign_language(path) == expected
