"""Whole anonymous responses in Django's cache, namespaced by a per-site generation.

Publishing, unpublishing, moving or deleting any page of a site (or editing its identity)
starts a new generation for that site, so every cached page of that site — lists, the home
page, feeds, the sitemap, the special versions — is replaced on its next request, and the
other sites on the same install keep their caches.
"""

import hashlib
import time

from django.core.cache import cache
from wagtail.models import Site

TIMEOUT = 24 * 60 * 60       # entries also die with their generation
QUERY_TIMEOUT = 5 * 60       # pages with a query string (searches): many, rarely repeated
SITE_LOOKUP_TIMEOUT = 300    # host → site, so that a hit needs no database query


def generation_key(site_id):
    return f"pagecache:generation:{site_id}"


def site_id_for(request):
    key = f"pagecache:site:{request.get_host()}"
    site_id = cache.get(key)
    if site_id is None:
        site = Site.find_for_request(request)
        site_id = site.pk if site else 0
        cache.set(key, site_id, SITE_LOOKUP_TIMEOUT)
    return site_id


def current_generation(site_id):
    return cache.get(generation_key(site_id)) or new_generation(site_id)


def response_key(request, variant):
    site_id = site_id_for(request)
    generation = current_generation(site_id)
    raw = f"{request.get_host()}|{request.get_full_path()}|{variant}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:page:{site_id}:{generation}:{digest}"


def remember(request, name, compute):
    """`compute()` once per site generation: values that change only when editors publish."""
    site_id = site_id_for(request)
    key = f"pagecache:value:{site_id}:{current_generation(site_id)}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def new_generation(site_id):
    generation = time.time_ns()
    cache.set(generation_key(site_id), generation, None)
    return generation


def invalidate_sites(site_ids):
    for site_id in site_ids:
        new_generation(site_id)
