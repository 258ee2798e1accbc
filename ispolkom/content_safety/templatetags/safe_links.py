from django import template

from ispolkom import framework

register = template.Library()


@register.filter
def safe_url(url):
    """`url` if following it cannot run a script (javascript:, data:, vbscript: …), else ""."""
    return (framework.safe_url(url) or "") if url else ""
