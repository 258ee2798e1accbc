"""Contacts a visitor can tap: tel: and mailto: links, sites shown by their readable name."""

import re
from urllib.parse import urlsplit

from django import template
from django.utils.html import format_html

from ispolkom import framework

register = template.Library()

# Electronic appeals go only through the national system (Law No. 300-З, as amended).
NATIONAL_APPEALS_URL = "https://обращения.бел/"
# What people write between the digits of a number: spaces, dashes, brackets, dots.
PHONE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015().]")
INTERNATIONAL = re.compile(r"\+([0-9]{7,15})")  # E.164: at most 15 digits
BELARUSIAN_DOMESTIC = re.compile(r"80([0-9]{9})")  # 8 0XX XXX-XX-XX: 8 is the trunk prefix


@register.filter
def tel_href(phone):
    """'tel:+375223525744' for '+375 2235 2-57-44' or '8 (02235) 2-57-44'; '' for anything
    that is not a phone number, so that no link is made of it."""
    if not isinstance(phone, str):
        return ""
    compact = PHONE_SEPARATORS.sub("", phone)
    if match := INTERNATIONAL.fullmatch(compact):
        return f"tel:+{match[1]}"
    if match := BELARUSIAN_DOMESTIC.fullmatch(compact):
        return f"tel:+375{match[1]}"
    return ""


@register.filter
def phone_link(phone):
    """The number as written, linked to tel: when it is one."""
    href = tel_href(phone)
    return format_html('<a href="{}">{}</a>', href, phone) if href else phone


@register.filter
def site_name(url):
    """The host of `url` as people read it: 'обращения.бел', also from its punycode form."""
    host = urlsplit(url or "").hostname or ""
    try:
        return host.encode("ascii").decode("idna") if host.isascii() else host
    except UnicodeError:
        return host


@register.filter
def appeals_url(identity):
    """Where electronic appeals are filed: the identity's link, else the national system."""
    link = getattr(identity, "appeals_url", "")
    return (framework.safe_url(link) if link else None) or NATIONAL_APPEALS_URL
