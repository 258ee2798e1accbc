"""Freshness: which version of each site's content is current, shared by every process, and
a memo of values derived from pages that lasts as long as that version.

A site's version has two parts, each the moment it last changed (a Generation):
- `site`: its structure. Publishing, unpublishing, moving or deleting a page that is not a
  list item, setting or removing a page's privacy, editing the site's identity or the Site
  itself starts a new one (core/signals.py), so everything kept under the old one (pages in
  the page cache, list counts, the menu) is computed anew on its next use.
- `news`: its lists. Publishing or unpublishing a list item (a news article, see
  core/features.py `list_item`) starts a new one, and marks the pages that show the item: the
  item itself, its translations (their language switch) and its neighbours (their previous
  and next links). Pages whose view shows no list item (`shows_list_items = False`: an
  article, a procedure, an act) do not depend on `news`; instead they name the items they
  show (`shows`), and their cached copy lasts until one of those is marked. So a feed import
  that publishes every few minutes renews the lists, the home page, feeds, search and the
  sitemap, and the few pages next to the new item, while the archive stays cached.
The other sites on the install keep theirs.

Generations live in caches["shared"] (a database table without Redis, Redis with it), which
every process reads and writes: each gunicorn worker, `manage.py publish_scheduled`, any other
command. A process trusts the generations (and marks) it read for MEMO_SECONDS, so a change
made anywhere reaches every worker within MEMO_SECONDS of its commit. The process that makes
a change uses the new generation at once.

Scheduled expiry does not wait for the timer: once per generation a process reads when the
next live page of the site expires, and from that moment on the generation is replaced, so a
page that expires at 12:00 is not served from a cache after 12:00 even if publish_scheduled
runs late. (A scheduled go-live needs publish_scheduled to make the page live; its publish
then starts a new generation like any other.)

When the shared store cannot be read (the database is down), a process keeps the generations
it knows; a process that has never read the generation of a site treats it as unknown (None),
and whatever relies on it computes afresh. Generation 0 (SITES) belongs to the host → site
mapping that each process keeps in memory.

A page's mark is the moment it was last published or unpublished as a list item (0: not
since any cached copy was made; marks outlive every cached entry, MARK_TIMEOUT). Marks are read
after a page has been rendered, so a copy is kept only when no page it shows was marked after
its rendering began, with settings.PAGE_CACHE_CLOCK_SKEW to spare for the clocks of other
machines.

`remember(request, name, compute)` is the memo: `compute()` once per site generation, for
values that change only when editors publish (list counts, page boundaries, the menu).
The page cache (ispolkom.pagecache) keys whole pages on the same generations.
"""

import functools
import operator
import threading
import time
from collections import namedtuple
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.db.models import Min, Q
from wagtail.models import Page, Site

from ispolkom import framework

TIMEOUT = 24 * 60 * 60       # values of older generations are overwritten or expire
MEMO_SECONDS = 0.5           # how long a process trusts the generations it read
HOST_MEMO_SECONDS = 300      # also bounds a mapping changed without signals (bulk updates)
HOST_MEMO_SIZE = 1000        # hosts are validated, but ALLOWED_HOSTS may be "*"
MARK_TIMEOUT = 2 * TIMEOUT   # longer than any cached entry lives (see the docstring)
MARK_MEMO_SIZE = 10_000      # pages whose marks a process remembers
SITES = 0
UNKNOWN = object()           # the next expiry could not be read (no database)
EPOCH, MICROSECOND = datetime(1970, 1, 1, tzinfo=UTC), timedelta(microseconds=1)

_lock = threading.Lock()     # runserver serves requests in threads
_generations = {}            # site id → (generation, time.monotonic() when read)
_site_by_host = {}           # host → (site id, generation 0 it was found in, expiry, Site)
_expiries = {}               # site id → (generation, its next expiry, when it was unknown)
_marks = {}                  # page id → (its mark, time.monotonic() when read)

# A site's version: the moments its structure and its lists last changed (see above).
Generation = namedtuple("Generation", "site news")


def forget():
    """Drop everything this process remembers (tests; a restored database)."""
    with _lock:
        for memo in (_generations, _site_by_host, _expiries, _marks):
            memo.clear()


def wall_clock_ns():
    """Now, in nanoseconds since 1970: generations are the moments they began."""
    return time.time_ns()


def generation_key(site_id):
    return f"pc:g:{site_id}"


def value_key(site_id, name):
    return f"pc:v:{site_id}:{name}"


