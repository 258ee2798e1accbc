"""The "one window" service: its catalogue page and the administrative procedures under it
(Law No. 433-З; Decree No. 200 lists the procedures for citizens). It plugs into search and
the site's links through wagtail_hooks.py and the attributes of core/features.py."""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property, lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from ispolkom.core import languages
from ispolkom.core.blocks import BodyBlock
from ispolkom.core.features import reads_query_parameters
from ispolkom.core.freshness import good_until
from ispolkom.core.public import public_pages
from ispolkom.core.structured_data import as_json_ld
from ispolkom.schedules import hours
from ispolkom.schedules.recurrence import weekday_name
from ispolkom.search.stemming import stem

from .numbers import NUMBER_LENGTH, SORT_KEY_LENGTH, clean_number, looks_like_number, sort_key

SLUG = re.compile(r"[-\w]{1,64}")
QUERY_LENGTH = 200  # longer text filters are cut: no title is that long


class LifeSituation(models.Model):
    """A category citizens look for procedures by: housing, family, pensions, business…
    Shared by every language, named in each (as the district's identity is)."""

    slug = models.SlugField(_("slug"), max_length=64, unique=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=128)
    name_be = models.CharField(_("name (Belarusian)"), max_length=128)
    name_en = models.CharField(_("name (English)"), max_length=128, blank=True)
    position = models.PositiveSmallIntegerField(_("position in lists"), default=0)

    panels = [FieldPanel("slug"), FieldPanel("name_ru"), FieldPanel("name_be"),
              FieldPanel("name_en"), FieldPanel("position")]

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("life situation")
        verbose_name_plural = _("life situations")

    def __str__(self):
        return self.name

    name = languages.in_active_language("name")


register_snippet(LifeSituation)


class SubmittedDocumentBlock(blocks.StructBlock):
    document = blocks.TextBlock(label=_("document or information"))
    condition = blocks.CharBlock(
        label=_("condition"), required=False, max_length=255,
        help_text=_("When it is needed, e.g. “for a married applicant”. Leave empty if "
                    "always needed."))

    class Meta:
        icon = "doc-full"
        label = _("document")


class ProcedureForm(WagtailAdminPageForm):
    """The admin's form: the number is checked against the other procedures of the
    catalogue before the page has its place in the tree."""

    def clean_number(self):
        number = clean_number(self.cleaned_data.get("number"))
        parent = getattr(self, "parent_page", None)
        if parent is not None and number_taken(number, parent, self.instance):
            raise ValidationError(number_taken_message(number), code="duplicate_number")
        return number


def number_taken(number, parent, page):
    siblings = AdministrativeProcedurePage.objects.child_of(parent).filter(number=number)
    return siblings.exclude(pk=page.pk).exists() if page.pk else siblings.exists()


def number_taken_message(number):
    return _("Procedure %(number)s is already in this catalogue.") % {"number": number}


