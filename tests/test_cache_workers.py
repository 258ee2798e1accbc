"""Changes made by any process reach every worker: gunicorn with two workers serves a copy of
the demo, once with the page-cache generations in a database table (no Redis) and once with
every cache on Redis, while changes come from other processes, as in production:
`manage.py publish_scheduled` from a timer, an editor's publish or privacy setting handled by
another server. Each change must reach both workers within a second (polled for up to
POLL_SECONDS); gunicorn's access log tells which worker answered each request.
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import require_tool
from tests.support.live_server import free_port, running_server, stop_process
from tests.support.scratch_databases import ScratchPostgres, ScratchSQLite

# The demo is copied from the test database; gunicorn serves the copy.
pytestmark = [pytest.mark.django_db, pytest.mark.live]

POLL_SECONDS = 3
SEEN_SECONDS = 15  # see every_worker_shows
ROUNDS = 40            # at most this many rounds of requests to find both workers
SECTION = "/en/news/district/"
HOME = "/en/"

# Another process that edits the site (an editor's request on another server would do the
# same): one JSON command a line on stdin, one JSON answer a line on stdout.
EDITOR = '''
import json
import sys

import django

django.setup()

from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from ispolkom.news.models import NewsArticlePage, NewsSectionPage


def publish(title, slug, lead):
    section = NewsSectionPage.objects.get(locale__language_code="en", slug="district")
    article = NewsArticlePage(title=title, slug=slug, lead=lead)
    section.add_child(instance=article)
    article.save_revision().publish()
    return {"url": article.url, "pk": article.pk}


def expire_quietly(pk):
    """Time passes: the expiry moment is behind us, and nothing has told anyone yet."""
    Page.objects.filter(pk=pk).update(expire_at=timezone.now() - timezone.timedelta(minutes=1))
    return {}


def restrict(pk):
    PageViewRestriction.objects.create(page_id=pk, restriction_type="password",
                                       password="Only-for-members-1")
    return {}


for line in sys.stdin:
    command = json.loads(line)
    print(json.dumps(globals()[command.pop("do")](**command)), flush=True)
'''

# Every cache on Redis, as production has it with REDIS_URL (the test settings keep pages
# in each process).
REDIS_SETTINGS = '''
from ispolkom.settings.test import *  # noqa: F403
from ispolkom.settings.base import CACHES  # noqa: F401
'''


@pytest.fixture(scope="module")
def site_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the test database, demo included: the servers and the editor change it,
    the other tests' database stays as it was."""
    folder = tmp_path_factory.mktemp("cache-workers-db")
    with django_db_blocker.unblock():
        databases = (ScratchPostgres() if connection.vendor == "postgresql"
                     else ScratchSQLite(folder))
        url = databases.copy_of_test_database("workers")
    yield url
    with django_db_blocker.unblock():
        databases.drop_all()


@pytest.fixture(scope="module", params=["database", "redis"])
def site(request, site_database, tmp_path_factory):
    """A gunicorn with two workers and an editor process, on the same database and caches."""
    folder = tmp_path_factory.mktemp(f"cache-workers-{request.param}")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test",
           "DATABASE_URL": site_database, "MEDIA_ROOT": str(settings.MEDIA_ROOT),
           "PAGE_CACHE": "1", "PYTHONPATH": f"{folder}{os.pathsep}{settings.BASE_DIR}"}
    env.pop("REDIS_URL", None)
    redis = None
    if request.param == "redis":
        redis = start_redis(folder)
        env["REDIS_URL"] = redis.url
        (folder / "redis_everywhere.py").write_text(REDIS_SETTINGS)
        env["DJANGO_SETTINGS_MODULE"] = "redis_everywhere"
    try:
        yield from serve(env, folder, request.param)
    finally:
        if redis:
            stop_process(redis)


def start_redis(folder):
    binary = shutil.which("redis-server")
    require_tool(binary, "redis-server")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process.url = f"redis://127.0.0.1:{port}/0"
    import redis

    client = redis.Redis(port=port)
    for _attempt in range(100):
        try:
            client.ping()
            return process
        except redis.ConnectionError:
            time.sleep(0.1)
    stop_process(process)
    raise RuntimeError("redis-server did not start")


def serve(env, folder, mode):
    port = free_port()
    access_log = folder / "access.log"
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    command = [gunicorn, "ispolkom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
               "--timeout", "30", "--chdir", str(settings.BASE_DIR),
               "--access-logfile", str(access_log),
               "--access-logformat", "%(p)s %(s)s %(U)s %({x-page-cache}o)s"]
    base = f"http://127.0.0.1:{port}"
    editor_script = folder / "editor.py"
    editor_script.write_text(EDITOR)
    with running_server(command, env, folder / "server.log", base + "/robots.txt") as server:
        with open(folder / "editor.log", "w") as editor_log:
            editor = subprocess.Popen(
                [sys.executable, str(editor_script)], env=env, cwd=settings.BASE_DIR,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=editor_log, text=True)
            try:
                yield Site(mode, base, server, access_log, editor, env)
            finally:
                editor.stdin.close()
                stop_process(editor)


