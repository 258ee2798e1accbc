"""When an event takes place: its occurrences under its repeat rule, in the site's time zone
(Europe/Minsk, UTC+3 all year since 2011: no summer time, so a local time is one instant).

Pure functions over any object with the fields of EventPage: start_date, start_time (or
None: all day), end_date and end_time (or None), repeat (Repeat) and repeat_until (or None).

The rules, as iCalendar's RRULE reads them (so that the page and a subscriber's calendar
agree):
- weekly: every 7 days from the first date;
- monthly by day: the same day of the month; a month without that day (the 31st in April,
  the 30th in February) is skipped, as RRULE:FREQ=MONTHLY;BYMONTHDAY=31 skips it;
- monthly by weekday: the same weekday of the same week of the month as the first date, e.g.
  "the 2nd Saturday"; a first date in the month's fifth week means "the last" (-1SA), which
  every month has.
`repeat_until` is the last day an occurrence may start on (inclusive).
An occurrence keeps the first one's length: its end is as many days after its start.
"""

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ONE_DAY = timedelta(days=1)
LAST_WEEK = -1


class Repeat(models.TextChoices):
    NONE = "", _("does not repeat")
    WEEKLY = "weekly", _("every week")
    MONTHLY_DAY = "monthly_day", _("every month on the same day")
    MONTHLY_WEEKDAY = "monthly_weekday", _("every month on the same weekday (e.g. 2nd Saturday)")


def minsk():
    return timezone.get_default_timezone()


@dataclass(frozen=True)
class Occurrence:
    """One time an event takes place. Times are None for an all-day occurrence."""

    event: object
    start_date: date
    start_time: time | None
    end_date: date
    end_time: time | None

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def starts(self):
        """The aware moment it starts: midnight in Minsk for an all-day one."""
        return datetime.combine(self.start_date, self.start_time or time.min, minsk())

    @property
    def ends(self):
        """The aware moment it is over: its end time, else the midnight after its last day."""
        if self.end_time is not None:
            return datetime.combine(self.end_date, self.end_time, minsk())
        return datetime.combine(self.end_date + ONE_DAY, time.min, minsk())

    def days(self):
        """The days it spans, first to last."""
        day = self.start_date
        while day <= self.end_date:
            yield day
            day += ONE_DAY


def length_in_days(event):
    return max(0, ((event.end_date or event.start_date) - event.start_date).days)


def week_of_month(day):
    """1..4 for the first four weeks of the month, LAST_WEEK for the fifth."""
    week = (day.day - 1) // 7 + 1
    return LAST_WEEK if week == 5 else week


def nth_weekday(year, month, weekday, week):
    """The `week`th (1..4, or LAST_WEEK) `weekday` of the month."""
    days = [day for day in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, day).weekday() == weekday]
    return date(year, month, days[-1] if week == LAST_WEEK else days[week - 1])


def months_from(day):
    year, month = day.year, day.month
    while True:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def start_dates(event, first, last):
    """The dates occurrences of `event` start on, from `first` to `last` (dates, inclusive)."""
    begin = event.start_date
    last = min(last, event.repeat_until) if event.repeat and event.repeat_until else last
    if first > last or begin > last:
        return
    if not event.repeat:
        if begin >= first:
            yield begin
        return
    if event.repeat == Repeat.WEEKLY:
        skip = max(0, (first - begin).days + 6) // 7  # weeks wholly before `first`
        day = begin + timedelta(weeks=skip)
        while day <= last:
            if day >= first:
                yield day
            day += timedelta(weeks=1)
        return
    week = week_of_month(begin)
    for year, month in months_from(max(begin, first).replace(day=1)):
        if (year, month) > (last.year, last.month):
            return
        if event.repeat == Repeat.MONTHLY_DAY:
            if begin.day > calendar.monthrange(year, month)[1]:
                continue  # skipped, as RRULE does
            day = date(year, month, begin.day)
        else:
            day = nth_weekday(year, month, begin.weekday(), week)
        if begin <= day and first <= day <= last:
            yield day


def occurrences(event, start, end):
    """The occurrences of `event` that overlap the days `start` to `end` (dates, inclusive),
    in order."""
    length = length_in_days(event)
    end_time = event.end_time if (event.end_date or event.end_time) else None
    return [Occurrence(event, day, event.start_time, day + timedelta(days=length), end_time)
            for day in start_dates(event, start - timedelta(days=length), end)]


def first_occurrence(event):
    """The occurrence on the first date (even if a faulty "until" leaves the rule empty)."""
    end_time = event.end_time if (event.end_date or event.end_time) else None
    return Occurrence(event, event.start_date, event.start_time,
                      event.start_date + timedelta(days=length_in_days(event)), end_time)


def next_occurrence(event, now):
    """The first occurrence not over at `now` (aware), or None when all are over."""
    today = now.astimezone(minsk()).date()
    first = max(today - timedelta(days=length_in_days(event)), event.start_date)
    step = timedelta(days=400)  # any 400 days hold a date of every rule
    for _attempt in range(3):
        found = [occurrence for occurrence in occurrences(event, first, first + step)
                 if occurrence.ends > now]
        if found or not event.repeat:
            return found[0] if found else None
        first += step + ONE_DAY
    return None


def last_day(event):
    """The last day any occurrence lasts, or None when the event repeats for ever."""
    length = length_in_days(event)
    if not event.repeat:
        return event.start_date + timedelta(days=length)
    if not event.repeat_until:
        return None
    dates = list(start_dates(event, max(event.start_date, event.repeat_until - timedelta(
        days=62)), event.repeat_until))
    last = dates[-1] if dates else event.start_date
    return last + timedelta(days=length)


def next_midnight(now):
    """The start of the next day in Minsk: when "today" turns."""
    tomorrow = now.astimezone(minsk()).date() + ONE_DAY
    return datetime.combine(tomorrow, time.min, minsk())
