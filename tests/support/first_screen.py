"""Where the first heading of each page type lands, on a phone and on a desktop.

    python -m tests.support.first_screen [ROOT] [--out FILE.json]

serves the demo of the checkout at ROOT (default: this one) from a scratch database, opens one
page of every type in ru, be and en with Chromium at 360 × 640 and 1280 × 800, in the regular
version and in the version for the visually impaired (default settings, and the largest ones),
and prints the top of the page's <h1> in CSS pixels. Run it on two checkouts (e.g. a
`git archive` of an older commit) to compare them; the numbers for issue 11's closing note came
from here.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.support.live_server import free_port, running_server

LANGUAGES = ("ru", "be", "en")
VIEWPORTS = {"phone": (360, 640), "desktop": (1280, 800)}
# The largest font, letter and line spacing of the special version's panel.
LARGEST = "font:sans.size:3.spacing:3.line:3"
# (name, path prefix, special cookie); "panel:closed" is the panel collapsed to one line.
VERSIONS = (("regular", "", None), ("special", "/special", None),
            ("special, largest", "/special", LARGEST),
            ("special, largest, panel collapsed", "/special", LARGEST + ".panel:closed"))

# One URL of each page type per language, computed in the served database (works on any
# checkout with the news app's models).
URLS_SCRIPT = """
import json
from urllib.parse import quote
from wagtail.models import Page, Site
from ispolkom.news.models import NewsArticlePage, NewsIndexPage
urls = {}
demo = Site.objects.get(is_default_site=True).root_page  # the demo may hold other committees
for code in ("ru", "be", "en"):
    home = demo.get_translations(inclusive=True).get(locale__language_code=code)
    live = lambda model: model.objects.live().public().descendant_of(home)
    index = live(NewsIndexPage).first()
    tagged = live(NewsArticlePage).exclude(tags=None).order_by("-date").first()
    # One page of every type this checkout has, newest article first.
    pages = {"newsarticlepage": live(NewsArticlePage).order_by("-date").first()}
    for page in Page.objects.live().public().descendant_of(home, inclusive=True).order_by(
            "path").specific():
        pages.setdefault(page._meta.model_name, page)
    urls[code] = {kind: page.url for kind, page in pages.items()}
    urls[code].update({
        "tag": index.url + "tag/" + quote(tagged.tags.order_by("name").first().slug) + "/",
        "search": "/%s/search/?q=%s" % (code, quote(pages["newsarticlepage"].title.split()[0])),
        "not found": "/%s/no-such-page/" % code,
    })
print(json.dumps(urls))
"""

MEASURE = """() => {
  const heading = document.querySelector("main h1") || document.querySelector("h1");
  if (!heading) return null;
  return Math.round(heading.getBoundingClientRect().top + window.scrollY);
}"""


def serve(root, workdir):
    """Environment and manage.py command of a demo served from `root`."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test",
           "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
           "MEDIA_ROOT": str(workdir / "media"), "SERVE_MEDIA": "1", "PYTHONPATH": str(root)}
    manage = [sys.executable, str(root / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run(manage + command, env=env, check=True, capture_output=True, cwd=root)
    urls = subprocess.run(manage + ["shell", "-c", URLS_SCRIPT], env=env, check=True,
                          capture_output=True, text=True, cwd=root).stdout
    return env, manage, json.loads(urls.strip().splitlines()[-1])


def measure(base, urls):
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--no-sandbox", "--disable-gpu"])
        for device, (width, height) in VIEWPORTS.items():
            for version, prefix, cookie in VERSIONS:
                context = browser.new_context(viewport={"width": width, "height": height})
                if cookie:
                    context.add_cookies([{"name": "special", "value": cookie, "url": base}])
                page = context.new_page()
                for code in LANGUAGES:
                    for kind, url in urls[code].items():
                        page.goto(base + prefix + url)
                        rows.append({"device": device, "version": version, "language": code,
                                     "type": kind, "h1_top": page.evaluate(MEASURE)})
                context.close()
        browser.close()
    return rows


def table(rows):
    """Per device, version and page type: the h1's top in ru / be / en."""
    lines, seen = [], {}
    for row in rows:
        key = (row["device"], row["version"], row["type"])
        seen.setdefault(key, {})[row["language"]] = row["h1_top"]
    for (device, version, kind), tops in seen.items():
        figures = " / ".join(str(tops.get(code)) for code in LANGUAGES)
        lines.append(f"| {device} | {version} | {kind} | {figures} |")
    return "\n".join(["| device | version | page type | h1 top, px (ru / be / en) |",
                      "|---|---|---|---|", *lines])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--out", help="also write the rows as JSON here")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env, manage, urls = serve(root, workdir)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = manage + ["runserver", "--noreload", f"127.0.0.1:{port}"]
        with running_server(command, env, workdir / "server.log", base + "/robots.txt"):
            rows = measure(base, urls)
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1))
    print(table(rows))


if __name__ == "__main__":
    main()
