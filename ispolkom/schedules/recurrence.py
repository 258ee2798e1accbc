"""Recurring dates: "every Tuesday", "2nd and 4th Wednesday of the month", "last Friday",
with public holidays skipped (holidays.is_day_off)."""

from dataclasses import dataclass
from datetime import date, timedelta

from ispolkom.core import languages

from .holidays import days_off

LAST = -1
SEARCH_DAYS = 3 * 366  # a rule that matches nothing for three years matches nothing


@dataclass(frozen=True)
class Rule:
    """weekday 0=Monday…6=Sunday; weeks () = every week, else weeks of the month (1..5,
    -1 = the last), e.g. Rule(2, (2, 4)) = the 2nd and 4th Wednesday."""

    weekday: int
    weeks: tuple = ()

    def __post_init__(self):
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday {self.weekday} is not 0..6")
        weeks = tuple(sorted(set(self.weeks), key=lambda week: (week == LAST, week)))
        if any(week not in (1, 2, 3, 4, 5, LAST) for week in weeks):
            raise ValueError(f"weeks {self.weeks} are not 1..5 or -1")
        object.__setattr__(self, "weeks", weeks)

    def matches(self, day):
        if day.weekday() != self.weekday:
            return False
        if not self.weeks:
            return True
        week = (day.day - 1) // 7 + 1
        last = (day + timedelta(days=7)).month != day.month
        return week in self.weeks or (last and LAST in self.weeks)


def WeeklyRule(weekday):  # noqa: N802 -- api.md names it as a class
    return Rule(weekday)


def MonthlyRule(weekday, weeks):  # noqa: N802
    return Rule(weekday, tuple(weeks))


def days_off_ahead(after: date) -> set[date]:
    """The days off that next_dates() from `after` skips: one query, which a list of rules
    from the same day can share."""
    return days_off(after, after + timedelta(days=SEARCH_DAYS))


def next_dates(rule: Rule, after: date, count=3, holidays=None) -> list[date]:
    """The next `count` dates of `rule` on or after `after` that are not days off: a
    holiday on the rule's day is skipped, not moved. `holidays`: days_off_ahead(after)."""
    day = after + timedelta(days=(rule.weekday - after.weekday()) % 7)
    end = after + timedelta(days=SEARCH_DAYS)
    if holidays is None:
        holidays = days_off_ahead(after)
    found = []
    while len(found) < count and day <= end:
        if rule.matches(day) and day not in holidays:
            found.append(day)
        day += timedelta(days=7)
    return found


# The grammar of "every Wednesday" and "the 2nd and 4th Wednesday of the month" differs by
# the weekday's gender and case in Russian and Belarusian, which a gettext string per phrase
# cannot follow; so the words of each language are kept here, one table per language.
# Per weekday: (nominative, accusative, gender: m, f or n).
WEEKDAYS = {
    "ru": (("понедельник", "понедельник", "m"), ("вторник", "вторник", "m"),
           ("среда", "среду", "f"), ("четверг", "четверг", "m"),
           ("пятница", "пятницу", "f"), ("суббота", "субботу", "f"),
           ("воскресенье", "воскресенье", "n")),
    "be": (("панядзелак", "панядзелак", "m"), ("аўторак", "аўторак", "m"),
           ("серада", "сераду", "f"), ("чацвер", "чацвер", "m"),
           ("пятніца", "пятніцу", "f"), ("субота", "суботу", "f"),
           ("нядзеля", "нядзелю", "f")),
    "en": tuple((name, name, "n") for name in ("Monday", "Tuesday", "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday")),
}
ENDINGS = {"ru": {"m": "й", "f": "я", "n": "е"}, "be": {"m": "ы", "f": "я", "n": "е"}}
WORDING = {
    # every: by gender; last: by gender; ordinal(n, gender); and; of the month
    "ru": {"every": {"m": "каждый", "f": "каждую", "n": "каждое"},
           "last": {"m": "последний", "f": "последняя", "n": "последнее"},
           "ordinal": lambda n, g: f"{n}-{ENDINGS['ru'][g]}",
           "and": "и", "month": "месяца"},
    "be": {"every": {"m": "кожны", "f": "кожную", "n": "кожнае"},
           "last": {"m": "апошні", "f": "апошняя", "n": "апошняе"},
           # першы, другі, трэці, чацвёрты, пяты: -ы or -і by the stem
           "ordinal": lambda n, g: f"{n}-{'і' if g == 'm' and n in (2, 3) else ENDINGS['be'][g]}",
           "and": "і", "month": "месяца"},
    "en": {"every": {"n": "every"}, "last": {"n": "last"},
           "ordinal": lambda n, g: f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }",
           "and": "and", "month": "of the month"},
}


# "Opens on Tuesday": the weekday after the verb, with its preposition in each language.
ON_WEEKDAY = {
    "ru": ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
           "в воскресенье"),
    "be": ("ў панядзелак", "ў аўторак", "ў сераду", "ў чацвер", "ў пятніцу", "ў суботу",
           "ў нядзелю"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def on_weekday(weekday, language=None):
    """«во вторник», «ў аўторак», "Tuesday": the day something happens."""
    return ON_WEEKDAY[wording_language(language)][weekday]


def weekday_name(weekday, language=None):
    """"среда", "серада", "Wednesday" (nominative)."""
    return WEEKDAYS[wording_language(language)][weekday][0]


def wording_language(language=None):
    code = (language or languages.current())[:2]
    return code if code in WORDING else "en"


def describe(rule: Rule, language=None) -> str:
    """«каждый вторник», «2-я и 4-я среда месяца», "last Friday of the month"."""
    code = wording_language(language)
    words = WORDING[code]
    nominative, accusative, gender = WEEKDAYS[code][rule.weekday]
    if not rule.weeks:
        return f"{words['every'][gender]} {accusative}"
    names = [words["last"][gender] if week == LAST else words["ordinal"](week, gender)
             for week in rule.weeks]
    listed = names[0] if len(names) == 1 else (
        f"{', '.join(names[:-1])} {words['and']} {names[-1]}")
    return f"{listed} {nominative} {words['month']}"