def news_scope(site_id):
    """The id under which a site's lists keep their generation, beside its own."""
    return f"n{site_id}"


def mark_key(page_id):
    return f"pc:m:{page_id}"


# --- Generations --------------------------------------------------------------------------

def generations(site_ids):
    """{site id (or news scope): generation} as the shared store had them at most
    MEMO_SECONDS ago. A site whose generation this process has never managed to read is
    left out."""
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
            framework.forget_site_root_paths()
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


def invalidate_news(site_ids, page_ids):
    """A list item published or unpublished: the sites' lists, and the pages showing it."""
    scopes = {news_scope(site_id) for site_id in site_ids}
    page_ids = set(page_ids)
    for scope in scopes:
        new_generation(scope)
    mark(page_ids)
    # Once more after the commit, as invalidate_sites does.
    transaction.on_commit(lambda: [new_generation(scope) for scope in scopes] + [mark(page_ids)])


def unexpired(site_id, generation):
    """`generation`, or one with a new site part if a live page of the site has expired
    since the site part began (a list item published since is read too: `news` changed)."""
    known = _expiries.get(site_id)
    if (known is None or known[0] != generation
            or (known[1] is UNKNOWN and time.monotonic() - known[2] >= MEMO_SECONDS)):
        try:
            known = (generation, next_expiry(site_id, generation.site), None)
        except DatabaseError:
            known = (generation, UNKNOWN, time.monotonic())  # an outage: serve what we have
        _expiries[site_id] = known
    expiry = known[1]
    if expiry is not None and expiry is not UNKNOWN and wall_clock_ns() >= expiry:
        return generation._replace(site=safely_new_generation(site_id))
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
    raw = framework.raw_host(request)
    return raw if raw in _site_by_host else request.get_host()


def site_state(request, host):
    """(site id, its current Generation); the generation is None when the cache must not be
    used: no site serves the host, or this process cannot tell the generation."""
    known = _site_by_host.get(host)
    if known and known[2] > time.monotonic():
        site_id = known[0]
        found = generations((SITES, site_id, news_scope(site_id)))
        if found.get(SITES) == known[1]:
            return site_id, current(site_id, found)
    site_id = remember_site(request, host)
    return site_id, current(site_id, generations((site_id, news_scope(site_id))))


def current(site_id, found):
    # No site: the page may take its links from the Host header, which must not be shared.
    if site_id == SITES:
        return None
    generation = Generation(found.get(site_id), found.get(news_scope(site_id)))
    if None in generation:
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
        _site_by_host[host] = (site_id, sites_generation, time.monotonic() + HOST_MEMO_SECONDS,
                               site and fields_of(site))
    return site_id


def known_site(request):
    """A new copy of the Site this process found for the request's host while the host → site
    mapping is current (no query), or None. A copy: a request may cache its root page on it."""
    try:
        request_state(request)  # renews the mapping if it is not current
        known = _site_by_host.get(validated_host(request))
    except DisallowedHost:  # the error page for a host not allowed
        return None
    if known is None or known[3] is None or known[2] <= time.monotonic():
        return None
    return fields_of(known[3])


def fields_of(site):
    """A Site with the fields of `site` and nothing it has loaded or cached besides."""
    return Site(**{field.attname: getattr(site, field.attname)
                   for field in Site._meta.concrete_fields})


# --- Values derived from pages --------------------------------------------------------------

def request_state(request):
    """(site id, its current generation) for `request`: the page cache's, or read now; the
    generation is None when it cannot be told (no site, no shared store)."""
    state = getattr(request, "site_generation", None)
    if state is None:  # not through the page cache (an editor's request, PAGE_CACHE=0)
        try:
            state = site_state(request, validated_host(request))
        except DatabaseError:
            state = (SITES, None)
    return state


def generation_moment(generation):
    """When a site's Generation began: the later of its parts, the moment the site's public
    content last changed."""
    return EPOCH + max(generation) // 1000 * MICROSECOND


def remember(request, name, compute, list_items=True):
    """`compute()` once per site generation: values that change only when editors publish.
    `list_items=False` for a value that no list item changes (the menu): kept across news."""
    site_id, generation = request_state(request)
    if generation is None:
        return compute()
    version = generation if list_items else generation.site
    key = value_key(site_id, name)
    entry = caches["default"].get(key)
    if entry is not None and entry[0] == version:
        return entry[1]
    value = compute()
    caches["default"].set(key, (version, value), TIMEOUT)
    return value


# --- Pages shown, and their marks ------------------------------------------------------------

