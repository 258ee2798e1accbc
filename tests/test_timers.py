"""Timers on every app server start the same commands (docs/deployment.md, "Past one
machine"): two runs at once in two processes on one database, and only one does the work;
the other says so at once and succeeds. The feed answers only when the test lets it, so the
first run is surely inside its work while the second starts."""

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.support.scratch_databases import ScratchPostgres, ScratchSQLite

pytestmark = [pytest.mark.django_db, pytest.mark.live]

MANAGE = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Agency</title><link>http://agency.example/</link><description>News</description>
<item><title>Sowing is ahead of schedule in the region</title>
<link>http://agency.example/sowing</link><description>The fields are ready.</description>
<pubDate>Mon, 07 Dec 2026 09:00:00 +0000</pubDate></item>
</channel></rss>"""
SETUP = """
from ispolkom.news.models import NewsSectionPage
from ispolkom.syndication.models import FeedSource
section = NewsSectionPage.of_library().get(locale__language_code="en", slug="republic")
FeedSource.objects.create(name="Agency", url="{url}", section=section, full_text=False)
"""
COUNT = """
from ispolkom.news.models import NewsArticlePage
print(NewsArticlePage.objects.filter(title="Sowing is ahead of schedule in the region").count())
"""


class HeldFeed:
    """Serves FEED once `release` is set; `asked` is set when the first request arrives."""

    def __init__(self):
        self.asked, self.release = threading.Event(), threading.Event()
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 — http.server's name
                feed.asked.set()
                feed.release.wait(30)
                body = FEED.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/rss.xml"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()


@pytest.fixture(scope="module")
def install(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the demo's database that processes share, as app servers do; its env.
    Made before any test's transaction, which would hold SQLite's write lock."""
    tmp_path = tmp_path_factory.mktemp("timers")
    with django_db_blocker.unblock():
        databases = (ScratchPostgres() if connection.vendor == "postgresql"
                     else ScratchSQLite(tmp_path))
        url = databases.copy_of_test_database("timers")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test",
           "DATABASE_URL": url, "MEDIA_ROOT": str(tmp_path / "media"),
           "SYNDICATION_ALLOW_PRIVATE": "1", "PYTHONPATH": str(settings.BASE_DIR)}
    yield env
    with django_db_blocker.unblock():
        databases.drop_all()


def shell(env, code):
    return subprocess.run([*MANAGE, "shell", "--no-imports", "-c", code], env=env,
                          check=True, text=True, capture_output=True, timeout=120).stdout.strip()


def start(env, *command):
    return subprocess.Popen([*MANAGE, *command], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_feed_imports_at_once_import_once(install):
    feed = HeldFeed()
    try:
        shell(install, SETUP.format(url=feed.url))
        first = start(install, "import_feeds")
        assert feed.asked.wait(60), "the first run never asked for the feed"

        second = start(install, "import_feeds")  # the timer of the other app server
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert out.strip() == "import_feeds: already running elsewhere; this run does nothing"

        feed.release.set()
        out, err = first.communicate(timeout=60)
        assert first.returncode == 0, err
        assert out.strip() == "Agency: created 1, updated 0, skipped 0, failed 0"
    finally:
        feed.close()
    assert shell(install, COUNT) == "1"


def test_publish_scheduled_runs_again_once_the_other_run_has_ended(install):
    """The lock goes with its run: the next run of each timer works as before."""
    for _run in range(2):
        done = subprocess.run([*MANAGE, "publish_scheduled"], env=install, text=True,
                              capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "already running" not in done.stdout
