"""`make bench`: the site at 1,000 and at N news (default 100,000), uncached and cached,
against a bare Django view and nginx serving the same bytes, all measured in one run with wrk
on 127.0.0.1. Writes bench/results/<time>.json and docs/performance.md.

Every load is bounded (BENCH_SECONDS per endpoint, BENCH_LOAD_SECONDS per load run,
BENCH_CHURN_SECONDS for the churn run of bench/churn.py) and goes to loopback only.
BENCH_ONLY=load (`make load`), BENCH_ONLY=churn (`make churn`) or BENCH_ONLY=lcp (`make lcp`,
bench/lcp.py: phones) runs only that part, and adds it to the latest results on the same
database; BENCH_ONLY=sites (`make bench-sites`) is the multi-site run of bench/multisite.py,
on PostgreSQL only, never part of the full run.
"""

import gzip
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import churn
import lcp
import multisite
import targets
import vocabulary

ROOT = Path(__file__).resolve().parent.parent
# Databases, logs and the nginx copy; BENCH_WORK puts them elsewhere (several checkouts).
WORK = Path(os.environ.get("BENCH_WORK", ROOT / "bench" / "results" / "tmp"))
PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
NEWS = int(os.environ.get("BENCH_NEWS", "100000"))
SMALL = 1000
DATA_VERSION = 4  # bump when bench/bulk_news.py changes what it generates
LOAD_SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
LOAD_CONNECTIONS = 200
LOAD_CONNECTIONS_UNCACHED = 50
LOAD_TIMEOUT = 10  # seconds; see measure_load()
ONLY = os.environ.get("BENCH_ONLY", "")  # "load", "churn", "lcp", "sites": only that run
SPECIAL_COOKIE = "special=font:serif.size:3.spacing:2.line:2.scheme:white-blue.images:on"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_env(database, page_cache=True):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ispolkom.settings.production",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(WORK / "media"),
        "STATIC_ROOT": str(WORK / "static"),
        "PAGE_CACHE": "1" if page_cache else "0",
        "SERVE_MEDIA": "1",
    }


def manage(env, *args):
    subprocess.run([PYTHON, str(ROOT / "manage.py"), *args], env=env, check=True, cwd=ROOT)


def database_for(count):
    """A database with the demo plus generated news up to `count`, reused between runs."""
    base = os.environ.get("BENCH_DATABASE_URL")
    if base:  # PostgreSQL: one database per size, e.g. postgres://…/ispolkom_bench
        url = f"{base}_{count}"
        marker = WORK / f"pg-{url.rsplit('/', 1)[1]}-v{DATA_VERSION}.ready"
    else:
        url = f"sqlite:///{WORK / f'bench-{count}.sqlite3'}"
        marker = WORK / f"sqlite-{count}-v{DATA_VERSION}.ready"
    env = site_env(url)
    if not marker.exists():
        if base:
            create_postgres_database(url)
        else:
            (WORK / f"bench-{count}.sqlite3").unlink(missing_ok=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo")
        # The bulk news on top of the demo's 108 articles (36 in each of three languages).
        subprocess.run([PYTHON, str(ROOT / "bench" / "bulk_news.py"),
                        "--count", str(max(0, count - 108))], env=env, check=True, cwd=ROOT)
        marker.touch()
    # A database kept from an earlier run may lack the newer migrations, and the shared cache
    # tables (page-cache generations; `migrate` makes them since).
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    if base:  # statistics as autovacuum would leave them after the bulk load
        import psycopg

        with psycopg.connect(url.replace("postgres://", "postgresql://"), autocommit=True) as db:
            db.execute("ANALYZE")
    return url


def create_postgres_database(url):
    import psycopg

    *server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server[0]}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


class Server:
    """A process on loopback that is stopped when the benchmark ends."""

    def __init__(self, command, env=None, port=None):
        self.port = port or free_port()
        log = open(WORK / f"server-{self.port}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def wait(self, path="/robots.txt"):
        for _attempt in range(150):
            try:
                urllib.request.urlopen(self.url + path, timeout=2)  # noqa: S310 (loopback)
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.url} did not start; see {WORK}")

    def worker_peak_memory_mb(self):
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True,
                                  text=True).stdout.split()
        peaks = []
        for pid in children:
            status = Path(f"/proc/{pid}/status").read_text()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024)
        return max(peaks, default=0.0)

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def gunicorn(env, app="ispolkom.wsgi:application", options=()):
    port = free_port()
    return Server([PYTHON, "-m", "gunicorn", app, "--workers", "2", "--bind",
                   f"127.0.0.1:{port}", "--access-logfile", "-", "--log-level", "warning",
                   "--access-logformat", "-", *options], env=env, port=port).wait()


