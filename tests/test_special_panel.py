"""The special version's panel state (collapsed, open, more settings) kept in the settings
cookie, and the soft hyphens the special version puts into long words."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup, Comment

from .conftest import LANGUAGES

SETTINGS_URL = "/special/settings/"
SOFT_HYPHEN = "\xad"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def panel_state(response):
    panel = soup(response).select_one("section.sv-panel")
    settings = panel.select_one('a[data-panel-toggle="settings"]')
    more = panel.select_one('a[data-panel-toggle="more"]')
    return {
        "state": panel["data-panel-state"],
        "collapsed": "sv-panel--closed" in panel["class"],
        "settings_expanded": settings["aria-expanded"],
        "more_expanded": more["aria-expanded"],
        "settings_goes_to": parse_qs(urlsplit(settings["href"]).query)["panel"],
        "more_goes_to": parse_qs(urlsplit(more["href"]).query)["panel"],
    }


@pytest.mark.parametrize(("cookie", "expected"), [
    ("", "open"),
    ("panel:closed", "closed"),
    ("panel:more", "more"),
    ("size:3.panel:closed.scheme:blue", "closed"),
    ("panel:nonsense", "open"),
    ("panel:", "open"),
    ("panel:CLOSED", "open"),
    ('panel:"><script>', "open"),
    ("panel:closed" * 40, "open"),  # too long to be ours
])
def test_panel_state_comes_from_the_cookie_and_bad_values_fall_back(client, demo, cookie,
                                                                     expected):
    client.cookies["special"] = cookie
    response = client.get("/special/ru/")
    assert response.status_code == 200
    state = panel_state(response)
    assert state["state"] == expected
    assert state["collapsed"] == (expected == "closed")
    assert state["settings_expanded"] == ("false" if expected == "closed" else "true")
    assert state["more_expanded"] == ("true" if expected == "more" else "false")
    assert state["settings_goes_to"] == ["open" if expected == "closed" else "closed"]
    assert state["more_goes_to"] == ["open" if expected == "more" else "more"]
    # The panel's state is not a page style: <html> keeps only the page's classes.
    assert not any(c.startswith("sv-panel") for c in soup(response).html["class"])


@pytest.mark.parametrize("value", ["closed", "more", "open", "bogus", "", "<b>", "closed\n"])
def test_the_toggle_link_stores_only_known_states(client, demo, value):
    client.cookies["special"] = "size:2.scheme:green"
    response = client.get(SETTINGS_URL, {"panel": value, "next": "/special/en/"})
    assert (response.status_code, response["Location"]) == (302, "/special/en/")
    stored = response.cookies["special"].value
    assert stored.startswith("font:sans.size:2.spacing:1.line:1.scheme:green.images:on")
    if value in ("closed", "more"):
        assert stored.endswith(f".panel:{value}")
    else:
        assert "panel" not in stored  # the default is not written


def test_the_panel_toggle_from_the_script_gets_204_and_the_cookie(client, demo):
    response = client.get(SETTINGS_URL, {"panel": "closed", "next": "/special/ru/"},
                          HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 204
    assert response.cookies["special"].value.endswith(".panel:closed")


def test_reset_keeps_the_panel_as_the_visitor_left_it(client, demo):
    client.cookies["special"] = "size:3.scheme:green.panel:more"
    response = client.get(SETTINGS_URL, {"reset": "1", "next": "/special/ru/"})
    assert response.cookies["special"].value == (
        "font:sans.size:1.spacing:1.line:1.scheme:black-white.images:on.panel:more")


def test_panel_states_are_cached_apart(client, demo):
    """The page cache keys special pages by the normalized cookie: each state its own page."""
    url = "/special" + demo.article("en").url
    seen = {}
    for cookie in ("", "panel:closed", "panel:more", "panel:closed", ""):
        client.cookies["special"] = cookie
        seen.setdefault(cookie, set()).add(panel_state(client.get(url))["state"])
    assert seen == {"": {"open"}, "panel:closed": {"closed"}, "panel:more": {"more"}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_panel_toggles_are_translated_links_back_to_the_page(client, demo, language):
    html = soup(client.get(f"/special/{language}/news/"))
    settings = html.select_one('.sv-panel a[data-panel-toggle="settings"]')
    more = html.select_one('.sv-panel a[data-panel-toggle="more"]')
    names = {"ru": ("Настройки", "Больше настроек"), "be": ("Налады", "Больш налад"),
             "en": ("Settings", "More settings")}[language]
    assert (settings.get_text(strip=True), more.get_text(strip=True)) == names
    for toggle in (settings, more):
        assert toggle["href"].startswith(SETTINGS_URL + "?")
        assert parse_qs(urlsplit(toggle["href"]).query)["next"] == [f"/special/{language}/news/"]
    assert settings.find_parent("h2")["id"] == "sv-panel-title"


# Soft hyphens


def words_with(html_text, character):
    return re.findall(rf"[^\s<>\"]*{character}[^\s<>\"]*", html_text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_long_words_get_soft_hyphens_in_the_special_version_only(client, demo, language):
    article = demo.article(language)
    client.cookies["special"] = "size:3.spacing:3"
    special = client.get("/special" + article.url).content.decode()
    regular = client.get(article.url).content.decode()
    assert SOFT_HYPHEN not in regular
    body = BeautifulSoup(special, "html.parser").select_one("main")
    text = body.get_text(" ")
    assert SOFT_HYPHEN in text
    # Every hyphenated word still reads the same without its soft hyphens, and no piece is
    # a single letter: hyphens sit between syllables, not at the word's edges.
    for word in re.findall(r"[^\W\d_]+(?:\xad[^\W\d_]+)+", text):
        pieces = word.split(SOFT_HYPHEN)
        assert all(len(piece) >= 2 for piece in (pieces[0], pieces[-1])), word
        assert len(word.replace(SOFT_HYPHEN, "")) >= 6, word


def test_default_settings_hyphenate_only_really_long_words(client, demo):
    """At the default size a phone's line holds long words: short ones stay untouched."""
    from ispolkom.special.hyphenation import SHORTEST_WORD

    html = soup(client.get("/special" + demo.article("ru").url))
    words = re.findall(r"[^\W\d_]+(?:\xad[^\W\d_]+)+", html.body.get_text(" "))
    assert all(len(w.replace(SOFT_HYPHEN, "")) >= SHORTEST_WORD["1", "1"] for w in words)
    assert SHORTEST_WORD["1", "1"] > SHORTEST_WORD["2", "2"] > SHORTEST_WORD["3", "3"]


