"""The churn run (issue 16, "Cache survives churn"): readers spread over URLS pages with a
Zipf-like skew while a news item is published through the feed importer every
PUBLISH_EVERY seconds. Target: at least 95 % of requests answered from the page cache, p99 at
most 5 × the p50 of a cached page, no errors.

One run per cache setup (BENCH_CHURN_CACHES, e.g. "database,redis"; by default Redis when
redis-server is installed, else the database), each on a scratch copy of the bench database,
so the published items never pile up in it:

1. gunicorn as bench/run.py starts it (2 workers, page cache on, production settings);
2. URLS paths found over HTTP (sitemaps, the news feeds), ranked by how often people read them;
3. warm-up: each path read until the page cache answers it (at most WARM_TRIES times);
4. the cached p50: wrk on one cached article for BENCH_SECONDS;
5. wrk for CHURN_SECONDS over DRAWS paths drawn by rank (churn.lua) while a local feed gains
   an item FIRST_PUBLISH s in and every PUBLISH_EVERY s after, each imported by
   `manage.py import_feed` in a process of its own, as a timer would run it;
6. every publish must have worked: exit code 0, "created 1", its title on the site.
"""

import html
import itertools
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import run

CHURN_SECONDS = int(os.environ.get("BENCH_CHURN_SECONDS", "300"))
URLS = 5000
DRAWS = 200_000        # the sequence churn.lua reads; each connection starts at its own offset
# Zipf exponent: 1.0, Zipf's law itself. Proxy traces, which mix many sites, show 0.64–0.83
# (Breslau et al., "Web caching and Zipf-like distributions", 1999); a single news site is
# steeper, its readers crowding on the home page and today's news. 1.0 sits between: it
# gives the top 20 of 5,000 paths about 40 % of the requests, and the tail still its share.
ZIPF = 1.0
SEED = 16
WARM_TRIES = 4         # probation is per worker: a page is kept once one worker saw it twice
FIRST_PUBLISH, PUBLISH_EVERY = 30, 60  # seconds into the run
SECTION = "/en/news/republic/"         # where the feed's items go (a section of the demo)
# Its full address for import_feed: the demo's other committees have one at the same path.
SECTION_ADDRESS = "http://127.0.0.1" + SECTION
LANGUAGES = ("ru", "be", "en")
NEWS_ON_HOME = 4       # ispolkom.news.models: a home page lists the 4 newest of a section
HIT_TARGET, P99_TARGET = 0.95, 5
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def measure_churn(database):
    runs = {}
    for caches in cache_setups():
        print(f"  churn ({caches}): {CHURN_SECONDS} s, a publish every {PUBLISH_EVERY} s",
              flush=True)
        with scratch_copy(database) as copy:
            runs[caches] = churn_run(copy, caches)
    return {"started": datetime.now(UTC).isoformat(timespec="seconds"), "news": run.NEWS,
            "seconds": CHURN_SECONDS, "urls": URLS, "draws": DRAWS, "zipf": ZIPF,
            "connections": run.CONNECTIONS, "runs": runs}


def cache_setups():
    given = os.environ.get("BENCH_CHURN_CACHES")
    if given:
        return given.split(",")
    return ["redis"] if shutil.which("redis-server") else ["database"]


@contextmanager
def scratch_copy(database):
    """A copy of the bench database (SQLite file, PostgreSQL template), dropped afterwards."""
    if database.startswith("sqlite:///"):
        path = Path(database.removeprefix("sqlite:///"))
        copy = path.with_name(f"{path.stem}-churn.sqlite3")
        with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        try:
            yield f"sqlite:///{copy}"
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    server, name = database.replace("postgres://", "postgresql://").rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}_churn" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}_churn" TEMPLATE "{name}"')
        try:
            yield f"{database}_churn"
        finally:
            admin.execute(f'DROP DATABASE "{name}_churn" WITH (FORCE)')


