"""A new committee's site in one step (manage.py create_committee): the Wagtail Site, its
DistrictIdentity, a home per language linked as translations, core's standard pages and,
through features.COMMITTEE_PAGES, each feature's own; then the site's collection and groups
of editors (core/editors.py). A second run finds what is there and only adds what is
missing: it never changes what an editor may have edited."""

import re

from anyascii import anyascii
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from . import languages
from .editors import ensure_site_groups
from .features import COMMITTEE_PAGES, CommitteeStep, offered
from .models import DistrictIdentity, HomePage, PageRole, SiteMapPage, StandardPage

LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
HOSTNAME = re.compile(rf"{LABEL}(?:\.{LABEL})*")

# How each language shortens a committee's name for the header of a phone ("Осиповичский
# районный исполнительный комитет" → "Осиповичский райисполком"); other names get none.
SHORT_NAME_ENDINGS = {
    "ru": {"районный исполнительный комитет": "райисполком",
           "городской исполнительный комитет": "горисполком",
           "областной исполнительный комитет": "облисполком",
           "сельский исполнительный комитет": "сельисполком"},
    "be": {"раённы выканаўчы камітэт": "райвыканкам",
           "гарадскі выканаўчы камітэт": "гарвыканкам",
           "абласны выканаўчы камітэт": "аблвыканкам",
           "сельскі выканаўчы камітэт": "сельвыканкам"},
    "en": {"district executive committee": "District",
           "city executive committee": "City",
           "regional executive committee": "Region",
           "village executive committee": "Village"},
}
SHORT_NAME_LENGTH = DistrictIdentity._meta.get_field("short_name_ru").max_length


class CommitteeError(ValueError):
    """Input the command cannot act on; its message is one line for the operator."""


def parse_host(text):
    """(hostname, port) of "osipovichi.gov.by" or "host:8001"; the port defaults to 80 and
    an internationalized name is kept in ASCII (punycode), as browsers send it."""
    host, _colon, port = text.strip().lower().rstrip(".").partition(":")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        host = ""
    if len(host) > 253 or not HOSTNAME.fullmatch(host):
        raise CommitteeError(f"“{text}” is not a host name (e.g. osipovichi.gov.by or host:8001)")
    if not port:
        return host, 80
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise CommitteeError(f"“{port}” is not a port number (1–65535)")
    return host, int(port)


def find_site(text):
    """The existing Site of "host" or "host:port"; else CommitteeError naming the sites."""
    host, port = parse_host(text)
    sites = Site.objects.filter(hostname=host)
    if ":" in text:
        sites = sites.filter(port=port)
    found = list(sites[:2])
    if len(found) == 1:
        return found[0]
    known = ", ".join(site_address(site) for site in Site.objects.order_by("hostname", "port"))
    problem = "several sites have" if found else "no site has"
    raise CommitteeError(f"{problem} the host “{text}”; the sites are: {known or 'none'}")


def site_address(site):
    return site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"


def short_name(name, language):
    """The short form of a committee's name in `language`, or "" when it has no known one."""
    for ending, short in SHORT_NAME_ENDINGS.get(language, {}).items():
        if name.lower().endswith(" " + ending):
            shortened = f"{name[:-len(ending)]}{short}"
            return shortened if len(shortened) <= SHORT_NAME_LENGTH else ""
    return ""


def in_language(language, text):
    """A translatable text (gettext_lazy) in `language`: page titles of a new committee."""
    with translation.override(language):
        return str(text)


def first_of(model, **filters):
    """A `find` for ensure_page: the first page of `model` (with `filters`) in a home's tree."""
    return lambda home: model.objects.descendant_of(home).filter(**filters).first()


def ensure_page(home, parent, slug, build, find):
    """(page, created): the page `find(home)` returns, else a new one from `build()` under
    `parent` with `slug`, published, and linked as the translation of the page `find` returns
    in another language's home. Finding by type rather than by slug keeps a page an editor
    renamed or moved from being made twice."""
    found = find(home)
    if found is not None:
        return found, False
    page = build()
    page.locale, page.slug = home.locale, free_slug(parent, slug)
    page.translation_key = counterpart_key(home, find) or page.translation_key
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def index_page(home, language, slug, model, title, **fields):
    """ensure_page for the one page of `model` in a home's tree, titled `title` (translated
    into `language`), e.g. a feature's index under the home."""
    return ensure_page(home, home, slug, lambda: model(title=in_language(language, title),
                                                       **fields), first_of(model))


def counterpart_key(home, find):
    for other in home.get_translations():
        counterpart = find(other)
        if counterpart is not None and not Page.objects.filter(
                translation_key=counterpart.translation_key, locale=home.locale).exists():
            return counterpart.translation_key
    return None


def free_slug(parent, slug):
    """`slug`, or `slug-2`, `slug-3`… when an editor's page under `parent` has it already."""
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def step(what, *results):
    """A CommitteeStep from ensure_page's (page, created) results."""
    return CommitteeStep(what, sum(created for _page, created in results), len(results))


