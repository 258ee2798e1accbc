"""A real server stays up and never answers 5xx to raw, malformed HTTP.

gunicorn serves a copy of the session's demo database. Requests go over plain sockets, so
they carry what Django's test client would normalize away: raw bytes and NUL in the request
line, invalid percent-encoding, oversized and malformed headers, unknown or repeated Host
headers, broken bodies. gunicorn refuses the worst of it itself, with its own bare 400 (nginx
stands in front in production); whatever reaches Django must get our friendly page.
"""

import collections
import os
import re
import socket
import sqlite3
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_from_bytes

import pytest
from django.conf import settings as django_settings
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import DemoPages
from .support.fuzzing import (
    ANY_TEXT,
    BROKEN_PERCENT,
    COOKIE_HEADER,
    HOSTS,
    PAGE_NUMBERS,
    RAW_QUERY,
    assert_answered_sanely,
    public_routes,
    repeated,
    report,
)
from .support.live_server import free_port, running_server

# Also makes pytest-django create the test database when this file runs alone.
pytestmark = [pytest.mark.django_db, pytest.mark.live]
SENT = collections.Counter()
STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3}) ")
# Any line here means a request got past the app's error handling or hung a worker.
SERVER_FAULTS = ("Internal Server Error", "WORKER TIMEOUT", "Worker exiting", "exited with code")
LIVE_FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")), deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class LiveSite:
    port: int
    process: object
    log_path: Path
    routes: list

    def log(self):
        return self.log_path.read_text(errors="replace")