def shows_no_list_items(request, page):
    """The answer to `request` shows `page` and no list item but those given to `shows`: it
    depends on the site's structure and on the pages it names, not on its lists."""
    request.shows_list_items = False
    shows(request, page)


def shows(request, *pages):
    """The answer to `request` shows these pages (None is skipped): publishing or
    unpublishing one of them as a list item renews it."""
    shown = getattr(request, "pages_shown", set())
    shown.update(page.pk for page in pages if page is not None)
    request.pages_shown = shown


def mark(page_ids):
    """Marks the pages as changed now, for every process."""
    moment = wall_clock_ns()
    caches["shared"].set_many({mark_key(page_id): moment for page_id in page_ids}, MARK_TIMEOUT)
    read = time.monotonic()
    for page_id in page_ids:
        _marks[page_id] = (moment, read)


def marks(page_ids):
    """{page id: its mark} as the shared store had them at most MEMO_SECONDS ago; a page
    whose mark this process cannot tell (the store is unreachable) is left out."""
    now = time.monotonic()
    known = {page_id: _marks[page_id][0] for page_id in page_ids
             if now - _marks.get(page_id, (None, -MEMO_SECONDS))[1] < MEMO_SECONDS}
    stale = [page_id for page_id in page_ids if page_id not in known]
    if stale:
        try:
            found = caches["shared"].get_many([mark_key(page_id) for page_id in stale])
            read = {page_id: found.get(mark_key(page_id), 0) for page_id in stale}
        except DatabaseError:  # an outage: keep what is known, as generations() does
            read = {page_id: _marks[page_id][0] for page_id in stale if page_id in _marks}
        if len(_marks) + len(read) > MARK_MEMO_SIZE:
            _marks.clear()
        _marks.update((page_id, (moment, now)) for page_id, moment in read.items())
        known.update(read)
    return known


def marks_of_answer(request, began):
    """((page id, mark), …) of the pages the answer to `request` showed, or None when one of
    them was marked after the rendering (begun at `began`) may have read it: such an answer
    must not be kept, since its marks may already be the new ones."""
    shown = sorted(getattr(request, "pages_shown", ()))
    found = marks(shown)
    latest = began - int(settings.PAGE_CACHE_CLOCK_SKEW * 1e9)
    if len(found) < len(shown) or any(moment > latest for moment in found.values()):
        return None
    return tuple(found.items())


def unmarked(shown):
    """Whether none of the pages named by marks_of_answer() has been marked since."""
    if not shown:
        return True
    found = marks([page_id for page_id, _mark in shown])
    return all(found.get(page_id) == moment for page_id, moment in shown)


# --- Whole sites -----------------------------------------------------------------------------

def all_sites():
    return {root.site_id for root in Site.get_site_root_paths()} | {SITES}


def sites_containing(page):
    """Ids of the sites whose trees (any language) hold `page`; all sites if none does."""
    roots = Site.get_site_root_paths()
    site_ids = {root.site_id for root in roots if page.url_path.startswith(root.root_path)}
    return site_ids or all_sites()


def invalidate_everything():
    """For bulk changes that bypass Wagtail's signals (imports, a restored database)."""
    invalidate_sites(all_sites())


def good_until(response, moment):
    """Marks a response whose content changes at `moment` (an aware datetime) although nobody
    publishes: an office's "open now", the next reception dates, upcoming events. The page
    cache keeps it only until then, and browsers no longer than that."""
    earlier = getattr(response, "good_until", None)
    response.good_until = moment if earlier is None else min(earlier, moment)
    return response


def seconds_left(response, now=None):
    """Seconds until the response's content changes, or None when only a publish changes it."""
    moment = getattr(response, "good_until", None)
    if moment is None:
        return None
    now = now or datetime.fromtimestamp(wall_clock_ns() / 1e9, UTC)
    return max(0, int((moment - now).total_seconds()))


def changes_at(request, moment):
    """good_until for the whole answer to `request`, from code that has no response in hand
    (a template tag, a hook such as PAGE_BANNERS): the page cache applies it to the response."""
    earlier = getattr(request, "good_until", None)
    request.good_until = moment if earlier is None else min(earlier, moment)


def revalidate_always(request):
    """The answer also changes when the visitor acts (hides a banner: a cookie the page cache
    keys on, see core.features.CACHE_VARIANTS): browsers keep it but ask again every time
    (max-age=0), and the page cache answers them with 304 while it is unchanged. Shared caches
    keep one copy, as for every anonymous page."""
    request.revalidate_always = True
