"""The multi-site run (issue 15, item 6): SITES committees of SITE_NEWS news each in one
PostgreSQL database (50 × 20,000 = 1,000,000 news pages by default), measured as the
single-site run measures one site, plus what a site's editor waits for in the admin and what a
new committee costs. Target: the cost of a request does not grow with the number of sites.

    BENCH_DATABASE_URL=postgres://…/name BENCH_ONLY=sites python bench/run.py  (`make bench-sites`)

1. The database, kept between runs like bench/run.py's: `manage.py create_committee` for each
   host dNN.bench.localhost, each timed (and one repeated, which must create nothing), then
   bench/bulk_news.py --site for each.
2. Public pages, uncached, on the first and on the last site (their rows are the oldest and
   the newest of the tables): bench/run.py's endpoints by wrk with the site's Host header, and
   a bare Django view in the same run for the ratios. Queries per page, counted in-process on
   both sites, must be equal.
3. The admin, as an editor of the last site (bench/probe.py --admin): the page explorer of
   the site's home and of its largest news section, and admin search: queries, p50 and p95.
"""

import json
import os
import statistics
import subprocess
import time
import urllib.request

import run

SITES = int(os.environ.get("BENCH_SITES", "50"))
SITE_NEWS = int(os.environ.get("BENCH_SITE_NEWS", "20000"))
DATA_VERSION = 1  # bump when what is generated changes
HOST_SUFFIX = ".bench.localhost"


def host(number):
    return f"d{number:02d}{HOST_SUFFIX}"


def site_env(database, page_cache=False):
    return {**run.site_env(database, page_cache),
            "ALLOWED_HOSTS": f"127.0.0.1,localhost,{HOST_SUFFIX}"}


def committee(env, number):
    """Seconds `create_committee` took for site `number`, and its last line."""
    started = time.monotonic()
    output = subprocess.run(
        [run.PYTHON, str(run.ROOT / "manage.py"), "create_committee", host(number),
         "--name-ru", f"Районный исполнительный комитет № {number}",
         "--name-be", f"Раённы выканаўчы камітэт № {number}",
         "--name-en", f"District Executive Committee No. {number}"],
        env=env, check=True, cwd=run.ROOT, capture_output=True, text=True).stdout
    return time.monotonic() - started, output.strip().splitlines()[-1]


def database():
    """(url, committee figures): the committees and their news, made once per size."""
    base = os.environ.get("BENCH_DATABASE_URL")
    if not base:
        raise SystemExit("the multi-site run needs PostgreSQL: set BENCH_DATABASE_URL")
    url = f"{base}_sites_{SITES}x{SITE_NEWS}"
    marker = run.WORK / f"pg-{url.rsplit('/', 1)[1]}-v{DATA_VERSION}.json"
    env = site_env(url)
    if not marker.exists():
        run.create_postgres_database(url)
        run.manage(env, "migrate", "--noinput", "-v0")
        run.manage(env, "createcachetable")
        seconds = []
        for number in range(1, SITES + 1):
            took, _line = committee(env, number)
            seconds.append(took)
            print(f"\r  committee {number}/{SITES}: {took:.1f} s", end="", flush=True)
        print(flush=True)
        started = time.monotonic()
        subprocess.run([run.PYTHON, str(run.ROOT / "bench" / "bulk_news.py"),
                        "--count", str(SITE_NEWS),
                        *(f"--site={host(n)}" for n in range(1, SITES + 1))],
                       env=env, check=True, cwd=run.ROOT)
        marker.write_text(json.dumps({
            "create_committee first s": round(seconds[0], 2),
            "create_committee median s": round(statistics.median(seconds), 2),
            "create_committee last s": round(seconds[-1], 2),
            "bulk news minutes": round((time.monotonic() - started) / 60, 1),
        }))
    figures = json.loads(marker.read_text())
    took, line = committee(env, SITES)  # a repeat finds everything there
    figures.update({"create_committee repeated s": round(took, 2), "repeated says": line})
    return url, figures


