"""Whole anonymous responses in Django's cache, tagged with a per-site generation.

Publishing, unpublishing, moving or deleting any page of a site (or editing its identity)
starts a new generation for that site, so every cached page of that site — lists, the home
page, feeds, the sitemap, the special versions — is replaced on its next request, and the
other sites on the same install keep their caches.

A hit costs one cache round trip: the site's generation and the entry are read together
(`get_many`), and the entry counts only if it was made in that generation. Generation 0
belongs to the host → site mapping (and to pages outside every site): each process keeps
that mapping in memory and trusts it only while generation 0 is the one it was made in.
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from wagtail.models import Site

TIMEOUT = 24 * 60 * 60       # entries of older generations are overwritten or expire
QUERY_TIMEOUT = 5 * 60       # pages with a query string (searches): many, rarely repeated
HOST_MEMO_SECONDS = 300      # also bounds a mapping changed without signals (bulk updates)
HOST_MEMO_SIZE = 1000        # hosts are validated, but ALLOWED_HOSTS may be "*"
SITES = 0

_site_by_host = {}  # host → (site id, generation 0 it was found in, expiry); per process


def validated_host(request):
    """request.get_host(), without checking ALLOWED_HOSTS again for a host that this process
    has accepted before (get_host() returns the raw host when it is allowed)."""
    raw = request._get_raw_host()
    return raw if raw in _site_by_host else request.get_host()


def generation_key(site_id):
    return f"pc:g:{site_id}"


def page_key(host, path, query_string, variant):
    raw = f"{host}|{path}|{query_string}|{variant}".encode("utf-8", "surrogateescape")
    # Short keys: the local-memory cache checks every character of every key it is given.
    return "pc:p:" + hashlib.md5(raw, usedforsecurity=False).hexdigest()


def value_key(site_id, name):
    return f"pc:v:{site_id}:{name}"


def lookup(request, host, keys_for):
    """(site id, its current generation, cached values of `keys_for(site id)`), in one cache
    round trip when this process already knows which site serves `host`."""
    known = _site_by_host.get(host)
    if known and known[2] > time.monotonic():
        site_id = known[0]
        found = cache.get_many([generation_key(SITES), generation_key(site_id),
                                *keys_for(site_id)])
        if found.get(generation_key(SITES)) == known[1]:
            return site_id, found.get(generation_key(site_id)) or new_generation(site_id), found
    site_id = remember_site(request, host)
    found = cache.get_many([generation_key(site_id), *keys_for(site_id)])
    return site_id, found.get(generation_key(site_id)) or new_generation(site_id), found


def remember_site(request, host):
    # Read generation 0 before the database, so that a change in between is noticed later.
    sites_generation = cache.get(generation_key(SITES)) or new_generation(SITES)
    site = Site.find_for_request(request)
    site_id = site.pk if site else 0
    if len(_site_by_host) >= HOST_MEMO_SIZE:
        _site_by_host.clear()
    _site_by_host[host] = (site_id, sites_generation, time.monotonic() + HOST_MEMO_SECONDS)
    return site_id


def cached_response(entry, site_id, generation):
    """The stored response, if `entry` was made for this site in this generation."""
    if entry is None or entry[0] != site_id or entry[1] != generation:
        return None
    _site_id, _generation, status, headers, body = entry
    response = HttpResponse(body, status=status)
    # The headers were checked when the page was stored; setting them one by one again
    # (ResponseHeaders validates each) would cost a hit more than its cache lookup.
    response.headers._store.update(headers)
    return response


def store_response(key, site_id, generation, response, timeout):
    """Kept as plain values: a hit then unpickles a tuple, not a whole HttpResponse."""
    headers = dict(response.headers._store)  # {lower-case name: (name, value)}
    headers["x-page-cache"] = ("X-Page-Cache", "hit")
    cache.set(key, (site_id, generation, response.status_code, headers, response.content),
              timeout)


def remember(request, name, compute):
    """`compute()` once per site generation: values that change only when editors publish."""
    state = getattr(request, "page_cache_state", None)
    if state:  # the generation the page cache read for this request
        site_id, generation = state
        entry = cache.get(value_key(site_id, name))
    else:
        site_id, generation, found = lookup(
            request, validated_host(request), lambda site_id: [value_key(site_id, name)])
        entry = found.get(value_key(site_id, name))
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    cache.set(value_key(site_id, name), (generation, value), TIMEOUT)
    return value


def new_generation(site_id):
    generation = time.time_ns()
    cache.set(generation_key(site_id), generation, None)
    return generation


def invalidate_sites(site_ids):
    site_ids = set(site_ids)
    for site_id in site_ids:
        new_generation(site_id)
    # Once more after the commit: a page rendered meanwhile from the rows as they were
    # before it would otherwise be stored under the new generation and outlive the change.
    transaction.on_commit(lambda: [new_generation(site_id) for site_id in site_ids])
