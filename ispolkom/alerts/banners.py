"""Which banners a page shows now, and when that next changes.

A page is rendered with the banners live now for its site and, for a banner tied to a
section, only inside that section. The page cache keeps it only until the next moment this
answer changes (an active banner's end, a scheduled banner's start: freshness.changes_at),
and keys it on the banners the visitor hid (the `alert-hidden-<id>` cookies: CACHE_VARIANTS).
"""

import re
from datetime import UTC, datetime

from wagtail.models import Site

from ispolkom.core import freshness

from .models import Alert

HIDDEN_COOKIE = "alert-hidden-{}"
HIDDEN_COOKIE_NAME = re.compile(r"alert-hidden-([1-9][0-9]{0,9})\Z")
MOST_HIDDEN = 20  # more cookies than banners ever live at once are someone playing


def hidden_ids(request):
    """Ids of the banners this visitor hid, from the cookie names alone (no query)."""
    found = sorted({int(match[1]) for name in request.COOKIES
                    if (match := HIDDEN_COOKIE_NAME.match(name))})
    return found[:MOST_HIDDEN]


def banners_for(request, page):
    """The banners `page` (None: a page that is not a Wagtail page) shows to this visitor,
    most important first, and tells the page cache when that changes."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    now = current_time()
    pending = [alert for alert in live_banners(request, site)
               if alert.end > now and covers(alert, page, request)]
    starts = [alert.start for alert in pending if alert.start > now]
    showing = [alert for alert in pending if alert.start <= now]
    if pending:
        freshness.changes_at(request, min(starts + [alert.end for alert in showing]))
    hidden = set(hidden_ids(request))
    shown = [alert for alert in showing if not (alert.dismissible and alert.pk in hidden)]
    if any(alert.dismissible for alert in shown):
        freshness.revalidate_always(request)  # hiding it must show at once, not from the cache
    return sorted(shown, key=lambda alert: (alert.kind, alert.start, alert.pk))


def live_banners(request, site):
    """The site's live banners that had not ended when it was last read: once per change of
    the site (a banner published renews every site, alerts/signals.py), not on every page;
    each page then keeps those that have not ended by its own clock."""
    now = current_time()
    return freshness.remember(request, "banners", lambda: list(
        Alert.objects.filter(site=site, live=True, end__gt=now).select_related("section")),
        list_items=False)


def current_time():
    """Now, on the clock the page cache keeps time by (shared by every process)."""
    return datetime.fromtimestamp(freshness.wall_clock_ns() / 1e9, UTC)


def covers(alert, page, request):
    if alert.section_id is None:
        return True
    if page is None:
        return False
    return any(page.path.startswith(path) for path in alert.section_paths(request))
