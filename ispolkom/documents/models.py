"""The registry of official documents: decisions of the executive committee, of the council of
deputies and orders of the chairman. Each act is a page in the language tree it was adopted
in (a legal act is not translated), and the registry of every language lists the acts of all
the site's languages. Normative acts are published on the National Legal Internet Portal
(pravo.by); the site lists them, links there and keeps the files, whose text it searches."""

import datetime

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from ispolkom.core import languages
from ispolkom.core.editors import OneSitePageForm
from ispolkom.core.features import reads_query_parameters
from ispolkom.core.freshness import remember
from ispolkom.core.models import DistrictIdentity
from ispolkom.core.public import is_public, public_pages
from ispolkom.core.structured_data import as_json_ld
from ispolkom.framework import slug_is_free
from ispolkom.search.stemming import stem
from ispolkom.special.version import regular_urls

from . import extraction, wording
from .choices import ActType, IssuingBody, LegalForce
from .feeds import FEED_LENGTH, DocumentsFeed
from .numbers import QUERY_LENGTH, validate_number, validate_registration_number

ACTS_PER_PAGE = 20
FILTERS = ("year", "type", "body", "status", "q", "number")  # the registry's GET form


SCHEMA_FORCE = {"in_force": "InForce", "amended": "InForce", "lost_force": "NotInForce"}

def memo(request, name, compute):
    """`compute()` once per site generation (core.freshness), kept while news are published
    (acts are no list items); every time without a request."""
    return remember(request, name, compute, list_items=False) if request is not None \
        else compute()


def fold(text):
    return (text or "").casefold().replace("ё", "е")


def query_words(text):
    """The stems of the text filter's words, case and ё folded (like the procedure filter)."""
    language = languages.current()
    return [stem(word, language) for word in fold(text[:QUERY_LENGTH]).split()][:10]


