"""What the registry of official documents offers the site search and the compliance
report (core/features.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ispolkom.core.committees import index_page, step
from ispolkom.core.features import (
    COMMITTEE_PAGES,
    REQUIRED_CONTENT,
    SEARCH_SECTIONS,
    SEARCH_SHORTCUTS,
    SEARCHABLE_PAGES,
    RequiredItem,
)
from ispolkom.core.public import public_pages
from ispolkom.core.sites import in_site

from .models import DocumentPage, DocumentRegistryPage
from .numbers import number_in

YEARS = range(1990, 2100)  # a bare "2023" in the search box is a year, not an act


@hooks.register(SEARCHABLE_PAGES)
def searchable_documents():
    return [DocumentPage]


@hooks.register(SEARCH_SECTIONS)
def document_registries(language, request):
    registries = in_site(DocumentRegistryPage.objects.all(), request, language)
    return public_pages(registries, request).only("title", "path").order_by()


@hooks.register(SEARCH_SHORTCUTS)
def document_by_number(query, language, request):
    """A search for "№ 392" or "392" opens that act, or, when several acts of the site have
    the number (numbers start again each year), the registry listing them."""
    query = query.strip()
    number = number_in(query)
    if not number or (number == query and (len(number) < 2 or
                                           (number.isdigit() and int(number) in YEARS))):
        return []
    acts = in_site(DocumentPage.objects.filter(number=number), request)  # every language's
    found = list(public_pages(acts, request).order_by("-date_adopted")[:2])
    if len(found) == 1:
        return [found[0].get_url(request)]
    registry = public_pages(in_site(DocumentRegistryPage.objects.all(), request, language),
                            request).first() if found else None
    return [registry.list_url(request, 1, {"number": number})] if registry else []


@hooks.register(REQUIRED_CONTENT)
def required_documents():
    """Decisions of the executive committee are published on the site in both languages."""
    return [RequiredItem("basic", "documents-registry",
                         _("Decisions of the executive committee and other official documents"),
                         DocumentRegistryPage)]


@hooks.register(COMMITTEE_PAGES)
def document_registry(home, language):
    return [step("documents registry", index_page(
        home, language, "documents", DocumentRegistryPage, _("Official documents"),
        show_in_menus=True))]