def fetch(server, site, path):
    request = urllib.request.Request(server.url + path, headers={"Host": site})
    return urllib.request.urlopen(request, timeout=60).read().decode()  # noqa: S310 (loopback)


def endpoints(server, site):
    article = run.re.search(r'class="news-card__title"><a href="([^"]+)"',
                            fetch(server, site, "/en/news/district/")).group(1)
    last_page = SITE_NEWS // 3 // 10 // 2  # a deep page of the English news index
    return {"home": "/en/", "section page 1": "/en/news/district/", "article": article,
            "search": run.SEARCHES[0], "rss": "/en/news/rss/",
            f"news page {last_page}": f"/en/news/page/{last_page}/"}




def measure_sites():
    url, results = database()
    env = site_env(url)
    server = run.gunicorn(env)
    copy = run.WORK / "static-copy-sites"
    copy.mkdir(exist_ok=True)
    try:
        for site in (host(1), host(SITES)):
            paths = endpoints(server, site)
            for name, path in paths.items():
                fetch(server, site, path)  # warm up
                figures = run.wrk(server.url + path, headers=(f"Host: {site}",),
                                  paths=run.SEARCHES if name == "search" else ())
                results[f"{site} {name} (uncached)"] = figures
                print(f"  {site:<22} {name:<16}{figures['rps']:>9.0f} req/s  "
                      f"p50 {figures['p50_ms']:.1f} ms", flush=True)
            counts = run.probe(env, site, list(paths.values()))["pages"]
            results[f"{site} queries"] = {name: counts[path] for name, path in paths.items()}
        (copy / "article.html").write_text(fetch(server, host(SITES), paths["article"]))
        results["admin, an editor of the last site"] = run.probe(env, host(SITES), [],
                                                                 admin=True)["admin"]
    finally:
        server.stop()
    results["bare Django"] = bare_django(copy / "article.html")
    return results


def bare_django(body):
    """The yardstick of bench/run.py: a bare Django view serving the article's bytes."""
    bare = run.gunicorn({**os.environ, "BARE_FILE": str(body),
                         "PYTHONPATH": str(run.ROOT / "bench")}, app="bare:application")
    try:
        return run.wrk(bare.url + "/")
    finally:
        bare.stop()


def sites_lines(report):
    results = report.get("sites")
    if not results:
        return []
    first, last = host(1), host(SITES)
    bare = results["bare Django"]["rps"]
    when = f" of {report['sites_started']}" if report.get("sites_started") else ""
    lines = ["", f"Multi-site run{when}: {SITES} committees × {SITE_NEWS:,} news in one "
             "PostgreSQL database, uncached pages by wrk with each site's Host header "
             "(bench/multisite.py).",
             "", "| endpoint | req/s, first site | req/s, last site | p50 ms first / last "
             "| last / bare Django | queries first / last |", "|---|---:|---:|---:|---:|---:|"]
    queries_first, queries_last = results[f"{first} queries"], results[f"{last} queries"]
    for name, queries in queries_first.items():
        figures = results[f"{first} {name} (uncached)"]
        other = results[f"{last} {name} (uncached)"]
        lines.append(f"| {name} | {figures['rps']:.0f} | {other['rps']:.0f} | "
                     f"{figures['p50_ms']:.1f} / {other['p50_ms']:.1f} | "
                     f"{other['rps'] / bare:.3f} | {queries} / {queries_last[name]} |")
    lines += ["", "| admin, an editor of the last site | queries | p50 ms | p95 ms |",
              "|---|---:|---:|---:|"]
    for name, figures in results["admin, an editor of the last site"].items():
        lines.append(f"| {name} | {figures['queries']} | {figures['p50_ms']} | "
                     f"{figures['p95_ms']} |")
    lines += ["", "create_committee: " + ", ".join(
        f"{key.removeprefix('create_committee ')} {value}" for key, value in results.items()
        if key.startswith("create_committee")) + f" (a repeat says: “{results['repeated says']}”)."]
    return lines
