"""A citizen on a 360 × 640 phone sees the page's own heading on the first screen: the header
is one bar whose menu opens with and without JavaScript. A desktop keeps the full header."""

import pytest

from .test_accessibility import violations

pytestmark = pytest.mark.browser
LANGUAGES = ("ru", "be", "en")
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}

FIRST_SCREEN = """() => {
  const heading = document.querySelector("main h1");
  const box = element => {
    const rect = element.getBoundingClientRect();
    return {top: rect.top + scrollY, bottom: rect.bottom + scrollY};
  };
  // The start of the content: the first visible block after the heading.
  let next = heading.nextElementSibling;
  while (next && next.getClientRects().length === 0) next = next.nextElementSibling;
  return {heading: box(heading), next: next ? box(next) : null,
          header: box(document.querySelector(".site-header"))};
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone_without_js(browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


def menu_state(page):
    """Whether the phone menu is open, and whether its links and contacts are visible."""
    menu = page.locator(".site-nav")
    return {
        "open": menu.evaluate("details => details.open"),
        "links visible": page.locator(".site-nav__menu a").first.is_visible(),
        "phone visible": page.locator(".site-nav__panel a[href^='tel:']").first.is_visible(),
    }


CLOSED = {"open": False, "links visible": False, "phone visible": False}
OPEN = {"open": True, "links visible": True, "phone visible": True}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_heading_and_the_content_start_on_a_phones_first_screen(
        phone, site_url, page_paths, language):
    too_low = {}
    for kind, path in page_paths[language].items():
        phone.goto(site_url + path)
        boxes = phone.evaluate(FIRST_SCREEN)
        # The bar is at most two lines of the short name high (below the alert banners, if any).
        header = boxes["header"]["bottom"] - boxes["header"]["top"]
        if header > 100 or boxes["heading"]["bottom"] > PHONE["height"] or (
                boxes["next"] and boxes["next"]["top"] > PHONE["height"] - 24):
            too_low[kind] = boxes
    assert too_low == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_desktop_keeps_the_full_header_and_the_heading_on_its_first_screen(
        browser, site_url, page_paths, language):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    too_low = {}
    for kind, path in page_paths[language].items():
        page.goto(site_url + path)
        if page.evaluate(FIRST_SCREEN)["heading"]["bottom"] > DESKTOP["height"]:
            too_low[kind] = path
    assert too_low == {}
    for full_header_part in ("nav.main-menu", ".site-header__contacts a[href^='tel:']",
                             "#site-search-q", ".site-header__links .version-link"):
        assert page.locator(full_header_part).first.is_visible(), full_header_part
    assert not page.locator(".site-bar").is_visible()
    context.close()


def test_the_phone_bar_holds_the_name_the_version_link_search_and_the_menu(phone, site_url):
    phone.goto(site_url + "/ru/")
    bar = phone.locator(".site-bar")
    assert bar.is_visible()
    assert phone.locator(".site-title__name--short").inner_text() == "Осиповичский райисполком"
    assert not phone.locator(".site-header__contacts").is_visible()
    assert not phone.locator("nav.main-menu").is_visible()
    version = bar.get_by_role("link", name="Версия для слабовидящих")
    assert version.get_attribute("href") == "/special/ru/"
    search = bar.get_by_role("link", name="Поиск по сайту")
    search.click()
    assert phone.url.endswith("/ru/search/")
    # Every control of the bar is a comfortable target for a finger.
    phone.goto(site_url + "/ru/")
    for control in bar.locator(":scope > a, summary").all():
        box = control.bounding_box()
        assert box["width"] >= 40 and box["height"] >= 40, control.inner_text()
    # Nothing in the bar overlaps: the short name ends before the first button starts.
    name = phone.locator(".site-title__name--short").bounding_box()
    assert name["x"] + name["width"] <= bar.bounding_box()["x"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_opens_and_closes_by_touch_and_keyboard(phone, site_url, language):
    phone.goto(site_url + f"/{language}/news/")
    assert menu_state(phone) == CLOSED
    toggle = phone.locator(".site-nav__toggle")
    toggle.tap()
    assert menu_state(phone) == OPEN
    # The menu lists the sections, the languages, search and the contacts.
    panel = phone.locator(".site-nav__panel")
    assert panel.locator("a[aria-current]").first.is_visible()
    assert panel.locator(".language-switch a").count() == 3
    assert panel.locator("input[type=search]").is_visible()
    toggle.tap()
    assert menu_state(phone) == CLOSED
    toggle.focus()
    phone.keyboard.press("Enter")
    assert menu_state(phone) == OPEN
    phone.keyboard.press("Enter")
    assert menu_state(phone) == CLOSED


def test_the_menu_opens_without_javascript(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/be/")
    assert menu_state(page) == CLOSED
    page.locator(".site-nav__toggle").click()
    assert menu_state(page) == OPEN
    page.locator(".site-nav__menu a").nth(1).click()
    page.wait_for_load_state()
    assert page.url != site_url + "/be/"
    assert menu_state(page) == CLOSED  # a new page starts with the menu closed


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_header_closed_and_open_has_no_axe_violations(phone, site_url, language):
    phone.goto(site_url + f"/{language}/about/")
    assert violations(phone) == []
    phone.locator(".site-nav__toggle").tap()
    assert violations(phone) == []


@pytest.mark.parametrize("prefix", ["", "/special"])
def test_a_phone_shows_only_the_way_up_of_the_breadcrumbs(browser, site_url, page_paths, prefix):
    """A whole trail costs a screen at the special version's large letters: a phone shows the
    parent's crumb alone, and screen readers still get the whole trail."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + prefix + page_paths["ru"]["person"])
    crumbs = page.locator(".breadcrumbs li")
    shown = [crumb.inner_text() for crumb in crumbs.all() if crumb.bounding_box()["width"] > 1]
    assert shown == ["Руководство и структура"], shown
    assert page.get_by_role("navigation", name="Навигационная цепочка").get_by_role(
        "link").count() == crumbs.count() == 3
    page.set_viewport_size(DESKTOP)
    assert all(crumb.bounding_box()["width"] > 1 for crumb in crumbs.all())
    context.close()
