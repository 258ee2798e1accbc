"""Editors' accessibility checks in a real browser, under the site's strict policy: the userbar
on public pages opens and its checker reports, and the Checks panel of the page editor reads
the preview in its frame. Anonymous visitors get no userbar."""

import subprocess
from urllib.parse import urljoin

import pytest

from .conftest import MANAGE

pytestmark = pytest.mark.browser

PASSWORD = "a long press secretary passphrase"

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""

# The checker writes its count of issues once it has run; until then the element is empty.
CHECKER_HAS_RUN = """() => {
  const bar = document.querySelector('wagtail-userbar');
  const count = bar && bar.shadowRoot
    && bar.shadowRoot.querySelector('#wagtail-userbar-items [data-content-checker-count]');
  return count && count.textContent.trim() !== '';
}"""

CREATE_NEWS_EDITOR = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from ispolkom.news.editors import NEWS_EDITOR
user = get_user_model().objects.create_user("checks-editor", password={PASSWORD!r})
user.groups.add(Group.objects.get(name=NEWS_EDITOR))
"""


@pytest.fixture(scope="module")
def news_editor(site_env, site_url):
    subprocess.run(MANAGE + ["shell", "-c", CREATE_NEWS_EDITOR], env=site_env, check=True,
                   capture_output=True, timeout=120)
    return "checks-editor"


@pytest.fixture
def watched_page(context):
    context.add_init_script(RECORD_VIOLATIONS)  # in every frame, the preview's too
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error"
            and page.console_errors.append(message.text))
    return page


@pytest.fixture
def editors_page(watched_page, site_url, news_editor):
    page = watched_page
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", news_editor)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.url.rstrip("/").endswith("/admin")
    return page


def violations(page):
    found = []
    for frame in page.frames:
        found += frame.evaluate("window.__cspViolations || []")
    return found + [text for text in page.console_errors if "Content Security Policy" in text]


def issues_found(page):
    page.wait_for_function(CHECKER_HAS_RUN)
    return page.locator("wagtail-userbar #wagtail-userbar-items [data-content-checker-count]"
                        ).text_content().strip()


def test_anonymous_visitors_get_no_userbar(watched_page, site_url, page_paths):
    watched_page.goto(site_url + page_paths["ru"]["article"])
    assert watched_page.locator("h1").first.is_visible()
    assert watched_page.locator("wagtail-userbar").count() == 0


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_the_userbar_opens_and_finds_no_issue_in_our_pages(editors_page, site_url, page_paths,
                                                          language):
    page = editors_page
    for kind in ("home", "section", "standard", "page_with_table", "search", "article"):
        page.goto(site_url + page_paths[language][kind])
        assert issues_found(page) == "0", kind
        assert violations(page) == [], kind
    bar = page.locator("wagtail-userbar")
    bar.locator("#wagtail-userbar-trigger").click()
    bar.locator("#wagtail-userbar-items a[href*='/edit/']").wait_for(state="visible")
    bar.locator("#checker-trigger").click()
    results = bar.locator("#checker-results")
    results.locator("[data-content-checker-count]").wait_for()
    assert results.locator("[data-content-checker-count]").inner_text() == "0"
    assert results.locator("[data-content-checker-row]").count() == 0
    assert violations(page) == []


def test_the_checker_reports_an_issue_under_the_policy(editors_page, site_url, page_paths):
    """An empty heading slipped into a real page (with its real headers) is reported: the
    checker does run, and a count of 0 above means no issue, not no check."""
    page = editors_page
    url = site_url + page_paths["en"]["standard"]

    def with_empty_heading(route):
        response = route.fetch()
        route.fulfill(response=response,
                      body=response.text().replace("</main>", "<h2></h2></main>"))

    page.route(url, with_empty_heading)
    page.goto(url)
    assert issues_found(page) == "1"
    bar = page.locator("wagtail-userbar")
    bar.locator("#wagtail-userbar-trigger").click()
    bar.locator("#checker-trigger").click()
    issue = bar.locator("#checker-results [data-content-checker-row]")
    assert issue.count() == 1
    assert "Empty heading found" in issue.inner_text()
    assert violations(page) == []


def test_the_checks_panel_of_the_page_editor_works(editors_page, site_url, page_paths):
    page = editors_page
    page.goto(site_url + page_paths["ru"]["article"])
    title = page.locator("h1").first.inner_text()
    # The userbar's "Edit this page" leads to the editor.
    edit = page.locator("wagtail-userbar #wagtail-userbar-items a[href*='/edit/']")
    page.goto(urljoin(page.url, edit.get_attribute("href")))
    page.click('[data-side-panel-toggle="checks"]')
    panel = page.locator('[data-side-panel="checks"]')
    words = panel.locator("[data-content-word-count]")
    # The metrics come from the userbar inside the preview frame: "-" until it has run.
    page.wait_for_function("() => /^[0-9]/.test(document.querySelector("
                           "'[data-side-panel=\"checks\"] [data-content-word-count]').textContent"
                           ".trim())", timeout=30_000)
    assert int(words.inner_text().replace("\u00a0", "").replace(" ", "")) > 20
    assert panel.locator("[data-content-checker-count]").inner_text() == "0"
    assert panel.locator("[data-checks-panel] [data-content-checker-row]").count() == 0
    preview = page.frame_locator("iframe[title]").first
    assert preview.locator("h1").first.inner_text() == title
    assert violations(page) == []
