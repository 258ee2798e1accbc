"""How the poster writes an event's time, repeat and JSON-LD."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ispolkom.core.dates import day_month_year, month_in_date
from ispolkom.schedules.hours import clock
from ispolkom.schedules.recurrence import Rule, describe, weekday_name, wording_language

from ..occurrences import Repeat, week_of_month

register = template.Library()


@register.filter
def when(occurrence):
    """«14 декабря 2026, 18:00–20:00», «14–16 декабря 2026», "14 December 2026"."""
    start, end = occurrence.start_date, occurrence.end_date
    if end == start:
        days = day_month_year(start)
    elif (end.year, end.month) == (start.year, start.month):
        days = f"{start.day}–{day_month_year(end)}"
    elif end.year == start.year:
        days = f"{start.day} {month_in_date(start.month)} – {day_month_year(end)}"
    else:
        days = f"{day_month_year(start)} – {day_month_year(end)}"
    return f"{days}, {hours(occurrence)}" if occurrence.start_time else days


@register.filter
def hours(occurrence):
    """«18:00» or «18:00–20:00»; "" for all day."""
    if occurrence.start_time is None:
        return ""
    if occurrence.end_time is None:
        return clock(occurrence.start_time)
    return f"{clock(occurrence.start_time)}–{clock(occurrence.end_time)}"


@register.filter
def repeat_text(event):
    """«каждую субботу», «2-я суббота месяца», «каждый месяц, 15-го числа»; with «до …»
    when it stops; "" for an event that does not repeat."""
    weekday = event.start_date.weekday()
    if event.repeat == Repeat.WEEKLY:
        text = describe(Rule(weekday))
    elif event.repeat == Repeat.MONTHLY_WEEKDAY:
        text = describe(Rule(weekday, (week_of_month(event.start_date),)))
    elif event.repeat == Repeat.MONTHLY_DAY:
        text = _("every month on day %(day)s") % {"day": event.start_date.day}
    else:
        return ""
    if event.repeat_until:
        text += " " + _("until %(date)s") % {"date": day_month_year(event.repeat_until)}
    return text


@register.filter
def machine_moment(occurrence):
    """<time datetime>: the date of an all-day occurrence, else its local start with offset."""
    if occurrence.all_day:
        return occurrence.start_date.isoformat()
    return occurrence.starts.replace(microsecond=0).isoformat()


@register.filter
def event_json_ld(event, url):
    """schema.org Event of `event` at `url` (escaped for <script>)."""
    return mark_safe(event.structured_data(url))  # noqa: S308 (escaped in structured_data)


# The month in the calendar's heading, in the nominative and, after "Афиша:", in lower case
# as Russian and Belarusian write month names ("снежань 2026"); Django's
# Belarusian names are genitive or in taraškievica, so the names are kept here.
MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "be": ("студзень", "люты", "сакавік", "красавік", "травень", "чэрвень", "ліпень",
           "жнівень", "верасень", "кастрычнік", "лістапад", "снежань"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
# Short weekday names as the real sites' calendars print them.
SHORT_WEEKDAYS = {
    "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    "be": ("Пн", "Аў", "Ср", "Чц", "Пт", "Сб", "Нд"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


@register.filter
def month_heading(day):
    return f"{MONTHS[wording_language()][day.month - 1]} {day.year}"


@register.simple_tag
def weekday_headings():
    """(short, full) name of each weekday, Monday first."""
    code = wording_language()
    return [(SHORT_WEEKDAYS[code][number], capfirst(weekday_name(number)))
            for number in range(7)]


@register.filter
def weekday_long(day):
    """The weekday before a day's number, shown where the calendar turns into a list."""
    return format_html('<span class="calendar__weekday">{}, </span>',
                       capfirst(weekday_name(day.weekday())))


@register.filter
def clock_text(moment):
    return clock(moment)
