from django import template

from ispolkom.core.absolute_urls import absolute_url as site_absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """{% absolute_url image.url %}: the path on the Site's configured root URL."""
    return site_absolute_url(context["request"], path)
