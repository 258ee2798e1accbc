from django.http import Http404
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page
from wagtail.snippets.views.snippets import ModelIndexView, get_snippet_models_for_index_view

from .editors import editable_home_paths, pages_of_users_sites
from .features import REQUIRED_CONTENT, SEARCHABLE_PAGES, RequiredItem
from .freshness import shows_no_list_items
from .models import PageRole, SiteMapPage, StandardPage
from .public import is_withdrawn
from .sites import below


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


class SiteSnippetCounts(ModelIndexView):
    """The snippets overview, each type counted as its listing shows it to the user: Wagtail
    counts every site's objects."""

    def _get_snippet_types(self):
        return [{"name": capfirst(model._meta.verbose_name_plural), "count": self.count(model),
                 "model": model, "url": url}
                for model in get_snippet_models_for_index_view()
                if (url := self.get_list_url(model))]

    def count(self, model):
        shown = model.snippet_viewset.get_queryset(self.request)
        return (model._default_manager.all() if shown is None else shown).count()


class SitePagesSummaryItem(PagesSummaryItem):
    """The dashboard's count of pages, of the user's sites: Wagtail counts every page below
    the user's explorable root, which is the tree's root for a site with homes in several
    languages, and so every committee's pages."""

    def get_context_data(self, parent_context):
        paths = editable_home_paths(self.request.user)
        if paths is None:
            return super().get_context_data(parent_context)
        return {**get_site_for_user(self.request.user),
                "total_pages": Page.objects.filter(below(paths)).count()}


@hooks.register("register_admin_urls", order=-1)  # before Wagtail's own snippets overview
def snippet_counts_of_the_editors_sites():
    return [path("snippets/", SiteSnippetCounts.as_view(), name="ispolkom_snippet_counts")]


@hooks.register("construct_homepage_summary_items", order=1)  # after Wagtail's own items
def page_count_of_the_editors_sites(request, items):
    items[:] = [SitePagesSummaryItem(request) if type(item) is PagesSummaryItem else item
                for item in items]


@hooks.register(SEARCHABLE_PAGES)
def searchable_standard_pages():
    return [StandardPage]


@hooks.register(REQUIRED_CONTENT)
def required_basic_information():
    """The basic information the law requires that the foundation's own pages give."""
    by_role = [RequiredItem("basic", f"core-{role.value}", role.label, StandardPage, role.value)
               for role in PageRole]
    return [*by_role, RequiredItem("basic", "core-site-map", _("Site map"), SiteMapPage)]
