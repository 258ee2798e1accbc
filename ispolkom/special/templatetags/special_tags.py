from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.encoding import escape_uri_path

from ispolkom.core.absolute_urls import site_root_url

from ..context_processors import path_with_query
from ..preferences import CHOICES, HEADINGS, SIZE_NAMES
from ..version import mount_point

# The row a phone shows first; the other groups wait behind "More settings". Desktop shows all.
MOST_USED = ("size", "font", "scheme")  # size and font share a phone's first row

register = template.Library()


# On a phone these options show a sample of what they do (the colours, the typeface) instead
# of their names, which stay for screen readers and as the tooltip.
SAMPLES = {"scheme": "A", "font": "Aa"}


@register.inclusion_tag("special/panel.html", takes_context=True)
def special_panel(context):
    """The settings panel: every choice is a link that the server applies."""
    request = context["request"]
    chosen = request.special_settings
    back = path_with_query(request, request.path)
    settings_url = reverse("special_settings") + "?"
    groups = []
    for name in [*MOST_USED, *(name for name in CHOICES if name not in MOST_USED)]:
        choices = CHOICES[name]
        options = [
            {
                "value": value,
                "label": label,
                "name": SIZE_NAMES.get(value) if name == "size" else None,
                "sample": SAMPLES.get(name),
                "url": settings_url + urlencode({name: value, "next": back}),
                "active": getattr(chosen, name) == value,
                # images on/off changes the markup, so that one reloads the page
                "reloads": name == "images",
            }
            for value, label in choices
        ]
        groups.append({"name": name, "heading": HEADINGS[name], "options": options})
    state = chosen.panel
    return {
        "groups": groups[:len(MOST_USED)],
        "more_groups": groups[len(MOST_USED):],
        "state": state,
        # Each toggle is a link too: without JavaScript the server stores the new state.
        "toggle_url": settings_url + urlencode(
            {"panel": "open" if state == "closed" else "closed", "next": back}),
        "more_url": settings_url + urlencode(
            {"panel": "open" if state == "more" else "more", "next": back}),
        "reset_url": settings_url + urlencode({"reset": 1, "next": back}),
        "regular_url": context.get("regular_url"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The regular page's full URL on the Site's own host, the same from either version
    and from any host alias; list pages (…/page/2/) keep their own path, percent-encoded
    as links are (a tag page's path may be Cyrillic). A page shown here but published
    elsewhere (a shared agency article) names the original instead: canonical_elsewhere."""
    if context.get("canonical_elsewhere"):
        return context["canonical_elsewhere"]
    request = context["request"]
    return site_root_url(request) + mount_point(request) + escape_uri_path(request.path_info)
