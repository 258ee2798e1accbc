"""The version for the visually impaired: every public page again under /special/…,
settings kept in one cookie, a panel of choices, images replaced by their alt text."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import get_script_prefix, set_script_prefix

from .conftest import LANGUAGES

KINDS = ("home", "news_index", "news_index_page_2", "section", "article", "standard",
         "child_standard", "standard_with_table", "sitemap_page", "search", "tag")
SETTINGS_URL = "/special/settings/"
# Written out here rather than imported, so that a change in the app shows up as a failure.
VALUES = {
    "font": ("sans", "serif"),
    "size": ("1", "2", "3"),
    "spacing": ("1", "2", "3"),
    "line": ("1", "2", "3"),
    "scheme": ("black-white", "white-black", "blue", "beige", "green", "white-blue"),
    "images": ("on", "off", "gray"),
}
DEFAULTS = {"font": "sans", "size": "1", "spacing": "1", "line": "1",
            "scheme": "black-white", "images": "on"}
DEFAULT_COOKIE = "font:sans.size:1.spacing:1.line:1.scheme:black-white.images:on"
KNOWN_CLASSES = {"sv"} | {f"sv-{name}-{value}" for name, values in VALUES.items()
                          for value in values}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def raw_cookie(value):
    """The Cookie header exactly as a browser would send it (WSGI passes bytes as latin-1)."""
    return {"HTTP_COOKIE": ("special=" + value).encode().decode("latin-1")}


def with_defaults(**chosen):
    return {**DEFAULTS, **chosen}


def chosen_settings(html):
    """{setting: value} read from the classes of <html>; only known classes, one per setting."""
    classes = html.html.get("class", [])
    assert "sv" in classes
    assert set(classes) <= KNOWN_CLASSES, set(classes) - KNOWN_CLASSES
    found = {}
    for css_class in classes:
        if css_class == "sv":
            continue
        _sv, name, value = css_class.split("-", 2)
        assert name not in found, classes
        found[name] = value
    assert set(found) == set(VALUES), classes
    return found


def is_local_path(href):
    return href.startswith("/") and not href.startswith("//")


def local_links(html, selector="header, nav, main, footer"):
    """Links to absolute local paths inside the page's landmarks, each once."""
    links, seen = [], set()
    for region in html.select(selector):
        for link in region.select("a[href]"):
            if id(link) not in seen and is_local_path(link["href"]):
                seen.add(id(link))
                links.append(link)
    return links


def accessible_name(element):
    """The text a screen reader announces: aria-hidden parts left out."""
    copy = BeautifulSoup(str(element), "html.parser")
    for hidden in copy.select('[aria-hidden="true"]'):
        hidden.decompose()
    return copy.get_text(" ", strip=True)


def vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",")}


def assert_local_special_redirect(response):
    assert response.status_code == 302
    location = response["Location"]
    parts = urlsplit(location)
    assert (parts.scheme, parts.netloc) == ("", ""), location
    assert location.startswith("/special/") and not location.startswith("//"), location
    assert "\\" not in location and "\r" not in location and "\n" not in location


def test_the_kinds_cover_every_page_type(demo):
    assert set(KINDS) == set(demo.urls_of_every_type("ru"))


# 1. Every page stays inside the special version


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_special_page_keeps_every_local_link_special(client, demo, language, kind):
    url = demo.urls_of_every_type(language)[kind]
    response = client.get("/special" + url)
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    assert chosen_settings(html) == DEFAULTS
    panel = html.select_one("section.sv-panel")
    assert panel is not None
    assert html.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    assert urlsplit(html.select_one('link[rel="canonical"]')["href"]).path == urlsplit(url).path

    # One in the full header, one in the phone's bar (only one of them is displayed).
    version_links = html.select("a.version-link")
    assert [a["href"] for a in version_links] == [url, url]
    actions = panel.select(".sv-panel__actions a[href]")
    assert len(actions) == 2
    reset, regular = actions
    assert parse_qs(urlsplit(reset["href"]).query)["reset"] == ["1"]
    assert regular["href"] == url

    exceptions = {id(regular), *map(id, version_links)}
    links = [a["href"] for a in local_links(html) if id(a) not in exceptions]
    assert len(links) > 5
    assert [href for href in links if not href.startswith("/special/")] == []
    panel_links = [a["href"] for a in panel.select("a[href]") if a is not regular]
    assert [href for href in panel_links if not href.startswith(SETTINGS_URL + "?")] == []

    switch = {a["hreflang"]: a["href"] for a in html.select("nav.language-switch a[href]")}
    assert set(switch) == set(LANGUAGES)
    for code, href in switch.items():
        assert href.startswith(f"/special/{code}/"), (code, href)


