"""Bulk news for benchmarks: tens of thousands of live articles in minutes.

    python bench/bulk_news.py --count 100000   (Django settings from the environment)

Wagtail's page API saves one page at a time with revisions and signals; here the tree rows
(treebeard paths), the article rows and the search entries are inserted in batches instead.
The pages are ordinary live pages afterwards, but have no revisions. bench/run.py calls this
on a database with the demo loaded; bump its DATA_VERSION when what is generated changes.
"""
# ruff: noqa: E402 -- the models can be imported only once Django is set up, as in manage.py

import argparse
import datetime
import json
import os
import random
import sys
import time
import uuid
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ispolkom.settings.dev")
django.setup()

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from vocabulary import text  # bench/vocabulary.py: words by a realistic frequency
from wagtail.models import Page

from ispolkom.core.committees import find_site
from ispolkom.core.editors import homes_of
from ispolkom.core.freshness import invalidate_everything
from ispolkom.core.sites import below
from ispolkom.framework import database_datetime, tree_path
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from ispolkom.search.indexing import home_id_of
from ispolkom.search.models import SearchEntry

PICTURES = []  # ids of the images the bulk news show, filled by add_news


def add_news(count, batch=2000, progress=None, site=None):
    """Spread `count` new articles over every news section of every language (of `site`)."""
    sections = NewsSectionPage.objects.select_related("locale").order_by("path")
    if site:
        sections = sections.filter(below(homes_of(site).values_list("path", flat=True)))
    sections = list(sections)
    PICTURES[:] = NewsArticlePage.objects.exclude(main_image=None).values_list(
        "main_image_id", flat=True).distinct().order_by("main_image_id")[:12]
    done = 0
    for index, section in enumerate(sections):
        share = count // len(sections) + (1 if index < count % len(sections) else 0)
        newest = section.numchild + share  # the last position filled gets the latest date
        for start in range(0, share, batch):
            size = min(batch, share - start)
            add_batch(section, size, newest, random.Random(f"{section.pk}-{start}"))
            done += size
            if progress:
                progress(done, count)
    return done


@transaction.atomic
def add_batch(section, size, newest, rng):
    section.refresh_from_db(fields=["numchild"])
    language = section.locale.language_code
    content_type = ContentType.objects.get_for_model(NewsArticlePage)
    now = timezone.now()
    pages, articles = [], []
    for offset in range(1, size + 1):
        position = section.numchild + offset
        slug = f"bulk-{position}"
        # Older first, as a site fills up: page ids grow with the publication date.
        moment = now - datetime.timedelta(minutes=37 * (newest - position + 1)
                                          + rng.randint(0, 30))
        title = text(rng, language, 6)
        pages.append(Page(
            path=tree_path(section.path, section.depth + 1, position),
            depth=section.depth + 1, numchild=0, translation_key=uuid.uuid4(),
            locale_id=section.locale_id, live=True, has_unpublished_changes=False,
            first_published_at=moment, last_published_at=moment, title=title,
            draft_title=title, slug=slug, content_type=content_type,
            url_path=f"{section.url_path}{slug}/", show_in_menus=False,
        ))
        # Two in three news have a picture, as on a district's site (the demo's drawings).
        picture = rng.choice(PICTURES) if PICTURES and rng.random() < 2 / 3 else None
        articles.append((moment, text(rng, language, 20), text(rng, language, 80), picture))
    Page.objects.bulk_create(pages)
    rows = [  # dates stored as Django stores them, so that equal dates compare equal
        (page.pk, database_datetime(moment), lead,
         json.dumps([{"type": "paragraph", "value": f"<p>{body}</p>", "id": str(uuid.uuid4())}]),
         picture, "", "", "", False)
        for page, (moment, lead, body, picture) in zip(pages, articles, strict=True)
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {NewsArticlePage._meta.db_table} (page_ptr_id, date, lead, body, "
            "main_image_id, main_image_alt, source_name, source_url, show_time) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
    home_id = home_id_of(section)  # the site search looks below the site's home
    SearchEntry.objects.bulk_create([
        SearchEntry(page_id=page.pk, language=language, home_id=home_id,
                    section_id=section.pk, date=moment, title=page.title, text=f"{lead} {body}")
        for page, (moment, lead, body, _picture) in zip(pages, articles, strict=True)
    ])
    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + size)


def show_progress(done, total):
    filled = int(30 * done / total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} news")
    sys.stderr.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Add N generated news articles across every language and section.")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--site", action="append", default=[], metavar="HOST",
                        help="only this site's sections, `--count` news for each site named")
    options = parser.parse_args(argv)
    started = time.monotonic()
    sites = [find_site(host) for host in options.site] or [None]
    added = sum(add_news(options.count, options.batch, show_progress, site) for site in sites)
    sys.stderr.write("\n")
    if connection.vendor == "postgresql":
        # Fresh statistics now, rather than whenever autovacuum gets to the new rows.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    # The rows bypassed Wagtail's signals, so no cached page knows about them.
    invalidate_everything()
    print(f"Added {added} news in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
