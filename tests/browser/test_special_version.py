"""The version for the visually impaired in a real browser: every control, with and
without JavaScript, persistence, reflow at 320 px, focus and contrast."""

import pytest

from ..support.page_style import contrast, has_horizontal_scroll, html_classes, parse_rgb, style

pytestmark = pytest.mark.browser

SCHEMES = {  # text, background as the panel promises them
    "black-white": ((0, 0, 0), (255, 255, 255)),
    "white-black": ((255, 255, 255), (0, 0, 0)),
    "blue": ((6, 52, 98), (157, 209, 255)),
    "beige": ((77, 75, 67), (247, 243, 214)),
    "green": ((169, 228, 77), (59, 39, 22)),
    "white-blue": ((255, 255, 255), (6, 52, 98)),
}


def option(page, setting, value):
    return page.locator(f'.sv-panel a[data-setting="{setting}"][data-value="{value}"]')


def choose(page, setting, value, *, navigates):
    """Click a panel option; without JavaScript (or for images) the server reloads the page."""
    if navigates:
        with page.expect_navigation():
            option(page, setting, value).click()
    else:
        with page.expect_response(lambda r: "/special/settings/" in r.url):
            option(page, setting, value).click()
    page.wait_for_function(
        "([s, v]) => document.documentElement.classList.contains(`sv-${s}-${v}`)",
        arg=[setting, value])


def test_regular_page_links_to_the_special_version(page, site_url, page_paths):
    article = page_paths["en"]["article"]
    page.goto(site_url + article)
    assert "sv" not in html_classes(page), "the site never opens in the special version by itself"
    page.get_by_role("link", name="Version for the visually impaired").click()
    assert page.url == site_url + "/special" + article
    assert page.locator(".sv-panel").is_visible()
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical.endswith(article) and "/special" not in canonical
    page.get_by_role("link", name="Regular version").first.click()
    assert page.url == site_url + article


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_every_control_changes_the_computed_style(browser, site_url, page_paths, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths["ru"]["article"])
    navigates = not javascript
    body = "body"

    choose(page, "font", "serif", navigates=navigates)
    assert style(page, body, "font-family").startswith('"Times New Roman"')
    assert "Liberation Serif" in style(page, body, "font-family")
    choose(page, "font", "sans", navigates=navigates)
    assert style(page, body, "font-family").startswith("Arial")

    regular = 17.0  # the regular version's body text, in px
    sizes = {}
    for value in ("1", "2", "3"):
        choose(page, "size", value, navigates=navigates)
        sizes[value] = float(style(page, body, "font-size").removesuffix("px"))
    assert sizes["1"] < sizes["2"] < sizes["3"]
    assert sizes["3"] >= 2 * regular

    for value, at_least in (("1", 0.0), ("2", 0.12), ("3", 0.2)):
        choose(page, "spacing", value, navigates=navigates)
        font_size = float(style(page, body, "font-size").removesuffix("px"))
        spacing = style(page, body, "letter-spacing")
        pixels = 0.0 if spacing == "normal" else float(spacing.removesuffix("px"))
        assert pixels >= at_least * font_size - 0.01, (value, spacing)
        assert value != "1" or pixels == 0.0

    heights = []
    for value in ("1", "2", "3"):
        choose(page, "line", value, navigates=navigates)
        font_size = float(style(page, body, "font-size").removesuffix("px"))
        heights.append(float(style(page, body, "line-height").removesuffix("px")) / font_size)
    assert heights[0] >= 1.5 - 0.01 and heights[0] < heights[1] < heights[2]

    for scheme, (text, background) in SCHEMES.items():
        choose(page, "scheme", scheme, navigates=navigates)
        assert parse_rgb(style(page, body, "color")) == text, scheme
        assert parse_rgb(style(page, body, "background-color")) == background, scheme

    choose(page, "images", "gray", navigates=True)
    assert "grayscale(1)" in style(page, "main img", "filter")
    choose(page, "images", "off", navigates=True)
    assert page.locator("main img").count() == 0
    assert page.locator("main .image-alt").count() >= 1
    choose(page, "images", "on", navigates=True)
    assert page.locator("main img").count() >= 1
    context.close()