def churn_run(database, caches):
    env = run.site_env(database)
    env.pop("REDIS_URL", None)
    redis = start_redis(env) if caches == "redis" else None
    server = run.gunicorn(env)
    try:
        ranked = ranked_paths(server.url)
        draws = drawn(ranked)
        warm = warm_up(server.url, ranked)
        print(f"    {len(ranked)} paths, warm-up {warm['requests']} requests in "
              f"{warm['seconds']} s; top 20 get {draws['top20_share']:.0%}", flush=True)
        article = next(path for path in ranked if re.fullmatch(r"/en/news/[^/]+/[^/]+/", path))
        cached = run.wrk(server.url + article)
        feed = Feed()
        try:
            publisher = Publisher(feed, {**env, "SYNDICATION_ALLOW_PRIVATE": "1"})
            publisher.start()
            figures = churn_wrk(server.url, draws["file"])
            publisher.join()
        finally:
            feed.stop()
        shown = titles_shown(server.url, [publish["title"] for publish in publisher.done])
    finally:
        server.stop()
        if redis:
            redis.stop()
    results = {"caches": caches, "paths": len(ranked), "top20_share": draws["top20_share"],
               "warm_up": warm, "cached_path": article, "cached": cached, "churn": figures,
               "publishes": publisher.done, "shown": shown}
    results.update(verdict(results))
    print(f"    {figures['requests']} requests, hits {results['hit_share']:.1%}, "
          f"p99 {figures['p99_ms']:.1f} ms = {results['p99_over_cached_p50']} × cached p50 "
          f"{cached['p50_ms']:.1f} ms, errors {figures['errors']}, publishes "
          f"worked {results['publishes_worked']} of {results['publishes_planned']}",
          flush=True)
    return results


