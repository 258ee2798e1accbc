"""One run of a feed source: fetch (conditionally), read, import, and what happened recorded
on the source for the admin. Nothing here raises to the caller: the timer goes on to the
next source."""

import logging

from django.utils import timezone

from .fetch import FetchError, fetch
from .importer import Counts, import_entries
from .models import FeedSource
from .reader import NotAFeed, read_feed

logger = logging.getLogger(__name__)
NOT_MODIFIED = 304


def due_sources(now=None):
    now = now or timezone.now()
    return [source for source in FeedSource.objects.filter(active=True).select_related(
        "section") if source.is_due(now)]


def run_source(source, dry_run=False):
    """(Counts, error line or ""), or (None, "") when another run has the source. A dry run
    records nothing on the source."""
    started = timezone.now()
    if not dry_run and not claimed(source, started):
        return None, ""  # another run (a second timer, a slow previous run) has it
    try:
        fetched = fetch(source.url, etag=source.etag or None, modified=source.modified or None)
        if fetched.status == NOT_MODIFIED:
            counts, feed = Counts(), None
        else:
            feed = read_feed(fetched.body, fetched.content_type)
            counts = import_entries(source, feed, dry_run=dry_run)
    except (FetchError, NotAFeed) as error:
        return Counts(), record_failure(source, started, str(error), dry_run)
    except Exception as error:  # noqa: BLE001 — a fault of ours is shown, not raised
        logger.exception("Feed source %s failed", source.pk)
        return Counts(), record_failure(source, started, f"{type(error).__name__}: {error}",
                                        dry_run)
    if not dry_run:
        notes = list(feed.warnings if feed else ()) + counts.errors[:3]
        changes = {"last_run": started, "last_success": started,
                   "last_error": "\n".join(notes)}
        # A feed whose entries all went in is not fetched again until it changes; with a
        # failed entry the next run reads it whole and tries that entry again.
        if fetched.status != NOT_MODIFIED and not counts.failed:
            changes.update(etag=(fetched.etag or "")[:255],
                           modified=(fetched.modified or "")[:255])
        FeedSource.objects.filter(pk=source.pk).update(**changes)
    return counts, ""


def claimed(source, started):
    """Marks the source as run now unless another process did since we read it: two
    overlapping runs would import the same entries twice. One UPDATE, on any database."""
    unchanged = {"last_run": source.last_run} if source.last_run else {"last_run__isnull": True}
    return FeedSource.objects.filter(pk=source.pk, **unchanged).update(last_run=started) == 1


def record_failure(source, started, error, dry_run):
    if not dry_run:
        FeedSource.objects.filter(pk=source.pk).update(last_run=started, last_error=error)
    return error


