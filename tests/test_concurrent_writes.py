"""Writes at the same moment wait for each other; none fails (issue 9, finding 8g).

Two sign-ins at once made the `make run` server answer 500 ("database is locked"): SQLite
lets one writer in at a time and, by default, fails a transaction that read first and then
wants to write while another writer holds the lock. Here a real server (gunicorn, two
workers with threads) on a file database (or PostgreSQL) takes parallel sign-ins with wrong
and right passwords and parallel page-password forms, while other processes publish pages.
Every answer is a proper one, the log holds no "database is locked", and every write landed.
"""

import json
import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urljoin

import pytest
import requests
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection

from tests.support.live_server import free_port, running_server
from tests.support.scratch_databases import ScratchPostgres, ScratchSQLite

SIGN_INS = 6  # editors signing in at once, each first with a wrong password
PAGE_VISITORS = 6  # visitors sending a page's password at once, each first a wrong one
PUBLISHERS = 3  # other processes (timers, commands) publishing at the same moment
EDITIONS = 3  # publications by each
PASSWORD = "correct horse battery staple"
PAGE_PASSWORD = "open-sesame"
# The test database (the demo) is what the server's copy starts from.
pytestmark = [pytest.mark.django_db, pytest.mark.live]

SETUP = f"""
import json
import django
django.setup()
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction
from ispolkom.core.models import StandardPage
from ispolkom.news.models import NewsArticlePage

users = [get_user_model().objects.create_superuser(f"editor{{n}}", None, {PASSWORD!r}).username
         for n in range({SIGN_INS})]
pages = list(StandardPage.objects.live().order_by("pk")[:{PAGE_VISITORS}])
for page in pages:
    PageViewRestriction.objects.create(page=page, restriction_type="password",
                                       password={PAGE_PASSWORD!r})
articles = NewsArticlePage.objects.live().order_by("pk")[:{PUBLISHERS}]
print(json.dumps({{"users": users, "pages": [[page.url, page.title] for page in pages],
                  "revisions": {{str(page.pk): page.revisions.count() for page in articles}}}}))
"""

PUBLISH = f"""
import sys
import django
django.setup()
from ispolkom.news.models import NewsArticlePage

page = NewsArticlePage.objects.get(pk=int(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()  # everyone starts together
for edition in range(1, {EDITIONS} + 1):
    page.title = f"Edition {{edition}} of article {{page.pk}}"
    page.save_revision().publish()
print("done", flush=True)
"""

CHECK = """
import json
import sys
import django
django.setup()
from axes.models import AccessLog
from django.contrib.auth import get_user_model
from ispolkom.news.models import NewsArticlePage

users = json.loads(sys.argv[1])
articles = NewsArticlePage.objects.filter(pk__in=json.loads(sys.argv[2]))
print(json.dumps({
    "signed_in": sorted(get_user_model().objects.filter(username__in=users,
                                                        last_login__isnull=False)
                        .values_list("username", flat=True)),
    "access_logs": AccessLog.objects.filter(username__in=users).count(),
    "titles": {str(page.pk): page.title for page in articles},
    "revisions": {str(page.pk): page.revisions.count() for page in articles},
}))
"""


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    """A gunicorn with two workers and four threads each, on a copy of the test database."""
    work = tmp_path_factory.mktemp("concurrent-writes")
    with django_db_blocker.unblock():
        databases = ScratchPostgres() if connection.vendor == "postgresql" else ScratchSQLite(work)
        database_url = databases.copy_of_test_database("writes")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test",
           "DATABASE_URL": database_url, "MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    port = free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    # Each visitor fetches its form, then waits for the others before it posts on the same
    # connection: gunicorn's default keep-alive (2 s) could close it just as the post leaves,
    # which the client sees as a connection closed without an answer.
    command = [gunicorn, "ispolkom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
               "--threads", "4", "--worker-class", "gthread", "--timeout", "60",
               "--keep-alive", "120",
               "--chdir", str(settings.BASE_DIR)]
    base = f"http://127.0.0.1:{port}"
    log = work / "server.log"
    try:
        setup = json.loads(python(SETUP, env=env).stdout)
        with running_server(command, env, log, base + "/robots.txt"):
            yield Site(base, env, log, setup)
    finally:
        with django_db_blocker.unblock():
            databases.drop_all()