class Site:
    def __init__(self, mode, base, server, access_log, editor, env):
        self.mode, self.base, self.server, self.access_log = mode, base, server, access_log
        self.editor, self.env = editor, env

    def workers(self):
        pid = self.server.pid
        return set(Path(f"/proc/{pid}/task/{pid}/children").read_text().split())

    def publish(self, title, slug, lead):
        """A new article in the district section; titles and slugs get the mode, as both
        servers use the same database one after the other."""
        return self.edit("publish", title=f"{title} ({self.mode})", slug=f"{slug}-{self.mode}",
                         lead=lead)

    def edit(self, do, **arguments):
        """Runs one change in the editor process; returns once it is committed."""
        self.editor.stdin.write(json.dumps({"do": do, **arguments}) + "\n")
        self.editor.stdin.flush()
        answer = self.editor.stdout.readline()
        assert answer, "the editor process failed: see editor.log"
        return json.loads(answer)

    def manage(self, *command):
        subprocess.run([sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *command],
                       env=self.env, check=True, capture_output=True, timeout=120)

    def round(self, paths, each=6):
        """Every path `each` times, six at a time; (answers by path, the access log's lines
        for them: (worker, status, path, cache))."""
        start = self.access_log.stat().st_size if self.access_log.exists() else 0
        with ThreadPoolExecutor(max_workers=6) as pool:
            answers = list(pool.map(lambda path: (path, get(self.base + path)), paths * each))
        lines = []
        # gunicorn writes the line after the answer; wait until all of them are there.
        for _attempt in range(100):
            text = self.access_log.read_bytes()[start:].decode()
            lines = [tuple(line.split(" ", 3)) for line in text.splitlines()]
            lines = [(worker.strip("<>"), *rest) for worker, *rest in lines]  # "<pid>"
            if len(lines) >= len(answers):
                break
            time.sleep(0.01)
        by_path = {}
        for path, answer in answers:
            by_path.setdefault(path, []).append(answer)
        return by_path, lines


def get(url):
    """(status, body)."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (loopback)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def cache_both_workers(site, expectations):
    """Reads the pages until each has been a cache hit in every worker; each answer must
    meet its expectation meanwhile."""
    workers = site.workers()
    seen = {path: set() for path in expectations}
    for _round in range(ROUNDS):
        answers, lines = site.round(list(expectations))
        for path, expected in expectations.items():
            assert all(expected(status, body) for status, body in answers[path]), path
        for worker, _status, path, cache in lines:
            if cache == "hit" and path in seen:
                seen[path].add(worker)
        if all(found >= workers for found in seen.values()):
            return
    pytest.fail(f"not every worker had the pages cached: {seen}, workers {workers}")


def every_worker_shows(site, expectations):
    """Polls until every worker has answered every page as expected, in rounds with no wrong
    answer since. A wrong answer later than POLL_SECONDS fails; past it, polling goes on only
    to hear from a worker that the kernel has not handed a request yet (SEEN_SECONDS)."""
    workers = site.workers()
    started = time.monotonic()
    heard = {path: set() for path in expectations}  # workers right since the last wrong round
    while True:
        answers, lines = site.round(list(expectations))
        right = all(expected(status, body) for path, expected in expectations.items()
                    for status, body in answers[path])
        for path in expectations:
            found = {line[0] for line in lines if line[2] == path}
            heard[path] = heard[path] | found if right else set()
        if right and all(found >= workers for found in heard.values()):
            return
        late = time.monotonic() - started
        if (not right and late > POLL_SECONDS) or late > SEEN_SECONDS:
            wrong = {path: [status for status, body in answers[path]
                            if not expectations[path](status, body)] for path in expectations}
            pytest.fail(f"after {late:.1f} s some workers still answer the old page: "
                        f"wrong answers {wrong}, workers heard {heard} of {workers}")


def shows(text):
    return lambda status, body: status == 200 and text in body


def lacks(text):
    return lambda status, body: status == 200 and text not in body


def test_expiry_by_publish_scheduled_reaches_every_worker(site):
    article = site.publish("Water off on Lenin street", "water-off", "Until Friday noon.")
    title = f"Water off on Lenin street ({site.mode})"
    shown = {article["url"]: shows("Until Friday noon."), SECTION: shows(title),
             HOME: shows(title)}
    every_worker_shows(site, shown)
    cache_both_workers(site, shown)

    site.edit("expire_quietly", pk=article["pk"])
    site.manage("publish_scheduled")  # as the timer of docs/deployment.md runs it

    every_worker_shows(site, {article["url"]: lambda status, body: status == 404,
                              SECTION: lacks(title), HOME: lacks(title)})


def test_a_publish_in_another_process_reaches_every_worker(site):
    """The lists, and the article before it, whose "next news" link it becomes (an article
    is kept across other publications: only the pages that show the new one change)."""
    before = site.publish("Clinic opens on Saturdays", "clinic-saturdays", "From March.")
    every_worker_shows(site, {before["url"]: shows("From March.")})
    title = f"New bus route to the hospital ({site.mode})"
    cache_both_workers(site, {SECTION: lacks(title), HOME: lacks(title),
                              before["url"]: lacks(title)})

    site.publish("New bus route to the hospital", "bus-route", "From Monday.")

    every_worker_shows(site, {SECTION: shows(title), HOME: shows(title),
                              before["url"]: shows(title)})


def test_privacy_set_in_another_process_reaches_every_worker(site):
    lead = "Decisions on the land plots."
    article = site.publish("Minutes of the closed session", "closed-session", lead)
    title = f"Minutes of the closed session ({site.mode})"
    shown = {article["url"]: shows(lead), SECTION: shows(title)}
    every_worker_shows(site, shown)
    cache_both_workers(site, shown)

    site.edit("restrict", pk=article["pk"])

    every_worker_shows(site, {article["url"]: lacks(lead), SECTION: lacks(title)})
