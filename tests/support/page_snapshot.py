"""Every page of the demo as a visitor gets it, written to a folder, to prove that a change
of structure changed no page: run it before and after, then `diff -r BEFORE AFTER`.

    .venv/bin/python -m tests.support.page_snapshot /tmp/pages-before

It loads the demo into a new SQLite database (and new media folder), then crawls the site
from every language's home, in the regular and the special version, following every link to
the site itself (lists, pages, feeds, searches, the site map), and adds what no link reaches:
special-version settings, error pages, robots.txt, sitemap.xml. Each answer is written as its
status, its headers and its body. What differs on every run is made equal: publication
timestamps in the database (and the search entries' dates taken from them), CSRF tokens, the
order of CSP directives, and the headers Date, Expires, Set-Cookie, ETag and Last-Modified.
"""

import hashlib
import json
import os
import re
import sys
import tempfile
from collections import deque
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

HOST = "127.0.0.1:8000"
MAX_PAGES = 4000
SKIPPED_PREFIXES = ("/admin/", "/special/settings/", "/static/", "/media/", "/documents/")
VOLATILE_HEADERS = {"date", "expires", "set-cookie", "etag", "x-page-cache", "last-modified"}
CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
FIXED_TIME = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
SPECIAL_VARIANTS = (
    "font:serif.size:3.spacing:3.line:3.scheme:white-blue.images:off",
    "scheme:beige.images:gray",
)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "action") and value:
                self.found.append(value)


def set_up(folder):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ispolkom.settings.test")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/db.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{folder}/media"
    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Page

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    Page.objects.update(first_published_at=FIXED_TIME, last_published_at=FIXED_TIME,
                        latest_revision_created_at=FIXED_TIME)
    from ispolkom.search.models import SearchEntry

    SearchEntry.objects.filter(section__isnull=True).update(date=FIXED_TIME)  # not news
    from django.core.cache import cache

    cache.clear()


def own_path(base, href):
    url = urldefrag(urljoin(base, href))[0]
    parts = urlsplit(url)
    if parts.netloc not in ("", HOST) or parts.scheme not in ("", "http"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if path.startswith(SKIPPED_PREFIXES) else path


def record(response):
    headers = {name: value for name, value in sorted(response.items())
               if name.lower() not in VOLATILE_HEADERS}
    if "Content-Security-Policy" in headers:  # django-csp writes directives in any order
        headers["Content-Security-Policy"] = "; ".join(
            sorted(headers["Content-Security-Policy"].split("; ")))
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    return {"status": response.status_code, "headers": headers}, CSRF.sub(r"\1-\2", text)


def crawl(client):
    seen, queue, answers = set(), deque(), {}
    for start in ("/", "/ru/", "/be/", "/en/", "/special/ru/", "/special/be/", "/special/en/",
                  "/robots.txt", "/sitemap.xml", "/ru/search/?q=район", "/be/search/?q=раён",
                  "/en/search/?q=district", "/special/ru/search/?q=район"):
        seen.add(start)
        queue.append(start)
    while queue and len(answers) < MAX_PAGES:
        path = queue.popleft()
        response = client.get(path)
        answers[path] = record(response)
        if "html" not in response.get("Content-Type", ""):
            hrefs = re.findall(r"<loc>([^<]+)</loc>", answers[path][1])
        else:
            parser = Links()
            parser.feed(answers[path][1])
            hrefs = parser.found
        for href in hrefs:
            found = own_path(f"http://{HOST}{path}", href)
            if found and found not in seen:
                seen.add(found)
                queue.append(found)
    return answers


def extras(client, crawled):
    """Answers no link leads to."""
    answers = {}
    article = min(path for path in crawled
                  if path.startswith("/special/ru/news/") and path.count("/") == 6)
    for variant in SPECIAL_VARIANTS:
        client.cookies["special"] = variant
        for path in (article, "/special/ru/", "/special/be/search/?q=раён"):
            answers[f"{path} [special={variant}]"] = record(client.get(path))
    del client.cookies["special"]
    for path in ("/ru/no-such-page/", "/special/be/no-such-page/", "/en/search/?page=0"):
        answers[path] = record(client.get(path))
    answers["POST /ru/"] = record(client.post("/ru/"))
    answers["/ru/ [Host: nowhere.example]"] = record(
        client.get("/ru/", HTTP_HOST="nowhere.example"))
    answers["/ru/_util/login/"] = record(client.get("/ru/_util/login/"))
    return answers


def write(answers, out):
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for name, (meta, body) in sorted(answers.items()):
        digest = hashlib.sha1(name.encode()).hexdigest()[:16]
        index.append(f"{digest} {name}")
        (out / f"{digest}.txt").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n" + body, encoding="utf-8")
    (out / "index.txt").write_text("\n".join(index) + "\n", encoding="utf-8")


def main(out):
    set_up(tempfile.mkdtemp(prefix="ispolkom-snapshot-"))
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    answers = crawl(client)
    answers.update(extras(client, answers))
    write(answers, Path(out))
    print(f"{len(answers)} answers written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
