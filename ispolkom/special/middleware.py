"""Serves every public page again under /special/…, the version for the visually impaired.

The prefix is stripped before URL resolution and becomes the script prefix, so every URL
that Django or Wagtail builds while rendering (menus, breadcrumbs, pagination, the language
switch) stays inside the special version without any template knowing about it.
"""

import re
from contextlib import contextmanager
from html import unescape

from django.urls import get_script_prefix, set_script_prefix
from django.utils.cache import patch_vary_headers
from django.utils.html import escape

from .preferences import COOKIE_NAME, SpecialSettings

PREFIX = "/special"
IMAGE_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT_ATTRIBUTE = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)


def mount_point(request):
    """Where the whole site is mounted: "" normally, "/site" under SCRIPT_NAME=/site."""
    return request.META.get("SCRIPT_NAME", "").rstrip("/")


@contextmanager
def regular_urls(request):
    """Build URLs as the regular version does: canonical links, feeds, sharing."""
    current = get_script_prefix()
    set_script_prefix(mount_point(request) + "/")
    try:
        yield
    finally:
        set_script_prefix(current)


def split_special(path_info):
    """('/ru/news/', True) for '/special/ru/news/'; (path, False) for anything else."""
    if path_info == PREFIX or path_info.startswith(PREFIX + "/"):
        return path_info[len(PREFIX):] or "/", True
    return path_info, False


def image_as_text(match):
    """An <img> replaced by its alt text; decorative images (alt="") disappear."""
    alt = ALT_ATTRIBUTE.search(match.group(0))
    text = unescape(alt.group(1)).strip() if alt else ""
    return f'<span class="image-alt">{escape(text)}</span>' if text else ""


class SpecialVersionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.path_info, request.is_special = split_special(request.path_info)
        if not request.is_special:
            request.special_settings = None
            return self.get_response(request)
        request.special_settings = SpecialSettings.from_cookie(request.COOKIES.get(COOKIE_NAME))
        previous_prefix = get_script_prefix()
        set_script_prefix(previous_prefix.rstrip("/") + PREFIX + "/")
        try:
            response = self.get_response(request)
        finally:
            set_script_prefix(previous_prefix)
        # The settings cookie changes the page: caches must key on it.
        patch_vary_headers(response, ["Cookie"])
        if request.special_settings.images == "off" and self.is_html(response):
            response.content = IMAGE_TAG.sub(image_as_text, response.content.decode()).encode()
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def is_html(response):
        return (not getattr(response, "streaming", False)
                and response.get("Content-Type", "").startswith("text/html"))