def test_active_option_is_marked_without_relying_on_colour(page, site_url, page_paths):
    page.goto(site_url + "/special" + page_paths["en"]["home"])
    choose(page, "scheme", "blue", navigates=False)
    active = option(page, "scheme", "blue")
    assert active.get_attribute("aria-current") == "true"
    assert active.locator(".sv-option__mark").is_visible()  # a ✓, not only a colour
    assert not option(page, "scheme", "white-black").locator(".sv-option__mark").is_visible()
    assert page.locator('.sv-panel a[data-setting="scheme"][aria-current]').count() == 1


def test_settings_survive_navigation_and_a_browser_restart(browser, site_url, page_paths,
                                                           tmp_path):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths["be"]["home"])
    choose(page, "size", "3", navigates=False)
    choose(page, "scheme", "white-blue", navigates=False)
    # At the largest size the header folds into the phone's bar, even on a desktop.
    assert not page.locator("nav.main-menu").is_visible()
    page.locator(".site-nav__toggle").click()
    page.locator(".site-nav__menu a").first.click()
    assert page.url.startswith(site_url + "/special/be/")
    assert {"sv-size-3", "sv-scheme-white-blue"} <= html_classes(page)
    page.locator(".site-nav__toggle").click()
    page.locator(".site-nav nav.language-switch a[hreflang=en]").click()
    assert page.url.startswith(site_url + "/special/en/")
    assert {"sv-size-3", "sv-scheme-white-blue"} <= html_classes(page)
    cookie = next(c for c in context.cookies() if c["name"] == "special")
    assert cookie["sameSite"] == "Lax" and cookie["path"] == "/"
    assert cookie["expires"] > __import__("time").time() + 360 * 24 * 3600
    state = tmp_path / "state.json"
    context.storage_state(path=str(state))
    context.close()

    restarted = browser.new_context(storage_state=str(state))
    page = restarted.new_page()
    page.goto(site_url + "/special" + page_paths["ru"]["section"])
    assert {"sv-size-3", "sv-scheme-white-blue"} <= html_classes(page)
    page.goto(site_url + page_paths["ru"]["section"])
    assert "sv" not in html_classes(page), "regular pages stay regular"
    restarted.close()


def test_reset_restores_the_defaults(page, site_url, page_paths):
    page.goto(site_url + "/special" + page_paths["en"]["standard"])
    choose(page, "size", "3", navigates=False)
    choose(page, "line", "3", navigates=False)
    with page.expect_navigation():
        page.get_by_role("link", name="Reset settings").click()
    assert {"sv-size-1", "sv-line-1", "sv-scheme-black-white", "sv-font-sans"} <= \
        html_classes(page)


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_no_horizontal_scroll_at_320px_with_the_largest_settings(browser, site_url,
                                                                  page_paths, language):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    context.add_cookies([{
        "name": "special", "url": site_url,
        "value": "font:serif.size:3.spacing:3.line:3.scheme:white-black.images:on",
    }])
    page = context.new_page()
    for kind, path in page_paths[language].items():
        page.goto(site_url + "/special" + path)
        assert "sv-size-3" in html_classes(page)
        assert not has_horizontal_scroll(page), f"{kind} scrolls sideways at 320px"
    context.close()