class DocumentRegistryPage(RoutablePageMixin, Page):
    """The official documents of the site: every language's registry lists the acts of all
    of the site's language trees, with filters, pages and an RSS feed of new acts."""

    intro = models.TextField(_("introduction"), blank=True)
    accessible_format_email = models.EmailField(
        _("address to request an accessible format"), blank=True,
        help_text=_("Where a visitor asks for a document in large print, plain text or "
                    "another accessible format."))
    site_link = "documents"  # templates link to it as site_links.documents

    content_panels = Page.content_panels + [FieldPanel("intro"),
                                            FieldPanel("accessible_format_email")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["documents.DocumentPage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("document registry")

    def acts(self, request=None):
        """The public acts of this registry and of its translations (the other languages)."""
        paths = memo(request, f"document-registries:{self.translation_key}", lambda: list(
            self.get_translations(inclusive=True).values_list("path", flat=True)))
        below = Q()
        for registry_path in paths:
            below |= Q(path__startswith=registry_path, depth=len(registry_path) // Page.steplen + 1)
        return public_pages(DocumentPage.objects.filter(below), request).order_by(
            "-date_adopted", "-pk")

    def years(self, request):
        return memo(request, f"document-years:{self.pk}", lambda: [
            day.year for day in self.acts(request).dates("date_adopted", "year", order="DESC")])

    @path("")
    @reads_query_parameters(*FILTERS)
    def first_page(self, request):
        return self.render_list(request, 1)

    @path("page/<int:number>/")
    @reads_query_parameters(*FILTERS)
    def numbered_page(self, request, number):
        if number == 1:
            return redirect(self.list_url(request, 1, request.GET), permanent=True)
        return self.render_list(request, number)

    @path("rss/")
    def feed(self, request):
        with regular_urls(request):  # a feed under /special/ still links regular pages
            acts = self.acts(request).select_related("locale", "changed_by")[:FEED_LENGTH]
            response = DocumentsFeed(self, list(acts))(request)
        return response

    def render_list(self, request, number):
        from .forms import RegistryFilter

        form = RegistryFilter(request.GET, years=self.years(request))
        acts = self.acts(request)
        chosen = form.chosen()
        if chosen.get("number"):
            acts = acts.filter(number=chosen["number"])
            if number == 1:
                found = list(acts[:2])
                if len(found) == 1:
                    return redirect(found[0].get_url(request))
        acts = filtered(acts, chosen)
        try:
            acts_page = Paginator(acts.select_related("locale", "changed_by"),
                                  ACTS_PER_PAGE).page(number)
        except EmptyPage as error:
            if number != 1:
                raise Http404 from error
            acts_page = Paginator(acts.none(), ACTS_PER_PAGE).page(1)
        listed = list(acts_page.object_list)
        with_public_links(listed, request)
        return self.render(request, context_overrides={
            "form": form, "filtered": bool(chosen), "acts_page": acts_page, "act_list": listed,
            "page_links": self.page_links(request, acts_page),
        })

    def list_url(self, request, number, query=None):
        url = self.get_url(request)
        if number != 1:
            url += self.reverse_subpage("numbered_page", args=(number,))
        kept = query.copy() if query is not None else None
        if kept:
            kept = {name: kept.get(name, "") for name in FILTERS if kept.get(name, "")}
        if kept:
            from urllib.parse import urlencode

            url += "?" + urlencode(kept)
        return url

    def page_links(self, request, acts_page):
        """Numbered links around the current page (None for a gap), the filters kept."""
        paginator = acts_page.paginator

        def url(number):
            return self.list_url(request, number, request.GET)

        numbers = paginator.get_elided_page_range(acts_page.number, on_each_side=2, on_ends=1)
        return {
            "numbers": [None if number == paginator.ELLIPSIS else
                        {"number": number, "url": url(number),
                         "current": number == acts_page.number} for number in numbers],
            "newer": url(acts_page.number - 1) if acts_page.has_previous() else None,
            "older": url(acts_page.number + 1) if acts_page.has_next() else None,
        }


def filtered(acts, chosen):
    if chosen.get("year"):
        acts = acts.filter(date_adopted__year=chosen["year"])
    for name, field in (("type", "act_type"), ("body", "issuing_body"),
                        ("status", "legal_force")):
        if chosen.get(name):
            acts = acts.filter(**{field: chosen[name]})
    for word in query_words(chosen.get("q", "")):
        acts = acts.filter(search_text__contains=word)
    return acts


def with_public_links(acts, request):
    """Marks each act's amending or repealing act public or not, in one query for all."""
    linked = {act.changed_by_id for act in acts if act.changed_by_id}
    public = set(public_pages(DocumentPage.objects.filter(pk__in=linked), request)
                 .values_list("pk", flat=True)) if linked else set()
    for act in acts:
        act.changed_by_is_public = act.changed_by_id in public


class DocumentForm(OneSitePageForm):
    """The admin's form: the address is made from the act's date and number, so the editor
    need not type a slug (nor have JavaScript make one from the title)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slug") and cleaned.get("date_adopted") and cleaned.get("number"):
            act = DocumentPage(date_adopted=cleaned["date_adopted"], number=cleaned["number"])
            parent = getattr(self, "parent_page", None)
            cleaned["slug"] = act.free_slug(parent if self.instance.pk is None else None)
            self.instance.slug = cleaned["slug"]
        return cleaned


class DocumentPage(Page):
    """One legal act, in the language it was adopted in; its URL is its stable address."""

    issuing_body = models.CharField(_("issuing body"), max_length=16,
                                    choices=IssuingBody.choices, default=IssuingBody.COMMITTEE)
    act_type = models.CharField(_("type"), max_length=16, choices=ActType.choices,
                                default=ActType.DECISION)
    number = models.CharField(_("number"), max_length=16, validators=[validate_number],
                              db_index=True, help_text=_("As on the act, e.g. 392 or 12-р."))
    date_adopted = models.DateField(_("date adopted"))
    registration_number = models.CharField(
        _("number in the National Register"), max_length=16, blank=True,
        validators=[validate_registration_number],
        help_text=_("For a registered normative act, e.g. 9/95197."))
    published_on = models.DateField(_("published on pravo.by"), null=True, blank=True)
    portal_url = models.URLField(_("link to pravo.by"), blank=True)
    legal_force = models.CharField(_("status"), max_length=16, choices=LegalForce.choices,
                                   default=LegalForce.IN_FORCE)
    changed_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="changed_acts",
        verbose_name=_("amended or repealed by"),
        help_text=_("The act that amended this one or made it lose force."))
    changed_by_text = models.CharField(
        _("amended or repealed by (text)"), max_length=255, blank=True,
        help_text=_("If that act is not on the site, e.g. “решением Осиповичского районного "
                    "Совета депутатов от 1 марта 2020 г. № 12”."))
    search_text = models.TextField(editable=False, default="")

    same_site_pages = ["changed_by"]  # by an act of the same district (OneSitePageForm)
    content_panels = [
        FieldRowPanel([FieldPanel("act_type"), FieldPanel("issuing_body")]),
        FieldRowPanel([FieldPanel("number"), FieldPanel("date_adopted")]),
        FieldPanel("title", help_text=_("As on the act, e.g. “О …”.")),
        MultiFieldPanel([FieldRowPanel([FieldPanel("registration_number"),
                                        FieldPanel("published_on")]),
                         FieldPanel("portal_url")],
                        heading=_("National Legal Internet Portal")),
        MultiFieldPanel([FieldPanel("legal_force"), FieldPanel("changed_by"),
                         FieldPanel("changed_by_text")], heading=_("Status")),
        InlinePanel("files", label=_("files")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("number"),
        index.SearchField("registration_number"),
        index.SearchField("files_text"),
    ]
    base_form_class = DocumentForm
    parent_page_types = ["documents.DocumentRegistryPage"]
    subpage_types = []
    shows_list_items = False  # no news: kept across their publication (core/features.py)
    in_html_site_map = False  # hundreds of them; the registry is listed
    translation_expected = False  # an act stays in its language (core/features.py)

    class Meta:
        verbose_name = _("official document")
        verbose_name_plural = _("official documents")
        indexes = [models.Index(fields=["-date_adopted", "-page_ptr"],
                                name="documents_newest")]

    def full_clean(self, *args, **kwargs):
        # Until first published, the address is the act's date and number: 2024-03-18-392.
        if self.path and self.first_published_at is None and self.date_adopted and self.number:
            self.slug = self.free_slug(self.get_parent())
        super().full_clean(*args, **kwargs)

    def free_slug(self, parent):
        base = slugify(anyascii(f"{self.date_adopted:%Y-%m-%d}-{self.number}"))
        candidate, count = base, 1
        while parent is not None and not slug_is_free(candidate, parent, self):
            count += 1
            candidate = f"{base}-{count}"
        return candidate

    def clean(self):
        super().clean()
        errors = {}
        if self.changed_by_id and self.changed_by_id == self.pk:
            errors["changed_by"] = _("An act cannot amend or repeal itself.")
        if self.legal_force == LegalForce.IN_FORCE and (self.changed_by_id
                                                         or self.changed_by_text.strip()):
            errors["legal_force"] = _("An act in force has no amending or repealing act; "
                                      "choose “amended” or “lost force”.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        for row in self.files.all():
            row.read_file()
        self.search_text = fold(" ".join([self.title, self.number, self.registration_number,
                                          self.files_text()]))
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["act_body"] = self.body_name(request)
        context["changed_by_is_public"] = bool(self.changed_by_id) and is_public(self.changed_by)
        return context

    def files_text(self):
        return "\n".join(row.text for row in self.files.all() if row.text)

    @property
    def search_date(self):
        return timezone.make_aware(datetime.datetime.combine(self.date_adopted, datetime.time()))

    def search_section_id(self):
        return self.get_parent().pk

    @cached_property
    def language(self):
        return self.locale.language_code

    def committee_name(self, request=None, language=None):
        identity = DistrictIdentity.for_request(request) if request else None
        code = wording.language_of(language)
        return getattr(identity, f"name_{code}", "") or getattr(identity, "name", "")

    def heading(self, request=None):
        """«Решение Осиповичского районного исполнительного комитета, 18 марта 2019 г. № 392»,
        in the active language."""
        return wording.heading(self, self.committee_name(request))

    def status_line(self, request=None):
        """«Утратило силу решением … от 18 марта 2019 г. № 392», in the active language."""
        return wording.status_line(self.legal_force, self.changed_by, self.changed_by_text,
                                   self.committee_name(request))

    def body_name(self, request=None):
        code = wording.language_of(None)
        return wording.body_name(self.issuing_body, self.committee_name(request), code)

    def structured_data(self, url, request=None):
        """schema.org Legislation for the act at `url`, safe inside <script>."""
        data = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": self.title,
            "url": url,
            "legislationIdentifier": self.registration_number or self.number,
            "legislationDate": self.date_adopted.isoformat(),
            "legislationType": str(ActType(self.act_type).label),
            "legislationLegalForce": f"https://schema.org/{SCHEMA_FORCE[self.legal_force]}",
            "inLanguage": self.language,
            "legislationPassedBy": {"@type": "GovernmentOrganization",
                                    "name": self.body_name(request)},
        }
        if self.registration_number:
            data["alternateName"] = f"№ {self.number}"
        if self.published_on:
            data["datePublished"] = self.published_on.isoformat()
        if self.portal_url:
            data["sameAs"] = self.portal_url
        return as_json_ld(data)


class DocumentFile(Orderable):
    """A file of the act (the act itself, an annex, an accessible version), with what the
    page shows of it and the text read from it for search."""

    page = ParentalKey(DocumentPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE,
                                 related_name="+", verbose_name=_("file"))
    accessible = models.BooleanField(
        _("accessible version"), default=False,
        help_text=_("A version readable by screen readers (tagged PDF, DOCX, ODT)."))
    file_format = models.CharField(max_length=16, editable=False, default="")
    file_size = models.PositiveBigIntegerField(editable=False, null=True)
    page_count = models.PositiveIntegerField(editable=False, null=True)
    text = models.TextField(editable=False, default="")
    note = models.CharField(max_length=255, editable=False, default="")
    read_from = models.CharField(max_length=255, editable=False, default="")

    panels = [FieldPanel("document"), FieldPanel("accessible")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def read_file(self):
        """Format, size, page count and text of the file, read once per file."""
        if self.document_id is None:
            return
        document = self.document
        source = f"{document.pk}:{document.file.name}"
        if source == self.read_from:
            return
        self.file_format = extraction.extension_of(document.file.name).upper()[:16]
        try:
            with document.file.open("rb") as stored:
                data = stored.read(extraction.MAX_FILE_BYTES + 1)
            self.file_size = document.file.size
        except OSError:
            data, self.file_size = None, None
        found = extraction.extract(document.file.name, data) if data is not None else \
            extraction.Extracted(note=extraction.UNREADABLE)
        self.text, self.page_count, self.note = found.text, found.page_count, found.note
        self.read_from = source[:255]