def wrk(url, cookie=None, connections=None, seconds=None, paths=(), timeout=None, headers=()):
    """wrk's figures for `url`, or for `paths` on its server in turn (see report.lua)."""
    command = ["wrk", "-t2", f"-c{connections or CONNECTIONS}", f"-d{seconds or SECONDS}s",
               "-s", str(ROOT / "bench" / "report.lua"), url]
    for header in (*headers, *([f"Cookie: {cookie}"] if cookie else [])):
        command[1:1] = ["-H", header]
    if timeout:
        command[1:1] = ["--timeout", f"{timeout}s"]
    output = subprocess.run(command, capture_output=True, text=True, check=True,
                            env={**os.environ, "BENCH_PATHS": "\n".join(paths)},
                            timeout=(seconds or SECONDS) + 60).stdout
    return json.loads(output.split("JSON ", 1)[1])


# Searches drawn from the generated news' own word frequencies (bench/vocabulary.py); the
# search figures cycle through them all.
SEARCHES = [f"/en/search/?q={urllib.parse.quote_plus(words)}"
            for words in vocabulary.searches("en")]


def endpoints(base_url, count):
    html = urllib.request.urlopen(base_url + "/en/news/district/", timeout=30).read().decode()
    article = re.search(r'class="news-card__title"><a href="([^"]+)"', html).group(1)
    found = {
        "home": ("/en/", None),
        "section page 1": ("/en/news/district/", None),
        "article": (article, None),
        "special article": ("/special" + article, SPECIAL_COOKIE),
        "search": (SEARCHES[0], None),
        "rss": ("/en/news/rss/", None),
    }
    if count >= 50_000:
        found["page 1,000"] = ("/en/news/page/1000/", None)
    return found


