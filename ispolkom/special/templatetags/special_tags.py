from urllib.parse import urlencode

from django import template

from ..middleware import PREFIX
from ..preferences import CHOICES, HEADINGS, SIZE_NAMES

SETTINGS_URL = PREFIX + "/settings/?"

register = template.Library()


@register.inclusion_tag("special/panel.html", takes_context=True)
def special_panel(context):
    """The settings panel: every choice is a link that the server applies."""
    request = context["request"]
    chosen = request.special_settings
    back = request.get_full_path()
    groups = []
    for name, choices in CHOICES.items():
        options = [
            {
                "value": value,
                "label": label,
                "name": SIZE_NAMES.get(value) if name == "size" else None,
                "url": SETTINGS_URL + urlencode({name: value, "next": back}),
                "active": getattr(chosen, name) == value,
                # images on/off changes the markup, so that one reloads the page
                "reloads": name == "images",
            }
            for value, label in choices
        ]
        groups.append({"name": name, "heading": HEADINGS[name], "options": options})
    return {
        "groups": groups,
        "reset_url": SETTINGS_URL + urlencode({"reset": 1, "next": back}),
        "regular_url": context.get("regular_url"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
