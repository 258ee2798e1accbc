import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ispolkom.core.templatetags.contact_links import phone_link

register = template.Library()

SHORT_NUMBER = re.compile(r"[0-9]{3,4}")  # 142, the one window's short number in the district


@register.filter
def procedure_json_ld(procedure, url):
    """schema.org GovernmentService of `procedure` at `url` (escaped for <script>)."""
    return mark_safe(procedure.structured_data(url))  # noqa: S308 (escaped in structured_data)


@register.filter
def office_json_ld(catalogue, url):
    """schema.org GovernmentOffice of the one window at `url` (escaped for <script>)."""
    return mark_safe(catalogue.office_structured_data(url))  # noqa: S308 (as above)


@register.filter
def office_phone_link(phone):
    """A phone as written, tappable; a short number such as 142 too."""
    if SHORT_NUMBER.fullmatch(phone.strip()):
        return format_html('<a href="tel:{}">{}</a>', phone.strip(), phone)
    return phone_link(phone)
