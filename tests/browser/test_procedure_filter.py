"""The catalogue's filter: with JavaScript it filters the list as the visitor types (by the
server's rules, with a polite live count), without it the form is an ordinary GET form; a
number typed and Enter open the procedure either way; a 360 px phone needs no sideways
scrolling."""

import re
import urllib.request
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 640}
NUMBER = "1.1.5"  # a real number of the demo's list
MODES = [True, False]
MODE_IDS = ["with JavaScript", "without JavaScript"]


@pytest.fixture(params=MODES, ids=MODE_IDS)
def visitor(browser, request):
    context = browser.new_context(java_script_enabled=request.param)
    yield context.new_page(), request.param
    context.close()


@pytest.fixture
def scripted(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def server_list(site_url, path):
    """(number, title) of the procedures the server lists at `path`."""
    html = urllib.request.urlopen(site_url + path, timeout=30).read().decode()  # noqa: S310
    items = BeautifulSoup(html, "html.parser").select(".procedure-list li")
    return [item.get_text(" ", strip=True) for item in items]


def visible_items(page):
    return [text.strip() for text in page.locator(".procedure-list li:visible").all_inner_texts()]


def normalized(texts):
    return [re.sub(r"\s+", " ", text).strip() for text in texts]


def a_word_of_the_list(site_url, language):
    """A long word of a listed title, capitalised as a visitor may type it."""
    titles = server_list(site_url, f"/{language}/one-window/")
    words = sorted(re.findall(r"\w{6,}", titles[len(titles) // 2]), key=len)
    return words[-1].capitalize()


@pytest.mark.parametrize("language", ["ru", "be"])
def test_typing_filters_the_list_as_the_server_would_without_leaving_the_page(
        scripted, site_url, language):
    catalogue = f"{site_url}/{language}/one-window/"
    scripted.goto(catalogue)
    everything = len(visible_items(scripted))
    queries = [a_word_of_the_list(site_url, language)]
    if language == "ru":
        queries += ["Справка", "ребёнка", "справк 2."]  # stems, ё, several words
    for query in queries:
        box = scripted.locator("#procedure-query")
        box.fill("")
        box.press_sequentially(query, delay=20)
        expected = server_list(site_url, f"/{language}/one-window/?q={quote(query)}")
        assert 0 < len(expected) < everything, query
        assert normalized(visible_items(scripted)) == normalized(expected), query
        assert scripted.url == catalogue  # filtered in place: no navigation
        count = scripted.locator("[data-live-count]")
        assert count.get_attribute("aria-live") == "polite"
        template = count.get_attribute("data-text")
        assert "%(count)s" in template  # the words come from the template, translated
        scripted.wait_for_function(
            "([element, text]) => element.textContent === text",
            arg=[count.element_handle(), template.replace("%(count)s", str(len(expected)))])
    box.fill("")
    assert len(visible_items(scripted)) == everything


def test_the_script_is_loaded_on_the_catalogue_only(scripted, site_url, page_paths):
    scripted.goto(site_url + "/ru/one-window/")
    assert scripted.locator("script[src$='procedure-filter.js']").count() == 1
    scripted.goto(site_url + page_paths["ru"]["procedure"])
    assert scripted.locator("script[src$='procedure-filter.js']").count() == 0


def test_submitting_the_form_shows_the_filtered_list(visitor, site_url):
    page, javascript = visitor
    page.goto(site_url + "/ru/one-window/")
    box = page.locator("#procedure-query")
    box.fill("справка")
    box.press("Enter")
    page.wait_for_url(re.compile(r"\?q="))
    expected = server_list(site_url, "/ru/one-window/?q=" + quote("справка"))
    assert normalized(visible_items(page)) == normalized(expected)
    assert 0 < len(expected) < len(server_list(site_url, "/ru/one-window/"))
    assert page.locator(".procedures__found").is_visible()


@pytest.mark.parametrize("language", ["ru", "be"])
def test_a_number_and_enter_open_the_procedure(visitor, site_url, language):
    page, javascript = visitor
    page.goto(f"{site_url}/{language}/one-window/")
    box = page.locator("#procedure-query")
    box.press_sequentially(NUMBER, delay=20)
    if javascript:
        assert any(text.startswith(NUMBER) for text in visible_items(page))
    box.press("Enter")
    page.wait_for_load_state()
    assert page.locator(".procedure__number").inner_text().endswith(NUMBER)
    assert "?q=" not in page.url and page.url.startswith(f"{site_url}/{language}/one-window/")


@pytest.mark.parametrize("javascript", MODES, ids=MODE_IDS)
def test_a_phone_needs_no_sideways_scrolling(browser, site_url, javascript):
    context = browser.new_context(viewport=PHONE, is_mobile=javascript, has_touch=javascript,
                                  java_script_enabled=javascript)
    page = context.new_page()
    try:
        page.goto(site_url + "/ru/one-window/")
        fits = "document.documentElement.scrollWidth <= innerWidth"
        assert page.evaluate(fits)
        box = page.locator("#procedure-query")
        assert box.bounding_box()["x"] + box.bounding_box()["width"] <= PHONE["width"]
        box.fill("пособия")
        if not javascript:
            box.press("Enter")
            page.wait_for_url(re.compile(r"\?q="))
        assert 0 < len(visible_items(page)) and page.evaluate(fits)
    finally:
        context.close()