@pytest.mark.parametrize("language", LANGUAGES)
def test_special_language_switch_lands_on_the_special_translation(client, demo, language):
    article = demo.article(language)
    html = soup(client.get("/special" + article.url))
    links = {a["hreflang"]: a for a in html.select("nav.language-switch a")}
    for code in LANGUAGES:
        translation = article.get_translation(demo.home(code).locale)
        assert links[code]["href"] == "/special" + translation.url
    assert links[language]["aria-current"] == "true"


@pytest.mark.parametrize("language", LANGUAGES)
def test_special_pagination_stays_special(client, demo, language):
    index = demo.news_index(language).url
    response = client.get("/special" + index + "page/2/")
    assert response.status_code == 200
    pagination = soup(response).select_one("nav.pagination")
    links = [a["href"] for a in pagination.select("a[href]")]
    assert links
    assert [href for href in links if not href.startswith("/special" + index)] == []
    assert pagination.select_one('a[rel="prev"]')["href"] == "/special" + index
    assert pagination.select_one('a[aria-current="page"]')["href"] == (
        "/special" + index + "page/2/")
    older = pagination.select_one('a[rel="next"]')
    if older is not None:
        assert older["href"] == "/special" + index + "page/3/"


def test_special_first_list_page_and_missing_slash_redirect_inside_special(client, demo):
    index = demo.news_index("ru").url
    first = client.get("/special" + index + "page/1/")
    assert (first.status_code, first["Location"]) == (301, "/special" + index)
    no_slash = client.get("/special" + index.rstrip("/"))
    assert (no_slash.status_code, no_slash["Location"]) == (301, "/special" + index)


# 2. Search engines and the regular version


@pytest.mark.parametrize("language", LANGUAGES)
def test_special_canonical_is_the_regular_article(client, demo, language):
    article = demo.article(language)
    site_host = urlsplit(article.full_url).netloc  # both versions asked on the site's own host
    special = soup(client.get("/special" + article.url, HTTP_HOST=site_host))
    regular = soup(client.get(article.url, HTTP_HOST=site_host))
    canonical = special.select_one('link[rel="canonical"]')["href"]
    assert canonical == article.full_url
    assert "/special" not in canonical
    assert regular.select_one('link[rel="canonical"]')["href"] == canonical


def test_special_canonical_agrees_with_the_regular_page_whatever_the_host(client, demo):
    """The regular page names the Site's URL as canonical; the special copy must name the
    same one, not whatever Host header (alias domain, IP, http behind a proxy) was used."""
    article = demo.article("ru")
    special = soup(client.get("/special" + article.url))
    regular = soup(client.get(article.url))
    regular_canonical = regular.select_one('link[rel="canonical"]')["href"]
    assert regular_canonical == article.full_url
    assert special.select_one('link[rel="canonical"]')["href"] == regular_canonical


def test_special_article_shares_and_describes_the_regular_url(client, demo):
    """og:url and schema.org mainEntityOfPage must not advertise the noindexed copy."""
    article = demo.article("en")
    html = soup(client.get("/special" + article.url))
    assert html.select_one('meta[property="og:url"]')["content"] == article.full_url
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["mainEntityOfPage"] == article.full_url


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_regular_page_offers_the_special_version_and_ignores_the_cookie(
        client, demo, language, kind):
    url = demo.urls_of_every_type(language)[kind]
    client.cookies["special"] = "font:serif.size:3.spacing:2.line:1.scheme:white-blue.images:off"
    response = client.get(url)
    assert response.status_code == 200
    html = soup(response)
    assert "sv" not in html.html.get("class", [])
    assert not any(css.startswith("sv-") for css in html.html.get("class", []))
    assert html.select_one("section.sv-panel") is None
    if kind != "search":  # search results are never indexed, in either version
        assert html.select_one('meta[name="robots"]') is None
    assert b"special.css" not in response.content
    version_links = html.select("a.version-link")
    assert [a["href"] for a in version_links] == ["/special" + url] * 2
    assert all(a["rel"] == ["nofollow"] for a in version_links)
    leaked = [a["href"] for a in local_links(html)
              if a not in version_links and a["href"].startswith("/special")]
    assert leaked == []


