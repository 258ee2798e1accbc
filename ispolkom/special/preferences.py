"""What a visitor chose in the panel of the version for the visually impaired.

The choice lives in one cookie, e.g. ``font:serif.size:3.spacing:2.line:1.scheme:white-blue.
images:off`` (characters that need no quoting in a cookie). Anything unknown or malformed
falls back to the default, silently. The panel's own state (``panel:closed``, ``panel:more``)
rides in the same cookie, written only when it is not the default, so that the server renders
the panel as the visitor left it.
"""

from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COOKIE_NAME = "special"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
COOKIE_MAX_LENGTH = 200  # longer values are not ours: ignore them

# (value, label) per setting, the default first. Values appear in URLs, cookies and classes.
CHOICES = {
    "font": [("sans", "Arial"), ("serif", "Times New Roman")],
    "size": [("1", "A"), ("2", "A"), ("3", "A")],
    "spacing": [("1", pgettext_lazy("letter spacing", "Standard")),
                ("2", pgettext_lazy("letter spacing", "Enlarged")),
                ("3", pgettext_lazy("letter spacing", "Large"))],
    "line": [("1", pgettext_lazy("line spacing", "Standard")),
             ("2", pgettext_lazy("line spacing", "Enlarged")),
             ("3", pgettext_lazy("line spacing", "Large"))],
    "scheme": [
        ("black-white", _("Black on white")),
        ("white-black", _("White on black")),
        ("blue", _("Dark blue on light blue")),
        ("beige", _("Brown on beige")),
        ("green", _("Green on dark brown")),
        ("white-blue", _("White on blue")),
    ],
    "images": [("on", pgettext_lazy("images", "on")), ("off", pgettext_lazy("images", "off")),
               ("gray", pgettext_lazy("images", "grayscale"))],
}
# How the panel itself is shown: "open" (the most used controls), "more" (every control),
# "closed" (one line). Not a page style, so not a class on <html>.
PANEL_STATES = ("open", "more", "closed")
SIZE_NAMES = {"1": _("Normal font size"), "2": _("Larger font size"), "3": _("Largest font size")}
HEADINGS = {
    "font": _("Font settings"),
    "size": _("Font size"),
    "spacing": _("Letter spacing"),
    "line": _("Line spacing"),
    "scheme": _("Color scheme"),
    "images": _("Images"),
}


@dataclass(frozen=True)
class SpecialSettings:
    font: str = "sans"
    size: str = "1"
    spacing: str = "1"
    line: str = "1"
    scheme: str = "black-white"
    images: str = "on"
    panel: str = PANEL_STATES[0]

    @classmethod
    def from_cookie(cls, value):
        if not value or len(value) > COOKIE_MAX_LENGTH:
            return cls()
        pairs = (item.partition(":") for item in value.split("."))
        return cls().changed({name: choice for name, _sep, choice in pairs})

    def changed(self, values):
        """A copy with every valid (name, value) from `values` applied; others ignored."""
        valid = {
            name: values[name] for name in CHOICES
            if isinstance(values.get(name), str)
            and values[name] in {value for value, _label in CHOICES[name]}
        }
        if isinstance(values.get("panel"), str) and values["panel"] in PANEL_STATES:
            valid["panel"] = values["panel"]
        return replace(self, **valid)

    def to_cookie(self):
        """Also the page cache's variant key: everything the server renders differently."""
        pairs = [f"{name}:{getattr(self, name)}" for name in CHOICES]
        if self.panel != PANEL_STATES[0]:
            pairs.append(f"panel:{self.panel}")
        return ".".join(pairs)

    @property
    def css_classes(self):
        return " ".join(f"sv-{name}-{getattr(self, name)}" for name in CHOICES)
