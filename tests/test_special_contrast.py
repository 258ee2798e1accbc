"""Contrast of every colour scheme as declared in special.css, visited links included
(browsers hide :visited colours from scripts, so the stylesheet itself is checked)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from ispolkom.special.preferences import CHOICES

from .support.page_style import contrast

CSS = Path(settings.BASE_DIR) / "ispolkom" / "special" / "static" / "css" / "special.css"


def scheme_colours():
    rules = re.findall(r"html\.sv-scheme-([\w-]+)\s*\{([^}]*)\}", CSS.read_text())
    return {name: dict(re.findall(r"--(\w+):\s*#([0-9a-fA-F]{6})", body)) for name, body in rules}


def rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))


def test_every_scheme_in_the_panel_has_colours():
    assert set(scheme_colours()) == {value for value, _label in CHOICES["scheme"]}


@pytest.mark.parametrize("scheme", [value for value, _label in CHOICES["scheme"]])
def test_text_links_and_visited_links_reach_7_to_1(scheme):
    colours = scheme_colours()[scheme]
    background = rgb(colours["paper"])
    for role in ("ink", "brand", "visited"):
        assert contrast(rgb(colours[role]), background) >= 7, (scheme, role)
