from django import template
from wagtail.whitelist import check_url

register = template.Library()


@register.filter
def safe_url(url):
    """`url` if following it cannot run a script (javascript:, data:, vbscript: …), else ""."""
    return (check_url(url) or "") if url else ""
