"""sitemap.xml: an index of child sitemaps, each listing public pages of every language of
the request's site with their hreflang alternates.

Addresses. /sitemap.xml is a <sitemapindex> (the one robots.txt names); child N is at
/sitemaps/pages-N.xml. A child's number is in its path, not in a query string (`?p=N`, as
Django's own views do), so that each child has exactly one address: `?p=1`, `?p=01` and no
`p` would be three names of one page for crawlers, the page cache and a CDN (several ignore
query strings by default); the route takes only 1, 2, … (no leading zero), anything else is
a 404 before any query, and so is a number past the last child.

Size. A child holds at most URLS_PER_SITEMAP pages. The protocol allows 50,000 URLs and
50 MB uncompressed per sitemap; an entry here is its <loc>, <lastmod> and one alternate link
per language (3), about 400 bytes with the demo's addresses, but slugs may be 255
characters at every level of the tree, so 50,000 entries of long addresses could pass
50 MB. With 10,000, an entry may take 5,242 bytes (four addresses of about 1,250 characters
each) before a child reaches 50 MB. A child of 10,000 entries is about 4 MB and costs about
10 queries and 2.9 s on SQLite (docs/performance.md); an index may name 50,000 children,
i.e. 500 million pages.

Caching. A full child (about 4 MB) is too large for the page cache (pagecache.store.MAX_BODY,
256 KiB: raising it for sitemaps would let 2,000 entries of 4 MB fill a worker's memory) and
is not kept there; a small site's only child is kept like any page. A child changes only
with the site's content generation (core.freshness), so its ETag and Last-Modified come from
that generation, and a conditional GET gets its 304 before anything is queried or rendered;
Cache-Control (set by the page cache's middleware) lets a CDN or nginx keep it. A deploy
that changes the page size changes the ETag. The index is small and cached like any page.
"""

from collections import defaultdict
from datetime import UTC

from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import connections
from django.db.models import Q, Window
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import condition, require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from . import freshness
from .absolute_urls import absolute_url
from .public import public_pages

URLS_PER_SITEMAP = 10_000  # pages per child sitemap: see "Size" above; tests lower it
KEYS_PER_QUERY = 5_000  # translation keys looked up at once: far below any database's limit
ROBOTS_TAG = "noindex, noodp, noarchive"  # what Django's sitemap views send


class MultilingualSitemap(Sitemap):
    @property
    def limit(self):  # read by Django's paginator; a property, so that tests may lower it
        return URLS_PER_SITEMAP

    def items(self):
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for home in homes:
            in_any_tree |= Q(path__startswith=home.path)
        return (
            public_pages(Page.objects.filter(in_any_tree), self.request)
            .select_related("locale").order_by("path")
        )

    def _urls(self, page, protocol, domain):
        object_list = list(self.paginator.page(page).object_list)
        located = [(item, item.get_full_url(self.request)) for item in object_list]
        located = [(item, location) for item, location in located if location is not None]
        # A page's translations are in other language trees, so mostly in other children:
        # they are looked up by translation key (public pages of this site only). This
        # child's own pages are one range of paths, already at hand.
        keys = {item.translation_key for item, _location in located}
        outside = [(found, found.get_full_url(self.request)) for found in self.translations(
            keys, object_list[0].path, object_list[-1].path)] if object_list else []
        urls_by_key = defaultdict(list)
        for found, location in sorted(located + outside, key=lambda pair: pair[0].path):
            if location is not None:
                urls_by_key[found.translation_key].append(
                    {"lang_code": found.locale.language_code, "location": location})
        self.latest_lastmod = None
        return [
            {
                "item": item,
                "location": location,
                "lastmod": self.lastmod(item),
                "alternates": urls_by_key[item.translation_key]
                if len(urls_by_key[item.translation_key]) > 1 else [],
            }
            for item, location in located
        ]

    def translations(self, keys, first_path, last_path):
        """The public pages of this site with these translation keys outside the paths from
        `first_path` to `last_path`; a query per KEYS_PER_QUERY keys."""
        keys = sorted(keys)
        for start in range(0, len(keys), KEYS_PER_QUERY):
            yield from self.items().filter(
                translation_key__in=keys[start:start + KEYS_PER_QUERY]
            ).exclude(path__gte=first_path, path__lte=last_path).only(
                "pk", "path", "url_path", "translation_key", "locale__language_code")

    def children(self):
        """[the latest publication among its pages, or None] for each child, in order: one
        query, which numbers the public pages by path and groups them by child."""
        pages = self.items().annotate(
            position=Window(RowNumber(), order_by="path"),
            changed=Coalesce("last_published_at", "latest_revision_created_at"),
        ).values("position", "changed")
        sql, params = pages.query.sql_with_params()
        with connections[pages.db].cursor() as cursor:
            cursor.execute(
                f"SELECT (numbered.position - 1) / %s, MAX(numbered.changed)"
                f" FROM ({sql}) numbered GROUP BY 1 ORDER BY 1",
                [URLS_PER_SITEMAP, *params],
            )
            latest = [as_datetime(changed) for _child, changed in cursor.fetchall()]
        return latest or [None]  # an empty site still has its (empty) first child


def as_datetime(value):
    """A datetime as a raw query returns it: a string on SQLite, naive in UTC."""
    if isinstance(value, str):
        value = parse_datetime(value)
        if value is not None and timezone.is_naive(value):
            value = timezone.make_aware(value, UTC)
    return value


# --- Views ------------------------------------------------------------------------------------

def generation_etag(request, number=None):
    """The child's version: the site's content generation (None when it cannot be told, then
    the answer is computed and ConditionalGetMiddleware compares its content)."""
    site_id, generation = freshness.request_state(request)
    if generation is None:
        return None
    version = "-".join(map(str, generation))
    return f"sitemap-{site_id}-{version}-{number or 0}-{URLS_PER_SITEMAP}"


def generation_modified(request, number=None):
    generation = freshness.request_state(request)[1]
    if generation is None:
        return None
    return freshness.generation_moment(generation).replace(microsecond=0)


@require_safe
@condition(etag_func=generation_etag, last_modified_func=generation_modified)
def sitemap_index(request):
    sitemap = MultilingualSitemap(request)
    latest = freshness.remember(request, f"sitemap-children-{URLS_PER_SITEMAP}",
                                sitemap.children)
    children = [
        {"location": absolute_url(request, reverse("sitemap_child", args=(number,))),
         "last_mod": changed}
        for number, changed in enumerate(latest, start=1)
    ]
    response = TemplateResponse(request, "sitemap_index.xml", {"sitemaps": children},
                                content_type="application/xml")
    response["X-Robots-Tag"] = ROBOTS_TAG
    return response


@require_safe
@condition(etag_func=generation_etag, last_modified_func=generation_modified)
def sitemap_child(request, number):
    sitemap = MultilingualSitemap(request)
    try:
        urls = sitemap.get_urls(page=int(number), site=get_current_site(request),
                                protocol=request.scheme)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such sitemap") from error
    response = TemplateResponse(request, "sitemap.xml", {"urlset": urls},
                                content_type="application/xml")
    response["X-Robots-Tag"] = ROBOTS_TAG
    return response
