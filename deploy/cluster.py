"""`make cluster`: the deployment of docs/deployment.md ("Past one machine") as local
processes, checked end to end: PostgreSQL (DATABASE_URL's server, a scratch database),
Redis, an S3-compatible server (moto), two gunicorn app servers with the same settings and
nginx in front of both. Prints each check; exits 1 when one fails.

Needs redis-server, nginx and DATABASE_URL=postgres://… (a role that may create databases).
CLUSTER_WORK keeps the logs elsewhere than a temporary directory.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WORK = Path(os.environ.get("CLUSTER_WORK") or tempfile.mkdtemp(prefix="ispolkom-cluster-"))
WORK.mkdir(parents=True, exist_ok=True)
SECTION = "/en/news/district/"
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Agency</title><link>http://agency.example/</link><description>News</description>
<item><title>Cluster check: sowing ahead of schedule</title>
<link>http://agency.example/sowing</link><description>The fields are ready.</description>
</item></channel></rss>"""
failures = []


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def check(name, passed, detail=""):
    print(f"{'ok  ' if passed else 'FAIL'} {name}{f': {detail}' if detail else ''}", flush=True)
    if not passed:
        failures.append(name)


def get(url, host="localhost"):
    """(status, headers, body) of a GET with the given Host header."""
    request = urllib.request.Request(url, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, b""


class Processes:
    def __init__(self):
        self.running = []

    def start(self, name, command, env=None):
        log = open(WORK / f"{name}.log", "w")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.running.append((process, log))
        return process

    def stop_all(self):
        for process, log in reversed(self.running):
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                process.kill()
            log.close()


def wait_for(url, seconds=90, host="localhost"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if get(url, host)[0] < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer; logs in {WORK}")


class Postgres:
    """Scratch databases on DATABASE_URL's server, dropped at the end."""

    def __init__(self, url):
        self.parts = urlsplit(url)
        self.prefix = f"ispolkom_cluster_{uuid.uuid4().hex[:6]}"
        self.created = []

    def execute(self, sql):
        import psycopg

        parts = self.parts
        with psycopg.connect(host=parts.hostname, port=parts.port or 5432, user=parts.username,
                             password=parts.password, dbname="postgres",
                             autocommit=True) as admin:
            admin.execute(sql)

    def create(self, name):
        full_name = f"{self.prefix}_{name}"
        self.execute(f'CREATE DATABASE "{full_name}"')
        self.created.append(full_name)
        return urlunsplit(self.parts._replace(path=f"/{full_name}"))

    def drop_all(self):
        for name in self.created:
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(database, s3, bucket, redis_url):
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "ispolkom.settings.production",
            "SECRET_KEY": "cluster-check-only", "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": database, "REDIS_URL": redis_url, "MEDIA_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": bucket, "AWS_S3_ENDPOINT_URL": s3,
            "AWS_S3_REGION_NAME": "us-east-1", "AWS_ACCESS_KEY_ID": "cluster",
            "AWS_SECRET_ACCESS_KEY": "cluster", "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "STATIC_ROOT": str(WORK / "static"), "TRUSTED_PROXY_COUNT": "1",
            "SYNDICATION_ALLOW_PRIVATE": "1", "PYTHONPATH": str(ROOT)}


def manage(env, *args, timeout=600):
    done = subprocess.run([PYTHON, "manage.py", *args], env=env, cwd=ROOT, text=True,
                          capture_output=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout.strip()


def shell(env, code):
    """The last line a snippet prints, run with the app servers' settings."""
    return manage(env, "shell", "--no-imports", "-c", code).splitlines()[-1]


def nginx_config(front_port, upstreams):
    user = "user root;" if os.geteuid() == 0 else ""
    servers = "".join(f"server 127.0.0.1:{port}; " for port in upstreams)
    return f"""{user}
worker_processes 1;
daemon off;
pid {WORK}/nginx.pid;
error_log {WORK}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
  access_log off;
  proxy_temp_path {WORK}/nginx-temp;
  client_body_temp_path {WORK}/nginx-body;
  upstream ispolkom {{ {servers}}}
  server {{
    listen 127.0.0.1:{front_port};
    location / {{
      proxy_pass http://ispolkom;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      add_header X-Upstream $upstream_addr;
    }}
  }}
}}
"""


class HeldFeed:
    """A feed that answers after a second, so that two runs started together overlap."""

    def __init__(self):
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 — http.server's name
                time.sleep(1)
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


PUBLISH = """
import time
from ispolkom.news.models import NewsSectionPage, NewsArticlePage
section = NewsSectionPage.objects.get(locale__language_code="en", slug="district")
article = NewsArticlePage(title="{title}", slug="{slug}", lead="Published on server 1.")
{image}
section.add_child(instance=article)
article.save_revision().publish()
print(json.dumps({{"url": article.url, "committed": time.time()}}))
"""
IMAGE = """
import io
from PIL import Image as Pillow
from django.core.files.images import ImageFile
from wagtail.images.models import Image
buffer = io.BytesIO()
Pillow.new("RGB", (320, 200), "#2a6f3a").save(buffer, "PNG")
article.main_image = Image.objects.create(title="Cluster photo",
                                          file=ImageFile(buffer, name="cluster-photo.png"))
article.main_image_alt = "A green field"
"""
FEED_SOURCE = """
from ispolkom.news.models import NewsSectionPage
from ispolkom.syndication.models import FeedSource
section = NewsSectionPage.objects.get(locale__language_code="en", slug="republic")
FeedSource.objects.create(name="Agency", url="{url}", section=section, full_text=False)
print("ok")
"""
SNAPSHOT = """
from wagtail.models import Page
from wagtail.images.models import Image
from django.core.files.storage import default_storage
from ispolkom.backup.media import stored_files
print(json.dumps([Page.objects.filter(live=True).count(), Image.objects.count(),
                  sorted(stored_files(default_storage))]))
"""


def publish(env, title, slug, image=False):
    code = "import json\n" + PUBLISH.format(title=title, slug=slug, image=IMAGE if image else "")
    return json.loads(shell(env, code))


def main():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        sys.exit("make cluster needs DATABASE_URL=postgres://… (several app servers share it)")
    for tool in ("redis-server", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"make cluster needs {tool}")
    print(f"Logs and archives in {WORK}", flush=True)
    processes, postgres = Processes(), Postgres(database_url)
    started = time.monotonic()
    try:
        run(processes, postgres)
    finally:
        processes.stop_all()
        postgres.drop_all()
    print(f"{len(failures)} checks failed" if failures else "All checks passed",
          f"in {time.monotonic() - started:.0f} s", flush=True)
    sys.exit(1 if failures else 0)


def run(processes, postgres):
    import boto3

    redis_port, s3_port = free_port(), free_port()
    processes.start("redis", ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no", "--dir", str(WORK)])
    moto = shutil.which("moto_server", path=str(Path(PYTHON).parent))
    processes.start("s3", [moto, "-H", "127.0.0.1", "-p", str(s3_port)])
    s3 = f"http://127.0.0.1:{s3_port}"
    wait_for(s3 + "/moto-api/")
    client = boto3.client("s3", endpoint_url=s3, region_name="us-east-1",
                          aws_access_key_id="cluster", aws_secret_access_key="cluster")
    for bucket in ("ispolkom-media", "ispolkom-restored"):
        client.create_bucket(Bucket=bucket)
    env = environment(postgres.create("site"), s3, "ispolkom-media",
                      f"redis://127.0.0.1:{redis_port}/1")

    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo")
    print("migrated, static files collected, demo loaded", flush=True)

    app_ports = [free_port(), free_port()]
    gunicorn = shutil.which("gunicorn", path=str(Path(PYTHON).parent))
    for number, port in enumerate(app_ports, 1):
        processes.start(f"app{number}", [gunicorn, "ispolkom.wsgi", "--bind",
                                         f"127.0.0.1:{port}", "--workers", "2"], env)
    front = free_port()
    (WORK / "nginx.conf").write_text(nginx_config(front, app_ports))
    processes.start("nginx", ["nginx", "-c", str(WORK / "nginx.conf"), "-p", str(WORK)])
    for port in (*app_ports, front):
        wait_for(f"http://127.0.0.1:{port}/health/live/")
    app1, app2 = (f"http://127.0.0.1:{port}" for port in app_ports)

    upstreams = set()
    for _attempt in range(10):
        status, headers, _body = get(f"http://127.0.0.1:{front}/en/")
        if status == 200:
            upstreams.add(headers["X-Upstream"])
    check("a page through nginx from both app servers", len(upstreams) == 2,
          ", ".join(sorted(upstreams)))

    article = publish(env, "Cluster check: a photo", "cluster-photo", image=True)
    status, _headers, body = get(app2 + article["url"])
    sources = [part.split('"')[0] for part in body.decode().split('src="')[1:]
               if part.startswith(f"{s3}/ispolkom-media/images/cluster-photo")]
    image_status = get(sources[0])[0] if sources else None
    check("an image saved with server 1's settings is shown by server 2 from the bucket",
          status == 200 and image_status == 200, sources[0] if sources else "no rendition")

    title = "Cluster check: the bridge reopens"
    get(app2 + SECTION)  # cached on server 2 before the news exists
    result = {}
    poller_started = threading.Event()

    def poll():
        poller_started.set()
        while "seen" not in result and time.monotonic() < deadline:
            if title.encode() in get(app2 + SECTION)[2]:
                result["seen"] = time.time()
            time.sleep(0.02)

    deadline = time.monotonic() + 30
    poller = threading.Thread(target=poll)
    poller.start()
    poller_started.wait()
    committed = publish(env, title, "cluster-bridge")["committed"]
    poller.join()
    delay = result.get("seen", float("inf")) - committed
    check("news published on server 1 is listed by server 2 within 1 s", delay <= 1.0,
          f"{max(delay, 0):.2f} s after the commit (polled every 20 ms)")

    feed = HeldFeed()
    shell(env, FEED_SOURCE.format(url=feed.url))
    runs = [subprocess.Popen([PYTHON, "manage.py", "import_feeds"], env=env, cwd=ROOT,
                             text=True, stdout=subprocess.PIPE) for _server in app_ports]
    outputs = [run.communicate(timeout=120)[0].strip() for run in runs]
    imported = shell(env, "from ispolkom.news.models import NewsArticlePage\n"
                          "print(NewsArticlePage.objects.filter(title__startswith="
                          "'Cluster check: sowing').count())")
    feed.server.shutdown()
    check("the feed timers of both servers imported once",
          imported == "1" and all(run.returncode == 0 for run in runs)
          and sum("already running" in output for output in outputs) == 1,
          " | ".join(outputs))

    archive = WORK / "cluster-backup.tar.gz"
    manage(env, "backup", str(archive))
    before = json.loads(shell(env, "import json\n" + SNAPSHOT))
    restored_env = {**env, "DATABASE_URL": postgres.create("restored"),
                    "AWS_STORAGE_BUCKET_NAME": "ispolkom-restored"}
    manage(restored_env, "restore", str(archive))
    after = json.loads(shell(restored_env, "import json\n" + SNAPSHOT))
    same_bytes = all(
        client.get_object(Bucket="ispolkom-media", Key=name)["Body"].read()
        == client.get_object(Bucket="ispolkom-restored", Key=name)["Body"].read()
        for name in before[2])
    check("backup, then restore into a new database and a new bucket, gives the same pages "
          "and media", before == after and same_bytes and bool(before[2]),
          f"{before[0]} live pages, {before[1]} images, {len(before[2])} files in the bucket")
    print(f"publish → visible on the other server: {max(delay, 0):.2f} s", flush=True)


if __name__ == "__main__":
    main()
