import sys
import time

from django.core.management.base import BaseCommand
from django.db import connection

from ispolkom.demo.bulk import add_news
from ispolkom.pagecache.signals import invalidate_everything


class Command(BaseCommand):
    help = "Add N generated news articles (for benchmarks) across every language and section."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100_000)
        parser.add_argument("--batch", type=int, default=2000)

    def handle(self, *args, count, batch, **options):
        started = time.monotonic()

        def progress(done, total):
            filled = int(30 * done / total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} news")
            sys.stderr.flush()

        added = add_news(count, batch, progress)
        sys.stderr.write("\n")
        if connection.vendor == "postgresql":
            # Fresh statistics now, rather than whenever autovacuum gets to the new rows.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        invalidate_everything()
        self.stdout.write(f"Added {added} news in {time.monotonic() - started:.0f} s.")