def test_soft_hyphens_never_land_in_markup_addresses_or_code(client, demo):
    client.cookies["special"] = "size:3.spacing:3.line:3"  # the most soft hyphens
    for language in LANGUAGES:
        pages = demo.urls_of_every_type(language)
        for url in pages.values():
            response = client.get("/special" + url)
            html = soup(response)
            for tag in html.find_all(True):
                for name, value in tag.attrs.items():
                    values = value if isinstance(value, list) else [value]
                    assert not any(SOFT_HYPHEN in v for v in values), (url, tag.name, name)
            for tag in html.select("head, script, style, pre, code, mark, title, textarea"):
                assert SOFT_HYPHEN not in tag.decode(), (url, tag.name)
            for comment in html.find_all(string=lambda s: isinstance(s, Comment)):
                assert SOFT_HYPHEN not in comment, url
            for chunk in html.body.get_text(" ").split():
                if re.search(r"://|@|www\.|\w\.\w{2,}/", chunk):
                    assert SOFT_HYPHEN not in chunk, (url, chunk)


def test_search_results_marks_stay_whole(client, demo):
    from .conftest import SEARCH_WORDS

    response = client.get("/special/ru/search/", {"q": SEARCH_WORDS["ru"]})
    marks = soup(response).select("main mark")
    assert marks, "the search word is highlighted"
    assert all(SOFT_HYPHEN not in mark.get_text() for mark in marks)


def test_hyphenation_follows_the_word_language_and_skips_markup():
    from ispolkom.special.hyphenation import hyphenate_html

    page = (
        '<html><head><title>Осиповичском</title></head><body data-x="Осиповичском">'
        '<p title="a > Осиповичском">Осиповичском https://обращения.бел/Осиповичском '
        "info@osipovichi.gov.by <code>Осиповичском</code> <mark>Осиповичском</mark> "
        "Асіповіцкім information слово"
        '<script>var s = "</p>Осиповичском";</script><!-- Осиповичском --></p></body></html>'
    )
    result = hyphenate_html(page, "ru")
    assert result.replace(SOFT_HYPHEN, "") == page
    assert words_with(result, SOFT_HYPHEN) == [
        "Оси\xadпо\xadвич\xadском", "Асі\xadпо\xadвіц\xadкім", "in\xadfor\xadma\xadtion"]


def test_hyphenation_survives_broken_markup():
    from ispolkom.special.hyphenation import hyphenate_html

    for page in ("<body><p title='Осиповичском", "<body><script>Осиповичском",
                 "<body><code>Осиповичском", "<<<>>>", "", "<body>" + "а" * 10_000):
        assert hyphenate_html(page, "be").replace(SOFT_HYPHEN, "") == page
