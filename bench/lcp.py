"""The phone run (issue 16, "Phones"): Largest Contentful Paint of the article with its main
image and of the home page, in Chromium on a throttled phone, from a cold browser cache.

1. gunicorn as bench/run.py starts it (2 workers, page cache on, production settings),
   behind the nginx front of the yardsticks (docs/deployment.md);
2. the article: the newest English article with a main image (the bulk news have none);
3. each page read twice over HTTP first, so that its renditions exist and the page is cached,
   as for a reader who is not the first;
4. RUNS times per page, each in a new browser context (an empty cache): a PHONE viewport,
   CDP network emulation (THROTTLING) and CPU slowdown (CPU_SLOWDOWN), then LCP as the last
   'largest-contentful-paint' entry once the page has loaded; the median is reported.
"""

import os
import shutil
import statistics
import subprocess
import urllib.request
from datetime import UTC, datetime
from urllib.parse import urlsplit

import run

RUNS = int(os.environ.get("BENCH_LCP_RUNS", "5"))
TARGET_MS = 2500
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PHONE = {"width": 360, "height": 640}
SCALE = 2  # device pixels per CSS pixel: most phones have 2 or more
# Chromium's network emulation: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Lighthouse's
# "slow 4G"), and the CPU 4 × slower.
THROTTLING = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8,
              "uploadThroughput": 750_000 / 8}
CPU_SLOWDOWN = 4
SETTLE_MS = 1000  # after `load`: lazy images near the viewport may still become the LCP

# The last LCP entry (the largest so far), what it was, and the bytes the page fetched.
READ_LCP = """() => new Promise(resolve => {
  const transferred = () => performance.getEntriesByType("navigation")
    .concat(performance.getEntriesByType("resource"))
    .reduce((sum, entry) => sum + entry.transferSize, 0);
  new PerformanceObserver(list => {
    const last = list.getEntries().at(-1);
    resolve({ms: last.startTime, element: last.element ? last.element.tagName.toLowerCase() : "",
             url: last.url, bytes: transferred()});
  }).observe({type: "largest-contentful-paint", buffered: true});
  setTimeout(() => resolve(null), 5000);
})"""

ARTICLE_WITH_IMAGE = """
from ispolkom.news.models import NewsArticlePage
article = (NewsArticlePage.objects.live().public().filter(
    main_image__isnull=False, locale__language_code="en").order_by("-date").first())
print(article.get_url_parts()[2])
"""


def measure_lcp(database):
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        print(f"  lcp: skipped, no Chromium at {CHROMIUM}", flush=True)
        return None
    from playwright.sync_api import sync_playwright

    env = run.site_env(database)
    article = subprocess.run([run.PYTHON, str(run.ROOT / "manage.py"), "shell", "-v0", "-c",
                              ARTICLE_WITH_IMAGE], env=env, cwd=run.ROOT, check=True,
                             capture_output=True, text=True).stdout.split()[-1]
    pages = {"article": article, "home": "/en/"}
    site = run.gunicorn(env)
    front, nginx = nginx_front(site)
    try:
        for path in pages.values():
            for _warm_up in range(2):
                urllib.request.urlopen(front + path, timeout=60).read()  # noqa: S310 (loopback)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                                 args=["--no-sandbox", "--disable-gpu"])
            try:
                results = {name: page_lcp(browser, front + path, path)
                           for name, path in pages.items()}
            finally:
                browser.close()
    finally:
        nginx.stop()
        site.stop()
    return {"started": datetime.now(UTC).isoformat(timespec="seconds"), "news": run.NEWS,
            "runs": RUNS, "viewport": f"{PHONE['width']}×{PHONE['height']} at {SCALE}×",
            "pages": results}


def nginx_front(site):
    """The yardsticks' nginx front before `site`: its URL and its Server."""
    static_port, front_port = run.free_port(), run.free_port()
    config = run.WORK / "nginx-lcp.conf"
    config.write_text(run.nginx_config(static_port, front_port, site.port, run.WORK / "static",
                                       run.WORK / "static-copy"))
    nginx = run.Server(["nginx", "-c", str(config), "-p", str(run.WORK)], port=front_port)
    return nginx.url, nginx.wait()


def page_lcp(browser, url, path):
    measured = [one_run(browser, url) for _run in range(RUNS)]
    median = statistics.median(run_["ms"] for run_ in measured)
    last = measured[-1]
    figures = {"path": path, "lcp_ms": [round(run_["ms"]) for run_ in measured],
               "median_ms": round(median), "element": last["element"],
               "element_url": urlsplit(last["url"]).path,
               "kb": round(last["bytes"] / 1024, 1), "met": median <= TARGET_MS}
    print(f"  lcp {path}: median {figures['median_ms']} ms of {figures['lcp_ms']}, "
          f"{figures['element']} {figures['element_url']}, {figures['kb']} KB: "
          f"{'met' if figures['met'] else 'missed'}", flush=True)
    return figures


def one_run(browser, url):
    context = browser.new_context(viewport=PHONE, device_scale_factor=SCALE, is_mobile=True,
                                  has_touch=True)
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", THROTTLING)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        page.goto(url, wait_until="load", timeout=60_000)
        page.wait_for_timeout(SETTLE_MS)
        found = page.evaluate(READ_LCP)
        if found is None:
            raise RuntimeError(f"no largest-contentful-paint entry on {url}")
        return found
    finally:
        context.close()


METHOD = f"""## Phones

The phone run (`make lcp`, and part of `make bench`; bench/lcp.py) measures issue 16's target:
Largest Contentful Paint ≤ {TARGET_MS:,} ms for the article with its main image and for the
home page. Chromium (Playwright, /usr/bin/chromium) with a {PHONE['width']}×{PHONE['height']}
viewport at {SCALE} device pixels per CSS pixel, Chromium's network emulation (1.6 Mbit/s
down, 750 kbit/s up, 150 ms round trip) and the CPU slowed {CPU_SLOWDOWN} × (CDP
`Emulation.setCPUThrottlingRate`), a new browser context (an empty cache) for each of
{RUNS} runs per page; the figure is the median. The site runs as in the yardsticks: gunicorn
with 2 workers behind the nginx front, page cache on; each page is read twice before, so that
its image renditions exist. The article is the newest English one with a main image (the bulk
news have none). LCP is the last `largest-contentful-paint` entry once the page has loaded
and settled {SETTLE_MS} ms; "KB" is what the page fetched (transferSize of the document and
its resources).
"""


def lcp_lines(report):
    lcp = report.get("lcp")
    if not lcp:
        return []
    lines = [
        "", f"Phone run of {lcp['started']} at {lcp['news']:,} news (issue 16, \"Phones\"; see "
        f"\"Phones\" below and bench/lcp.py): {lcp['viewport']}, 1.6 Mbit/s, 150 ms, "
        f"CPU {CPU_SLOWDOWN} × slower, {lcp['runs']} cold runs per page.", "",
        "| page | path | LCP median ms | runs ms | LCP element | KB | "
        f"LCP ≤ {TARGET_MS:,} ms |",
        "|---|---|---:|---|---|---:|---|",
    ]
    for name, figures in lcp["pages"].items():
        element = figures["element"] + (f" `{figures['element_url']}`"
                                        if figures["element_url"] else "")
        lines.append(
            f"| {name} | `{figures['path']}` | {figures['median_ms']:,} | "
            f"{', '.join(str(ms) for ms in figures['lcp_ms'])} | {element} | {figures['kb']} | "
            f"{'met' if figures['met'] else 'missed'} |")
    return lines
