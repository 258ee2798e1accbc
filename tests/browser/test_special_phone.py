"""The version for the visually impaired on a 360 × 640 phone: the panel collapses to one line
and opens again (with and without JavaScript), remembers that across reloads, lets the
heading reach the first two screens at the largest settings, and no word breaks mid-word."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser
LANGUAGES = ("ru", "be", "en")
PHONE = {"width": 360, "height": 640}
LARGEST = "size:3.spacing:3.line:3"
SETTINGS_NAME = {"ru": "Настройки", "be": "Налады", "en": "Settings"}
AXE = Axe()


@pytest.fixture(params=[True, False], ids=["with-js", "without-js"])
def javascript(request):
    return request.param


def phone(browser, site_url, cookie="", javascript=True):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    if cookie:
        context.add_cookies([{"name": "special", "url": site_url, "value": cookie}])
    return context


def panel_state(page):
    return page.get_attribute(".sv-panel", "data-panel-state")


def toggle(page, kind, javascript):
    link = page.locator(f'.sv-panel a[data-panel-toggle="{kind}"]')
    if javascript:
        with page.expect_response(lambda r: "/special/settings/" in r.url):
            link.click()
    else:
        with page.expect_navigation():
            link.click()


def visible_controls(page):
    """The panel's option values a sighted visitor can see, as setting:value."""
    return set(page.evaluate("""() => [...document.querySelectorAll('.sv-panel a[data-setting]')]
        .filter(a => a.getClientRects().length > 0)
        .map(a => a.dataset.setting + ':' + a.dataset.value)"""))


@pytest.mark.parametrize("language", LANGUAGES)
def test_panel_collapses_expands_and_shows_more_with_and_without_javascript(
        browser, site_url, page_paths, language, javascript):
    context = phone(browser, site_url, javascript=javascript)
    page = context.new_page()
    url = site_url + "/special" + page_paths[language]["article"]
    page.goto(url)
    settings = page.get_by_role("link", name=SETTINGS_NAME[language], exact=True)
    more = page.locator('.sv-panel a[data-panel-toggle="more"]')

    # Open by default: the most used controls, the rest behind "More settings".
    assert panel_state(page) == "open" and settings.get_attribute("aria-expanded") == "true"
    shown = visible_controls(page)
    assert {"size:3", "font:serif", "scheme:white-black"} <= shown
    assert not {"spacing:3", "line:3", "images:off"} & shown
    assert more.is_visible() and more.get_attribute("aria-expanded") == "false"

    toggle(page, "more", javascript)
    page.wait_for_function("document.querySelector('.sv-panel').dataset.panelState === 'more'")
    assert {"spacing:3", "line:3", "images:off"} <= visible_controls(page)
    assert more.get_attribute("aria-expanded") == "true"

    toggle(page, "settings", javascript)
    page.wait_for_function("document.querySelector('.sv-panel').dataset.panelState === 'closed'")
    assert visible_controls(page) == set()
    assert settings.is_visible() and settings.get_attribute("aria-expanded") == "false"
    panel_box = page.locator(".sv-panel").bounding_box()
    toggle_box = settings.bounding_box()
    assert panel_box["height"] < 2 * toggle_box["height"], "collapsed to one line"

    page.reload()  # the server renders the state the cookie keeps: no flash
    assert panel_state(page) == "closed" and visible_controls(page) == set()
    toggle(page, "settings", javascript)
    page.wait_for_function("document.querySelector('.sv-panel').dataset.panelState === 'open'")
    assert "size:3" in visible_controls(page)
    page.goto(site_url + "/special" + page_paths[language]["home"])
    assert panel_state(page) == "open"
    context.close()


def test_options_still_apply_without_reload_after_a_toggle(browser, site_url, page_paths):
    context = phone(browser, site_url)
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths["ru"]["article"])
    toggle(page, "settings", True)
    toggle(page, "settings", True)
    with page.expect_response(lambda r: "/special/settings/" in r.url):
        page.locator('.sv-panel a[data-setting="size"][data-value="2"]').click()
    page.reload()
    assert "sv-size-2" in page.get_attribute("html", "class")
    assert panel_state(page) == "open"
    context.close()


def test_desktop_shows_every_control_in_one_strip(page, site_url, page_paths):
    page.goto(site_url + "/special" + page_paths["en"]["article"])
    assert {"spacing:3", "line:3", "images:off", "size:3"} <= visible_controls(page)
    assert not page.locator('.sv-panel a[data-panel-toggle="more"]').is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", ["closed", "open", "more"])
