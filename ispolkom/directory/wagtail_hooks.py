"""What the leadership and structure directory offers the site search and the report of
required content (core/features.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ispolkom.core.committees import ensure_page, first_of, in_language, index_page, step
from ispolkom.core.features import (
    COMMITTEE_PAGES,
    REQUIRED_CONTENT,
    SEARCHABLE_PAGES,
    RequiredItem,
)
from ispolkom.core.models import PageRole, StandardPage

from .models import LeadershipPage, PersonPage, StructurePage, UnitPage


@hooks.register(SEARCHABLE_PAGES)
def searchable_people_and_units():
    return [PersonPage, UnitPage]


@hooks.register(REQUIRED_CONTENT)
def leadership_and_structure():
    """Resolution No. 645 asks for the leadership and the structure among basic information."""
    return [
        RequiredItem("basic", "directory-leadership", _("Leadership"), LeadershipPage),
        RequiredItem("basic", "directory-structure", _("Structure"), StructurePage),
    ]


@hooks.register(COMMITTEE_PAGES)
def leadership_and_structure_pages(home, language):
    """The leadership under the home, the structure under "about" (as in the demo)."""
    about = StandardPage.objects.child_of(home).filter(role=PageRole.ABOUT).first() or home
    leadership = index_page(home, language, "leadership", LeadershipPage, _("Leadership"),
                            show_in_menus=True)
    structure = ensure_page(home, about, "structure", lambda: StructurePage(
        title=in_language(language, _("Structure")), show_in_menus=True),
        first_of(StructurePage))
    return [step("leadership and structure", leadership, structure)]
