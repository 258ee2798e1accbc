"""The Content-Security-Policy in a real browser: public pages (regular and special, with the
panel's script at work) trigger no violation, and the admin still signs in, edits and
previews a page in its frame."""

import subprocess

import pytest

from .conftest import MANAGE

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


@pytest.fixture
def watched_page(context):
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error"
            and page.console_errors.append(message.text))
    return page


def violations(page):
    return page.evaluate("window.__cspViolations") + [
        text for text in page.console_errors if "Content Security Policy" in text]


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_public_pages_break_no_rule_of_the_policy(watched_page, site_url, page_paths, language):
    for kind, path in page_paths[language].items():
        for url in (site_url + path, f"{site_url}/special{path}"):
            response = watched_page.goto(url)
            assert "script-src 'self'" in response.headers["content-security-policy"], url
            watched_page.wait_for_load_state("load")
            assert violations(watched_page) == [], (kind, url)


def test_the_panel_script_works_under_the_policy(watched_page, site_url, page_paths):
    watched_page.goto(f"{site_url}/special{page_paths['en']['article']}")
    with watched_page.expect_response(lambda r: "/special/settings/" in r.url) as answer:
        watched_page.click('.sv-panel a[data-setting="scheme"][data-value="blue"]')
    assert answer.value.status == 204  # fetched by the script, not a page load
    watched_page.wait_for_function(
        "document.documentElement.classList.contains('sv-scheme-blue')")
    assert violations(watched_page) == []


@pytest.fixture(scope="module")
def editor_account(site_env, site_url):
    env = {**site_env, "DJANGO_SUPERUSER_PASSWORD": "a long editor passphrase"}
    subprocess.run(MANAGE + ["createsuperuser", "--noinput", "--username", "chief",
                             "--email", "chief@example.org"],
                   env=env, check=True, capture_output=True, timeout=120)
    return "chief", "a long editor passphrase"


def test_the_admin_signs_in_and_previews_under_its_policy(watched_page, site_url, page_paths,
                                                          editor_account):
    username, password = editor_account
    page = watched_page
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.url.rstrip("/").endswith("/admin")

    page.goto(site_url + page_paths["en"]["article"])
    article_title = page.locator("h1").first.inner_text()
    edit_link = _edit_link_for(page, site_url, article_title)
    page.goto(site_url + edit_link)
    page.click('[data-side-panel-toggle="preview"]')
    frame = page.frame_locator("iframe[title]").first
    assert frame.locator("h1").first.inner_text(timeout=20_000) == article_title
    assert violations(page) == []


def _edit_link_for(page, site_url, title):
    page.goto(site_url + "/admin/pages/search/?q=" + title.replace(" ", "+"))
    link = page.locator("a[href*='/edit/']", has_text=title).first
    return link.get_attribute("href")