class CommitteeBuilder:
    """Builds (or completes) one committee's site; `say` gets each progress line."""

    def __init__(self, host, names, language_codes=None, region=None, say=print):
        self.hostname, self.port = parse_host(host)
        self.names = {code: name.strip() for code, name in names.items() if name and name.strip()}
        unknown = [code for code in language_codes or () if code not in languages.codes()]
        if unknown or language_codes == ():
            what = f"unknown language “{', '.join(unknown)}”" if unknown else "no language given"
            raise CommitteeError(f"{what}; the languages are: {', '.join(languages.codes())}")
        self.language_codes = tuple(dict.fromkeys(language_codes or ()))
        self.region = region
        self.say = say
        self.created = 0

    def report(self, line, created=0):
        self.created += created
        self.say(str(line))

    @transaction.atomic
    def build(self):
        """Returns how many things this run made (0: the committee was complete)."""
        site = Site.objects.filter(hostname=self.hostname, port=self.port).first()
        if site is not None and not isinstance(site.root_page.specific, HomePage):
            raise CommitteeError(f"the site {site_address(site)} exists and its root page is "
                                 "not a committee's home page")
        if self.region is not None and site is not None and self.region.pk == site.pk:
            raise CommitteeError("a committee cannot be its own region")
        codes = self.languages_of(site)
        new_site = site is None
        if new_site:
            site = self.new_site(codes[0])
        self.report(f"site {site_address(site)}: {'created' if new_site else 'exists'}", new_site)
        self.identity(site)
        root_home = site.root_page.specific
        for code in codes:
            home = root_home.get_translation_or_none(self.locale(code))
            made = home is None or (new_site and home.pk == root_home.pk)
            if home is None:
                home = self.new_home(code, root_home.translation_key)
            self.report(f"{code}: home {'created' if made else 'exists'}", made)
            self.pages(home.specific, code)
        for made in ensure_site_groups(site):  # after the pages their rights are on
            self.report(made, made.created)
        return self.created

    def languages_of(self, site):
        """The languages asked for, else those the existing site has, else all; the site's
        root language first (it stays the default of an existing site)."""
        if site is None:
            return self.language_codes or languages.codes()
        root = site.root_page.locale.language_code
        had = [page.locale.language_code for page in
               site.root_page.get_translations(inclusive=True).select_related("locale")]
        return (root, *(code for code in self.language_codes or had if code != root))

    def locale(self, code):
        return Locale.objects.get_or_create(language_code=code)[0]

    def new_site(self, code):
        return Site.objects.create(
            hostname=self.hostname, port=self.port, root_page=self.new_home(code),
            site_name=self.names.get(code, ""),
            # The first committee of an empty install answers hosts that are no Site.
            is_default_site=not Site.objects.filter(is_default_site=True).exists())

    def new_home(self, code, translation_key=None):
        root = Page.get_first_root_node()
        address = f"{self.hostname}-{self.port}" if self.port != 80 else self.hostname
        home = HomePage(title=in_language(code, _("Main")), locale=self.locale(code),
                        slug=free_slug(root, f"{slugify(anyascii(address))}-{code}"))
        if translation_key:
            home.translation_key = translation_key
        root.add_child(instance=home)
        home.save_revision().publish()
        return home

    def identity(self, site):
        """Names (and short names) in each language and the region, where they are blank."""
        existed = DistrictIdentity.objects.filter(site=site).exists()
        identity = DistrictIdentity.for_site(site)
        filled = []
        for code, name in self.names.items():
            for field, value in ((f"name_{code}", name), (f"short_name_{code}",
                                                          short_name(name, code))):
                if value and not getattr(identity, field):
                    setattr(identity, field, value)
                    filled.append(field)
        if self.region is not None and identity.region_id is None:
            identity.region = self.region
            filled.append("region")
        if filled:
            identity.save()
        if not existed:
            self.report("identity: created", 1)
        elif filled:
            self.report(f"identity: filled in {', '.join(filled)}", 1)
        else:
            self.report("identity: exists")
        if self.region is not None and identity.region_id != self.region.pk:
            self.say(f"identity: region kept as {site_address(identity.region)} "
                     f"(not {site_address(self.region)}): change it in Settings")

    def pages(self, home, code):
        """Core's pages around the features' (COMMITTEE_PAGES): the menu starts with "about"
        and ends with the contacts; the site map is not in the menu."""
        def standard(role, parent):
            return ensure_page(home, parent, role.value, lambda: StandardPage(
                title=in_language(code, role.label), role=role, show_in_menus=True),
                first_of(StandardPage, role=role))

        about = standard(PageRole.ABOUT, home)
        history = standard(PageRole.HISTORY, about[0])
        economy = standard(PageRole.ECONOMY, about[0])
        self.report_step(code, step("about, history and economy", about, history, economy))
        for made in offered(COMMITTEE_PAGES, home, code):
            self.report_step(code, made)
        self.report_step(code, step("contacts", standard(PageRole.CONTACTS, home)))
        self.report_step(code, step("site map", ensure_page(
            home, home, "sitemap", lambda: SiteMapPage(title=in_language(code, _("Site map"))),
            first_of(SiteMapPage))))

    def report_step(self, code, made):
        self.report(f"{code}: {made}", made.created)