def probe(env, host, paths, admin=False):
    """bench/probe.py's figures: queries per page (a second request of each), the admin's."""
    output = subprocess.run([PYTHON, str(ROOT / "bench" / "probe.py"), *(["--admin"] * admin),
                             host, *paths], env=env, check=True, cwd=ROOT, capture_output=True,
                            text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure_site(count, database):
    results = {}
    for cached in (False, True):
        server = gunicorn(site_env(database, page_cache=cached))
        try:
            for name, (path, cookie) in endpoints(server.url, count).items():
                paths = SEARCHES if name == "search" else ()
                for warm in paths or (path,):  # renditions, counts, the page cache itself
                    urllib.request.urlopen(server.url + warm, timeout=30).read()
                figures = wrk(server.url + path, cookie, paths=paths)
                results[f"{name} ({'cached' if cached else 'uncached'})"] = figures
                if name == "search" and not cached:
                    # latency of one search at a time per worker, without queueing
                    results["search, 2 connections (uncached)"] = wrk(
                        server.url + path, connections=2, paths=paths)
                print(f"  {count:>7} news  {name:<18} {'cached' if cached else 'uncached':<9}"
                      f"{figures['rps']:>9.0f} req/s  p50 {figures['p50_ms']:.1f} ms  "
                      f"p99 {figures['p99_ms']:.1f} ms", flush=True)
            results["peak worker memory MB" + (" (cached)" if cached else "")] = \
                server.worker_peak_memory_mb()
            if not cached:  # issue 16: at most 10 queries for every uncached page
                found = endpoints(server.url, count)
                counts = probe(site_env(database, page_cache=False), "127.0.0.1",
                               [path for path, cookie in found.values() if not cookie])["pages"]
                results["queries"] = {name: counts[path] for name, (path, cookie)
                                      in found.items() if path in counts}
        finally:
            server.stop()
    return results


def measure_load(database):
    """A burst: LOAD_CONNECTIONS on cached pages, then fewer on uncached ones, each for
    LOAD_SECONDS, cycling through every kind of page. Counts every error wrk sees.

    gunicorn runs as docs/deployment.md recommends (2 sync workers); connections beyond the
    two being served wait in the listen backlog (2048, more than the connections), so none
    is refused. A sync worker answers one request at a time and closes the connection, so a
    request waits its turn behind the others: wrk's timeout (LOAD_TIMEOUT s) is set above
    that wait, and a slow answer counts in the latency figures instead of as an error.
    """
    results = {}
    for cached, connections in ((True, LOAD_CONNECTIONS), (False, LOAD_CONNECTIONS_UNCACHED)):
        server = gunicorn(site_env(database, page_cache=cached), options=["--backlog", "2048"])
        try:
            paths = [path for path, cookie in endpoints(server.url, NEWS).values() if not cookie]
            for path in paths:  # warm up: renditions, cached counts, the page cache itself
                urllib.request.urlopen(server.url + path, timeout=60).read()
            name = f"{connections} connections ({'cached' if cached else 'uncached'})"
            results["pages"] = paths
            results[name] = figures = wrk(server.url + "/", connections=connections,
                                          seconds=LOAD_SECONDS, paths=paths,
                                          timeout=LOAD_TIMEOUT)
            print(f"  load: {name:<40}{figures['requests']:>9} requests  "
                  f"errors {load_errors(figures)}  p50 {figures['p50_ms']:.1f} ms  "
                  f"p99 {figures['p99_ms']:.1f} ms", flush=True)
        finally:
            server.stop()
    return results


def load_errors(figures):
    return figures["socket_errors"] + figures["non_2xx_3xx"]


def nginx_config(static_port, front_port, upstream_port, static_root, copy_dir):
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""{user}
worker_processes 2;
daemon off;
pid {WORK}/nginx.pid;
error_log {WORK}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  include /etc/nginx/mime.types;
  gzip on;
  gzip_types text/css application/rss+xml application/xml text/plain;
  proxy_cache_path {WORK}/nginx-cache levels=1:2 keys_zone=pages:20m max_size=200m inactive=10m;
  proxy_temp_path {WORK}/nginx-temp;
  client_body_temp_path {WORK}/nginx-body;
  server {{  # yardstick: the article's bytes as a static file
    listen 127.0.0.1:{static_port};
    location / {{ root {copy_dir}; default_type text/html; try_files /article.html =404; }}
  }}
  server {{  # the recommended front: see docs/deployment.md
    listen 127.0.0.1:{front_port};
    location /static/ {{ alias {static_root}/; expires 30d; }}
    location / {{
      proxy_pass http://127.0.0.1:{upstream_port};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_cache pages;
      proxy_cache_key "$scheme$host$request_uri$cookie_special";
      proxy_cache_valid 200 5s;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503;
      proxy_cache_bypass $cookie_sessionid;
      proxy_no_cache $cookie_sessionid;
      proxy_ignore_headers Vary;
    }}
  }}
}}
"""


def measure_yardsticks(database):
    """Bare Django and nginx serving the article's bytes, and the nginx front."""
    site = gunicorn(site_env(database, page_cache=True))
    path = endpoints(site.url, NEWS)["article"][0]
    body = urllib.request.urlopen(site.url + path, timeout=30).read()
    copy_dir = WORK / "static-copy"
    copy_dir.mkdir(exist_ok=True)
    (copy_dir / "article.html").write_bytes(body)
    results = {"article bytes": len(body), "article page compressed KB": page_weight(site, body)}
    bare = gunicorn({**os.environ, "BARE_FILE": str(copy_dir / "article.html"),
                     "PYTHONPATH": str(ROOT / "bench")}, app="bare:application")
    static_port, front_port = free_port(), free_port()
    config = WORK / "nginx.conf"
    config.write_text(nginx_config(static_port, front_port, site.port, WORK / "static",
                                   copy_dir))
    nginx = Server(["nginx", "-c", str(config), "-p", str(WORK)], port=static_port)
    try:
        nginx.wait("/")
        for name, url in (("bare Django", bare.url + path),
                          ("nginx static", f"http://127.0.0.1:{static_port}/"),
                          ("nginx front, article", f"http://127.0.0.1:{front_port}{path}")):
            urllib.request.urlopen(url, timeout=30).read()
            results[name] = wrk(url)
            print(f"  {name:<28}{results[name]['rps']:>9.0f} req/s  "
                  f"p50 {results[name]['p50_ms']:.1f} ms", flush=True)
    finally:
        for server in (nginx, bare, site):
            server.stop()
    return results