def test_regular_article_keeps_its_images_whatever_the_cookie(client, demo):
    article = demo.article("ru")
    client.cookies["special"] = "images:off"
    html = soup(client.get(article.url))
    assert html.select("main img")
    assert html.select(".image-alt") == []


# 3. Entry points and errors


@pytest.mark.parametrize(("path", "accept", "expected"), [
    ("/special/", "be-BY,be;q=0.9,ru;q=0.8", "/special/be/"),
    ("/special/", "en-US,en;q=0.9", "/special/en/"),
    ("/special/", "ru", "/special/ru/"),
    ("/special/", "de-DE,de;q=0.9", "/special/ru/"),
    ("/special/", "", "/special/ru/"),
    ("/special", "be", "/special/be/"),
])
def test_special_root_redirects_to_the_best_language(client, demo, path, accept, expected):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert {"accept-language", "cookie"} <= vary(response)


@pytest.mark.parametrize(("url", "heading"), [
    ("/special/ru/no-such-page/", "Страница не найдена"),
    ("/special/be/no-such-page/", "Старонка не знойдзена"),
    ("/special/en/no-such-page/", "Page not found"),
    ("/special/en/news/district/no-such-article/", "Page not found"),
])
def test_special_unknown_path_gets_the_localized_special_404(client, demo, url, heading):
    response = client.get(url)
    assert response.status_code == 404
    html = soup(response)
    assert html.h1.get_text(strip=True) == heading
    assert html.html["lang"] == url[9:11]
    assert chosen_settings(html) == DEFAULTS
    assert html.select_one("section.sv-panel") is not None
    assert "cookie" in vary(response)
    assert html.select_one("a.version-link")["href"] == url[len("/special"):]
    home_link = html.select_one("main p a")
    assert home_link["href"] == f"/special/{url[9:11]}/"
    escaped = [a["href"] for a in local_links(html) if "version-link" not in a.get("class", [])
               and not a["href"].startswith("/special/")]
    assert escaped == []


# 4. The settings endpoint


def test_settings_cookie_attributes(client, demo):
    response = client.get(SETTINGS_URL, {"size": "3", "next": "/special/ru/"})
    assert response.status_code == 302
    assert response["Location"] == "/special/ru/"
    morsel = response.cookies["special"]
    assert morsel.value == "font:sans.size:3.spacing:1.line:1.scheme:black-white.images:on"
    assert int(morsel["max-age"]) == 31_536_000
    assert morsel["samesite"] == "Lax"
    assert morsel["path"] == "/"
    assert not morsel["secure"]
    assert "cookie" in vary(response)
    assert "max-age=0" in response["Cache-Control"]


def test_settings_cookie_is_secure_over_https(client, demo):
    response = client.get(SETTINGS_URL, {"size": "2", "next": "/special/ru/"}, secure=True)
    assert response.cookies["special"]["secure"] is True


def test_settings_accumulate_in_the_cookie(client, demo):
    steps = [("size", "3"), ("font", "serif"), ("scheme", "white-blue"), ("spacing", "2"),
             ("images", "off"), ("size", "2")]
    for name, value in steps:
        response = client.get(SETTINGS_URL, {name: value, "next": "/special/en/news/"})
        assert (response.status_code, response["Location"]) == (302, "/special/en/news/")
    assert client.cookies["special"].value == (
        "font:serif.size:2.spacing:2.line:1.scheme:white-blue.images:off")
    html = soup(client.get("/special/en/news/"))
    assert chosen_settings(html) == with_defaults(
        font="serif", size="2", spacing="2", scheme="white-blue", images="off")


def test_settings_several_in_one_request(client, demo):
    response = client.get(SETTINGS_URL, {"size": "2", "spacing": "3", "line": "2",
                                         "next": "/special/be/"})
    assert response.cookies["special"].value == (
        "font:sans.size:2.spacing:3.line:2.scheme:black-white.images:on")


@pytest.mark.parametrize("query", [
    "size=99",
    "scheme=%3Cscript%3E",
    "scheme=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "font=",
    "font",
    "colour=red",
    "SIZE=3",
    "size=03",
    "size=+3",
    "size=3%00",
    "scheme=blue%0d%0a",
    "images=none",
    "size=%D1%82%D1%80%D0%B8",
])
def test_settings_invalid_values_are_ignored(client, demo, query):
    kept = "font:serif.size:2.spacing:1.line:3.scheme:blue.images:on"
    client.cookies["special"] = kept
    response = client.get(f"{SETTINGS_URL}?{query}&next=/special/ru/")
    assert (response.status_code, response["Location"]) == (302, "/special/ru/")
    assert response.cookies["special"].value == kept


