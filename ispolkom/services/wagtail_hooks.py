"""What the "one window" service offers the site search (core/features.py)."""

from wagtail import hooks

from ispolkom.core.features import SEARCH_SECTIONS, SEARCHABLE_PAGES
from ispolkom.core.public import public_pages

from .models import AdministrativeProcedurePage, ProcedureCatalogPage


@hooks.register(SEARCHABLE_PAGES)
def searchable_procedures():
    return [AdministrativeProcedurePage]


@hooks.register(SEARCH_SECTIONS)
def procedure_catalogues(language, request):
    """A search may be narrowed to the procedures of that language's catalogue."""
    catalogues = ProcedureCatalogPage.objects.filter(locale__language_code=language)
    return public_pages(catalogues, request).only("title", "path").order_by()
