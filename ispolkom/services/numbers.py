"""Numbers of the official list of administrative procedures (Decree No. 200): `1.1.5`,
`2.1`, `18.12-1`. They sort by their parts as numbers, a `-n` after its base number:
`2.2` < `2.10`, `18.12` < `18.12-1` < `18.13`."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NUMBER = re.compile(r"(\d{1,3})((?:\.\d{1,3}){0,4})(?:-(\d{1,3}))?")
NUMBER_LENGTH = 24
SORT_KEY_LENGTH = 40


def clean_number(text):
    """The number with spaces around it removed; ValidationError when it has another form."""
    number = (text or "").strip()
    if not NUMBER.fullmatch(number):
        raise ValidationError(
            _("Enter the number as in the official list, for example 1.1.5, 2.1 or 18.12-1."),
            code="invalid_number")
    return number


def sort_key(number):
    """A string that orders numbers as the list does: each part as four digits, `.` between
    parts; a `-n` suffix comes after the base number and before its next sibling."""
    match = NUMBER.fullmatch(number or "")
    if not match:
        return "~"  # anything malformed sorts last
    head, tail, suffix = match.groups()
    parts = [head] + [part for part in tail.split(".") if part]
    key = ".".join(f"{int(part):04d}" for part in parts)
    return f"{key}-{int(suffix):04d}" if suffix else key


def looks_like_number(text):
    return bool(NUMBER.fullmatch((text or "").strip()))


def looks_like_list_number(text):
    """A number of the list with at least two parts ("2.1", "18.12-1"): a lone number such
    as "5" or "2024" is something else in a site search."""
    return looks_like_number(text) and "." in text
