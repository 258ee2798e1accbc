"""The database goes away under a running server: cached pages keep coming, other pages get a
friendly 503 with Retry-After, /health/ tells the load balancer, and when the database comes
back the site recovers by itself.

The server is gunicorn in a process of its own. PostgreSQL is reached through a TCP relay
that the test cuts, as a failed database host or network would; SQLite is "stopped" by
moving its directory away, so no new connection can open it.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.support.live_server import free_port, running_server


class TcpRelay:
    """Forwards a local port to the database server until told to cut the line."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.sockets = []
        self.listener = None

    def start(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def stop(self):
        # shutdown() wakes the thread blocked in accept(); close() alone would not.
        for sock in [self.listener, *self.sockets]:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        self.sockets = []

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass


class PostgresOutage:
    def __init__(self, tmp_path):
        db = settings.DATABASES["default"]
        self.relay = TcpRelay(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
        self.url = (f"postgres://{db['USER']}:{db['PASSWORD']}@127.0.0.1:{self.relay.port}/"
                    f"{db['NAME']}")  # the test database, with the demo already in it
        self.media = str(settings.MEDIA_ROOT)
        self.relay.start()

    def stop(self):
        self.relay.stop()

    def start(self):
        self.relay.start()


class SqliteOutage:
    def __init__(self, tmp_path):
        self.home, self.away = tmp_path / "db", tmp_path / "db-away"
        self.home.mkdir()
        self.url = f"sqlite:///{self.home / 'site.sqlite3'}"
        self.media = str(tmp_path / "media")

    def prepare(self, env, manage):
        for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
            subprocess.run(manage + command, env=env, check=True, capture_output=True, timeout=300)

    def stop(self):
        self.home.rename(self.away)

    def start(self):
        self.away.rename(self.home)


@pytest.fixture
def outage(db, tmp_path):
    """(base URL of a live server, the database switch)."""
    engine = PostgresOutage if connection.vendor == "postgresql" else SqliteOutage
    switch = engine(tmp_path)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test",
           "DATABASE_URL": switch.url, "MEDIA_ROOT": switch.media,
           "DATABASE_CONN_MAX_AGE": "0", "PAGE_CACHE": "1"}
    manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
    if hasattr(switch, "prepare"):
        switch.prepare(env, manage)
    port = free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    command = [gunicorn, "ispolkom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1",
               "--timeout", "30", "--chdir", str(settings.BASE_DIR)]
    base = f"http://127.0.0.1:{port}"
    try:
        with running_server(command, env, tmp_path / "server.log", base + "/robots.txt"):
            yield base, switch
    finally:
        if hasattr(switch, "relay"):
            switch.stop()


def fetch(url):
    """(status, headers, body) without raising on 4xx/5xx."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.mark.live
def test_the_site_rides_out_a_database_outage(outage):
    base, database = outage
    status, _headers, body = fetch(base + "/health/")
    assert status == 200 and json.loads(body) == {
        "database": "ok", "cache": "ok", "shared": "ok", "limits": "ok", "status": "ok"}
    for path in ("/ru/news/", "/special/be/news/"):
        assert fetch(base + path)[0] == 200  # now in the page cache

    database.stop()
    for path in ("/ru/news/", "/special/be/news/"):
        status, headers, _body = fetch(base + path)
        assert (status, headers["X-Page-Cache"]) == (200, "hit"), path
    expected = {
        "/ru/about/": "Сайт временно недоступен",
        "/special/be/about/": "Сайт часова недаступны",
        "/en/news/district/": "The site is temporarily unavailable",
    }
    for path, text in expected.items():
        status, headers, body = fetch(base + path)
        assert status == 503, path
        assert headers["Retry-After"] == "60"
        assert text in body
        assert "Traceback" not in body and "OperationalError" not in body
    for path in ("/health/", "/health/ready/"):  # monitoring: what is down
        status, headers, body = fetch(base + path)
        assert status == 503 and headers["Retry-After"] == "60"
        report = json.loads(body)
        assert (report["database"], report["cache"], report["status"]) == (
            "unavailable", "ok", "unavailable")
    # The load balancer keeps the server: it still serves the pages in its cache.
    assert fetch(base + "/health/live/")[0] == 200

    database.start()
    assert fetch(base + "/ru/about/")[0] == 200
    assert fetch(base + "/health/")[0] == 200


def test_an_article_whose_image_file_is_lost_still_shows(client, demo):
    """A media volume that lost a file must cost the picture, not the page."""
    article = demo.article("ru")
    image = article.main_image
    image.renditions.all().delete()
    original = Path(image.file.path)
    hidden = original.with_name(original.name + ".away")
    original.rename(hidden)
    try:
        for url in (article.url, f"/special{article.url}"):
            response = client.get(url, HTTP_HOST="127.0.0.1")
            assert response.status_code == 200, url
            assert article.title in response.content.decode()
    finally:
        hidden.rename(original)