def server_database(workdir):
    """The server's database: a copy of the in-memory SQLite test database, or the PostgreSQL
    test database itself (its demo is committed; tests roll their own changes back)."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        path = workdir / "db.sqlite3"
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}"
    db = connection.settings_dict
    return (f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'])}@{db['HOST'] or 'localhost'}"
            f":{db['PORT'] or 5432}/{db['NAME']}")


@pytest.fixture(scope="module")
def live_site(django_db_setup, django_db_blocker, tmp_path_factory, request):
    workdir = tmp_path_factory.mktemp("fuzz-live")
    with django_db_blocker.unblock():
        routes = list(public_routes(DemoPages()))
        database_url = server_database(workdir)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.support.live_settings",
           "DATABASE_URL": database_url, "MEDIA_ROOT": str(django_settings.MEDIA_ROOT)}
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "ispolkom.wsgi:application",
               "--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "20",
               # 10,000-character query strings must reach Django, not stop at gunicorn.
               "--limit-request-line", "0", "--chdir", str(django_settings.BASE_DIR)]
    log_path = workdir / "server.log"
    with running_server(command, env, log_path, f"http://127.0.0.1:{port}/robots.txt") as process:
        yield LiveSite(port, process, log_path, routes)
    report(request.config, f"test_fuzz_live: {SENT['requests']} raw requests sent to gunicorn, "
                           f"{SENT['answered by the app']} answered by the app")


def exchange(port, raw):
    """Sends `raw` as one request on a new connection; (status or None, headers, body)."""
    SENT["requests"] += 1
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        try:
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)  # no more is coming: the server must not wait
        except OSError:
            pass  # refused mid-request (a huge header): the answer may already be there
        answer = b""
        while chunk := receive(sock):
            answer += chunk
    head, _blank, body = answer.partition(b"\r\n\r\n")
    status = STATUS_LINE.match(head)
    head = head.lower()
    if b"\r\ntransfer-encoding: chunked" in head:
        body = dechunked(body)
    return (int(status.group(1)) if status else None), head, body


def dechunked(body):
    parts = []
    while body:
        size, _crlf, body = body.partition(b"\r\n")
        length = int(size.split(b";")[0] or b"0", 16)
        if length == 0:
            break
        parts.append(body[:length])
        body = body[length + 2:]
    return b"".join(parts)


def receive(sock):
    try:
        return sock.recv(65536)
    except ConnectionResetError:
        return b""


def request_bytes(method, target, version=b"HTTP/1.1", headers=((b"Host", b"127.0.0.1"),),
                  body=b""):
    lines = [method + b" " + target + b" " + version]
    lines += [name + b": " + value for name, value in headers]
    if body:
        lines.append(b"Content-Length: " + str(len(body)).encode())
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def assert_sane(site, raw, method, target):
    status, head, body = exchange(site.port, raw)
    # Bytes without a single line break are no HTTP request: hanging up is an answer.
    assert status is not None or b"\n" not in raw, f"no answer to {raw[:300]!r}"
    assert (status or 400) < 500, f"{status} for {raw[:300]!r}"
    # gunicorn names itself on what the app answers, not on the errors it writes itself.
    if b"\r\nserver: gunicorn" in head:
        SENT["answered by the app"] += 1
        assert_answered_sanely(status, body, method, target.decode("latin-1"))


# Named cases: each is something the test client cannot send.
NASTY_REQUESTS = {
    "NUL in the path": request_bytes(b"GET", b"/ru/\x00/"),
    "raw UTF-8 in the path": request_bytes(b"GET", "/ru/новости/".encode()),
    "raw Latin-1 byte in the path": request_bytes(b"GET", b"/special/ru/\xff\xfe/"),
    "invalid percent-encoding": request_bytes(b"GET", b"/ru/%zz/%ff%fe/%"),
    "broken query": request_bytes(b"GET", b"/ru/search/?q=%zz%ff&page=%&section=\xff"),
    "huge page number": request_bytes(b"GET", b"/ru/news/page/" + b"9" * 400 + b"/"),
    "10,000-character query": request_bytes(b"GET", b"/be/search/?q=" + b"%D0%B6" * 1667),
    "unknown host": request_bytes(b"GET", b"/en/", headers=[(b"Host", b"evil.example")]),
    "two hosts": request_bytes(b"GET", b"/ru/", headers=[(b"Host", b"127.0.0.1"),
                                                          (b"Host", b"evil.example")]),
    "no host, HTTP/1.0": request_bytes(b"GET", b"/ru/", b"HTTP/1.0", headers=()),
    "NUL in the host": request_bytes(b"GET", b"/ru/", headers=[(b"Host", b"127.0.0.1\x00x")]),
    "huge header": request_bytes(b"GET", b"/ru/", headers=[(b"Host", b"127.0.0.1"),
                                                          (b"X-Big", b"a" * 20_000)]),
    "200 headers": request_bytes(b"GET", b"/ru/", headers=[(b"Host", b"127.0.0.1")] + [
        (b"X-H%d" % number, b"1") for number in range(200)]),
    "garbage cookie": request_bytes(b"GET", b"/special/ru/", headers=[
        (b"Host", b"127.0.0.1"), (b"Cookie", b"special=\xff\xfe:\x01; sessionid=\x7f\x80")]),
    "POST without CSRF token": request_bytes(b"POST", b"/ru/", body=b"q=1"),
    "POST to search": request_bytes(b"POST", b"/ru/search/", body=b"q=1"),
    "multipart without boundary": request_bytes(
        b"POST", b"/special/settings/", body=b"--x\r\n",
        headers=[(b"Host", b"127.0.0.1"), (b"Content-Type", b"multipart/form-data")]),
    "broken chunked body": request_bytes(b"POST", b"/ru/", headers=[
        (b"Host", b"127.0.0.1"), (b"Transfer-Encoding", b"chunked")]) + b"zz\r\nx\r\n",
    "negative Content-Length": request_bytes(b"POST", b"/ru/", headers=[
        (b"Host", b"127.0.0.1"), (b"Content-Length", b"-1")]),
    "unknown method": request_bytes(b"BREW", b"/ru/news/"),
    "lower-case method": request_bytes(b"get", b"/ru/"),
    "OPTIONS everywhere": request_bytes(b"OPTIONS", b"*"),
    "absolute target": request_bytes(b"GET", b"http://evil.example/ru/"),
    "HTTP/9.9": request_bytes(b"GET", b"/ru/", b"HTTP/9.9"),
    "no version": b"GET /ru/\r\n\r\n",
    "TLS handshake on the HTTP port": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
    "blank lines": b"\r\n\r\n\r\n",
}


@pytest.mark.parametrize("name", NASTY_REQUESTS)
def test_nasty_raw_requests(live_site, name):
    raw = NASTY_REQUESTS[name]
    method, _space, rest = raw.partition(b" ")
    assert_sane(live_site, raw, method.decode("latin-1"), rest.partition(b" ")[0])


RAW_METHODS = st.sampled_from([b"GET", b"GET", b"HEAD", b"POST", b"OPTIONS", b"PUT", b"DELETE",
                               b"TRACE", b"BREW", b"get", b"G\x00T"])
# Mostly what gunicorn lets through to Django (percent-encoded bytes, printable headers),
# sometimes what it must refuse itself (raw bytes, control characters).
ENCODED_BYTES = st.binary(max_size=12).map(lambda raw: quote_from_bytes(raw, safe="/").encode())
TARGET_GARBAGE = st.lists(st.one_of(
    ENCODED_BYTES,
    ANY_TEXT.map(lambda text: quote(text, safe="/%;").encode()),
    BROKEN_PERCENT.map(str.encode),
    PAGE_NUMBERS.map(lambda number: f"page/{quote(number)}/".encode()),
    RAW_QUERY.map(lambda query: b"?" + quote(query, safe="=&%;/", encoding="latin-1").encode()),
    st.binary(max_size=6),
), max_size=4).map(b"".join)
PRINTABLE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60)
RAW_HOSTS = st.one_of(st.just(b"127.0.0.1"), HOSTS.map(lambda host: host.encode("latin-1")),
                      st.binary(max_size=40))
RAW_HEADERS = st.lists(st.tuples(
    st.sampled_from([b"Cookie", b"Accept-Language", b"Referer", b"X-Requested-With",
                     b"If-None-Match", b"If-Modified-Since", b"Range", b"Content-Type",
                     b"X-Forwarded-For", b"Accept-Encoding", b"Bad Name", b"\xff"]),
    st.one_of(PRINTABLE.map(str.encode), repeated(PRINTABLE.map(str.encode), 6000),
              COOKIE_HEADER.map(lambda cookie: cookie.encode("latin-1")),
              st.binary(max_size=60)),
), max_size=4)


@LIVE_FUZZ
@given(data=st.data(), method=RAW_METHODS, garbage=TARGET_GARBAGE, host=RAW_HOSTS,
       headers=RAW_HEADERS, body=st.binary(max_size=500))
def test_raw_requests_to_every_route(live_site, data, method, garbage, host, headers, body):
    route = data.draw(st.sampled_from(live_site.routes), label="route")
    target = route.encode() + garbage
    raw = request_bytes(method, target, headers=[(b"Host", host), *headers],
                        body=body if method in (b"POST", b"PUT") else b"")
    assert_sane(live_site, raw, method.decode("latin-1"), target)


def test_the_server_is_still_up_and_logged_no_faults(live_site):
    """Runs last in this file: every worker survived and nothing reached the 500 handler."""
    response = urllib.request.urlopen(  # noqa: S310 (loopback only)
        f"http://127.0.0.1:{live_site.port}/ru/", timeout=10)
    assert response.status == 200
    assert live_site.process.poll() is None
    log = live_site.log()
    assert not [fault for fault in SERVER_FAULTS if fault in log], log[-3000:]
    # Else the fuzz would only be testing gunicorn's parser.
    assert SENT["answered by the app"] >= SENT["requests"] / 3, SENT