class Site:
    def __init__(self, base, env, log, setup):
        self.base, self.env, self.log = base, env, log
        self.users, self.pages = setup["users"], setup["pages"]
        self.revisions = setup["revisions"]  # {article id: revisions before the test}
        self.articles = [int(pk) for pk in self.revisions]

    def url(self, path):
        return urljoin(self.base, path)


def python(code, *args, env, stdin=None):
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], env=env,
                          cwd=settings.BASE_DIR, capture_output=True, text=True, check=True,
                          timeout=120, input=stdin)


def form_fields(response):
    """(action, {name: value}) of the page's POST form with a password field."""
    html = BeautifulSoup(response.text, "html.parser")
    form = next(form for form in html.select("form") if form.select('input[type="password"]'))
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    return urljoin(response.url, form.get("action") or response.url), fields


class Visitor:
    """One browser: a session of its own, a form fetched first, then two posts on cue."""

    def __init__(self, site, url, credentials):
        self.site, self.session = site, requests.Session()
        self.action, self.fields = form_fields(self.session.get(site.url(url), timeout=30))
        self.fields.update(credentials)

    def post(self, **changes):
        response = self.session.post(self.action, data={**self.fields, **changes},
                                     headers={"Referer": self.action},
                                     allow_redirects=False, timeout=60)
        return response.status_code

    def get(self, url):
        return self.session.get(self.site.url(url), allow_redirects=False, timeout=30)


def sign_in(visitor, start):
    start.wait()
    return visitor.post(password="wrong password"), visitor.post()


def send_page_password(visitor, start):
    start.wait()
    return visitor.post(password="wrong guess"), visitor.post()


def test_parallel_sign_ins_forms_and_publishes_all_land(site):
    admin_login = f"/{settings.ADMIN_PATH}/login/"
    editors = [Visitor(site, admin_login, {"username": user, "password": PASSWORD})
               for user in site.users]
    visitors = [Visitor(site, url, {"password": PAGE_PASSWORD}) for url, _title in site.pages]
    publishers = [subprocess.Popen([sys.executable, "-c", PUBLISH, str(pk)], env=site.env,
                                   cwd=settings.BASE_DIR, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for pk in site.articles]
    for publisher in publishers:
        assert publisher.stdout.readline().strip() == "ready", publisher.stderr.read()

    start = threading.Barrier(len(editors) + len(visitors) + 1, timeout=120)
    with ThreadPoolExecutor(max_workers=len(editors) + len(visitors)) as pool:
        signing_in = [pool.submit(sign_in, editor, start) for editor in editors]
        sending = [pool.submit(send_page_password, visitor, start) for visitor in visitors]
        start.wait()
        for publisher in publishers:
            publisher.stdin.write("go\n")
            publisher.stdin.flush()
        sign_in_answers = [future.result() for future in signing_in]
        page_answers = [future.result() for future in sending]
    published = [publisher.communicate(timeout=120) for publisher in publishers]

    log = site.log.read_text()
    assert "database is locked" not in log
    assert "Internal Server Error" not in log
    for (stdout, stderr), publisher in zip(published, publishers, strict=True):
        assert publisher.returncode == 0 and stdout.strip() == "done", stderr[-2000:]
    # Wrong: the form again. Right: on into the admin, or back to the page.
    assert sign_in_answers == [(200, 302)] * len(editors)
    assert page_answers == [(200, 302)] * len(visitors)

    # Every write landed: sessions, the sign-in log, last logins, the publications.
    for editor in editors:
        assert editor.get(f"/{settings.ADMIN_PATH}/").status_code == 200
    for visitor, (url, title) in zip(visitors, site.pages, strict=True):
        page = visitor.get(url)
        assert page.status_code == 200 and title in page.text
        assert 'type="password"' not in page.text
    state = json.loads(python(CHECK, json.dumps(site.users), json.dumps(site.articles),
                              env=site.env).stdout)
    assert state["signed_in"] == sorted(site.users)
    assert state["access_logs"] == len(site.users)
    assert state["titles"] == {str(pk): f"Edition {EDITIONS} of article {pk}"
                               for pk in site.articles}
    assert state["revisions"] == {pk: count + EDITIONS for pk, count in site.revisions.items()}