class AdministrativeProcedurePage(Page):
    """One procedure of the official list, as district sites print it: six labelled parts."""

    number = models.CharField(
        _("number in the list"), max_length=NUMBER_LENGTH,
        help_text=_("As in the official list, for example 1.1.5, 2.1 or 18.12-1."))
    sort_key = models.CharField(max_length=SORT_KEY_LENGTH, editable=False, db_index=True,
                                default="")
    responsible_unit = models.CharField(_("responsible unit"), max_length=255, blank=True)
    official_position = models.CharField(_("position"), max_length=255, blank=True)
    official_name = models.CharField(_("full name"), max_length=255, blank=True)
    official_office = models.CharField(_("office"), max_length=64, blank=True,
                                       help_text=_("For example, room 105."))
    official_phone = models.CharField(_("phone"), max_length=64, blank=True)
    documents = StreamField([("document", SubmittedDocumentBlock())], blank=True,
                            verbose_name=_("documents and information the applicant submits"))
    fee = models.CharField(_("fee"), max_length=255, blank=True,
                           help_text=_("As text, e.g. “free of charge”; or give the amount "
                                       "in base amounts."))
    fee_base_amounts = models.DecimalField(
        _("fee in base amounts"), max_digits=7, decimal_places=2, null=True, blank=True)
    maximum_term = models.CharField(_("maximum term"), max_length=255, blank=True)
    validity = models.CharField(_("validity of the document issued"), max_length=255,
                                blank=True)
    e_service_url = models.URLField(
        _("electronic application"), blank=True,
        help_text=_("The procedure's page on the national e-services portal, if it can be "
                    "applied for there."))
    categories = ParentalManyToManyField(LifeSituation, blank=True, related_name="procedures",
                                         verbose_name=_("life situations"))

    content_panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")]),
        MultiFieldPanel([
            FieldPanel("responsible_unit"),
            FieldRowPanel([FieldPanel("official_position"), FieldPanel("official_name")]),
            FieldRowPanel([FieldPanel("official_office"), FieldPanel("official_phone")]),
        ], heading=_("Responsible")),
        FieldPanel("documents"),
        FieldRowPanel([FieldPanel("fee"), FieldPanel("fee_base_amounts")]),
        FieldPanel("maximum_term"),
        FieldPanel("validity"),
        FieldPanel("e_service_url"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("number"),
        index.SearchField("documents"),
        index.SearchField("responsible_unit"),
        index.FilterField("sort_key"),
    ]
    base_form_class = ProcedureForm
    parent_page_types = ["services.ProcedureCatalogPage"]
    subpage_types = []
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("administrative procedure")
        verbose_name_plural = _("administrative procedures")

    def __str__(self):
        return f"{self.number} {self.title}"

    def clean(self):
        super().clean()
        try:
            self.number = clean_number(self.number)
        except ValidationError as error:
            raise ValidationError({"number": error}) from error
        parent = self.get_parent() if self.path and self.depth else None
        if parent is not None and number_taken(self.number, parent, self):
            raise ValidationError({"number": number_taken_message(self.number)})

    def save(self, *args, **kwargs):
        self.sort_key = sort_key(self.number.strip())
        return super().save(*args, **kwargs)

    def search_section_id(self):
        return self.get_parent().pk

    def fee_amount_text(self):
        """The fee in base amounts as words: "1 base amount", "0.5 of a base amount"."""
        amount = self.fee_base_amounts
        if amount is None:
            return ""
        amount = amount.normalize() if amount else Decimal(0)
        shown = languages_number(amount)
        if amount == amount.to_integral_value():
            return ngettext("%(amount)s base amount", "%(amount)s base amounts",
                            int(amount)) % {"amount": shown}
        return _("%(amount)s of a base amount") % {"amount": shown}

    def structured_data(self, url):
        """schema.org GovernmentService for the procedure at `url`, safe inside <script>."""
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "identifier": self.number,
            "url": url,
            "inLanguage": self.locale.language_code,
        }
        if self.responsible_unit:
            data["provider"] = {"@type": "GovernmentOrganization",
                                "name": self.responsible_unit}
        if self.e_service_url:
            data["availableChannel"] = {"@type": "ServiceChannel",
                                        "serviceUrl": self.e_service_url}
        return as_json_ld(data)


def languages_number(amount):
    """0.5 as "0,5" in Russian and Belarusian, "0.5" in English."""
    text = format(amount, "f")
    return text if languages.current() == "en" else text.replace(".", ",")


def query_words(text):
    """The stems of a text filter's words (so "справка" finds "справки"), case and ё
    folded; at most QUERY_LENGTH characters are read."""
    language = languages.current()
    return [stem(word, language) for word in fold(text[:QUERY_LENGTH]).split()]


def fold(text):
    return (text or "").casefold().replace("ё", "е")


