"""Dates as the old district sites print them: «29 апреля 2020», «16 лютага 2023»,
«16 February 2023», «06.02.2025», «13.08.2024 | 14:44», and ISO 8601 from <time datetime>.

A page's text holds many numbers; the first one that is a real date wins, so "31.02.2024"
(no such day) is passed over for the next candidate."""

import datetime
import re

from django.utils import timezone

# Month names by number: Russian and Belarusian (official orthography and taraškievica), in
# the genitive of a date and the nominative of a heading, and English.
MONTH_NAMES = {
    1: "января январь студзеня студзень january jan",
    2: "февраля февраль лютага люты february feb",
    3: "марта март сакавіка сакавік march mar",
    4: "апреля апрель красавіка красавік april apr",
    5: "мая май траўня травень may",
    6: "июня июнь чэрвеня чэрвень june jun",
    7: "июля июль ліпеня ліпень july jul",
    8: "августа август жніўня жнівень august aug",
    9: "сентября сентябрь верасня верасень верасьня верасьнь september sep sept",
    10: "октября октябрь кастрычніка кастрычнік october oct",
    11: "ноября ноябрь лістапада лістапад november nov",
    12: "декабря декабрь снежня снежань сьнежня сьнежань december dec",
}
def folded(word):
    """A month word as looked up: «Верасьня», «ВЕРАСНЯ» and «верасня» alike."""
    return word.lower().replace("ё", "е").replace("ў", "у").rstrip(".")


MONTHS = {folded(name): number for number, names in MONTH_NAMES.items()
          for name in names.split()}
# A Latin "i" typed for the Belarusian "і" («лiпеня»)
MONTHS.update({name.replace("і", "i"): number for name, number in list(MONTHS.items())})


def month_number(word):
    """The month a name or an abbreviation of one («февр.», «сент», «ліс») stands for."""
    word = folded(word)
    if word in MONTHS:
        return MONTHS[word]
    numbers = {number for name, number in MONTHS.items() if name.startswith(word)}
    return numbers.pop() if len(word) >= 3 and len(numbers) == 1 else None


MONTH_WORD = r"([^\W\d_]{3,12}\.?)"
TIME = r"(?:\s*(?:[|,–—-]|\bв\b|\bat\b)?\s*(\d{1,2}):(\d{2})(?!\d))?"
YEAR = r"(\d{4})(?!\d)(?:\s*(?:г\.|года|год|г)(?![^\W\d_]))?"
PATTERNS = [
    # 2024-08-13, 2024-08-13T14:44, 2024-08-13T14:44:00+03:00, …Z
    re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
               r"\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)", re.I),
    # 06.02.2025, 13.08.2024 | 14:44, 13.08.2024, 14:44
    re.compile(rf"(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})\.{YEAR}{TIME}", re.I),
    # 29 апреля 2020, 16 лютага 2023 г., 16 Feb 2023, 16 February 2023, 14:44
    re.compile(rf"(?<!\d)(\d{{1,2}})\s+{MONTH_WORD}\s*,?\s+{YEAR}{TIME}", re.I),
    # February 16, 2023
    re.compile(rf"(?<![^\W\d_]){MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR}{TIME}", re.I),
]
ISO, NUMERIC, DAY_MONTH, MONTH_DAY = PATTERNS
OLDEST_YEAR, NEWEST_YEAR = 1990, 2100  # no district site is older; a larger number is no year


def parse_date(text):
    """(value, has_time) of the first real date in `text`, else None: a date, or a datetime
    aware in the site's zone (Europe/Minsk) when a time of day was given."""
    candidates = []
    for pattern in PATTERNS:
        candidates += [(match.start(), pattern, match)
                       for match in pattern.finditer(str(text or "")[:100_000])]
    for _start, pattern, match in sorted(candidates, key=lambda found: found[0]):
        value = date_of(pattern, match)
        if value is not None:
            return value, isinstance(value, datetime.datetime)
    return None


def date_of(pattern, match):
    """The date or aware datetime `match` names, or None if there is no such day."""
    groups = match.groups()
    zone = None
    if pattern is ISO:
        year, month, day, hour, minute, second, zone = groups
    elif pattern is NUMERIC:
        day, month, year, hour, minute = groups
        second = None
    else:
        if pattern is DAY_MONTH:
            day, name, year, hour, minute = groups
        else:
            name, day, year, hour, minute = groups
        second = None
        month = month_number(name)
        if month is None:
            return None
    try:
        day = datetime.date(int(year), int(month), int(day))
        if not OLDEST_YEAR <= day.year <= NEWEST_YEAR:
            return None
    except ValueError:
        return None
    if hour is None or not (int(hour) < 24 and int(minute) < 60 and int(second or 0) < 60):
        return day  # "25:70" is no time of day, but the day stands
    moment = datetime.datetime.combine(day, datetime.time(int(hour), int(minute), int(second or 0)))
    if zone:
        offset = zone.upper().replace(":", "")
        offset = "+0000" if offset == "Z" else offset
        moment = datetime.datetime.strptime(
            moment.isoformat() + offset, "%Y-%m-%dT%H:%M:%S%z")
        return timezone.localtime(moment, timezone.get_default_timezone())
    return timezone.make_aware(moment, timezone.get_default_timezone())
