"""Serves anonymous GET and HEAD requests from the page cache, and fills it.

A request with a session cookie (an editor, possibly) never touches the cache. Special pages
vary by the settings cookie only, so that value is part of the key; other cookies are not.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from ispolkom.special.middleware import split_special
from ispolkom.special.preferences import COOKIE_NAME

from . import store

CACHED_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/plain")
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/", "/special/settings/")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.may_use_cache(request):
            return self.get_response(request)
        key = store.response_key(request, self.variant(request))
        cached = store.cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self.may_store(request, response):
            response["X-Page-Cache"] = "miss"
            patch_cache_control(response, public=True, max_age=self.browser_max_age())
            store.cache.set(key, self.copy_for_cache(response), store.TIMEOUT)
        return response

    @staticmethod
    def may_use_cache(request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(NEVER_CACHED_PREFIXES)
        )

    @staticmethod
    def variant(request):
        _path, is_special = split_special(request.path_info)
        return request.COOKIES.get(COOKIE_NAME, "")[:200] if is_special else ""

    @staticmethod
    def may_store(request, response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith(CACHED_TYPES)
            and "private" not in cache_control
            and "no-store" not in cache_control
        )

    @staticmethod
    def browser_max_age():
        return getattr(settings, "PAGE_CACHE_BROWSER_MAX_AGE", 60)

    @staticmethod
    def copy_for_cache(response):
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        return response
