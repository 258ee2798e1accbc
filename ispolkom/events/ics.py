"""Events as iCalendar (RFC 5545), for "add to calendar" and the site's feed.

Times carry TZID=Europe/Minsk with a VTIMEZONE of one rule (UTC+3 since 27 March 2011, no
summer time), all-day events are VALUE=DATE with the exclusive end RFC 5545 asks for, and a
repeat is an RRULE that means what occurrences.py computes. A UID is the page's id at the
site's host, so a calendar that imports the feed again updates its events instead of
doubling them."""

from datetime import UTC, datetime, time, timedelta
from urllib.parse import urlsplit

import icalendar
from django.utils import timezone

from ispolkom.core.absolute_urls import absolute_url, site_root_url

from .occurrences import LAST_WEEK, ONE_DAY, Repeat, minsk, week_of_month

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MINSK_ID = "Europe/Minsk"


def minsk_timezone():
    """VTIMEZONE for Europe/Minsk as it has been since 2011: UTC+3 all year."""
    zone = icalendar.Timezone()
    zone.add("tzid", MINSK_ID)
    standard = icalendar.TimezoneStandard()
    standard.add("dtstart", datetime(2011, 3, 27, 2, 0))
    standard.add("tzoffsetfrom", timedelta(hours=3))
    standard.add("tzoffsetto", timedelta(hours=3))
    standard.add("tzname", "+03")
    zone.add_component(standard)
    return zone


def host_of(request):
    return urlsplit(site_root_url(request)).hostname or "localhost"


def repeat_rule(event):
    """The RRULE of the event's repeat, or None."""
    if event.repeat == Repeat.WEEKLY:
        rule = {"FREQ": "WEEKLY"}
    elif event.repeat == Repeat.MONTHLY_DAY:
        rule = {"FREQ": "MONTHLY", "BYMONTHDAY": event.start_date.day}
    elif event.repeat == Repeat.MONTHLY_WEEKDAY:
        week = week_of_month(event.start_date)
        code = WEEKDAY_CODES[event.start_date.weekday()]
        rule = {"FREQ": "MONTHLY", "BYDAY": f"{'-1' if week == LAST_WEEK else week}{code}"}
    else:
        return None
    if event.repeat_until:
        # With a zoned DTSTART, UNTIL is in UTC (RFC 5545 3.3.10): the end of that day.
        rule["UNTIL"] = event.repeat_until if event.start_time is None else datetime.combine(
            event.repeat_until, time(23, 59, 59), minsk()).astimezone(UTC)
    return icalendar.vRecur(rule)


def vevent(event, request, stamp):
    first = event.first
    entry = icalendar.Event()
    entry.add("uid", f"event-{event.pk}@{host_of(request)}")
    published = event.last_published_at
    entry.add("dtstamp", published.astimezone(UTC).replace(microsecond=0) if published
              else stamp)
    entry.add("summary", event.title)
    if first.all_day:
        entry.add("dtstart", first.start_date)
        entry.add("dtend", first.end_date + ONE_DAY)
    else:
        entry.add("dtstart", first.starts)
        if event.end_time or event.end_date:
            entry.add("dtend", first.ends)
    if rule := repeat_rule(event):
        entry.add("rrule", rule)
    entry.add("location", event.place_text())
    details = [event.description_text(), event.price if not event.free else "",
               event.age_mark, event.organiser]
    if text := "\n".join(part for part in details if part):
        entry.add("description", text)
    entry.add("url", absolute_url(request, event.get_url(request)))
    entry.add("categories", [str(event.get_category_display())])
    return entry


def calendar_of(events, request, name):
    """An iCalendar file (bytes) of `events` (EventPage objects), called `name`."""
    feed = icalendar.Calendar()
    feed.add("prodid", f"-//{host_of(request)}//ispolkom events//EN")
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", MINSK_ID)
    feed.add_component(minsk_timezone())
    stamp = timezone.now().astimezone(UTC).replace(microsecond=0)
    for event in events:
        feed.add_component(vevent(event, request, stamp))
    return feed.to_ical()
