from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def directory_json_ld(page, url):
    """schema.org Person or GovernmentOrganization of `page` at `url` (escaped for <script>)."""
    return mark_safe(page.structured_data(url))  # noqa: S308 (escaped in structured_data)
