"""Serves anonymous GET and HEAD requests from the page cache, and fills it.

A request with a session cookie (an editor, possibly) never touches the cache. Special pages
vary by the settings cookie only, so that value is part of the key; other cookies are not.
"""

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.utils.cache import patch_cache_control, set_response_etag

from ispolkom.special.middleware import split_special
from ispolkom.special.preferences import COOKIE_NAME, SpecialSettings

from . import store

CACHED_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/plain")
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/", "/special/settings/")


class PageCacheMiddleware:
    def __init__(self, get_response):
        if not settings.PAGE_CACHE_ENABLED:
            raise MiddlewareNotUsed
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
        if self.may_store(response):
            response["X-Page-Cache"] = "miss"
            # Stored with the entry, so ConditionalGetMiddleware need not hash every hit.
            set_response_etag(response)
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE)
            # Answers to arbitrary query strings (searches) must not pile up for long.
            timeout = store.QUERY_TIMEOUT if request.GET else store.TIMEOUT
            store.cache.set(key, response, timeout)
        return response

    @staticmethod
    def may_use_cache(request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith(NEVER_CACHED_PREFIXES)
        )

    @staticmethod
    def variant(request):
        """The special version's settings, normalized: at most 972 variants of a page."""
        _path, is_special = split_special(request.path_info)
        if not is_special:
            return ""
        return SpecialSettings.from_cookie(request.COOKIES.get(COOKIE_NAME)).to_cookie()

    @staticmethod
    def may_store(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith(CACHED_TYPES)
            and "private" not in cache_control
            and "no-store" not in cache_control
        )
