"""Serves anonymous GET and HEAD requests from the page cache, and fills it.

A request with a session cookie (an editor, possibly) never touches the cache. Special pages
vary by the settings cookie only, so their normalized settings (request.special_settings, read
once by special.middleware, which runs before this) are part of the key; other cookies are not.
What the key holds and how the cache stays fresh and bounded: store.py.

It comes right after the special version's middleware, so that a hit skips every other
middleware: what they add to a response (security headers, the ETag) is stored with the page,
and conditional requests are answered here.
"""

from django.conf import settings
from django.core.exceptions import DisallowedHost, MiddlewareNotUsed
from django.db import DatabaseError
from django.utils.cache import patch_cache_control

from ispolkom import framework
from ispolkom.core import freshness
from ispolkom.core.features import CACHE_VARIANTS, offered

from . import store

CACHED_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/plain",
                "text/calendar")
# Paths as resolved: the special version's prefix is already off (special.middleware runs first).
NEVER_CACHED_PREFIXES = ("/documents/", "/media/", "/static/", "/health/")


class PageCacheMiddleware:
    def __init__(self, get_response):
        if not settings.PAGE_CACHE_ENABLED:
            raise MiddlewareNotUsed
        self.get_response = get_response
        self.never_cached = (f"/{settings.ADMIN_PATH}/", *NEVER_CACHED_PREFIXES)

    def __call__(self, request):
        if not self.may_use_cache(request):
            return self.get_response(request)
        try:
            host = freshness.validated_host(request)
            site_id, generation = freshness.site_state(request, host)
        except (DisallowedHost, DatabaseError):
            # A bad host is refused further in, where the answer gets the security headers;
            # with no database and no generation known, nothing cached can be trusted.
            return self.get_response(request)
        if generation is None:
            return self.get_response(request)
        query, storable = store.understood_query(request, site_id)
        if query is not None:
            key = self.key(request, site_id, query)
            cached = store.cached_response(key, site_id, generation)
            if cached is not None:
                return self.conditional(request, cached)
        # remember() reuses this generation: the page is cached under it, so must its parts.
        request.site_generation = (site_id, generation)
        began = freshness.wall_clock_ns()  # before the page reads any row
        response = self.get_response(request)
        # Parts of the page that change with the clock (a banner's end) said so on the request.
        if getattr(request, "good_until", None) is not None:
            freshness.good_until(response, request.good_until)
        if response.status_code < 400 and store.may_learn(request, query):
            # A page's answer tells which query parameters its path reads (see store.py).
            names = getattr(request, "query_parameters_read", ())
            store.learn_parameters(site_id, request.path_info, names)
            if query is None:
                query, storable = store.query_for(request.GET, names)
                key = self.key(request, site_id, query)
        # An answer to parameters the route does not read is not kept: it may echo them.
        if storable and self.may_store(response):
            if not response.has_header("ETag"):  # ConditionalGetMiddleware sets it first
                framework.set_etag(response)
            patch_cache_control(response, public=True,
                                max_age=self.browser_max_age(request, response))
            version = generation if getattr(request, "shows_list_items", True) \
                else (generation.site, None)
            shown = freshness.marks_of_answer(request, began)
            if store.store_response(key, site_id, version, shown, response,
                                    promotable=not query):
                response["X-Page-Cache"] = "miss"
        return response

    def key(self, request, site_id, query):
        return store.page_key(site_id, request.scheme, request.path, query, self.variant(request))

    @staticmethod
    def conditional(request, response):
        """304 Not Modified when the visitor already has this version."""
        meta = request.META
        if "HTTP_IF_NONE_MATCH" not in meta and "HTTP_IF_MODIFIED_SINCE" not in meta:
            return response
        return framework.conditional_response(request, response)

    def may_use_cache(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith(self.never_cached)
            # Wagtail renders previews through the middleware with a made-up request.
            and not framework.is_preview_request(request)
        )

    @staticmethod
    def variant(request):
        """The special version's settings, normalized (at most 2,916 variants of a page), and
        what the visitor's cookies change on every page (core.features.CACHE_VARIANTS)."""
        chosen = getattr(request, "special_settings", None)
        special = chosen.to_cookie() if chosen is not None else ""
        visitor = "".join(offered(CACHE_VARIANTS, request))
        return f"{special}|{visitor}" if visitor else special

    @staticmethod
    def browser_max_age(request, response):
        """Browsers keep a page as long as settings say, or until its content changes; a page
        that the visitor's own actions change is asked for again each time
        (freshness.revalidate_always)."""
        if getattr(request, "revalidate_always", False):
            return 0
        left = freshness.seconds_left(response)
        age = settings.PAGE_CACHE_BROWSER_MAX_AGE
        return age if left is None else min(age, left)

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
