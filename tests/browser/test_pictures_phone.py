"""The article's main image on a 360 × 640 phone of 2 device pixels per CSS pixel: Chromium
picks the AVIF source of the width the slot needs, and the text does not move when the image
arrives late (its width and height reserve the space)."""

import os
import re
import time

import pytest

pytestmark = pytest.mark.browser

# Sums every layout shift from the page's start. Unlike CLS it keeps those marked
# hadRecentInput: Chromium marks so the shifts after the test's scrollTo() too.
RECORD_SHIFTS = """window.layoutShift = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) window.layoutShift += entry.value;
}).observe({type: "layout-shift", buffered: true});"""


def test_article_image_comes_as_avif_for_the_phone_and_nothing_shifts(browser, site_url):
    context = browser.new_context(viewport={"width": 360, "height": 640},
                                  device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + "/en/news/district/")
    article = page.locator(".news-card:has(picture) .news-card__title a").first.get_attribute(
        "href")
    held = []  # the image waits until its place, and the text below it, are on the screen
    page.route(re.compile(r"/media/images/.*\.width-\d+\.\w+$"), lambda route: held.append(route))
    page.add_init_script(RECORD_SHIFTS)
    page.goto(site_url + article, wait_until="domcontentloaded")
    if os.environ.get("NO_SIZE"):
        page.evaluate("document.querySelector('.article__image img').removeAttribute('height')")
    # The image's place 200 px down the screen: the text above it anchors the scrolling, so
    # the text below would visibly move if no space were reserved.
    page.evaluate("window.scrollTo(0, document.querySelector('.article__image')"
                  ".getBoundingClientRect().top + window.scrollY - 200)")
    wait_until(lambda: held)
    assert [route.request.url.rsplit(".", 2)[1:] for route in held] == [["width-720", "avif"]]
    held[0].continue_()
    wait_until(lambda: page.evaluate("document.querySelector('.article__image img').complete"))
    page.wait_for_timeout(300)
    assert page.evaluate("window.layoutShift") < 0.01
    assert page.locator(".article__image img").evaluate("img => img.currentSrc").endswith(
        ".width-720.avif")
    context.close()


def wait_until(condition, seconds=10):
    """Polls from here: the site's CSP forbids the eval that page.wait_for_function uses."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
