"""axe-core finds no violation on any page type, in any language, in the regular version and
in every colour scheme of the special version at the largest size."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_special_version import SCHEMES

pytestmark = pytest.mark.browser
LANGUAGES = ("ru", "be", "en")
AXE = Axe()


def violations(page):
    results = AXE.run(page)
    return [] if results.violations_count == 0 else [results.generate_report()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_regular_pages_have_no_axe_violations(page, site_url, page_paths, language):
    found = {}
    for kind, path in page_paths[language].items():
        page.goto(site_url + path)
        if report := violations(page):
            found[kind] = report
    assert found == {}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_special_pages_have_no_axe_violations(browser, site_url, page_paths, language, scheme):
    context = browser.new_context()
    context.add_cookies([{"name": "special", "url": site_url,
                          "value": f"size:3.spacing:2.line:2.scheme:{scheme}"}])
    page = context.new_page()
    found = {}
    for kind, path in page_paths[language].items():
        page.goto(site_url + "/special" + path)
        if report := violations(page):
            found[kind] = report
    context.close()
    assert found == {}