def page_weight(site, body):
    """HTML + CSS + JS of the article page, gzip-compressed, in KB."""
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', body)
    total = len(gzip.compress(body))
    for asset in assets:
        total += len(gzip.compress(urllib.request.urlopen(site.url + asset.decode()).read()))
    return round(total / 1024, 1)


def ratio(results, a, b):
    return round(results[a]["rps"] / results[b]["rps"], 3) if a in results and b in results \
        else None


def main():
    WORK.mkdir(parents=True, exist_ok=True)
    started = datetime.now(UTC)
    env = site_env(f"sqlite:///{WORK / 'unused.sqlite3'}")
    manage(env, "collectstatic", "--noinput", "-v0")
    report = {
        "started": started.isoformat(timespec="seconds"),
        "machine": f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, "
                   f"Python {platform.python_version()}",
        "database": "postgresql" if os.environ.get("BENCH_DATABASE_URL") else "sqlite",
        "seconds_per_endpoint": SECONDS, "connections": CONNECTIONS, "news": NEWS,
        "sizes": {},
    }
    out = ROOT / "bench" / "results" / f"{started:%Y%m%dT%H%M%S}-{report['database']}.json"
    if ONLY in ("load", "churn", "lcp", "sites"):  # added to the latest run on this database
        out, report = latest_report(report["database"]) or (out, report)
    else:  # the full run
        for count in (SMALL, NEWS):
            print(f"== site with {count} news", flush=True)
            report["sizes"][str(count)] = measure_site(count, database_for(count))
        print("== yardsticks", flush=True)
        report["yardsticks"] = measure_yardsticks(database_for(NEWS))
        report["ratios"] = ratios(report)
    if ONLY in ("", "lcp"):
        print(f"== phones, {NEWS} news", flush=True)
        report["lcp"] = lcp.measure_lcp(database_for(NEWS))
    if ONLY in ("", "load"):
        print(f"== load, {NEWS} news", flush=True)
        report["load"] = measure_load(database_for(NEWS))
        report["load_started"] = started.isoformat(timespec="seconds")
        report["load_seconds"], report["load_news"] = LOAD_SECONDS, NEWS
    if ONLY in ("", "churn"):
        print(f"== churn, {NEWS} news", flush=True)
        report["churn"] = churn.measure_churn(database_for(NEWS))
    if ONLY == "sites":  # an hour's data on its own: only when asked (`make bench-sites`)
        print(f"== {multisite.SITES} sites × {multisite.SITE_NEWS} news", flush=True)
        report["sites"] = multisite.measure_sites()
        report["sites_started"] = started.isoformat(timespec="seconds")
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    write_markdown(report)
    print(f"Saved {out.relative_to(ROOT)} and docs/performance.md")


def latest_report(database):
    runs = [path for path in sorted((ROOT / "bench" / "results").glob("*.json"))
            if json.loads(path.read_text())["database"] == database]
    return (runs[-1], json.loads(runs[-1].read_text())) if runs else None


def ratios(report):
    big = report["sizes"][str(NEWS)]
    small = report["sizes"][str(SMALL)]
    yard = report["yardsticks"]
    both = {**big, **{f"yard:{k}": v for k, v in yard.items() if isinstance(v, dict)}}
    found = {
        "uncached article / bare Django (target ≥ 0.2)":
            ratio(both, "article (uncached)", "yard:bare Django"),
        "cached article through Django / bare Django (target ≥ 0.8)":
            ratio(both, "article (cached)", "yard:bare Django"),
        "nginx front / nginx static (target ≥ 0.5)":
            ratio(both, "yard:nginx front, article", "yard:nginx static"),
        "search p95 ms at 2 connections, uncached (target < 50)":
            big.get("search, 2 connections (uncached)", {}).get("p95_ms"),
        "page 1,000 / page 1 time, uncached (target ≤ 1.2)":
            latency_ratio(big, "page 1,000 (uncached)", "section page 1 (uncached)"),
    }
    for name in small:
        if isinstance(small[name], dict) and "p50_ms" in small[name] and name in big:
            found[f"{name}: p50 at {NEWS} / at {SMALL} (target ≤ 1.2)"] = \
                latency_ratio({"a": big[name], "b": small[name]}, "a", "b")
    return found


def latency_ratio(results, a, b):
    if a not in results or b not in results:
        return None
    return round(results[a]["p50_ms"] / max(results[b]["p50_ms"], 0.001), 2)


