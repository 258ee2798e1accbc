"""Weekly opening hours: rows of (weekday, opens, closes, optional break), in the site's
time zone (Europe/Minsk, UTC+3 all year). Public holidays and declared days off are closed
(holidays.days_off); a Saturday or Sunday declared a working day (the yearly transfers) keeps
the office's usual weekday hours. Functions take an aware datetime in any zone and answer in
Minsk's."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import gettext as _

from ispolkom.core.dates import month_in_date

from .holidays import calendar
from .recurrence import on_weekday

SATURDAY = 5
# Days searched for the next opening: an office open one day a week, past holidays.
DAYS_AHEAD = 35


@dataclass(frozen=True)
class Row:
    """One weekday's hours: open from `opens` to `closes`, closed during the break."""

    weekday: int
    opens: time
    closes: time
    break_starts: time | None = None
    break_ends: time | None = None

    def periods(self):
        """The (start, end) times the office is open that day."""
        if self.break_starts and self.break_ends and self.opens < self.break_starts \
                < self.break_ends < self.closes:
            return [(self.opens, self.break_starts), (self.break_ends, self.closes)]
        return [(self.opens, self.closes)] if self.opens < self.closes else []


def as_rows(rows):
    """Row objects from Rows, tuples (weekday, opens, closes[, break starts, break ends])
    or (…, closes, (break starts, break ends)), or anything with `as_rows()` (a model's
    weekday range gives one Row per weekday)."""
    found = []
    for row in rows:
        if isinstance(row, Row):
            found.append(row)
        elif hasattr(row, "as_rows"):
            found.extend(row.as_rows())
        elif len(row) == 4:  # (weekday, opens, closes, (break starts, break ends) or None)
            found.append(Row(*row[:3], *(row[3] or (None, None))))
        else:
            found.append(Row(*row))
    return found


def open_periods(rows, now, days=DAYS_AHEAD):
    """(start, end) aware datetimes of the open periods from the start of `now`'s day on,
    in order, for `days` days, days off left out."""
    zone = timezone.get_default_timezone()  # the office's clock, whatever `now` is in
    local = now.astimezone(zone)
    today = local.date()
    by_weekday = {}
    for row in as_rows(rows):
        by_weekday.setdefault(row.weekday, []).extend(row.periods())
    closed, worked = calendar(today, today + timedelta(days=days))
    periods = []
    for offset in range(days + 1):
        day = today + timedelta(days=offset)
        if day in closed:
            continue
        day_periods = usual_weekday(by_weekday) if day in worked else by_weekday.get(
            day.weekday(), ())
        for start, end in sorted(day_periods):
            periods.append((datetime.combine(day, start, zone), datetime.combine(day, end, zone)))
    return periods


def usual_weekday(by_weekday):
    """The periods most weekdays (Monday to Friday) have: a transferred working Saturday is
    an ordinary working day, not a short Saturday (Wednesday's late evening is the exception)."""
    weekdays = [tuple(sorted(by_weekday[day])) for day in range(SATURDAY) if by_weekday.get(day)]
    return Counter(weekdays).most_common(1)[0][0] if weekdays else ()


def current_period(rows, now):
    """The open period `now` falls in, or None."""
    return _current(open_periods(rows, now, days=0), now)


def is_open(rows, now: datetime) -> bool:
    return current_period(rows, now) is not None


def next_opening(rows, now: datetime) -> datetime | None:
    """`now` if open, else when it opens next (within three weeks), else None."""
    return _next_opening(open_periods(rows, now), now)


def closing_time(rows, now):
    """When the office closes (or goes to lunch) if it is open now, else None."""
    period = current_period(rows, now)
    return period[1] if period else None


def next_change(rows, now: datetime) -> datetime | None:
    """The next moment the office opens or closes after `now`: until then "open now" or
    "opens at" stays true (a page showing it may be cached until then)."""
    return _next_change(open_periods(rows, now), now)


# The same answers from periods already read: a page asks several questions of one calendar
# query, and the number of queries must not depend on the time of day.
def _current(periods, now):
    return next(((start, end) for start, end in periods if start <= now < end), None)


def _next_opening(periods, now):
    return next((max(start, now) for start, end in periods if now < end), None)


def _next_change(periods, now):
    for start, end in periods:
        if now < start:
            return start
        if now < end:
            return end
    return None


def next_midnight(now):
    """The start of the next day in Minsk: when "today" and the dates of lists turn."""
    tomorrow = now.astimezone(timezone.get_default_timezone()).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), timezone.get_default_timezone())


def clock(moment):
    """8:00, 13:30: hours without a leading zero, as Belarusian sites write them."""
    return f"{moment.hour}:{moment.minute:02d}"


def status(rows, now):
    """(the line a visitor reads about now, whether open): «Сейчас открыто, до 17:00»,
    «Откроется в понедельник в 8:00»; "" when the rows never open."""
    line, is_open, _change = outlook(rows, now)
    return line, is_open


def outlook(rows, now):
    """(the line about now, whether open, when that line next changes or None), from one
    calendar query."""
    now = now.astimezone(timezone.get_default_timezone())
    periods = open_periods(rows, now)
    return (*_status_line(periods, now), _next_change(periods, now))


def _status_line(periods, now):
    current = _current(periods, now)
    if current is not None:
        return _("Open now until %(time)s") % {"time": clock(current[1])}, True
    opens = _next_opening(periods, now)
    if opens is None:
        return "", False
    days = (opens.date() - now.date()).days
    if days == 0:
        if any(end <= now for _start, end in periods):  # it opened today: lunch
            return _("Lunch break until %(time)s") % {"time": clock(opens)}, False
        day = _("today")
    elif days < 7:
        day = on_weekday(opens.weekday())
    else:
        day = f"{opens.day} {month_in_date(opens.month)}"
    return _("Opens %(day)s at %(time)s") % {"day": day, "time": clock(opens)}, False


def weekly_table(rows):
    """[(days, hours, break)] for a compact table, consecutive weekdays with the same hours
    joined: ("Пн–Пт", "8:00–17:00", "13:00–14:00"), ("Вс", None, None) for a day off."""
    by_weekday = {row.weekday: row for row in as_rows(rows)}
    groups = []
    for weekday in range(7):
        row = by_weekday.get(weekday)
        times = (row.opens, row.closes, row.break_starts, row.break_ends) if row else None
        if groups and groups[-1][2] == times:
            groups[-1][1] = weekday
        else:
            groups.append([weekday, weekday, times])
    table = []
    for first, last, times in groups:
        days = str(WEEKDAYS_ABBR[first]) if first == last else (
            f"{WEEKDAYS_ABBR[first]}–{WEEKDAYS_ABBR[last]}")
        if times is None:
            table.append((days, None, None))
            continue
        opens, closes, break_starts, break_ends = times
        lunch = (f"{clock(break_starts)}–{clock(break_ends)}"
                 if break_starts and break_ends else None)
        table.append((days, f"{clock(opens)}–{clock(closes)}", lunch))
    return table


SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def opening_hours_specification(rows):
    """schema.org OpeningHoursSpecification items, a lunch break splitting the day in two."""
    specs = []
    for row in sorted(as_rows(rows), key=lambda row: row.weekday):
        for start, end in row.periods():
            specs.append({"@type": "OpeningHoursSpecification",
                          "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[row.weekday]}",
                          "opens": f"{start:%H:%M}", "closes": f"{end:%H:%M}"})
    return specs