def start_redis(env):
    """A throwaway redis-server; REDIS_URL puts every cache there (settings/base.py)."""
    port = run.free_port()
    redis = run.Server(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                        "--save", "", "--appendonly", "no", "--dir", str(run.WORK)], port=port)
    env["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
    for _attempt in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return redis
        except OSError:
            time.sleep(0.1)
    redis.stop()
    raise RuntimeError("redis-server did not start")


# --- What people read -------------------------------------------------------------------

def ranked_paths(base):
    """URLS paths of the site, most read first: the home pages and their special
    versions, the newest articles each followed by its special version, the news sections'
    first pages, their feeds, the other pages, then the older articles, newest first."""
    pages = sitemap_pages(base)
    sections = [path for path in pages if re.fullmatch(r"/\w+/news/(?:[^/]+/)?", path)]
    articles = {path for path in pages if re.fullmatch(r"/\w+/news/[^/]+/[^/]+/", path)}
    newest = newest_articles(base)
    # Not `/`: a redirect by Accept-Language (core.views.choose_language), never a page.
    ranked = [f"/{prefix}{code}/" for prefix in ("", "special/") for code in LANGUAGES]
    ranked += [path for article in newest for path in (article, "/special" + article)]
    ranked += sections + [section + "rss/" for section in sections]
    ranked += [path for path in pages if path not in articles]  # repeats dropped below
    # The tail: a sitemap's lastmod is a day; within a day, later in the tree is newer.
    ranked += [path for _day, _place, path in sorted(
        ((day, place, path) for place, (path, day) in enumerate(pages.items())
         if path in articles), reverse=True)]
    return list(dict.fromkeys(ranked))[:URLS]


def sitemap_pages(base):
    """{path: lastmod} of every page in the sitemap index's children, in tree order."""
    index = ET.fromstring(get(base + "/sitemap.xml"))
    children = [urlsplit(loc.text).path for loc in index.iter(SITEMAP + "loc")]
    with ThreadPoolExecutor(2) as pool:  # one per worker
        bodies = list(pool.map(lambda path: get(base + path, timeout=300), children))
    pages = {}
    for body in bodies:
        for url in ET.fromstring(body).iter(SITEMAP + "url"):
            pages[urlsplit(url.find(SITEMAP + "loc").text).path] = url.find(
                SITEMAP + "lastmod").text
    return pages


def newest_articles(base):
    """The articles of every language's news feed, newest first."""
    items = []
    for code in LANGUAGES:
        for item in ET.fromstring(get(f"{base}/{code}/news/rss/")).iter("item"):
            moment = datetime.strptime(item.findtext("pubDate"), "%a, %d %b %Y %H:%M:%S %z")
            items.append((moment, urlsplit(item.findtext("link")).path))
    return [path for _moment, path in sorted(items, reverse=True)]


def drawn(ranked):
    """DRAWS paths drawn with P(rank r) ∝ 1 / r^ZIPF, one a line in a file for churn.lua."""
    weights = itertools.accumulate(1 / rank ** ZIPF for rank in range(1, len(ranked) + 1))
    draws = random.Random(SEED).choices(ranked, cum_weights=list(weights), k=DRAWS)
    file = run.WORK / "churn-paths.txt"
    file.write_text("\n".join(draws) + "\n")
    top = set(ranked[:20])
    return {"file": file, "top20_share": round(sum(path in top for path in draws) / DRAWS, 3)}


def warm_up(base, ranked):
    """Each path read until it is a cache hit (the second read in one worker keeps it),
    CONNECTIONS at a time."""
    def warm(path):
        for tries in range(1, WARM_TRIES + 1):
            if get_headers(base + path).get("X-Page-Cache") == "hit":
                return tries, True
        return WARM_TRIES, False

    started = time.monotonic()
    with ThreadPoolExecutor(run.CONNECTIONS) as pool:
        warmed = list(pool.map(warm, ranked))
    return {"requests": sum(tries for tries, _hit in warmed),
            "seconds": round(time.monotonic() - started),
            "never_hit": [path for path, (_tries, hit) in zip(ranked, warmed, strict=True)
                          if not hit]}


def get(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback)
        return response.read()


def get_headers(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (loopback)
            response.read()
            return response.headers
    except urllib.error.HTTPError as error:
        return error.headers


# --- The load -------------------------------------------------------------------------

def churn_wrk(base, paths_file):
    """churn.lua's figures: one wrk thread per connection, each from its own offset."""
    command = ["wrk", f"-t{run.CONNECTIONS}", f"-c{run.CONNECTIONS}", f"-d{CHURN_SECONDS}s",
               "--timeout", f"{run.LOAD_TIMEOUT}s", "-s", str(run.ROOT / "bench" / "churn.lua"),
               base]
    output = subprocess.run(command, capture_output=True, text=True, check=True,
                            env={**os.environ, "BENCH_CHURN_PATHS": str(paths_file),
                                 "BENCH_CHURN_CONNECTIONS": str(run.CONNECTIONS)},
                            timeout=CHURN_SECONDS + 60).stdout
    return json.loads(output.split("JSON ", 1)[1])


# --- The publisher --------------------------------------------------------------------

TOPICS = [  # (title, paragraphs): our own words, one item per publish
    ("Road repairs on Sovetskaya Street move to the second stage",
     ["Crews of the district road service begin the second stage of repairs today.",
      "Traffic will run in one lane near the market until the end of the month.",
      "Buses keep their stops; the schedule stays unchanged."]),
    ("New heating boiler started at the district hospital",
     ["The boiler replaces one installed forty years ago and burns local wood chips.",
      "The hospital expects to spend a fifth less on heating this winter.",
      "Patients were not moved during the works."]),
    ("School sports ground opens to all residents in the evenings",
     ["From Monday the ground of secondary school No. 2 is open from 18:00 to 22:00.",
      "Footballs and volleyballs may be borrowed from the caretaker.",
      "The school asks visitors to keep the ground clean."]),
    ("Harvest figures: grain brought in ahead of the schedule",
     ["The farms of the district have threshed more grain than planned for this date.",
      "The best yield so far is that of the Zarya agricultural company.",
      "Drying stations work around the clock."]),
    ("Library invites children to the autumn reading marathon",
     ["The central library holds readings every Saturday until December.",
      "Each participant gets a reading diary and a bookmark made by local artists.",
      "Entry is free; registration at the library's front desk."]),
    ("Reception hours of the executive committee change for the holidays",
     ["On public holidays the reception is closed; it opens again on the next working day.",
      "Questions may also be sent through the website's feedback form.",
      "Urgent housing matters are taken by the duty officer by phone."]),
]


class Feed:
    """An RSS 2.0 feed on 127.0.0.1 that gains an item on each add()."""

    def __init__(self):
        self.items, self.run_id = [], f"{time.time():.0f}"
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                body = feed.xml().encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/feed.xml"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, number):
        title, paragraphs = TOPICS[number % len(TOPICS)]
        title = f"{title} ({number + 1})"  # titles stay unique past the sixth publish
        self.items.append((f"churn-{self.run_id}-{number}", title, paragraphs,
                           datetime.now(UTC)))
        return title

    def xml(self):
        items = "".join(
            f"<item><title>{html.escape(title)}</title>"
            f"<link>{self.url.removesuffix('feed.xml')}news/{guid}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>{format_datetime(moment)}</pubDate>"
            f"<description>{html.escape(paragraphs[0])}</description>"
            "<content:encoded><![CDATA["
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            + "]]></content:encoded></item>"
            for guid, title, paragraphs, moment in reversed(self.items))
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                "<title>Regional news agency</title>"
                f"<link>{self.url}</link><description>Bench feed</description>"
                f"{items}</channel></rss>")

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class Publisher(threading.Thread):
    """Adds an item to the feed and imports it at each moment of PLANNED (seconds into the
    run); keeps each import's outcome."""

    def __init__(self, feed, env):
        super().__init__(daemon=True)
        self.feed, self.env, self.done = feed, env, []

    def run(self):
        started = time.monotonic()
        for number, at in enumerate(planned()):
            time.sleep(max(0, started + at - time.monotonic()))
            title = self.feed.add(number)
            began = time.monotonic()
            try:
                imported = subprocess.run(
                    [run.PYTHON, str(run.ROOT / "manage.py"), "import_feed", self.feed.url,
                     "--section", SECTION_ADDRESS], env=self.env, cwd=run.ROOT, capture_output=True,
                    text=True, timeout=PUBLISH_EVERY)
                exit_code, output = imported.returncode, imported.stdout + imported.stderr
            except subprocess.TimeoutExpired:
                exit_code, output = None, f"no answer in {PUBLISH_EVERY} s"
            self.done.append({"at_s": round(began - started, 1), "title": title,
                              "seconds": round(time.monotonic() - began, 1),
                              "exit": exit_code, "output": output.strip()[-500:]})


def planned():
    return range(FIRST_PUBLISH, CHURN_SECONDS, PUBLISH_EVERY)


def titles_shown(base, titles):
    """Which titles the site shows at the end: the section's first page lists each (12 a
    page), /en/ the NEWS_ON_HOME newest of the section."""
    section, home = (html.unescape(get(base + path).decode()) for path in (SECTION, "/en/"))
    newest = titles[-NEWS_ON_HOME:]
    return [{"title": title, "section": title in section,
             "home": title in home if title in newest else None} for title in titles]


# --- Verdict and report ---------------------------------------------------------------

def verdict(results):
    figures = results["churn"]
    answered = figures["hits"] + figures["misses"] + figures["uncached"]
    hit_share = figures["hits"] / max(answered, 1)
    ratio = round(figures["p99_ms"] / max(results["cached"]["p50_ms"], 0.001), 1)
    worked = sum(publish["exit"] == 0 and "created 1," in publish["output"]
                 and shown["section"] and shown["home"] is not False
                 for publish, shown in zip(results["publishes"], results["shown"], strict=True))
    return {"hit_share": round(hit_share, 4), "p99_over_cached_p50": ratio,
            "publishes_worked": worked, "publishes_planned": len(planned()),
            "criteria": {
                f"≥ {HIT_TARGET:.0%} of requests from the cache": hit_share >= HIT_TARGET,
                f"p99 ≤ {P99_TARGET} × cached p50": ratio <= P99_TARGET,
                "zero errors": figures["errors"] == 0}}


# The method, for docs/performance.md (written by bench/run.py with the figures above it).
METHOD = f"""## Churn

The churn run (`make churn`, and the last part of `make bench`; bench/churn.py and
bench/churn.lua) measures issue 16's target: over {URLS:,} URLs with a realistic skew and a
news item published every {PUBLISH_EVERY} s through the feed importer, at least {HIT_TARGET:.0%}
of requests answered from the page cache, p99 at most {P99_TARGET} × the cached p50, and no
errors. Each setup of the caches runs on a scratch copy of the bench database: Redis for
every cache when `redis-server` is installed, else the database's cache tables and each
worker's memory (`BENCH_CHURN_CACHES=database,redis` runs both; each takes the run's length
plus about 4 minutes to find and warm the pages).

- Paths: {URLS:,} found over HTTP on the running site and ranked by how much they are read:
  the home pages and their special versions (not `/`, a redirect by the visitor's language),
  the items of the three news feeds (newest first, each followed by its `/special/` version),
  the news sections' first pages, their RSS feeds, the other pages of the sitemap, then the
  older articles of the sitemap index's children, newest first: the long tail.
- Requests: {DRAWS:,} paths drawn (seed {SEED}) with P(rank r) ∝ 1 / r^{ZIPF}. Traces of
  proxies, which mix many sites, show exponents of 0.64–0.83 (Breslau et al., "Web caching
  and Zipf-like distributions", 1999); one news site's readers crowd more on its home page
  and today's news, so {ZIPF}, Zipf's law itself. It gives the top 20 paths about 40 % of the
  requests (the share drawn is under the table), the six home pages 27 %, the 90 newest
  articles with their special versions 37 %, and the tail of about 4,500 older articles 25 %.
  wrk runs one thread per connection, each reading the sequence from its own offset.
- Warm-up: each path read until the page cache answers it (at most {WARM_TRIES} times: a page
  enters the main area on its second read in the same worker). Pages it never keeps (the
  appeals' question forms) stay in the run and count as not from the cache.
- Cached p50: wrk on one cached article for BENCH_SECONDS, on the same server, just before.
- Publisher: a feed (RSS 2.0, on 127.0.0.1) gains an item {FIRST_PUBLISH} s into the run and
  every {PUBLISH_EVERY} s after; each time `manage.py import_feed FEED --section {SECTION}`
  runs as a process of its own (`SYNDICATION_ALLOW_PRIVATE=1`), as a timer would. A publish
  counts as worked when it exits 0, says "created 1", and its title is on the section's first
  page at the end (and on `/en/` for the {NEWS_ON_HOME} newest: the home lists that many).
"""


def churn_lines(report):
    churn = report.get("churn")
    if not churn:
        return []
    lines = [
        "", f"Churn run of {churn['started']} at {churn['news']:,} news (issue 16; see "
        "\"Churn\" below and bench/churn.py): wrk with "
        f"{churn['connections']} connections for {churn['seconds']} s, each reading from its "
        f"own offset {churn['draws']:,} paths drawn from {churn['urls']:,} with a Zipf skew "
        f"(exponent {churn['zipf']}), a news item imported from a feed {FIRST_PUBLISH} s in and "
        f"every {PUBLISH_EVERY} s after; 2 sync gunicorn workers.", "",
        "| run | requests | req/s | from cache | p50 ms | p95 ms | p99 ms | cached p50 ms "
        "| p99 / cached p50 | errors | publishes worked |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for caches, result in churn["runs"].items():
        figures = result["churn"]
        lines.append(
            f"| churn ({caches}) | {figures['requests']} | {figures['rps']:.0f} | "
            f"{result['hit_share']:.1%} | {figures['p50_ms']:.1f} | {figures['p95_ms']:.1f} | "
            f"{figures['p99_ms']:.1f} | {result['cached']['p50_ms']:.1f} | "
            f"{result['p99_over_cached_p50']} | {figures['errors']} | "
            f"{result['publishes_worked']} of {result['publishes_planned']} |")
    for caches, result in churn["runs"].items():
        met = "; ".join(f"{name}: {'met' if ok else 'missed'}"
                        for name, ok in result["criteria"].items())
        lines += ["", f"churn ({caches}): {met}. The top 20 paths are "
                  f"{result['top20_share']:.0%} of the drawn paths."]
        if result["publishes_worked"] < result["publishes_planned"]:
            lines.append("The publisher failed: these figures prove nothing (see the JSON).")
    return lines

