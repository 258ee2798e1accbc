"""What the events poster offers the home page and the site search (core/features.py)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ispolkom.core.committees import index_page, step
from ispolkom.core.features import COMMITTEE_PAGES, HOME_BLOCKS, SEARCHABLE_PAGES, HomeBlock
from ispolkom.core.freshness import changes_at, remember
from ispolkom.core.public import public_pages

from .models import EventIndexPage, EventPage
from .occurrences import next_midnight

EVENTS_ON_HOME = 3


@hooks.register(HOME_BLOCKS)
def next_events(home, request):
    """The next three events of the poster; the block changes when one of them ends."""
    # The poster itself is the site's structure: found once per version of it.
    poster = remember(request, f"poster:{home.pk}", lambda: public_pages(
        EventIndexPage.objects.child_of(home), request).first(), list_items=False)
    if poster is None:
        return []
    now = timezone.now()
    upcoming = poster.upcoming(request, now=now)[:EVENTS_ON_HOME]
    # The home page is cached until the first of them ends (or "today" turns).
    changes_at(request, min([shown.ends for shown, _event in upcoming] + [next_midnight(now)]))
    return [HomeBlock("events/includes/home_block.html", {"poster": poster, "events": upcoming})]


@hooks.register(SEARCHABLE_PAGES)
def searchable_events():
    return [EventPage]


@hooks.register(COMMITTEE_PAGES)
def events_poster(home, language):
    """The poster, out of the menu as in the demo: the header links to it (site_link)."""
    return [step("events poster", index_page(home, language, "events", EventIndexPage,
                                             _("Events")))]
