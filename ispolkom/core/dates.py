"""Dates as people read them in each site language: "16 лютага 2023", "16 февраля 2023".

Django's Belarusian locale spells some genitive months in taraškievica ("верасьня",
"сьнежня") and gives March in the nominative ("сакавік"); the site follows the official
orthography that state media use, so the month names are ours, not Django's.
"""

from django.utils import timezone
from django.utils.dates import MONTHS_ALT

from . import languages

# The month in "16 … 2023", by language; a language not listed takes Django's MONTHS_ALT.
GENITIVE_MONTHS = {
    "be": ("студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня",
           "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня",
           "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
}


def month_in_date(month, language=None):
    """The name of `month` (1–12) as it stands after the day in `language` (default: active)."""
    code = (language or languages.current()).split("-")[0].lower()
    names = GENITIVE_MONTHS.get(code)
    return names[month - 1] if names else str(MONTHS_ALT[month])


def day_month_year(value, language=None):
    """`value` (a date or datetime) as "16 February 2023", in the site's time zone."""
    if not value:
        return ""
    if hasattr(value, "hour") and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{value.day} {month_in_date(value.month, language)} {value.year}"
