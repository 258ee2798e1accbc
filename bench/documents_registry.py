"""The cost of the registry of official documents with 10,000 acts.

    python bench/documents_registry.py [--count 10000] [--database sqlite:////tmp/x.sqlite3]

Builds a scratch database (SQLite in /tmp by default, or DATABASE_URL / --database: its
content is replaced), loads the demo, inserts `count` acts in batches under the Russian and
Belarusian registries (tree rows written directly, as bench/bulk_news.py does), then renders
the registry without the page cache and prints, for page 1, a deep page and a filtered page,
the number of queries (less the shared-cache reads) and the median render time.
"""
# ruff: noqa: E402 -- the models can be imported only once Django is set up, as in manage.py

import argparse
import datetime
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
parser.add_argument("--count", type=int, default=10_000)
parser.add_argument("--database", default=os.environ.get(
    "DATABASE_URL", "sqlite:////tmp/ispolkom-documents-bench.sqlite3"))
parser.add_argument("--repeat", type=int, default=5)
OPTIONS = parser.parse_args()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DATABASE_URL"] = OPTIONS.database
os.environ["PAGE_CACHE"] = "0"
os.environ.setdefault("MEDIA_ROOT", "/tmp/ispolkom-documents-bench-media")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ispolkom.settings.test")

import django

django.setup()

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from wagtail.models import Page

from ispolkom.core.freshness import invalidate_everything
from ispolkom.demo.loader import DemoLoader
from ispolkom.documents.models import DocumentPage, DocumentRegistryPage
from ispolkom.framework import tree_path

TOPICS = ("благоустройстве", "водоснабжении", "бюджете", "аренде", "торговле", "дорогах",
          "охране лесов", "оздоровлении детей", "строительстве", "транспорте")


def fresh_database():
    if connection.vendor == "sqlite":
        name = Path(connection.settings_dict["NAME"])
        connection.close()
        name.unlink(missing_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    DemoLoader().load()


@transaction.atomic
def add_acts(registry, count, rng):
    registry.refresh_from_db(fields=["numchild"])
    content_type = ContentType.objects.get_for_model(DocumentPage)
    pages, acts = [], []
    for offset in range(1, count + 1):
        position = registry.numchild + offset
        day = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randint(0, 3650))
        number = str(rng.randint(1, 2400))
        title = f"О {rng.choice(TOPICS)} ({position})"
        slug = f"{day:%Y-%m-%d}-{number}-{position}"
        pages.append(Page(
            path=tree_path(registry.path, registry.depth + 1, position),
            depth=registry.depth + 1, numchild=0, translation_key=uuid.uuid4(),
            locale_id=registry.locale_id, live=True, has_unpublished_changes=False,
            title=title, draft_title=title, slug=slug, content_type=content_type,
            url_path=f"{registry.url_path}{slug}/", show_in_menus=False))
        acts.append((day, number, title, rng.random()))
    Page.objects.bulk_create(pages)
    rows = [(page.pk, "committee" if share < 0.8 else "council", "decision", number,
             day.isoformat(), "", None, "", "lost_force" if share < 0.3 else "in_force", None,
             "", f"{title.casefold()} {number} текст решения о {rng.choice(TOPICS)}")
            for page, (day, number, title, share) in zip(pages, acts, strict=True)]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {DocumentPage._meta.db_table} (page_ptr_id, issuing_body, act_type, "
            "number, date_adopted, registration_number, published_on, portal_url, "
            "legal_force, changed_by_id, changed_by_text, search_text) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
    Page.objects.filter(pk=registry.pk).update(numchild=F("numchild") + count)


def measure(client, url, repeat):
    client.get(url)  # warm the per-process memos
    times, queries = [], None
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        queries = len([query for query in captured.captured_queries
                       if "ispolkom_shared_cache" not in query["sql"]])
    return queries, statistics.median(times) * 1000


def main():
    started = time.monotonic()
    fresh_database()
    ru, be = (DocumentRegistryPage.objects.get(locale__language_code=code) for code in ("ru", "be"))
    rng = random.Random(13)
    ru_share = OPTIONS.count * 4 // 5
    for registry, share in ((ru, ru_share), (be, OPTIONS.count - ru_share)):
        for start in range(0, share, 2000):
            add_acts(registry, min(2000, share - start), rng)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    invalidate_everything()
    total = DocumentPage.objects.count()
    print(f"{total} acts on {connection.vendor} (built in {time.monotonic() - started:.0f} s)")
    setup_test_environment()
    client = Client()
    last = -(-total // 20)
    for label, url in (("page 1", ru.url), ("deep page", f"{ru.url}page/{last - 5}/"),
                       ("filtered", f"{ru.url}?year=2020&status=in_force&q=водоснабжении"),
                       ("number", f"{ru.url}?number=1806")):
        queries, milliseconds = measure(client, url, OPTIONS.repeat)
        print(f"{label:10} {queries:3} queries  {milliseconds:7.1f} ms  {url}")


if __name__ == "__main__":
    main()
