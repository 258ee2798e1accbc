"""Real-browser fixtures: the demo site served by a separate Django process on loopback,
driven by Debian's Chromium through Playwright.

These tests run in their own pytest process (`make test` does that): Playwright's sync API
keeps an event loop in the main thread, which Django's database layer refuses to share.
"""

import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

from tests.conftest import SEARCH_WORDS, require_tool
from tests.support.live_server import free_port, running_server

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


MANAGE = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]


@pytest.fixture(scope="session")
def site_env(tmp_path_factory):
    """The environment of the served site: its own database and media directory."""
    workdir = tmp_path_factory.mktemp("browser-site")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "SERVE_MEDIA": "1",
        "WORKDIR": str(workdir),
    }


@pytest.fixture(scope="session")
def site_url(site_env):
    """Base URL of a server with the demo site, in a database of its own."""
    env, workdir, manage = site_env, Path(site_env["WORKDIR"]), MANAGE
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run(manage + command, env=env, check=True, capture_output=True, timeout=300)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = manage + ["runserver", "--noreload", f"127.0.0.1:{port}"]
    with running_server(command, env, workdir / "server.log", base + "/robots.txt"):
        yield base


@pytest.fixture(scope="session")
def browser():
    require_tool(shutil.which(CHROMIUM) or os.path.exists(CHROMIUM), "Chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def page_paths(site_url):
    """{language: {page type: path}} for the served demo site."""
    import re

    def first_link(path, pattern):
        html = urllib.request.urlopen(site_url + path, timeout=10).read().decode()  # noqa: S310
        return re.search(pattern, html).group(1)

    paths = {}
    for language in ("ru", "be", "en"):
        section = f"/{language}/news/district/"
        article = first_link(section, r'class="news-card__title"><a href="([^"]+)"')
        tag = first_link(article, r'href="(/[a-z]+/news/tag/[^"]+)"')
        procedure = first_link(f"/{language}/one-window/",
                               r'class="procedure-list">\s*<li><a href="([^"]+)"')
        paths[language] = {
            "home": f"/{language}/",
            "news_index": f"/{language}/news/",
            "news_page_2": f"/{language}/news/page/2/",
            "section": section,
            "article": article,
            "standard": f"/{language}/about/",
            "child_page": f"/{language}/about/history/",
            "page_with_table": f"/{language}/contacts/",
            "site_map": f"/{language}/sitemap/",
            "search": f"/{language}/search/?q={quote(SEARCH_WORDS[language])}",
            "not_found": f"/{language}/no-such-page/",
            "tag": tag,
            "procedures": f"/{language}/one-window/",
            "procedure": procedure,
            "leadership": f"/{language}/leadership/",
            "person": f"/{language}/leadership/kavalevich/",
            "structure": f"/{language}/about/structure/",
            "unit": f"/{language}/about/structure/ideology/",
            "question_form": f"/{language}/appeals/question/",
            "appeals": f"/{language}/appeals/",
            "receptions": f"/{language}/appeals/receptions/",
            "direct_lines": f"/{language}/appeals/direct-lines/",
            "events_poster": f"/{language}/events/",
            "events_calendar": first_link(f"/{language}/events/",
                                          r'href="(/[a-z]+/events/calendar/[0-9]+/[0-9]+/)"'),
            "events_event": f"/{language}/events/dance-evening/",
            "documents_registry": f"/{language}/documents/?year=2024",
            "documents_act": first_link(f"/{language}/documents/",
                                        r'class="act-card__title"><a href="([^"]+)"'),
        }
    return paths
