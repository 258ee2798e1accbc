"""Wagtail's userbar (edit links and accessibility checks) on public pages: only for signed-in
users who may open the admin, never for anonymous visitors, never kept in the page cache, and
not in the version for the visually impaired (its sizes and spacing would break the bar)."""

import json
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from ispolkom.news.editors import NEWS_EDITOR
from tests.support.forms import submitted_fields

USERBAR = "<wagtail-userbar>"
LANGUAGES = ("ru", "be", "en")


@pytest.fixture
def editor_client(db):
    user = get_user_model().objects.create_user("press", password="x")
    user.groups.add(Group.objects.get(name=NEWS_EDITOR))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def member_client(db):
    """Signed in, but without the right to open the admin."""
    client = Client()
    client.force_login(get_user_model().objects.create_user("reader", password="x"))
    return client


def public_urls(demo, language):
    urls = dict(demo.urls_of_every_type(language))
    urls["not_found"] = f"/{language}/no-such-page/"
    return urls


def html(response):
    assert response.status_code in (200, 404), response.status_code
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_visitors_never_get_the_userbar(client, demo, language):
    for kind, url in public_urls(demo, language).items():
        for address in (url, "/special" + url):
            page = html(client.get(address))
            assert "wagtail-userbar" not in page, (kind, address)
            assert "checker-axe-configuration" not in page, (kind, address)


@pytest.mark.parametrize("language", LANGUAGES)
def test_editors_get_the_userbar_on_every_regular_page(editor_client, demo, language):
    for kind, url in public_urls(demo, language).items():
        assert html(editor_client.get(url)).count(USERBAR) == 1, (kind, url)


def test_the_userbar_offers_the_article_to_edit_and_the_checks(editor_client, demo):
    article = demo.article("en")
    page = html(editor_client.get(article.url))
    assert f"/admin/pages/{article.pk}/edit/" in page
    configuration = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        page, re.S)
    assert configuration, "the accessibility checker has no configuration"
    assert "heading-order" in json.loads(configuration.group(1))["options"]["runOnly"]


def test_the_userbar_loads_only_same_origin_files_under_the_strict_policy(editor_client, demo):
    response = editor_client.get(demo.article("ru").url)
    page = html(response)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().partition(" ")[::2] for part in policy.split(";"))
    assert directives["script-src"] == "'self'" and "unsafe-inline" not in policy
    userbar = page[page.index("<!-- Wagtail user bar embed code -->"):
                   page.index("<!-- end Wagtail user bar embed code -->")]
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", userbar, re.S)
    files = re.findall(r'<script[^>]* src="([^"]+)"', userbar)
    files += re.findall(r'<link[^>]* href="([^"]+)"', userbar)
    assert scripts and files
    for attributes, body in scripts:  # code from files only; the rest is data
        assert "src=" in attributes or 'type="application/json"' in attributes, attributes
        assert "src=" not in attributes or not body.strip(), attributes
    for url in files:
        parts = urlsplit(url)
        assert parts.netloc in ("", "testserver"), url
        assert editor_client.get(parts.path).status_code == 200, url


def test_not_in_the_version_for_the_visually_impaired(editor_client, demo):
    for kind, url in public_urls(demo, "be").items():
        assert "wagtail-userbar" not in html(editor_client.get("/special" + url)), kind


def test_signed_in_users_without_the_admin_get_no_userbar(member_client, demo):
    for kind, url in public_urls(demo, "ru").items():
        assert "wagtail-userbar" not in html(member_client.get(url)), kind


def test_an_editors_visit_leaves_no_userbar_in_the_page_cache(client, editor_client, demo):
    url = demo.article("ru").url
    edited = editor_client.get(url)
    assert USERBAR in html(edited)
    assert "X-Page-Cache" not in edited  # an editor's request bypasses the cache
    # Shared caches are told the page depends on the session and may not keep it for all.
    assert "public" not in edited.get("Cache-Control", "")
    assert "cookie" in edited["Vary"].lower()
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"  # the editor's page was not stored
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    for response in (first, second):
        assert "wagtail-userbar" not in html(response)


def test_an_editor_never_gets_the_anonymous_copy_from_the_cache(client, editor_client, demo):
    url = demo.section("be").url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    edited = editor_client.get(url)
    assert USERBAR in html(edited) and "X-Page-Cache" not in edited
    assert "wagtail-userbar" not in html(client.get(url))


def test_the_editors_preview_carries_the_checker_for_the_checks_panel(admin_client, demo):
    """The Checks panel reads the preview's userbar (hidden there) in a frame of the admin."""
    article = demo.article("en")
    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    # The form is posted first, as the panel's script does (the body's blocks are drawn by
    # script, so the body is sent empty; the title is enough to know the page).
    posted = admin_client.post(preview_url, {**edit_form(admin_client, article), "body-count": "0"})
    assert posted.json()["is_valid"], posted.content
    preview = admin_client.get(preview_url + "?in_preview_panel=true")
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    page = preview.content.decode()
    assert article.title in page
    assert USERBAR in page and "checker-axe-configuration" in page
    assert "X-Page-Cache" not in preview


def edit_form(client, page):
    """Every field of the page's edit form as the browser would send it."""
    soup = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    return submitted_fields(soup.find("form", id="page-edit-form"), ("file", "submit"))


def test_anonymous_regular_pages_do_not_vary_by_cookie(client, demo):
    """The userbar asks who the visitor is only when a session cookie could say so: anonymous
    pages stay one copy for every visitor in shared caches."""
    for kind, url in public_urls(demo, "ru").items():
        response = client.get(url)
        assert "cookie" not in response.get("Vary", "").lower(), kind
