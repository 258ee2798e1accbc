"""Who is who at the committee: the leadership and the structure pages, generated from the
people (PersonPage) and units (UnitPage) below them. Each page's own view shows what other
features add to it through core.features.PAGE_EXTRAS (e.g. a person's reception times)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from ispolkom.core.blocks import BodyBlock
from ispolkom.core.editors import OneSitePageForm
from ispolkom.core.models import DistrictIdentity, build_tree
from ispolkom.core.public import public_pages
from ispolkom.core.structured_data import as_json_ld

# As person_card.html asks for them ({% picture %} expands its specs this way).
LIST_PHOTO = [f"format-{kind}|fill-{size}" for kind in ("avif", "webp", "jpeg")
              for size in ("160x200", "320x400")]


class PhoneBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), required=False, max_length=128,
                             help_text=_("For example, “reception” or “fax”."))
    number = blocks.CharBlock(label=_("number"), max_length=64,
                              help_text=_("For example, +375 2235 2-57-44."))

    class Meta:
        icon = "mobile-alt"
        label = _("phone")


def phones_field():
    return StreamField([("phone", PhoneBlock())], blank=True, verbose_name=_("phones"))


def phone_numbers(phones):
    return [phone.value["number"] for phone in phones]


class LeadershipPage(Page):
    """The committee's leadership: its people in tree order, the chairman first."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["directory.PersonPage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("leadership page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["people"] = people_of(self, request)
        return context


class PersonPage(Page):
    """One official: the title is the full name."""

    position = models.CharField(_("position"), max_length=255,
                                help_text=_("For example, “Chairman of the district executive "
                                            "committee”."))
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+",
                              verbose_name=_("photo"))
    photo_alt = models.CharField(_("photo description"), max_length=255, blank=True,
                                 help_text=_("What the photo shows, for people who cannot "
                                             "see it. Required with a photo."))
    phones = phones_field()
    email = models.EmailField(_("e-mail"), blank=True)
    office = models.CharField(_("office"), max_length=64, blank=True,
                              help_text=_("The room's number, e.g. 105."))
    biography = StreamField(BodyBlock(), blank=True, verbose_name=_("biography"))

    content_panels = [
        FieldRowPanel([FieldPanel("title", heading=_("full name")), FieldPanel("position")]),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        MultiFieldPanel([FieldPanel("phones"), FieldRowPanel([FieldPanel("email"),
                                                              FieldPanel("office")])],
                        heading=_("Contacts")),
        FieldPanel("biography"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("position"), index.SearchField("biography"),
    ]
    parent_page_types = ["directory.LeadershipPage", "directory.UnitPage"]
    subpage_types = []
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photo for people who cannot "
                                                  "see it.")})

    def phone_numbers(self):
        return phone_numbers(self.phones)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific
        context["unit"] = parent if isinstance(parent, UnitPage) else None
        return context

    def structured_data(self, url):
        """schema.org Person, working for the committee named in the site's identity."""
        data = {"@context": "https://schema.org", "@type": "Person", "name": self.title,
                "jobTitle": self.position, "url": url}
        if numbers := self.phone_numbers():
            data["telephone"] = numbers
        if self.email:
            data["email"] = self.email
        if district := district_name(self):
            data["worksFor"] = {"@type": "GovernmentOrganization", "name": district}
        return as_json_ld(data)


class StructurePage(Page):
    """The committee's structure: the tree of its units."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["directory.UnitPage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("structure page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["unit_tree"] = unit_tree(self, request)
        return context


class UnitPage(Page):
    """A department, office or sector; its parent unit is its parent page."""

    head = models.ForeignKey(PersonPage, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("head"))
    phones = phones_field()
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    hours = models.TextField(_("working hours"), blank=True)
    description = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

    same_site_pages = ["head"]  # the committee's own official (OneSitePageForm)
    base_form_class = OneSitePageForm
    content_panels = Page.content_panels + [
        FieldPanel("head"),
        MultiFieldPanel([FieldPanel("phones"), FieldPanel("email"), FieldPanel("address"),
                         FieldPanel("hours")], heading=_("Contacts")),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"), index.SearchField("address"),
    ]
    parent_page_types = ["directory.StructurePage", "directory.UnitPage"]
    subpage_types = ["directory.UnitPage", "directory.PersonPage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def phone_numbers(self):
        return phone_numbers(self.phones)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        head = context["head"] = listed_heads([self], self.locale_id, request).get(self.pk)
        context["units"] = unit_tree(self, request)
        staff = people_of(self, request)
        context["staff"] = staff.exclude(pk=head.pk) if head else staff  # shown once, above
        return context

    def structured_data(self, url):
        """schema.org GovernmentOrganization, inside its parent unit or the committee."""
        data = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
                "name": self.title, "url": url}
        if numbers := self.phone_numbers():
            data["telephone"] = numbers
        if self.email:
            data["email"] = self.email
        if self.address:
            data["address"] = self.address
        parent = self.get_parent().specific
        parent_name = parent.title if isinstance(parent, UnitPage) else district_name(self)
        if parent_name:
            data["parentOrganization"] = {"@type": "GovernmentOrganization",
                                          "name": parent_name}
        return as_json_ld(data)


def people_of(page, request):
    """The public people directly below `page`, in tree order, with their photos' size of
    the lists (person_card.html) at hand."""
    photos = get_image_model().objects.prefetch_renditions(*LIST_PHOTO)
    return (public_pages(PersonPage.objects.child_of(page), request).order_by("path")
            .prefetch_related(Prefetch("photo", queryset=photos)))


def unit_tree(page, request):
    """The public units below `page` as nested (unit, children) pairs, in tree order."""
    units = list(public_pages(UnitPage.objects.descendant_of(page), request)
                 .select_related("head").order_by("path"))
    heads = listed_heads(units, page.locale_id, request)
    for unit in units:
        unit.listed_head = heads.get(unit.pk)
    return build_tree(page, units)


def listed_heads(units, locale_id, request):
    """{unit's pk: its head} for the units whose head is public, in the page's language if
    translated (a translated unit may still point to the original's head)."""
    heads = [unit.head for unit in units if unit.head_id]
    if not heads:
        return {}
    people = public_pages(PersonPage.objects.filter(
        Q(pk__in=[head.pk for head in heads])
        | Q(translation_key__in=[head.translation_key for head in heads], locale_id=locale_id)),
        request)
    by_pk, translated = {}, {}
    for person in people:
        by_pk[person.pk] = person
        if person.locale_id == locale_id:
            translated[person.translation_key] = person
    found = {}
    for unit in units:
        if unit.head_id:
            head = translated.get(unit.head.translation_key) or by_pk.get(unit.head_id)
            if head is not None:
                found[unit.pk] = head
    return found


def district_name(page):
    """The committee's name in the active language, from the page's site's identity."""
    site = page.get_site()
    return DistrictIdentity.for_site(site).name if site else ""
