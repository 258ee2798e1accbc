"""What appeals offer the site: search, a person's receptions on their page, the items the
law requires, and the admin view for a series of direct lines."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from ispolkom.core.committees import ensure_page, first_of, in_language, index_page, step
from ispolkom.core.features import (
    COMMITTEE_PAGES,
    PAGE_EXTRAS,
    REQUIRED_CONTENT,
    SEARCHABLE_PAGES,
    HomeBlock,
    RequiredItem,
)
from ispolkom.core.public import public_pages
from ispolkom.directory.models import PersonPage

from . import views
from .models import AppealsPage, DirectLinesPage, Reception, ReceptionSchedulePage
from .ready_text import ready_body


@hooks.register(SEARCHABLE_PAGES)
def searchable_appeals():
    return [AppealsPage, ReceptionSchedulePage, DirectLinesPage]


@hooks.register(PAGE_EXTRAS)
def person_receptions(page, request):
    """A person's personal receptions, with the next date, on their own page."""
    if not isinstance(page, PersonPage):
        return []
    schedules = public_pages(ReceptionSchedulePage.objects.filter(receptions__person=page),
                             request)
    receptions = list(Reception.objects.filter(person=page, page__in=schedules)
                      .select_related("page"))
    if not receptions:
        return []
    return [HomeBlock("appeals/includes/person_receptions.html", {
        "receptions": [(reception, reception.next_dates(count=1)) for reception in receptions],
    })]


@hooks.register(REQUIRED_CONTENT)
def required_appeals_pages():
    return [
        RequiredItem("appeals", "appeals", _("Work with appeals of citizens and legal entities"),
                     AppealsPage),
        RequiredItem("appeals", "receptions", _("Schedule of personal receptions"),
                     ReceptionSchedulePage),
        RequiredItem("appeals", "direct_lines", _("Direct phone lines"), DirectLinesPage),
    ]


@hooks.register("register_admin_urls")
def series_admin_urls():
    return [path("appeals/direct-lines/<int:page_id>/add-series/", views.add_series,
                 name="appeals_add_series")]


@hooks.register("register_page_header_buttons")
def series_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class or type(page), DirectLinesPage):
        yield Button(_("Add a series of lines"),
                     reverse("appeals_add_series", args=(page.pk,)), icon_name="date",
                     priority=80)


@hooks.register(COMMITTEE_PAGES)
def appeals_pages(home, language):
    """The appeals page with its ready text, and under it the reception schedule and the
    direct lines, whose rows the committee's editors add."""
    appeals = index_page(home, language, "appeals", AppealsPage,
                         _("Appeals of citizens and legal entities"),
                         body=ready_body(language), show_in_menus=True)
    receptions = ensure_page(home, appeals[0], "receptions", lambda: ReceptionSchedulePage(
        title=in_language(language, _("Schedule of personal receptions")), show_in_menus=True),
        first_of(ReceptionSchedulePage))
    lines = ensure_page(home, appeals[0], "direct-lines", lambda: DirectLinesPage(
        title=in_language(language, _("Direct phone lines")), show_in_menus=True),
        first_of(DirectLinesPage))
    return [step("appeals, receptions and direct lines", appeals, receptions, lines)]