class ProcedureCatalogPage(RoutablePageMixin, Page):
    """The "one window" service page: what it does, then its procedures, which visitors
    browse by life situation, filter by text or find by number."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    office_address = models.CharField(_("address"), max_length=255, blank=True)
    office_phones = models.TextField(_("phones"), blank=True,
                                     help_text=_("One number a line, e.g. 142 or "
                                                 "+375 2235 2-11-42."))
    office_email = models.EmailField(_("e-mail"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("body"),
        MultiFieldPanel([FieldPanel("office_address"),
                         FieldRowPanel([FieldPanel("office_phones"), FieldPanel("office_email")]),
                         InlinePanel("office_hours", label=_("opening hours"))],
                        heading=_("The “one window” office")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["services.AdministrativeProcedurePage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("procedure catalogue")

    @cached_property
    def office_rows(self):
        return [row for hours_row in self.office_hours.all() for row in hours_row.as_rows()]

    def office_phone_list(self):
        return [line.strip() for line in self.office_phones.splitlines() if line.strip()]

    def office(self, now=None):
        """What the page shows of the office: its hours table, the line about now, and when
        that line next changes (for the page cache)."""
        rows = self.office_rows
        now = now or timezone.now()
        line, is_open, change = hours.outlook(rows, now)
        return {"table": hours.weekly_table(rows) if rows else [], "status": line,
                "is_open": is_open, "next_change": office_line_changes(change, now)}

    def office_structured_data(self, url):
        """schema.org GovernmentOffice of the one window, safe inside <script>."""
        data = {"@context": "https://schema.org", "@type": "GovernmentOffice",
                "name": self.title, "url": url}
        if self.office_address:
            data["address"] = self.office_address
        if phones := self.office_phone_list():
            data["telephone"] = phones[0] if len(phones) == 1 else phones
        if self.office_email:
            data["email"] = self.office_email
        if specs := hours.opening_hours_specification(self.office_rows):
            data["openingHoursSpecification"] = specs
        return as_json_ld(data)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        office = getattr(request, "office", None)
        if office is not None and office["next_change"] is not None:
            good_until(response, office["next_change"])
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Kept on the request so that serve() knows when the line expires.
        request.office = context["office"] = self.office()
        return context

    def procedures(self, request):
        """The public procedures of this catalogue in list order, without their documents."""
        return (public_pages(AdministrativeProcedurePage.objects.child_of(self), request)
                .order_by("sort_key", "pk").defer_streamfields())

    def life_situations(self, request):
        """(category, its list's URL) of the categories with a public procedure here."""
        used = self.procedures(request).values("categories")
        return [(situation, self.category_url(request, situation))
                for situation in LifeSituation.objects.filter(pk__in=used)]

    @path("")
    @reads_query_parameters("q")
    def catalogue(self, request):
        query = request.GET.get("q", "").strip()
        procedures = self.procedures(request)
        if query and looks_like_number(query):
            found = procedures.filter(number=query).first()
            if found is not None:
                return redirect(found.get_url(request))
        listed = list(procedures)
        words = query_words(query)
        if words:
            listed = [procedure for procedure in listed if matches(procedure, words)]
        response = self.render(request, context_overrides={
            "query": query[:QUERY_LENGTH], "procedure_list": listed,
            "life_situations": self.life_situations(request), "filtered": bool(words),
        })
        return response

    @path("category/<str:slug>/", name="category")
    def category(self, request, slug):
        # Only a slug's characters reach the database (a NUL byte would upset PostgreSQL).
        situation = (LifeSituation.objects.filter(slug=slug).first()
                     if SLUG.fullmatch(slug) else None)
        if situation is None:
            raise Http404
        return self.render(request, template="services/procedure_category_page.html",
                           context_overrides={
                               "situation": situation,
                               "procedure_list": list(self.procedures(request).filter(
                                   categories=situation)),
                               "life_situations": self.life_situations(request),
                           })

    def category_url(self, request, situation):
        return self.get_url(request) + self.reverse_subpage("category", args=(situation.slug,))


def matches(procedure, words):
    text = fold(f"{procedure.number} {procedure.title}")
    return all(word in text for word in words)


def office_line_changes(change, now):
    """When "open now, until 17:00" or "opens Monday at 8:00" next changes: the office's
    next opening or closing (`change`), or the next midnight (when "today" or a date's
    wording turns), whichever comes first."""
    midnight = hours.next_midnight(now)
    return midnight if change is None else min(change, midnight)


# The weekday names of schedules (Django's Belarusian ones are in taraškievica).
WEEKDAY_CHOICES = [(number, lazy(lambda number=number: capfirst(weekday_name(number)), str)())
                   for number in range(7)]


class OfficeHours(Orderable):
    """A row of the one window's week: one weekday or a range (Monday to Friday)."""

    page = ParentalKey(ProcedureCatalogPage, on_delete=models.CASCADE,
                       related_name="office_hours")
    first_day = models.PositiveSmallIntegerField(_("weekday"), choices=WEEKDAY_CHOICES)
    last_day = models.PositiveSmallIntegerField(
        _("to weekday"), choices=WEEKDAY_CHOICES, null=True, blank=True,
        help_text=_("For a range such as Monday to Friday; empty for one day."))
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    break_starts = models.TimeField(_("break from"), null=True, blank=True)
    break_ends = models.TimeField(_("break until"), null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
              FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
              FieldRowPanel([FieldPanel("break_starts"), FieldPanel("break_ends")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")

    def clean(self):
        errors = {}
        if self.opens and self.closes and self.opens >= self.closes:
            errors["closes"] = _("The office closes after it opens.")
        if (self.break_starts is None) != (self.break_ends is None):
            errors["break_ends"] = _("Give both ends of the break, or neither.")
        elif self.break_starts and self.opens and self.closes and not (
                self.opens < self.break_starts < self.break_ends < self.closes):
            errors["break_starts"] = _("The break lies within the opening hours.")
        if self.last_day is not None and self.first_day is not None \
                and self.last_day < self.first_day:
            errors["last_day"] = _("The range runs from Monday towards Sunday.")
        if errors:
            raise ValidationError(errors)

    def as_rows(self):
        last = self.first_day if self.last_day is None else self.last_day
        return [hours.Row(weekday, self.opens, self.closes, self.break_starts, self.break_ends)
                for weekday in range(self.first_day, last + 1)]