def test_skip_link_is_first_in_tab_order(browser, site_url, page_paths, language, state):
    context = phone(browser, site_url, f"{LARGEST}.panel:{state}")
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths[language]["article"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Tab")
    while page.evaluate("!!document.activeElement.closest('.alerts')"):
        page.keyboard.press("Tab")  # the alert banners come first, before the panel
    assert page.evaluate("document.activeElement.dataset.panelToggle") == "settings"
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_heading_is_within_two_screens_at_the_largest_settings(browser, site_url, page_paths,
                                                               language):
    context = phone(browser, site_url, f"{LARGEST}.panel:closed")
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths[language]["article"])
    assert "sv-size-3" in page.get_attribute("html", "class")
    top = page.evaluate("document.querySelector('main h1').getBoundingClientRect().top + scrollY")
    # Alert banners (ispolkom.alerts) come first by design; the rest must not push the heading.
    banners = page.evaluate("document.querySelector('.alerts')?.offsetHeight || 0")
    assert top - banners < 2 * PHONE["height"], (top, banners)
    assert page.locator(".sv-panel").is_visible(), "collapsed is not gone"
    context.close()


# Every word of main as the browser lays it out: its text and the distinct lines it occupies.
WORD_BOXES = """() => {
    const main = document.querySelector('main');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const words = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const style = node.parentElement && getComputedStyle(node.parentElement);
        if (!style || style.display === 'none' || node.parentElement.closest('.visually-hidden'))
            continue;
        const re = /[^ \\t\\n\\r\\f]+/g;  // a no-break space glues a string together
        let m;
        while ((m = re.exec(node.data))) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = [];
            for (const rect of range.getClientRects()) {
                if (rect.width < 0.5) continue;
                if (!tops.some(t => Math.abs(t.top - rect.top) < rect.height / 2))
                    tops.push({top: rect.top, height: rect.height, right: rect.right});
            }
            if (tops.length < 2) { words.push({word: m[0], lines: tops.length}); continue; }
            // Where the line ends: the last character on the first line.
            let cut = 0;
            for (let i = 1; i <= m[0].length; i++) {
                const part = document.createRange();
                part.setStart(node, m.index);
                part.setEnd(node, m.index + i);
                const rects = [...part.getClientRects()].filter(r => r.width >= 0.5);
                const lines = new Set(rects.map(r => Math.round(r.top)));
                if (lines.size > 1) { cut = i - 1; break; }
            }
            words.push({word: m[0], lines: tops.length, before: m[0].slice(0, cut)});
        }
    }
    return words;
}"""


def breaks_only_at_soft_hyphens(words):
    bad = []
    for entry in words:
        if entry["lines"] < 2:
            continue
        word, before = entry["word"], entry.get("before", "")
        unbreakable = re.search(r"://|@|/|^www\.|\w\.\w|\xa0", word)
        # A soft hyphen shows only at a line end: the piece before the break ends right
        # after one, or after a dash, where a line may always break.
        if not unbreakable and not before.endswith(("\xad", "-", "\u2013", "\u2014")):
            bad.append(f"{word!r} broken after {before!r}")
    return bad


@pytest.mark.parametrize("settings", [
    f"font:serif.{LARGEST}", "size:3.spacing:1", "font:serif.size:2.spacing:3",
    "size:2.spacing:2", "size:1.spacing:3",
])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_breaks_inside_a_word(browser, site_url, page_paths, language, settings):
    context = phone(browser, site_url, f"{settings}.panel:closed")
    page = context.new_page()
    checked = 0
    for kind in ("article", "section", "standard", "page_with_table"):
        page.goto(site_url + "/special" + page_paths[language][kind])
        words = page.evaluate(WORD_BOXES)
        checked += sum(1 for entry in words if entry["lines"] >= 2)
        assert breaks_only_at_soft_hyphens(words) == [], kind
    if "size:3.spacing:3" in settings:
        assert checked > 0, "at this size some long words must wrap at a syllable"
    context.close()


def test_the_word_check_catches_a_mid_word_break(browser, site_url, page_paths):
    """The check above fails on today's old rule (overflow-wrap: anywhere without hyphens)."""
    context = phone(browser, site_url, f"font:serif.{LARGEST}.panel:closed")
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths["ru"]["article"])
    page.evaluate("""() => {
        const main = document.querySelector('main');
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode())
            n.data = n.data.replaceAll('\\u00ad', '');
        document.body.style.overflowWrap = 'anywhere';
    }""")
    assert breaks_only_at_soft_hyphens(page.evaluate(WORD_BOXES)) != []
    context.close()


def test_find_in_page_ignores_soft_hyphens(browser, site_url, page_paths):
    context = phone(browser, site_url, LARGEST)
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths["ru"]["article"])
    hyphenated = page.evaluate("""() => (document.querySelector('main').textContent
        .match(/[^\\s\\u00ad]+(?:\\u00ad[^\\s\\u00ad]+)+/) || [''])[0]""")
    assert "\xad" in hyphenated
    assert page.evaluate("w => window.find(w)", hyphenated.replace("\xad", ""))
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", ["closed", "open", "more"])
def test_no_axe_violations_in_every_panel_state(browser, site_url, page_paths, language, state):
    context = phone(browser, site_url, f"{LARGEST}.panel:{state}")
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths[language]["article"])
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()
    context.close()