def test_settings_repair_a_hostile_cookie(client, demo):
    response = client.get(SETTINGS_URL, {"line": "2", "next": "/special/ru/"},
                          **raw_cookie('size:999.scheme:"><script>.font:serif'))
    assert response.cookies["special"].value == (
        "font:serif.size:1.spacing:1.line:2.scheme:black-white.images:on")


def test_settings_reset_restores_defaults(client, demo):
    client.cookies["special"] = "font:serif.size:3.spacing:3.line:3.scheme:green.images:off"
    response = client.get(SETTINGS_URL, {"reset": "1", "next": "/special/be/"})
    assert (response.status_code, response["Location"]) == (302, "/special/be/")
    assert response.cookies["special"].value == DEFAULT_COOKIE
    assert chosen_settings(soup(client.get("/special/be/"))) == DEFAULTS


def test_settings_from_the_panel_script_get_204(client, demo):
    response = client.get(SETTINGS_URL, {"scheme": "green", "next": "/special/ru/"},
                          headers={"X-Requested-With": "fetch"})
    assert response.status_code == 204
    assert not response.has_header("Location")
    assert response.content == b""
    assert response.cookies["special"].value == (
        "font:sans.size:1.spacing:1.line:1.scheme:green.images:on")


@pytest.mark.parametrize("target", [
    "https://evil.example/",
    "https://evil.example/special/ru/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/special/\\evil",
    "/special/\\\\evil.example/",
    "/ru/",
    "/specialevil/",
    "/special",
    "javascript:alert(1)",
    " /special/ru/",
    "/\t/evil.example/",
    "",
])
def test_settings_never_redirect_outside_the_special_version(client, demo, target):
    response = client.get(SETTINGS_URL, {"size": "2", "next": target})
    assert_local_special_redirect(response)
    assert response["Location"] == "/special/"
    assert response.cookies["special"].value.startswith("font:sans.size:2.")


@pytest.mark.parametrize("target", [
    "/special/ru/news/?page=2",
    "/special/" + "a" * 5000,
    "/special/%0d%0aSet-Cookie:%20evil=1",
    "/special/\r\nSet-Cookie: evil=1",
    "/special/../../evil.example/",
])
def test_settings_redirect_back_stays_local(client, demo, target):
    response = client.get(SETTINGS_URL, {"size": "2", "next": target})
    assert_local_special_redirect(response)
    assert "evil" not in response.cookies
    assert "evil" not in client.cookies


def test_settings_redirect_back_to_the_page_as_given(client, demo):
    target = "/special/ru/news/?page=2"
    response = client.get(SETTINGS_URL, {"size": "2", "next": target})
    assert response["Location"] == target


@pytest.mark.parametrize("url", ["/settings/?size=3&next=/special/ru/",
                                 "/ru/settings/?size=3&next=/special/ru/"])
