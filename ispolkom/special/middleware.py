"""Serves every public page again under /special/…, the version for the visually impaired.

Two middlewares, one per side of a request. SpecialVersionMiddleware comes first in
MIDDLEWARE: it reads the variant the request asks for once (version.read_variant), strips the
prefix before URL resolution and makes it the script prefix, so every URL that Django or
Wagtail builds while rendering (menus, breadcrumbs, pagination, the language switch) stays
inside the special version without any template knowing about it. SpecialResponseMiddleware
sits inside the page cache, so that what it does is stored with each page: the settings cookie
changes the page (Vary: Cookie), with images off every image becomes its alt text, and long
words get soft hyphens by language (hyphenation.py).
"""

import re
from html import unescape

from django.urls import get_script_prefix
from django.utils.cache import patch_vary_headers
from django.utils.html import escape

from ispolkom.framework import script_prefix

from .hyphenation import hyphenate_html, shortest_word
from .version import PREFIX, read_variant

# A <picture> goes whole (its <source>s with its <img>): the <img> holds the alt text.
IMAGE_TAG = re.compile(r"<picture\b.*?</picture>|<img\b[^>]*>", re.IGNORECASE | re.DOTALL)
ALT_ATTRIBUTE = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)


class SpecialVersionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        read_variant(request)
        if not request.is_special:
            return self.get_response(request)
        with script_prefix(get_script_prefix().rstrip("/") + PREFIX + "/"):
            return self.get_response(request)


class SpecialResponseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(request, "is_special", False):
            return response
        patch_vary_headers(response, ["Cookie"])
        if not self.is_html(response):
            return response
        chosen = request.special_settings
        html = response.content.decode(response.charset or "utf-8")
        if chosen.images == "off":
            html = IMAGE_TAG.sub(image_as_text, html)
        # Part of the cached page: the settings cookie is the cache's variant key.
        html = hyphenate_html(html, getattr(request, "LANGUAGE_CODE", ""),
                              shortest_word(chosen.size, chosen.spacing))
        response.content = html.encode(response.charset or "utf-8")
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def is_html(response):
        return (not getattr(response, "streaming", False)
                and response.get("Content-Type", "").startswith("text/html"))


def image_as_text(match):
    """An image replaced by its alt text; decorative images (alt="") disappear."""
    alt = ALT_ATTRIBUTE.search(match.group(0))
    text = unescape(alt.group(1)).strip() if alt else ""
    return f'<span class="image-alt">{escape(text)}</span>' if text else ""