# Not measured: what the page cache may hold (ispolkom/pagecache/store.py keeps the figures).
PAGE_CACHE_BOUND = """## Memory held by the page cache

Per process, whatever is requested (ispolkom/pagecache/store.py):

- probation — pages seen once, and every answer to query parameters (searches): at most
  200 entries and 16 MiB;
- main area without Redis — pages asked for at least twice: at most 2,000 entries (the
  "default" cache's `MAX_ENTRIES`) of at most 256 KiB each (`MAX_BODY`; a larger body is never
  stored): 500 MiB in the worst case. The demo's pages weigh 7–21 KB (its one child sitemap 80 KB),
  so a full main area holds 15–40 MB in practice.

With Redis the main area is shared by every worker and server: one entry per page (and per
special-version setting in use) read at least twice within its 24-hour lifetime, each at most
256 KiB. Searches, junk query strings, unknown host names and ports add nothing to it: they
are kept only in the per-process probation area or share the plain page's entry. Give Redis
a `maxmemory` well above pages × 21 KB (e.g. 100,000 pages → 2 GB) with
`maxmemory-policy volatile-lru`; the generations have no expiry and are never evicted. The
page marks (below) expire after two days; one written after a page changed is newer than the
old copy of that page, so LRU evicts the copy first.
"""

PUBLICATION = """## What a publication renews

Feed imports publish every few minutes, so a publication must not send every reader back to
the uncached path (ispolkom/core/freshness.py):

- A news article published, edited or unpublished (an editor, a feed, `publish_scheduled`)
  renews the site's lists (home, news index, sections, tag pages, RSS, sitemaps, the HTML
  site map, search, the "no translation" notices, and every page type that does not declare
  `shows_list_items = False`), the article itself, its previous and next articles before and
  after (their links) and its translations (their language switch).
- Any other page published or unpublished, a page moved, deleted or made private, the
  identity, the Site, a banner, an expiry reached: the whole site, as before.
- Kept across news: every other article and its special versions, and the pages that show no
  news (standard pages, procedures and their catalogue, acts and the registry, events and
  the poster, people, units, reception schedules, direct lines).
- How an entry knows: it records the part of the generation its page depends on (both
  parts, or the structure alone), and the marks of the pages it showed (the article, its
  neighbours). A mark is the moment that page last changed as a list item, in the shared
  store, read by every process at most twice a second. A hit on an article reads the marks of
  at most three pages, in one request to the shared store.
- Never stale: marks are read after the page is rendered, so a copy is not kept if a page it
  shows was marked after its rendering began (less `PAGE_CACHE_CLOCK_SKEW`, for the clocks of
  other app servers). Marks expire after 48 hours, longer than any copy lives (24 hours).
- Not covered: a link inside an article's text to another article keeps its old address
  when that article's slug changes (Wagtail's automatic redirect then leads on).
"""

# Not measured by `make bench`: figures of a separate run, kept with the file's other notes.
SITEMAPS = """## Sitemaps

`/sitemap.xml` is an index (robots.txt names it) of child sitemaps `/sitemaps/pages-N.xml`,
each of at most 10,000 pages (`URLS_PER_SITEMAP` in ispolkom/core/sitemap.py; the protocol
allows 50,000 URLs and 50 MB: with an entry's address and its three hreflang alternates at
about 400 bytes, 10,000 entries stay near 4 MB and leave room for addresses five times
longer than the demo's). A child is too large for the page cache (256 KiB) and is not stored
there; its ETag and Last-Modified come from the site's content generation, so a conditional
GET gets a 304 with no page query (0.7 ms), and `Cache-Control: public` lets nginx or a CDN
keep it. The index is small and cached like any page; its per-child `lastmod` is one window
query over the site's public pages, remembered per generation. Measured on SQLite with
60,410 pages (the demo plus 60,000 bulk news in ru/be/en, translated in threes), with the
page cache off (`PAGE_CACHE=0 python measure.py`, a throwaway script over a database made by
bench/bulk_news.py):

| request | time | queries | body | gzip |
|---|---:|---:|---:|---:|
| index, first after a change (7 children) | 218 ms | 10 | 984 B | 258 B |
| index, memo of the generation | 2 ms | 1 | 984 B | 258 B |
| child of 10,000 pages | 2,862 ms | 10 | 3.96 MB | 116 KB |
| child of 50,000 pages (the protocol's limit, for comparison) | 8,611 ms | 16 | 19.8 MB | 573 KB |
| conditional GET of a child, unchanged | 0.7 ms | 0 | — | — |

Times are the best of three runs. Under cProfile, a child of 10,000 spends about 38 % fetching
rows and making Page objects (its 10,000 pages and their 20,000 translations), 32 % in the
template, and most of the rest building page URLs. Not done yet: entries from plain rows
instead of Page objects, and the XML written without the template.
"""


