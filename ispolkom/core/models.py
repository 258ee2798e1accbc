"""Site identity, the home page and the plain content pages of a committee site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from . import languages
from .blocks import BodyBlock
from .editors import SiteScopedForm
from .features import HOME_BLOCKS, offered, page_models_where
from .freshness import remember
from .public import public_pages


@register_setting(icon="site")
class DistrictIdentity(BaseSiteSetting):
    """Who the committee is and how to reach it; shown in every header and footer."""

    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_be = models.CharField(_("name (Belarusian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)
    # The one-bar header of a phone has room for a few words only.
    short_name_ru = models.CharField(
        _("short name (Russian)"), max_length=64, blank=True,
        help_text=_("Shown on phones, e.g. “Осиповичский райисполком”."))
    short_name_be = models.CharField(_("short name (Belarusian)"), max_length=64, blank=True)
    short_name_en = models.CharField(_("short name (English)"), max_length=64, blank=True)
    coat_of_arms = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("coat of arms"),
    )
    address_ru = models.CharField(_("address (Russian)"), max_length=255, blank=True)
    address_be = models.CharField(_("address (Belarusian)"), max_length=255, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=255, blank=True)
    reception_phone = models.CharField(_("reception phone"), max_length=64, blank=True)
    press_phone = models.CharField(_("press service phone"), max_length=64, blank=True)
    hotline_phone = models.CharField(_("hotline phone"), max_length=64, blank=True)
    working_hours_ru = models.CharField(_("working hours (Russian)"), max_length=255, blank=True)
    working_hours_be = models.CharField(_("working hours (Belarusian)"), max_length=255, blank=True)
    working_hours_en = models.CharField(_("working hours (English)"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    appeals_url = models.URLField(
        _("electronic appeals link"), blank=True, default="https://обращения.бел/",
        help_text=_("The national system for electronic appeals."),
    )
    region = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("region"),
        help_text=_("The site of the regional executive committee this committee belongs to."))

    base_form_class = SiteScopedForm  # its coat of arms from the site's own pictures
    panels = [
        MultiFieldPanel([FieldPanel("name_ru"), FieldPanel("name_be"), FieldPanel("name_en"),
                         FieldPanel("short_name_ru"), FieldPanel("short_name_be"),
                         FieldPanel("short_name_en"), FieldPanel("coat_of_arms")],
                        heading=_("Name")),
        MultiFieldPanel([FieldPanel("address_ru"), FieldPanel("address_be"),
                         FieldPanel("address_en"), FieldPanel("email")], heading=_("Address")),
        MultiFieldPanel([FieldPanel("reception_phone"), FieldPanel("press_phone"),
                         FieldPanel("hotline_phone")], heading=_("Phones")),
        MultiFieldPanel([FieldPanel("working_hours_ru"), FieldPanel("working_hours_be"),
                         FieldPanel("working_hours_en")], heading=_("Working hours")),
        FieldPanel("appeals_url"),
        FieldPanel("region"),
    ]

    class Meta:
        verbose_name = _("district identity")

    def __str__(self):
        return self.name

    @classmethod
    def for_request(cls, request):
        """The site's identity with its coat of arms, read once per change of the site's
        structure (core/freshness.py) instead of twice on every page: every header shows it."""
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            identity = remember(request, "identity", lambda: cls.with_coat_of_arms(site),
                                list_items=False)
            identity._request = request  # as Wagtail's own for_request: page URLs
            setattr(request, attribute, identity)
        return getattr(request, attribute)

    @classmethod
    def with_coat_of_arms(cls, site):
        identity = cls.for_site(site)
        identity.coat_of_arms  # noqa: B018 -- loaded now, so that the memo keeps it
        return identity

    name = languages.in_active_language("name")
    address = languages.in_active_language("address")

    @property
    def short_name(self):
        """The short name in the active language, else the full name."""
        return getattr(self, f"short_name_{languages.current()}", "") or self.name
    working_hours = languages.in_active_language("working_hours")


class HomePage(Page):
    """The root of one language's page tree: what each feature offers it (features.HOME_BLOCKS),
    e.g. the latest news of each section."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_blocks"] = offered(HOME_BLOCKS, self, request)
        return context


class PageRole(models.TextChoices):
    """Which item of the basic information the law requires (Council of Ministers Resolution
    No. 645 as amended by No. 797) a standard page is; the compliance report finds it so."""

    ABOUT = "about", _("About the district")
    HISTORY = "history", _("History")
    ECONOMY = "economy", _("Economy")
    CONTACTS = "contacts", _("Contacts")


class StandardPage(Page):
    """About the district, leadership, contacts, appeals, and similar pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    role = models.CharField(
        _("what this page is for the law"), max_length=32, choices=PageRole.choices,
        blank=True, help_text=_("Set it on the page with this information required by law "
                                "(Resolution No. 645), in Russian and in Belarusian."))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("role")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = public_pages(self.get_children().in_menu(), request).specific(
            defer=True)
        return context


class SiteMapPage(Page):
    """The HTML site map: every public page of this language, except the types that declare
    in_html_site_map = False (single news items: too many to list)."""

    content_panels = Page.content_panels
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("site map page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = self.get_parent()
        pages = public_pages(home.get_descendants(), request)
        unlisted = page_models_where("in_html_site_map", False)
        if unlisted:
            pages = pages.not_type(*unlisted)
        context["site_tree"] = build_tree(home, pages.order_by("path"))
        return context


def build_tree(root, pages):
    """Nest an ordered list of pages (by path) under `root` as (page, children) pairs."""
    nodes = {root.path: []}
    for page in pages:
        children = nodes.get(page.path[: -Page.steplen])
        if children is None:  # its parent is not listed (e.g. unpublished)
            continue
        nodes[page.path] = []
        children.append((page, nodes[page.path]))
    return nodes[root.path]
