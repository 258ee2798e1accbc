"""Whole anonymous responses, kept per site under the site's current content generation.

Freshness comes from ispolkom.core.freshness: a change to a site's structure starts a new
generation for the site, so every cached page of the site is rendered anew on its next
request; a news article published renews the site's lists (the home page, lists, feeds, the
sitemap, search, their special versions) and the pages that show the article, while the other
sites on the install keep their caches. An entry records the part of the generation its page
depends on (both, or the structure alone for a page that shows no list) and the marks of the
pages it shows. A hit costs one page-cache lookup plus at most one shared read of the
generations per MEMO_SECONDS per process, and for a page that shows others (an article and
its neighbours) at most one read of their marks.

Keys. A page is keyed by its site (never the Host header: every host name and port of a site
shares its entries), the scheme, the path, the special version's normalized settings, and the
query parameters that its view declares it reads (core.features.reads_query_parameters: the
search page's q, section, date_from, date_to, page; the sitemap's p), blank values left out,
in a fixed order. A Wagtail page's routes declare theirs the same way, but a page's path is
known only when it is served: its answers teach the cache which parameters the path reads
(kept beside the page; until then a request with parameters goes to the page). Other
parameters do not change the key, so `?utm_source=x` and `?&&&` get the
plain page; an answer rendered for a request that carried them is not stored, so no stored
page echoes them.

Time. A page whose content changes by the clock (an office's "open now", the next reception
dates) says when (core.freshness.good_until); its entry ends at that moment in every process.

Bounds. A new entry goes into a small probation area in each process; a page without query
parameters moves to the main area (caches["default"]) when it is requested again while still
there. Searches and other answers to query parameters stay in probation. A flood of unique
URLs (searches, cookie variants, a crawler) therefore only churns the probation area, and the
pages people actually read stay in the main area. A body over MAX_BODY is never stored.
Memory, per process: probation at most PROBATION_ENTRIES (200) entries and PROBATION_BYTES
(16 MiB); the main area without Redis at most MAX_ENTRIES (settings: 2,000) × MAX_BODY
(256 KiB) = 500 MiB in the worst case, 15–40 MB in practice (pages weigh 7–21 KB). With Redis
the main area is shared: one entry per page URL (and special-version setting in use) read at
least twice within TIMEOUT, each at most MAX_BODY; only pages that exist get there, so its size
follows the content, not the requests (docs/performance.md).
"""

import functools
import hashlib
import threading
import time
from collections import OrderedDict

from django.core.cache import caches
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from ispolkom import framework
from ispolkom.core import freshness, languages

TIMEOUT = 24 * 60 * 60       # entries of older generations are overwritten or expire
QUERY_TIMEOUT = 5 * 60       # answers to query parameters (searches): many, rarely repeated
MAX_BODY = 256 * 1024        # the largest body stored; the demo's pages weigh 7–21 KB
PROBATION_ENTRIES = 200
PROBATION_BYTES = 16 * 1024 * 1024

_lock = threading.Lock()     # runserver serves requests in threads
_probation = OrderedDict()   # page key → (entry, may be promoted, expiry); least recent first
_probation_bytes = 0


def forget():
    """Drop the pages this process holds in probation (tests; a restored database)."""
    global _probation_bytes
    with _lock:
        _probation.clear()
        _probation_bytes = 0


# --- Keys -------------------------------------------------------------------------------

@functools.cache
def query_parameters():
    """{path: the query parameters its view reads}, from the views that declare them
    (core.features.reads_query_parameters), in every language; other paths read none."""
    found = {}
    with framework.script_prefix("/"):  # paths as resolved, whatever version this request is for
        for url_name, names in declared_views():
            for code in languages.codes():
                with translation.override(code):
                    found[reverse(url_name)] = names
    return found


def declared_views():
    """(URL name, parameters) of every named route whose view declares query parameters."""
    for name, view in framework.named_views():
        if hasattr(view, "query_parameters"):
            yield name, view.query_parameters


def understood_query(request, site_id):
    """(the query string of the parameters this route reads, blank ones left out, in a fixed
    order; whether the request carried nothing else, so that its answer may be stored), or
    (None, False) while the parameters of this path's page are not known yet."""
    params = request.GET
    if not params:
        return "", True
    # The special version's prefix is already off path_info (special.middleware runs first).
    names = query_parameters().get(request.path_info)
    if names is None:
        names = learned_parameters(site_id, request.path_info)
        if names is None:
            return None, False
    return query_for(params, names)


def query_for(params, names):
    kept = [(name, params[name]) for name in names if params.get(name)]
    carried = [(name, values) for name, values in params.lists() if any(values)]
    nothing_else = len(carried) == len(kept) and all(len(values) == 1 for _n, values in carried)
    return urlencode(kept), nothing_else


