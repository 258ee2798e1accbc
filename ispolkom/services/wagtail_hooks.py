"""What the "one window" service offers the site search (core/features.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ispolkom.core.committees import index_page, step
from ispolkom.core.features import (
    COMMITTEE_PAGES,
    HOME_BLOCKS,
    REQUIRED_CONTENT,
    SEARCH_SECTIONS,
    SEARCH_SHORTCUTS,
    SEARCHABLE_PAGES,
    HomeBlock,
    RequiredItem,
)
from ispolkom.core.freshness import remember
from ispolkom.core.public import public_pages
from ispolkom.core.sites import in_site

from .models import AdministrativeProcedurePage, ProcedureCatalogPage
from .numbers import looks_like_list_number


@hooks.register(HOME_BLOCKS)
def one_window(home, request):
    """The home page offers the lookup by number or words and the life situations, so any
    procedure is two steps away."""
    # The catalogue itself is the site's structure: found once per version of it.
    catalogue = remember(request, f"procedure-catalogue:{home.pk}", lambda: public_pages(
        ProcedureCatalogPage.objects.descendant_of(home), request).first(), list_items=False)
    if catalogue is None:
        return []
    return [HomeBlock("services/includes/home_one_window.html", {
        "catalogue": catalogue, "life_situations": catalogue.life_situations(request)})]


@hooks.register(SEARCHABLE_PAGES)
def searchable_procedures():
    return [AdministrativeProcedurePage]


@hooks.register(SEARCH_SECTIONS)
def procedure_catalogues(language, request):
    """A search may be narrowed to the procedures of the site's catalogue in that language."""
    catalogues = in_site(ProcedureCatalogPage.objects.all(), request, language)
    return public_pages(catalogues, request).only("title", "path").order_by()


@hooks.register(SEARCH_SHORTCUTS)
def procedure_by_number(query, language, request):
    """A search for "1.3.1" opens the site's procedure (the search drops one-digit words);
    every committee has its own under the same number."""
    query = query.strip()
    if not looks_like_list_number(query):
        return []
    procedures = in_site(AdministrativeProcedurePage.objects.filter(number=query), request,
                         language)
    return [page.get_url(request) for page in public_pages(procedures, request)[:1]]


@hooks.register(REQUIRED_CONTENT)
def required_procedure_catalogue():
    """The law asks for the list of administrative procedures in both state languages."""
    return [RequiredItem("procedures", "services-catalogue",
                         _("Administrative procedures of the “one window” service"),
                         ProcedureCatalogPage)]


@hooks.register(COMMITTEE_PAGES)
def procedure_catalogue(home, language):
    """The catalogue, empty: the procedures of the official list are the committee's own."""
    return [step("one window catalogue", index_page(
        home, language, "one-window", ProcedureCatalogPage, _("The “one window” office"),
        show_in_menus=True))]
