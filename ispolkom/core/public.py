"""The one definition of a public page: what an anonymous visitor may find.

A page is public when
  * it is live and not expired: `expire_at` is empty or in the future (an expired page is
    gone at once, before `manage.py publish_scheduled` has unpublished it);
  * every ancestor is live and not expired (a section unpublished without its children hides
    them all); and
  * no view restriction of any type (password, login, groups) is set on it or an ancestor.

Everything that shows a page to everyone asks this module: lists and feeds, the home page,
menus and section links, previous/next links, language links, sitemap.xml and the HTML site
map, the search index and search results; the page view answers 404 for a page below an
unpublished or expired ancestor (core/wagtail_hooks.py). Restricted pages still answer to the
people allowed — Wagtail asks for the password or the login — but surface nowhere.

A new listing (services, documents, events) filters its queryset the same way:

    from ispolkom.core.public import public_pages
    events = public_pages(EventPage.objects.descendant_of(poster), request)

and a single page is checked with `is_public(page)`.

Cost: like Wagtail's `PageQuerySet.public()`, which it replaces, one query finds the few pages
that hide their subtree (restricted pages; unpublished or expired pages with children, looked
up through the content types that can have children, so articles are never scanned). Its
answer is kept until any site's structure changes (install_hidden_subtrees), so most requests
run no query for it; the page view also skips Wagtail's check of view restrictions for a page
outside every hidden subtree (core/routing.py).
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db.models import Min, Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, get_page_models

from ispolkom.framework import cached_parent, may_have_children

from . import freshness

STEP = Page.steplen
HIDDEN_KEY = "public:hidden"


@functools.cache
def container_models():
    """Page models that may have children: homes, indexes, sections, content pages."""
    return tuple(model for model in get_page_models() if may_have_children(model))


def is_expired(page, now):
    return page.expire_at is not None and page.expire_at <= now


def withdrawn_q(now):
    """Pages taken off the site: unpublished, or past their expiry date. The tree's root
    (depth 1) is never served and does not count."""
    return Q(depth__gt=1) & (Q(live=False) | Q(expire_at__lte=now))


def hiding_subtrees(now):
    """Paths of the pages that hide themselves and everything below them: restricted pages,
    and withdrawn pages that have children. Nested paths are left out."""
    restricted = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id"))
    containers = ContentType.objects.get_for_models(*container_models()).values()
    withdrawn = Page.objects.filter(withdrawn_q(now), content_type__in=containers,
                                    numchild__gt=0)
    paths = restricted.order_by().values_list("path", flat=True).union(
        withdrawn.order_by().values_list("path", flat=True))
    tops = []
    for path in sorted(paths):
        if not tops or not path.startswith(tops[-1]):
            tops.append(path)
    return tops


def install_hidden_subtrees(now):
    """hiding_subtrees(now), computed once per version of every site's structure: restricting,
    publishing, unpublishing, moving or deleting a page anywhere renews one (core/signals.py),
    and every process sees it within freshness.MEMO_SECONDS. The whole install's paths, since
    a list may reach past one site; kept only until the first live container expires."""
    sites = freshness.all_sites()
    found = freshness.generations(sorted(sites))
    if len(found) < len(sites):  # a generation unknown: no memo
        return hiding_subtrees(now)
    version = tuple(sorted(found.items()))
    entry = caches["default"].get(HIDDEN_KEY)
    if entry is not None and entry[0] == version and (entry[2] is None or now < entry[2]):
        return entry[1]
    containers = ContentType.objects.get_for_models(*container_models()).values()
    until = Page.objects.filter(live=True, expire_at__gt=now, numchild__gt=0,
                                content_type__in=containers).aggregate(Min("expire_at"))
    hidden = hiding_subtrees(now)
    caches["default"].set(HIDDEN_KEY, (version, hidden, until["expire_at__min"]),
                          freshness.TIMEOUT)
    return hidden


def hides_view_restrictions(page, now=None):
    """Whether `page` may have a view restriction (on it or an ancestor): it lies in a hidden
    subtree, or it or an ancestor routing left on it is an alias (aliases take their
    original's restrictions). False lets the page view skip Wagtail's two queries for them."""
    now = now or timezone.now()
    node, way = page, []
    while node is not None:
        if node.alias_of_id is not None:
            return True
        way.append(node.path)
        if node.depth <= 2:
            break
        node = cached_parent(node)
    if node is None:
        return True  # the way down is unknown
    # Every page on the way: a shared article (news library) is shown below a site's
    # section that is not its parent in the tree.
    hidden = install_hidden_subtrees(now)
    return any(path.startswith(top) for path in way for top in hidden)


class PublicFilter:
    """One look at what is public, taken when first needed and applied to any number of
    querysets (of pages, or of rows pointing to pages through `prefix`)."""

    def __init__(self, now=None, remembered=False):
        self.now = now or timezone.now()
        self.remembered = remembered  # for a request: the memo; else read now (indexing)

    @functools.cached_property
    def hidden(self):
        return (install_hidden_subtrees if self.remembered else hiding_subtrees)(self.now)

    def q(self, prefix=""):
        def lookup(**kwargs):
            return Q(**{prefix + name: value for name, value in kwargs.items()})

        public = lookup(live=True) & (lookup(expire_at__isnull=True)
                                      | lookup(expire_at__gt=self.now))
        for path in self.hidden:
            public &= ~lookup(path__startswith=path)
        return public

    def __call__(self, queryset, prefix=""):
        return queryset.filter(self.q(prefix))


def public_filter(request=None):
    """The request's PublicFilter (one per request), or a fresh one without a request."""
    if request is None:
        return PublicFilter()
    found = getattr(request, "_ispolkom_public_filter", None)
    if found is None:
        found = request._ispolkom_public_filter = PublicFilter(remembered=True)
    return found


def public_pages(queryset, request=None):
    """The public pages of a page queryset."""
    return public_filter(request)(queryset)


def path_to(page):
    """Paths of the page's ancestors below the tree's root, and of the page itself."""
    return [page.path[:end] for end in range(2 * STEP, len(page.path) + 1, STEP)]


def is_public(page, now=None):
    """Whether a visitor without any permission may find `page` (one query at most)."""
    now = now or timezone.now()
    if not page.live or is_expired(page, now):
        return False
    restricted = Q(pk__in=PageViewRestriction.objects.values("page_id"))
    hiding = Page.objects.filter(path__in=[page.path[:STEP], *path_to(page)])
    return not hiding.filter(withdrawn_q(now) | restricted).exists()


def is_withdrawn(page, now=None):
    """Whether `page` or an ancestor is unpublished or expired (view restrictions aside).

    For a page that Wagtail has just routed to, no query: routing loads every page on the
    way down and keeps each one on its child (framework.cached_parent), and
    Page.route itself checks only the last page's `live`."""
    now = now or timezone.now()
    node = page
    while True:
        if node.depth > 1 and (not node.live or is_expired(node, now)):
            return True
        parent = cached_parent(node)
        if parent is None:
            break
        node = parent
    above = path_to(node)[:-1]
    return bool(above) and Page.objects.filter(path__in=above).filter(withdrawn_q(now)).exists()
