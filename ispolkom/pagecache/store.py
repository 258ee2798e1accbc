"""Whole anonymous responses, tagged with a per-site generation that every process shares.

Freshness. Publishing, unpublishing, moving or deleting a page, setting or removing its
privacy, editing the site's identity or the Site itself starts a new generation for that
site (signals.py), so every cached page of the site — lists, the home page, feeds, the
sitemap, search, the special versions — is rendered anew on its next request, while the
other sites on the install keep their caches. Generations live in caches["shared"] (a
database table without Redis, Redis with it), which every process reads and writes: each
gunicorn worker, `manage.py publish_scheduled`, any other command. A process remembers the
generations it read for MEMO_SECONDS, so a change made anywhere reaches every worker within
MEMO_SECONDS of its commit, and a hit costs one page-cache lookup plus at most one shared read
per MEMO_SECONDS per process. The process that makes a change uses the new generation at once.

Scheduled expiry does not wait for the timer: once per generation a process reads when the
next live page of the site expires, and from that moment on the generation is replaced, so a
page that expires at 12:00 is not served from the cache after 12:00 even if publish_scheduled
runs late. (A scheduled go-live needs publish_scheduled to make the page live; its publish
then starts a new generation like any other.)

When the shared store cannot be read (the database is down), a process keeps the generations
it knows, so cached pages keep being served; a process that has never read the generation of
a site does not use the cache for it, and renders (or reports the outage) as if uncached.
Generation 0 belongs to the host → site mapping that each process keeps in memory.

Keys. A page is keyed by its site (never the Host header: every host name and port of a site
shares its entries), the scheme, the path, the special version's normalized settings, and the
query parameters that its route reads (QUERY_PARAMETERS: the search page's q, section,
date_from, date_to, page; the sitemap's p; no other page reads any), blank values left out, in
a fixed order. Other parameters do not change the key, so `?utm_source=x` and `?&&&` get the
plain page; an answer rendered for a request that carried them is not stored, so no stored
page echoes them.

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
import operator
import threading
import time
from collections import OrderedDict
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils.http import urlencode
from wagtail.models import Page, Site

from ispolkom.special.middleware import split_special

TIMEOUT = 24 * 60 * 60       # entries of older generations are overwritten or expire
QUERY_TIMEOUT = 5 * 60       # answers to query parameters (searches): many, rarely repeated
MEMO_SECONDS = 0.5           # how long a process trusts the generations it read
HOST_MEMO_SECONDS = 300      # also bounds a mapping changed without signals (bulk updates)
HOST_MEMO_SIZE = 1000        # hosts are validated, but ALLOWED_HOSTS may be "*"
MAX_BODY = 256 * 1024        # the largest body stored; the demo's pages weigh 7–21 KB
PROBATION_ENTRIES = 200
PROBATION_BYTES = 16 * 1024 * 1024
SITES = 0
UNKNOWN = object()           # the next expiry could not be read (no database)
EPOCH, MICROSECOND = datetime(1970, 1, 1, tzinfo=UTC), timedelta(microseconds=1)

_lock = threading.Lock()     # runserver serves requests in threads
_generations = {}            # site id → (generation, time.monotonic() when read)
_site_by_host = {}           # host → (site id, generation 0 it was found in, expiry)
_expiries = {}               # site id → (generation, its next expiry, when it was unknown)
_probation = OrderedDict()   # page key → (entry, may be promoted, expiry); least recent first
_probation_bytes = 0


def forget():
    """Drop everything this process remembers (tests; a restored database)."""
    global _probation_bytes
    with _lock:
        for memo in (_generations, _site_by_host, _expiries, _probation):
            memo.clear()
        _probation_bytes = 0


def wall_clock_ns():
    """Now, in nanoseconds since 1970: generations are the moments they began."""
    return time.time_ns()


# --- Keys -------------------------------------------------------------------------------

@functools.cache
def query_parameters():
    """{path: the query parameters its view reads}; pages not listed read none."""
    search = ("q", "section", "date_from", "date_to", "page")
    found = {f"/{code}/search/": search for code, _name in settings.LANGUAGES}
    found["/sitemap.xml"] = ("p",)  # Django's sitemap view pages with ?p=N
    return found


def understood_query(request):
    """(the query string of the parameters this route reads, blank ones left out, in a fixed
    order; whether the request carried nothing else, so that its answer may be stored)."""
    params = request.GET
    if not params:
        return "", True
    path, _is_special = split_special(request.path_info)
    names = query_parameters().get(path, ())
    kept = [(name, params[name]) for name in names if params.get(name)]
    carried = [(name, values) for name, values in params.lists() if any(values)]
    nothing_else = len(carried) == len(kept) and all(len(values) == 1 for _n, values in carried)
    return urlencode(kept), nothing_else


def page_key(site_id, scheme, path, query_string, variant):
    raw = f"{site_id}|{scheme}|{path}|{query_string}|{variant}".encode("utf-8", "surrogateescape")
    # Short keys: the local-memory cache checks every character of every key it is given.
    return "pc:p:" + hashlib.md5(raw, usedforsecurity=False).hexdigest()


def generation_key(site_id):
    return f"pc:g:{site_id}"


def value_key(site_id, name):
    return f"pc:v:{site_id}:{name}"


# --- Generations --------------------------------------------------------------------------

def generations(site_ids):
    """{site id: generation} as the shared store had them at most MEMO_SECONDS ago. A site
    whose generation this process has never managed to read is left out."""
    now = time.monotonic()
    stale = [site_id for site_id in site_ids
             if now - _generations.get(site_id, (None, -MEMO_SECONDS))[1] >= MEMO_SECONDS]
    if stale:
        refresh(stale, now)
    return {site_id: _generations[site_id][0] for site_id in site_ids if site_id in _generations}


def refresh(site_ids, now):
    try:
        found = caches["shared"].get_many([generation_key(site_id) for site_id in site_ids])
    except DatabaseError:
        # No database: keep serving what the known generations cached, and try again after
        # MEMO_SECONDS rather than on every request.
        for site_id in site_ids:
            if site_id in _generations:
                _generations[site_id] = (_generations[site_id][0], now)
        return
    for site_id in site_ids:
        generation = found.get(generation_key(site_id))
        if generation is None:  # a new install, or Redis evicted it
            safely_new_generation(site_id)
            continue
        if site_id == SITES and _generations.get(SITES, (generation,))[0] != generation:
            # A Site was changed elsewhere: the host names that page URLs are built from
            # (Wagtail keeps them in this process's cache for an hour) must be read again.
            Site.clear_site_root_paths_cache()
        _generations[site_id] = (generation, now)


def new_generation(site_id):
    generation = wall_clock_ns()
    caches["shared"].set(generation_key(site_id), generation, None)
    _generations[site_id] = (generation, time.monotonic())
    return generation


def safely_new_generation(site_id):
    """A new generation while serving a request: if the shared store cannot take it, this
    process still renders anew under it (other processes find their own way)."""
    try:
        return new_generation(site_id)
    except DatabaseError:
        generation = wall_clock_ns()
        _generations[site_id] = (generation, time.monotonic())
        return generation


def invalidate_sites(site_ids):
    site_ids = set(site_ids)
    for site_id in site_ids:
        new_generation(site_id)
    # Once more after the commit: a page rendered meanwhile from the rows as they were
    # before it would otherwise be stored under the new generation and outlive the change.
    transaction.on_commit(lambda: [new_generation(site_id) for site_id in site_ids])


def unexpired(site_id, generation):
    """`generation`, or a new one if a live page of the site has expired since it began."""
    known = _expiries.get(site_id)
    if (known is None or known[0] != generation
            or (known[1] is UNKNOWN and time.monotonic() - known[2] >= MEMO_SECONDS)):
        try:
            known = (generation, next_expiry(site_id, generation), None)
        except DatabaseError:
            known = (generation, UNKNOWN, time.monotonic())  # an outage: serve what we have
        _expiries[site_id] = known
    expiry = known[1]
    if expiry is not None and expiry is not UNKNOWN and wall_clock_ns() >= expiry:
        return safely_new_generation(site_id)
    return generation


def next_expiry(site_id, generation):
    """When the first live page of the site that had not expired when `generation` began
    expires (nanoseconds since 1970), or None."""
    roots = [root.root_path for root in Site.get_site_root_paths() if root.site_id == site_id]
    if not roots:
        return None
    began = EPOCH + generation // 1000 * MICROSECOND
    in_site = functools.reduce(operator.or_, (Q(url_path__startswith=root) for root in roots))
    first = (Page.objects.filter(in_site, live=True, expire_at__gt=began)
             .aggregate(first=Min("expire_at"))["first"])
    return (first - EPOCH) // MICROSECOND * 1000 if first else None


# --- Sites ----------------------------------------------------------------------------------

def validated_host(request):
    """request.get_host(), without checking ALLOWED_HOSTS again for a host that this process
    has accepted before (get_host() returns the raw host when it is allowed)."""
    raw = request._get_raw_host()
    return raw if raw in _site_by_host else request.get_host()


def site_state(request, host):
    """(site id, its current generation); the generation is None when the cache must not be
    used: no site serves the host, or this process cannot tell the generation."""
    known = _site_by_host.get(host)
    if known and known[2] > time.monotonic():
        site_id = known[0]
        found = generations((SITES, site_id))
        if found.get(SITES) == known[1]:
            return site_id, current(site_id, found.get(site_id))
    site_id = remember_site(request, host)
    return site_id, current(site_id, generations((site_id,)).get(site_id))


def current(site_id, generation):
    # No site: the page may take its links from the Host header, which must not be shared.
    if site_id == SITES or generation is None:
        return None
    return unexpired(site_id, generation)


def remember_site(request, host):
    # Read generation 0 before the database, so that a change in between is noticed later.
    sites_generation = generations((SITES,)).get(SITES)
    site = Site.find_for_request(request)
    site_id = site.pk if site else SITES
    if sites_generation is not None:
        if len(_site_by_host) >= HOST_MEMO_SIZE:
            _site_by_host.clear()
        _site_by_host[host] = (site_id, sites_generation, time.monotonic() + HOST_MEMO_SECONDS)
    return site_id


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
                caches["default"].set(key, entry, TIMEOUT)
            return as_response(entry)
        drop_from_probation(key)
    entry = caches["default"].get(key)
    return as_response(entry) if fits(entry, site_id, generation) else None


def fits(entry, site_id, generation):
    return entry is not None and entry[0] == site_id and entry[1] == generation


def as_response(entry):
    _site_id, _generation, status, headers, body = entry
    response = HttpResponse(body, status=status)
    # The headers were checked when the page was stored; setting them one by one again
    # (ResponseHeaders validates each) would cost a hit more than its cache lookup.
    response.headers._store.update(headers)
    return response


def store_response(key, site_id, generation, response, promotable):
    """Kept as plain values, so a hit builds a response from a tuple, not an unpickled
    HttpResponse. False if the body is too large to keep."""
    body = response.content
    if len(body) > MAX_BODY:
        return False
    headers = dict(response.headers._store)  # {lower-case name: (name, value)}
    headers["x-page-cache"] = ("X-Page-Cache", "hit")
    entry = (site_id, generation, response.status_code, headers, body)
    if promotable and caches["default"].has_key(key):
        # Its older version was read twice: a page people read, not one to prove again.
        caches["default"].set(key, entry, TIMEOUT)
    else:
        expiry = time.monotonic() + (TIMEOUT if promotable else QUERY_TIMEOUT)
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


# --- Values derived from pages ------------------------------------------------------------

def remember(request, name, compute):
    """`compute()` once per site generation: values that change only when editors publish."""
    state = getattr(request, "page_cache_state", None)
    if state is None:  # not through the page cache (an editor's request)
        try:
            state = site_state(request, validated_host(request))
        except DatabaseError:
            state = (SITES, None)
    site_id, generation = state
    if generation is None:
        return compute()
    key = value_key(site_id, name)
    entry = caches["default"].get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    caches["default"].set(key, (generation, value), TIMEOUT)
    return value