@pytest.fixture
def page_with_user_styles(browser):
    """A page on which the visitor's own style sheet (an extension, a user style) applies:
    those are not the site's content, so its Content-Security-Policy does not govern them."""
    context = browser.new_context(viewport={"width": 800, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


def test_text_spacing_override_clips_nothing(page_with_user_styles, site_url, page_paths):
    """WCAG 1.4.12: with the bookmarklet's spacing applied, no text box overflows its parent."""
    page = page_with_user_styles
    page.goto(site_url + "/special" + page_paths["ru"]["article"])
    page.add_style_tag(content=(
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
        " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"))
    clipped = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(el => {
        const s = getComputedStyle(el);
        const cut = ['hidden', 'clip'];
        const hides = cut.includes(s.overflowX) || cut.includes(s.overflowY);
        // Text hidden for all but screen readers is clipped on purpose.
        const visuallyHidden = el.classList.contains('visually-hidden')
            || (s.clipPath === 'inset(50%)' && el.getBoundingClientRect().width <= 1);
        return hides && !visuallyHidden
            && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    }).map(el => el.tagName + '.' + el.className)""")
    assert clipped == []
    assert not has_horizontal_scroll(page)


def test_focus_is_visible_and_never_covered(page, site_url, page_paths):
    page.goto(site_url + "/special" + page_paths["en"]["article"])
    for _step in range(40):
        page.keyboard.press("Tab")
        report = page.evaluate("""() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
            const top = document.elementFromPoint(x, y);
            const s = getComputedStyle(el);
            return {tag: el.tagName, covered: !(top && (el === top || el.contains(top))),
                    outline: s.outlineStyle, width: parseFloat(s.outlineWidth)};
        }""")
        if report["tag"] == "BODY":
            continue
        assert not report["covered"], report
        assert report["outline"] != "none" and report["width"] >= 2, report


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_scheme_reaches_7_to_1(browser, site_url, page_paths, scheme):
    context = browser.new_context()
    context.add_cookies([{"name": "special", "url": site_url, "value": f"scheme:{scheme}"}])
    page = context.new_page()
    page.goto(site_url + "/special" + page_paths["en"]["article"])
    background = parse_rgb(style(page, "body", "background-color"))
    checks = {
        "text": "main p", "link": "main .article-nav a", "menu link": "nav.main-menu a",
        "visited-style link": ".site-header a", "panel control": ".sv-panel a.sv-option",
        "active control": '.sv-panel a[data-setting="font"][aria-current]',
    }
    for name, selector in checks.items():
        color = parse_rgb(style(page, selector, "color"))
        own = parse_rgb(style(page, selector, "background-color")) \
            if "rgba(0, 0, 0, 0)" not in style(page, selector, "background-color") else background
        assert contrast(color, own) >= 7, (scheme, name, color, own)
    page.focus("main .article-nav a")
    outline = parse_rgb(style(page, "main .article-nav a", "outline-color"))
    assert contrast(outline, background) >= 7, (scheme, "focus outline")
    context.close()


@pytest.mark.parametrize("prefix", ["", "/special"], ids=["regular", "special"])
def test_controls_and_navigation_targets_are_at_least_24px(page, site_url, page_paths, prefix):
    """WCAG 2.5.8: panel controls, menus, switches, breadcrumbs and pagination (links inside
    running text are exempt)."""
    for path in (page_paths["ru"]["home"], page_paths["ru"]["news_page_2"],
                 page_paths["ru"]["article"]):
        page.goto(site_url + prefix + path)
        small = page.evaluate("""() => [...document.querySelectorAll(
            '.sv-panel a, .sv-panel button, nav a, .header-links a, .footer-links a')]
            .filter(el => el.offsetParent !== null)
            .map(el => [el.textContent.trim(), el.getBoundingClientRect()])
            .filter(([, box]) => box.width < 24 || box.height < 24)
            .map(([text]) => text)""")
        assert small == [], path


def test_read_aloud_is_an_enhancement_that_keeps_the_markup(browser, site_url, page_paths):
    url = site_url + "/special" + page_paths["ru"]["article"]
    without_js = browser.new_context(java_script_enabled=False)
    page = without_js.new_page()
    page.goto(url)
    assert not page.locator(".sv-listen").is_visible(), "no dead controls without JavaScript"
    without_js.close()

    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    has_speech = page.evaluate("'speechSynthesis' in window")
    listen = page.locator(".sv-listen")
    assert listen.is_visible() == has_speech
    if has_speech:
        before = page.inner_html("main")
        listen.get_by_role("button", name="Прослушать").click()
        assert page.get_attribute(".sv-listen", "data-state") in {"speaking", "idle"}
        page.get_by_role("button", name="Стоп").click(force=True)
        assert page.inner_html("main") == before
        assert page.get_attribute(".sv-listen", "data-lang") == "ru"
    context.close()
