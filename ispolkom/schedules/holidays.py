"""Public holidays of Belarus (Decree No. 157 of 26.03.1998 as amended) and the days editors
declare in the admin (snippet Holiday), which take precedence on their date."""

from datetime import date, timedelta
from functools import lru_cache

# (month, day) of the fixed public days off: New Year (two days), Orthodox Christmas,
# Women's Day, Labour Day, Victory Day, Independence Day, October Revolution Day, Catholic
# Christmas.
SATURDAY = 5
FIXED = ((1, 1), (1, 2), (1, 7), (3, 8), (5, 1), (5, 9), (7, 3), (11, 7), (12, 25))


def orthodox_easter(year):
    """Meeus' Julian algorithm, moved to the Gregorian calendar (valid 1900–2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def radunitsa(year):
    """The Tuesday of the second week after Easter: the day Belarusians remember the dead."""
    return orthodox_easter(year) + timedelta(days=9)


@lru_cache(maxsize=64)
def public_holidays(year):
    return frozenset([date(year, month, day) for month, day in FIXED] + [radunitsa(year)])


def declared(start, end):
    """{date: kind} of the days editors declared between `start` and `end` inclusive."""
    from .models import Holiday  # the pure functions import without Django's apps ready

    return dict(Holiday.objects.filter(date__range=(start, end)).values_list("date", "kind"))


def days_off(start, end):
    """The days off between `start` and `end` inclusive, as a set: one query for a span."""
    return calendar(start, end)[0]


def calendar(start, end):
    """(days off, transferred working days) between `start` and `end` inclusive, one query.
    A transferred working day is one editors declared working on a Saturday or Sunday."""
    from .models import Holiday

    editors = declared(start, end)
    built_in = {day for year in range(start.year, end.year + 1)
                for day in public_holidays(year) if start <= day <= end}
    off = ({day for day in built_in if editors.get(day) != Holiday.WORKING_DAY}
           | {day for day, kind in editors.items() if kind == Holiday.DAY_OFF})
    working = {day for day, kind in editors.items()
               if kind == Holiday.WORKING_DAY and day.weekday() >= SATURDAY}
    return off, working


def is_day_off(day: date) -> bool:
    """True for a public holiday or a day an editor declared a day off, unless an editor
    declared it a working day. Weekends are not days off by this function."""
    return day in days_off(day, day)
