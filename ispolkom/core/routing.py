"""Routing a page request in two queries, however deep the page.

Wagtail's routing walks the tree from the site's home a level at a time, two queries per level
(the child by its slug, then its specific row), after three more for the site and the home in
the request's language. A page's `url_path` is its parent's plus its slug, so every page on
the way is found at once by the paths the URL names. The walk itself keeps Wagtail's rules:
a page type with routes of its own (RoutablePageMixin: list pages, tags, feeds) answers a path
its routes match before its children do, any other page type that routes by itself is handed
the rest of the path, only the last page must be live (ancestors are checked by the
before_serve_page hooks), and whatever is unusual (no site known to this process, a home not
live in the language, a path the pages found do not cover) goes to Wagtail's own routing.
"""

from django.conf import settings
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from ispolkom.framework import (
    cached_parent,
    has_subpage_route,
    keep_parent,
    keep_route,
    skip_view_restrictions,
)

from . import languages
from .public import hides_view_restrictions
from .sites import request_site


def serve(request, path):
    """Wagtail's page view, given the route found here."""
    site = request_site(request)
    if site is not None:
        found = route(request, site, path)
        if found is not None:
            keep_route(request, found)
            if not hides_view_restrictions(found[0]):
                skip_view_restrictions(found[0])
    return wagtail_views.serve(request, path)


def home_path(site, language):
    """The url_path of the site's home in `language`, from Wagtail's cached root paths."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    return next((root.root_path for root in Site.get_site_root_paths()
                 if root.site_id == site.pk and root.language_code == language), None)


def route(request, site, path):
    """Wagtail's RouteResult for `path` on `site`, or None to let Wagtail route; raises Http404
    where Wagtail's routing would."""
    root = home_path(site, languages.current())
    if root is None:
        return None
    components = [component for component in path.split("/") if component]
    url_paths = [root + "".join(f"{part}/" for part in components[:end])
                 for end in range(len(components) + 1)]
    by_url_path = {page.url_path: page for page in Page.objects.filter(url_path__in=url_paths)}
    node = by_url_path.get(root)
    if node is None or not node.live:  # Wagtail would route from the site's root page
        return None
    for level, slug in enumerate(components):
        remaining = components[level:]
        model = node.specific_class
        if model is None:
            return None
        routes_itself = model.route is not Page.route
        # Its routes first, then its children (a model's route() that only adds answers
        # where those have none declares `route_only_adds`, e.g. a news section's shared
        # articles: routing then finds its children here, as for any routable page).
        if model.route is RoutablePageMixin.route or getattr(model, "route_only_adds", False):
            routes_itself = node.live and has_subpage_route(model, f"/{'/'.join(remaining)}/")
        if routes_itself:
            return specific(node).route(request, remaining)
        child = by_url_path.get(node.url_path + slug + "/")
        if child is None or child.depth != node.depth + 1 or not child.path.startswith(node.path):
            return specific(node).route(request, remaining)  # Wagtail's answer, 404 or not
        keep_parent(child, node)
        node = child
    return specific(node).route(request, [])


def specific(page):
    """The page as its own type, with its locale (every page template reads it) and the
    parents routing left on it."""
    model = page.specific_class
    if model is None:
        return page.specific
    found = model._default_manager.select_related("locale").get(pk=page.pk)
    keep_parent(found, cached_parent(page))
    return found


def way_down(page):
    """The pages from the page's home (depth 2) down to the page itself, as routing left them
    on it (no query), or None when it did not (a page not reached through routing)."""
    pages = [page]
    while pages[-1].depth > 2:
        parent = cached_parent(pages[-1])
        if parent is None:
            return None
        pages.append(parent)
    return pages[::-1] if pages[-1].depth == 2 else None
