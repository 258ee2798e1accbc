"""Numbers of acts ("392", "12-р") and of the National Register of Legal Acts ("9/95197")."""

import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

QUERY_LENGTH = 200  # longer filters are cut: no title or number is that long
NUMBER = re.compile(r"\d{1,6}(?:-[^\W\d_]{1,3})?")
REGISTRATION_NUMBER = re.compile(r"\d{1,2}/\d{1,6}")
# "№ 392", "N392", "392", "12-р" in a search box or the number filter.
NUMBER_QUERY = re.compile(r"(?:№|N|No\.?)?\s*(\d{1,6}(?:-[^\W\d_]{1,3})?)", re.IGNORECASE)

validate_number = RegexValidator(
    rf"^{NUMBER.pattern}\Z",
    _("Enter the number as on the act: digits, optionally a suffix, e.g. 392 or 12-р."),
    code="invalid_number")
validate_registration_number = RegexValidator(
    rf"^{REGISTRATION_NUMBER.pattern}\Z",
    _("Enter the number in the National Register as on pravo.by, e.g. 9/95197."),
    code="invalid_registration_number")


def number_in(query):
    """The act number a query names ("№ 392", "12-р"), or ""."""
    found = NUMBER_QUERY.fullmatch((query or "").strip())
    return found.group(1) if found else ""
