from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .editors import pages_of_users_sites
from .features import REQUIRED_CONTENT, SEARCHABLE_PAGES, RequiredItem
from .freshness import shows_no_list_items
from .models import PageRole, SiteMapPage, StandardPage
from .public import is_withdrawn


@hooks.register("before_serve_page", order=-10)  # before the request method and privacy checks
def withdrawn_pages_are_gone(page, request, serve_args, serve_kwargs):
    """404 for a page below an unpublished or expired ancestor, or past its own expiry:
    Wagtail's routing checks only that the page itself is live."""
    if is_withdrawn(page):
        raise Http404


@hooks.register("before_serve_page")
def pages_without_list_items_outlive_news(page, request, serve_args, serve_kwargs):
    """A page that shows no list item (shows_list_items = False, core/features.py) is cached
    across the publication of news elsewhere on its site (core/freshness.py)."""
    if not getattr(page, "shows_list_items", True):
        shows_no_list_items(request, page)


@hooks.register("construct_page_chooser_queryset")
def only_pages_of_the_editors_sites(pages, request):
    """An editor of one committee links to and chooses its pages, not another's (Wagtail's
    chooser would offer the whole tree; its explorer and search keep to page permissions)."""
    return pages_of_users_sites(pages, request.user)


@hooks.register(SEARCHABLE_PAGES)
def searchable_standard_pages():
    return [StandardPage]


@hooks.register(REQUIRED_CONTENT)
def required_basic_information():
    """The basic information the law requires that the foundation's own pages give."""
    by_role = [RequiredItem("basic", f"core-{role.value}", role.label, StandardPage, role.value)
               for role in PageRole]
    return [*by_role, RequiredItem("basic", "core-site-map", _("Site map"), SiteMapPage)]