def may_learn(request, query):
    """Whether this answer should teach which query parameters its path reads: an answer to
    parameters not known yet, or a plain miss of a path that is not a named view's (a page),
    so that the page's next visitor with `?utm_source=…` already gets the stored page."""
    return query is None or (not request.GET
                             and request.path_info not in query_parameters())


def learned_key(site_id, path):
    raw = f"{site_id}|{path}".encode("utf-8", "surrogateescape")
    return "pc:q:" + hashlib.md5(raw, usedforsecurity=False).hexdigest()


def learned_parameters(site_id, path):
    """The query parameters the page at `path` read when it was last served with some
    (a page's route, unlike a named view, is known only by serving it), or None."""
    names = caches["default"].get(learned_key(site_id, path))
    return tuple(names) if names is not None else None


def learn_parameters(site_id, path, names):
    caches["default"].set(learned_key(site_id, path), tuple(names), TIMEOUT)


def page_key(site_id, scheme, path, query_string, variant):
    raw = f"{site_id}|{scheme}|{path}|{query_string}|{variant}".encode("utf-8", "surrogateescape")
    # Short keys: the local-memory cache checks every character of every key it is given.
    return "pc:p:" + hashlib.md5(raw, usedforsecurity=False).hexdigest()


# --- Entries ----------------------------------------------------------------------------------

def cached_response(key, site_id, generation):
    """The stored response, if one was made for this site in this generation. A page found
    in probation moves to the main area: it has now been asked for twice."""
    held = _probation.get(key)
    if held is not None:
        entry, promotable, expiry = held
        if fits(entry, site_id, generation) and expiry > time.monotonic():
            if promotable:
                drop_from_probation(key)
                caches["default"].set(key, entry, remaining(entry))
            return as_response(entry)
        drop_from_probation(key)
    entry = caches["default"].get(key)
    return as_response(entry) if fits(entry, site_id, generation) else None


def fits(entry, site_id, generation):
    return (entry is not None and len(entry) == 7 and entry[0] == site_id
            and same_version(entry[1], generation)
            and (entry[5] is None or entry[5] > now()) and freshness.unmarked(entry[6]))


def same_version(version, generation):
    """An entry's version: the whole generation, or (site, None) for a page without lists."""
    return version == generation or (version[1] is None and version[0] == generation.site)


def now():
    """Wall-clock seconds, as every process sees them (the moment a page stops being good)."""
    return freshness.wall_clock_ns() / 1e9


def remaining(entry):
    """How long the main area may keep an entry: TIMEOUT, or until its content changes."""
    until = entry[5]
    return TIMEOUT if until is None else max(1, min(TIMEOUT, int(until - now())))


def as_response(entry):
    status, headers, body = entry[2:5]
    response = HttpResponse(body, status=status)
    # The headers were checked when the page was stored; setting them one by one again
    # (ResponseHeaders validates each) would cost a hit more than its cache lookup.
    framework.set_header_items(response, headers)
    return response


def store_response(key, site_id, version, shown, response, promotable):
    """Kept as plain values, so a hit builds a response from a tuple, not an unpickled
    HttpResponse: the site, the `version` of its generation the page depends on, the marks of
    the pages it `shown` (freshness.marks_of_answer). False if the body is too large to keep,
    or already out of date. A response marked with freshness.good_until is kept until that
    moment only (wall clock: shared by every process)."""
    body = response.content
    left = freshness.seconds_left(response)
    if len(body) > MAX_BODY or left == 0 or shown is None:
        return False
    headers = framework.header_items(response)  # {lower-case name: (name, value)}
    headers["x-page-cache"] = ("X-Page-Cache", "hit")
    until = None if left is None else now() + left
    entry = (site_id, tuple(version), response.status_code, headers, body, until, shown)
    timeout = TIMEOUT if left is None else min(TIMEOUT, left)
    if promotable and caches["default"].has_key(key):
        # Its older version was read twice: a page people read, not one to prove again.
        caches["default"].set(key, entry, timeout)
    else:
        expiry = time.monotonic() + min(timeout, TIMEOUT if promotable else QUERY_TIMEOUT)
        put_in_probation(key, (entry, promotable, expiry))
    return True


def put_in_probation(key, held):
    global _probation_bytes
    with _lock:
        if key in _probation:
            _probation_bytes -= len(_probation.pop(key)[0][4])
        _probation[key] = held
        _probation_bytes += len(held[0][4])
        while len(_probation) > PROBATION_ENTRIES or _probation_bytes > PROBATION_BYTES:
            _key, (entry, _promotable, _expiry) = _probation.popitem(last=False)
            _probation_bytes -= len(entry[4])


def drop_from_probation(key):
    global _probation_bytes
    with _lock:
        held = _probation.pop(key, None)
        if held is not None:
            _probation_bytes -= len(held[0][4])
