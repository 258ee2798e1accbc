from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.encoding import escape_uri_path

from ispolkom.core.absolute_urls import site_root_url

from ..context_processors import path_with_query
from ..preferences import CHOICES, HEADINGS, SIZE_NAMES
from ..version import mount_point

register = template.Library()


@register.inclusion_tag("special/panel.html", takes_context=True)
def special_panel(context):
    """The settings panel: every choice is a link that the server applies."""
    request = context["request"]
    chosen = request.special_settings
    back = path_with_query(request, request.path)
    settings_url = reverse("special_settings") + "?"
    groups = []
    for name, choices in CHOICES.items():
        options = [
            {
                "value": value,
                "label": label,
                "name": SIZE_NAMES.get(value) if name == "size" else None,
                "url": settings_url + urlencode({name: value, "next": back}),
                "active": getattr(chosen, name) == value,
                # images on/off changes the markup, so that one reloads the page
                "reloads": name == "images",
            }
            for value, label in choices
        ]
        groups.append({"name": name, "heading": HEADINGS[name], "options": options})
    return {
        "groups": groups,
        "reset_url": settings_url + urlencode({"reset": 1, "next": back}),
        "regular_url": context.get("regular_url"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The regular page's full URL on the Site's own host, the same from either version
    and from any host alias; list pages (…/page/2/) keep their own path, percent-encoded
    as links are (a tag page's path may be Cyrillic)."""
    request = context["request"]
    return site_root_url(request) + mount_point(request) + escape_uri_path(request.path_info)
