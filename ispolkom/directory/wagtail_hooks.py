"""What the leadership and structure directory offers the site search and the report of
required content (core/features.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ispolkom.core.features import REQUIRED_CONTENT, SEARCHABLE_PAGES, RequiredItem

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