def write_markdown(report):
    """docs/performance.md: the latest run on each database (SQLite, PostgreSQL)."""
    latest = {}
    for path in sorted((ROOT / "bench" / "results").glob("*.json")):
        earlier = json.loads(path.read_text())
        latest[earlier["database"]] = earlier
    latest[report["database"]] = report
    lines = ["# Performance", "",
             "Written by `make bench` (bench/run.py; `BENCH_DATABASE_URL=postgres://…/name` for "
             "PostgreSQL); the raw figures are in bench/results/.", ""]
    for database in sorted(latest):
        lines += report_lines(latest[database])
    lines += PAGE_CACHE_BOUND.splitlines()
    lines += ["", *PUBLICATION.splitlines(), "", *SITEMAPS.splitlines(), "",
              *churn.METHOD.splitlines(), "", *lcp.METHOD.splitlines()]
    (ROOT / "docs" / "performance.md").write_text("\n".join(lines) + "\n")


def report_lines(report):
    lines = [
        f"## {report['database']}",
        "",
        f"Run of {report['started']} on {report['machine']}; wrk with {report['connections']} "
        f"connections for {report['seconds_per_endpoint']} s per endpoint, gunicorn with 2 "
        "workers, all on 127.0.0.1.",
        "",
        "| news | endpoint | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    rows = [(count, name, figures) for count, results in report["sizes"].items()
            for name, figures in results.items()]
    rows += [("—", name, figures) for name, figures in report.get("yardsticks", {}).items()]
    for count, name, figures in rows:
        if isinstance(figures, dict) and "rps" in figures:
            news = f"{int(count):,}" if count != "—" else count
            lines.append(
                f"| {news} | {name} | {figures['rps']:.0f} | {figures['p50_ms']:.1f} | "
                f"{figures['p95_ms']:.1f} | {figures['p99_ms']:.1f} | "
                f"{figures['socket_errors'] + figures['non_2xx_3xx']} |")
    if report.get("ratios"):
        lines += ["", "| ratio | value |", "|---|---:|"]
        lines += [f"| {name} | {value} |" for name, value in report["ratios"].items()]
    memory = {f"{count} news" + key.removeprefix("peak worker memory MB"): value
              for count, results in report["sizes"].items()
              for key, value in results.items() if key.startswith("peak worker memory")}
    if report.get("yardsticks"):
        lines += ["", "Peak memory per worker (VmHWM, MB): "
                  + ", ".join(f"{k}: {v:.0f}" for k, v in memory.items()) + ".",
                  f"Article page, HTML + CSS + JS gzip-compressed: "
                  f"{report['yardsticks']['article page compressed KB']} KB."]
    return (lines + load_lines(report) + churn.churn_lines(report) + lcp.lcp_lines(report)
            + multisite.sites_lines(report) + targets.target_lines(report) + [""])


def load_lines(report):
    if not report.get("load"):
        return []
    lines = [
        "", f"Load run of {report['load_started']} at {report['load_news']:,} news, each "
        "connection asking for " + ", ".join(f"`{path}`" for path in report["load"]["pages"])
        + f" in turn; {report['load_seconds']} s each run, 2 sync gunicorn workers with a "
        f"listen backlog of 2048, wrk timeout {LOAD_TIMEOUT} s (see measure_load in "
        "bench/run.py).", "",
        "| run | requests | req/s | p50 ms | p99 ms | connect | read | write | timeout "
        "| non-2xx/3xx |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, figures in report["load"].items():
        if name == "pages":
            continue
        lines.append(
            f"| {name} | {figures['requests']} | {figures['rps']:.0f} | "
            f"{figures['p50_ms']:.1f} | {figures['p99_ms']:.1f} | {figures['connect']} | "
            f"{figures['read']} | {figures['write']} | {figures['timeout']} | "
            f"{figures['non_2xx_3xx']} |")
    return lines


if __name__ == "__main__":
    main()