def test_settings_outside_the_special_version_are_not_an_endpoint(client, demo, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    assert "special" not in client.cookies


def test_settings_refuse_post(client, demo):
    response = client.post(SETTINGS_URL, {"size": "3"})
    assert response.status_code == 405
    assert "special" not in response.cookies


# 5. Hostile or malformed cookies


@pytest.mark.parametrize(("value", "expected"), [
    ("size:999", DEFAULTS),
    ('scheme:"><script>alert(1)</script>', DEFAULTS),
    ("size:3." * 715, DEFAULTS),  # 5,005 characters: not ours
    (";;;", DEFAULTS),
    (":::...:::", DEFAULTS),
    ("size", DEFAULTS),
    ("size:3:4", DEFAULTS),
    ("=", DEFAULTS),
    ("font:serif." + "x" * 300, DEFAULTS),
    ("шрифт:serif.size:2", with_defaults(size="2")),
    ("size:３", DEFAULTS),  # a full-width digit
    ("size:3.scheme:bogus", with_defaults(size="3")),
    ("size:3.images:off.spacing:9", with_defaults(size="3", images="off")),
    ("font:serif.font:sans", None),  # any deterministic outcome
    ('"size:2"', None),
])
def test_hostile_cookie_never_breaks_a_page(client, demo, value, expected):
    article = demo.article("ru")
    special = client.get("/special" + article.url, **raw_cookie(value))
    assert special.status_code == 200
    assert b"<script>alert(1)" not in special.content
    chosen = chosen_settings(soup(special))
    if expected is not None:
        assert chosen == expected
    again = chosen_settings(soup(client.get("/special" + article.url, **raw_cookie(value))))
    assert again == chosen
    regular = client.get(article.url, **raw_cookie(value))
    assert regular.status_code == 200
    assert "sv" not in soup(regular).html.get("class", [])


# 6. Rendering of the choices


@pytest.mark.parametrize("language", LANGUAGES)
def test_images_off_shows_alt_text_instead_of_images(client, demo, language):
    article = demo.article(language)
    assert article.main_image_id and article.main_image_alt
    with_images = soup(client.get("/special" + article.url))
    assert with_images.select_one("figure.article__image img")["alt"] == article.main_image_alt
    assert with_images.select_one('.site-title img[alt=""]') is not None  # decorative

    client.cookies["special"] = "images:off"
    response = client.get("/special" + article.url)
    html = soup(response)
    assert chosen_settings(html)["images"] == "off"
    assert html.select("img") == []
    assert "<img" not in response.content.decode().lower()
    figure = html.select_one("figure.article__image span.image-alt")
    assert figure.get_text() == article.main_image_alt
    assert html.select_one(".site-title .image-alt") is None  # decorative: gone, not empty
    assert all(span.get_text(strip=True) for span in html.select("span.image-alt"))
    assert int(response["Content-Length"]) == len(response.content)


def test_images_off_drops_decorative_card_images(client, demo):
    assert soup(client.get("/special/ru/")).select(".news-card img")
    client.cookies["special"] = "images:off"
    html = soup(client.get("/special/ru/"))
    assert html.select(".news-card")
    assert html.select("img") == []
    assert html.select(".news-card .image-alt") == []


def test_images_off_keeps_markup_in_alt_text_as_text(client, demo):
    article = demo.article("en")
    tricky = """Tom & "Jerry" <b>bold</b> it's > 5"""
    article.main_image_alt = tricky
    article.save_revision().publish()
    client.cookies["special"] = "images:off"
    response = client.get("/special" + article.url)
    html = soup(response)
    span = html.select_one("figure.article__image span.image-alt")
    assert span.get_text() == tricky
    assert span.find("b") is None
    assert int(response["Content-Length"]) == len(response.content)


def test_images_gray_keeps_images(client, demo):
    article = demo.article("ru")
    client.cookies["special"] = "images:gray"
    html = soup(client.get("/special" + article.url))
    assert chosen_settings(html)["images"] == "gray"
    assert html.select_one("figure.article__image img")["alt"] == article.main_image_alt
    assert html.select(".image-alt") == []


@pytest.mark.parametrize(("cookie", "expected"), [
    ("", DEFAULTS),
    ("font:serif.size:3.spacing:2.line:3.scheme:green.images:gray",
     {"font": "serif", "size": "3", "spacing": "2", "line": "3", "scheme": "green",
      "images": "gray"}),
    ("scheme:white-blue.images:off", with_defaults(scheme="white-blue", images="off")),
])
def test_panel_marks_exactly_the_active_option_of_each_group(client, demo, cookie, expected):
    response = client.get("/special/ru/news/", **raw_cookie(cookie))
    html = soup(response)
    assert chosen_settings(html) == expected
    panel = html.select_one("section.sv-panel")
    for name, values in VALUES.items():
        options = panel.select(f'a.sv-option[data-setting="{name}"][data-value]')
        assert [a["data-value"] for a in options] == list(values), name
        groups = {id(a.find_parent(attrs={"role": "group"})) for a in options}
        assert len(groups) == 1, name
        group = options[0].find_parent(attrs={"role": "group"})
        assert panel.find(id=group["aria-labelledby"]) is not None
        active = [a["data-value"] for a in options if a.get("aria-current") == "true"]
        assert active == [expected[name]], name
        assert all(a.get("aria-current") in (None, "true") for a in options)
        for option in options:
            query = parse_qs(urlsplit(option["href"]).query)
            assert query == {name: [option["data-value"]], "next": ["/special/ru/news/"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_panel_has_a_hidden_read_aloud_group(client, demo, language):
    html = soup(client.get(f"/special/{language}/"))
    listen = html.select_one("section.sv-panel .sv-listen")
    assert listen.has_attr("hidden")
    assert listen["role"] == "group"
    assert listen["data-lang"] == language
    assert [b["data-speech"] for b in listen.select("button")] == ["play", "pause", "stop"]


def test_special_responses_vary_on_cookie(client, demo):
    article = demo.article("ru")
    client.cookies["special"] = "size:2"
    for url in ("/special" + article.url, "/special/ru/news/page/2/", "/special/",
                "/special/ru/no-such-page/", SETTINGS_URL + "?size=3"):
        assert "cookie" in vary(client.get(url)), url


# 7. Wording as in the real system


def test_panel_wording_in_english(client, demo):
    html = soup(client.get("/special/en/"))
    panel = html.select_one("section.sv-panel")

    def heading(name):
        option = panel.select_one(f'a.sv-option[data-setting="{name}"]')
        group = option.find_parent(attrs={"role": "group"})
        return panel.find(id=group["aria-labelledby"]).get_text(strip=True).rstrip(":")

    def labels(name):
        return [accessible_name(a) for a in panel.select(f'a.sv-option[data-setting="{name}"]')]

    assert heading("font") == "Font settings"
    assert heading("size") == "Font size"
    assert heading("spacing") == "Letter spacing"
    assert heading("scheme") == "Color scheme"
    assert labels("font") == ["Arial", "Times New Roman"]
    assert labels("spacing") == ["Standard", "Enlarged", "Large"]
    assert labels("line") == ["Standard", "Enlarged", "Large"]
    assert labels("scheme") == ["Black on white", "White on black", "Dark blue on light blue",
                                "Brown on beige", "Green on dark brown", "White on blue"]
    actions = [a.get_text(strip=True) for a in panel.select(".sv-panel__actions a")]
    assert actions == ["Reset settings", "Regular version"]
    assert html.select_one("a.version-link").get_text(strip=True) == "Regular version"


def test_font_size_options_have_names_for_screen_readers(client, demo):
    panel = soup(client.get("/special/en/")).select_one("section.sv-panel")
    options = panel.select('a.sv-option[data-setting="size"]')
    assert len(options) == 3
    names = [accessible_name(a) for a in options]
    assert len(set(names)) == 3
    for option, name in zip(options, names, strict=True):
        assert name not in ("", "A") and len(name) > 3, name
        assert option.select_one(".visually-hidden").get_text(strip=True) == name
        visible = option.select('[aria-hidden="true"]')
        assert [v.get_text(strip=True) for v in visible][-1] == "A"


def test_regular_page_names_the_special_version_in_english(client, demo):
    link = soup(client.get("/en/")).select_one("a.version-link")
    assert link.get_text(strip=True) == "Version for the visually impaired"
    assert link["href"] == "/special/en/"


# The middleware itself


def test_middleware_sets_and_restores_the_script_prefix(rf):
    from ispolkom.special.middleware import SpecialVersionMiddleware

    seen = []

    def failing_view(request):
        seen.append((request.path_info, request.is_special, get_script_prefix()))
        raise RuntimeError("view failed")

    set_script_prefix("/")
    with pytest.raises(RuntimeError):
        SpecialVersionMiddleware(failing_view)(rf.get("/special/ru/news/"))
    assert seen == [("/ru/news/", True, "/special/")]
    assert get_script_prefix() == "/"


def test_middleware_leaves_lookalike_paths_alone(rf):
    from ispolkom.special.middleware import SpecialVersionMiddleware

    seen = []

    def view(request):
        seen.append((request.path_info, request.is_special, get_script_prefix()))
        return None

    set_script_prefix("/")
    for path in ("/specialist/", "/ru/special/", "/special-offer/"):
        SpecialVersionMiddleware(view)(rf.get(path))
    assert seen == [("/specialist/", False, "/"), ("/ru/special/", False, "/"),
                    ("/special-offer/", False, "/")]


def test_special_version_keeps_the_mount_point_of_a_site_under_a_script_name(client, demo):
    """Served under /site (SCRIPT_NAME), the version links and the panel keep /site."""
    set_script_prefix("/site/")
    try:
        special = soup(client.get("/special/ru/", SCRIPT_NAME="/site"))
        regular = soup(client.get("/ru/", SCRIPT_NAME="/site"))
    finally:
        set_script_prefix("/")
    assert special.select_one("a.version-link")["href"] == "/site/ru/"
    assert regular.select_one("a.version-link")["href"] == "/site/special/ru/"
    assert urlsplit(special.select_one('link[rel="canonical"]')["href"]).path == "/site/ru/"
    settings_links = [a["href"] for a in special.select("a.sv-option[data-setting]")]
    assert all(href.startswith("/site/special/settings/?") for href in settings_links)
