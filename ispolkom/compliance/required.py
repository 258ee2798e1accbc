"""What the law requires on a committee's site and whether the site has it: Council of
Ministers Resolution No. 645 of 29.04.2010 as amended by No. 797 asks for basic information,
work with appeals, administrative procedures and feedback forms in both state languages.
Features name their items through core.features.REQUIRED_CONTENT; news and legal acts are
not items (they need not be given in both languages)."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ispolkom.core import languages
from ispolkom.core.features import REQUIRED_CONTENT, offered
from ispolkom.core.public import public_filter

GROUPS = {
    "basic": _("Basic information"),
    "appeals": _("Work with appeals"),
    "procedures": _("Administrative procedures"),
    "feedback": _("Feedback forms"),
}
# The two state languages the resolution names; a site without one of them lacks it.
STATE_LANGUAGES = ("ru", "be")


class Status:
    COMPLETE = "complete"
    MISSING_BE = "missing-be"
    MISSING_RU = "missing-ru"
    MISSING = "missing"


STATUS_LABELS = {
    Status.COMPLETE: _("Complete"),
    Status.MISSING_BE: _("Missing in Belarusian"),
    Status.MISSING_RU: _("Missing in Russian"),
    Status.MISSING: _("Missing"),
}


def required_items():
    """Every item the installed apps require, by group in the resolution's order."""
    order = list(GROUPS)
    items = offered(REQUIRED_CONTENT)
    return sorted(items, key=lambda item: order.index(item.group) if item.group in order
                  else len(order))


@dataclass
class Version:
    """An item in one language: its public page, or a draft to finish, or where to add it."""

    language: str
    page: object = None  # the newest public page
    fix_url: str = ""  # the page's edit view, a translation, or a new page

    @property
    def published(self):
        return self.page is not None

    @property
    def updated(self):
        return self.page.last_published_at if self.page else None

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,)) if self.page else ""


@dataclass
class Row:
    item: object
    versions: dict

    @property
    def group(self):
        return str(GROUPS.get(self.item.group, self.item.group))

    @property
    def label(self):
        return str(self.item.label)

    @property
    def ru(self):
        return self.versions["ru"]

    @property
    def be(self):
        return self.versions["be"]

    @property
    def updated(self):
        return max((version.updated for version in self.versions.values() if version.updated),
                   default=None)

    @property
    def status(self):
        ru, be = self.ru.published, self.be.published
        if ru and be:
            return Status.COMPLETE
        if ru:
            return Status.MISSING_BE
        if be:
            return Status.MISSING_RU
        return Status.MISSING

    @property
    def status_label(self):
        return str(STATUS_LABELS[self.status])

    # Plain values for the spreadsheet export.
    @property
    def ru_url(self):
        return self.ru.page.url if self.ru.page else ""

    @property
    def be_url(self):
        return self.be.page.url if self.be.page else ""


def homes(site):
    """{state language: the site's home in it, or None} (its root page and translations)."""
    translations = site.root_page.get_translations(inclusive=True).select_related("locale")
    found = {page.locale.language_code: page for page in translations}
    return {code: found.get(code) if code in languages.codes() else None
            for code in STATE_LANGUAGES}


def pages_of(item, home):
    """The item's pages in the home's tree and language, public or not."""
    if home is None:
        return None
    pages = item.page_model.objects.descendant_of(home, inclusive=True).filter(
        locale=home.locale)
    return pages.filter(role=item.role) if item.role else pages


def report(site):
    """One Row per required item for `site`."""
    site_homes = homes(site)
    public = public_filter()
    rows = []
    for item in required_items():
        pages = {language: pages_of(item, home) for language, home in site_homes.items()}
        versions = {
            language: Version(language, None if found is None else
                              public(found).order_by("-last_published_at").first())
            for language, found in pages.items()}
        for language, version in versions.items():
            if not version.published:
                version.fix_url = fix_url(item, site_homes[language], pages[language],
                                          versions)
        rows.append(Row(item, versions))
    return rows


def fix_url(item, home, pages, versions):
    """Where an editor makes the item's page public in a language: the page that is there
    but not public, else a translation of the other language's page, else a new page under
    the home (none when the site has no home in that language)."""
    if home is None:
        return ""
    unfinished = pages.order_by("-latest_revision_created_at").first()
    if unfinished is not None:
        return reverse("wagtailadmin_pages:edit", args=(unfinished.pk,))
    other = next((version.page for version in versions.values() if version.page), None)
    if other is not None:
        return reverse("simple_translation:submit_page_translation", args=(other.pk,))
    meta = item.page_model._meta
    return reverse("wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, home.pk))
