"""Feeds that fill news sections by themselves (issue 14): the sources editors configure, and
a record of every item imported, so that a second run creates nothing and an editor's edit
is told apart from ours."""

import datetime

from django.contrib import admin
from django.core.validators import MinValueValidator, URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class RecordPanel(FieldPanel):
    """A value the import writes, shown read-only: a dash until there is one (Wagtail would
    print "None")."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        return "—" if value is None or value == "" else super().format_value_for_display(value)


class FeedSource(models.Model):
    name = models.CharField(_("source name"), max_length=255,
                            help_text=_("Shown on every imported article, e.g. BelTA."))
    url = models.URLField(_("feed address"), max_length=1000,
                          validators=[URLValidator(schemes=["http", "https"])])
    section = models.ForeignKey(
        "news.NewsSectionPage", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("news section"),
        help_text=_("Articles are created here, in the section's language."))
    interval = models.PositiveIntegerField(
        _("check every (minutes)"), default=60, validators=[MinValueValidator(5)])
    full_text = models.BooleanField(
        _("take the full text"), default=True,
        help_text=_("When the feed carries it; otherwise the teaser with a link to the "
                    "original."))
    publish = models.BooleanField(_("publish at once"), default=True,
                                  help_text=_("Otherwise items wait as drafts."))
    strip_dateline = models.BooleanField(
        _("remove the agency's dateline"), default=True,
        help_text=_("For example, “16 февраля, Минск /Корр. БЕЛТА/.” before the text."))
    active = models.BooleanField(_("active"), default=True)
    # Written by the import, read-only in the admin.
    last_run = models.DateTimeField(_("last run"), null=True, blank=True)
    last_success = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    items_created = models.PositiveIntegerField(_("items created"), default=0)
    etag = models.CharField(max_length=255, blank=True, editable=False)
    modified = models.CharField(max_length=255, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("section"),
        FieldRowPanel([FieldPanel("interval"), FieldPanel("active")]),
        FieldRowPanel([FieldPanel("full_text"), FieldPanel("publish"),
                       FieldPanel("strip_dateline")]),
        MultiFieldPanel([
            FieldRowPanel([RecordPanel("last_run"), RecordPanel("last_success")]),
            RecordPanel("items_created"),
            RecordPanel("last_error"),
        ], heading=_("Last import")),
    ]

    class Meta:
        verbose_name = _("feed source")
        verbose_name_plural = _("feed sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @admin.display(description=_("news section"))
    def section_with_language(self):
        """Sections of every language have alike titles; the list tells them apart."""
        return f"{self.section.title} ({self.section.locale.language_code})"

    @admin.display(description=_("active"))
    def activity(self):
        """Yes or no in words: Wagtail's boolean column names its icons True and False."""
        return _("yes") if self.active else _("no")

    @admin.display(description=_("last error"))
    def last_error_line(self):
        line = self.last_error.strip().split("\n", 1)[0]
        return line if len(line) <= 150 else line[:149] + "…"

    def is_due(self, now=None):
        now = now or timezone.now()
        return self.last_run is None or (
            self.last_run + datetime.timedelta(minutes=self.interval) <= now)


class ImportedItem(models.Model):
    """One feed entry that became (or was meant to become) an article of `section`."""

    source = models.ForeignKey(FeedSource, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="items")
    # Dedupe is per section: `import_feed` imports without a source.
    section = models.ForeignKey("news.NewsSectionPage", on_delete=models.CASCADE,
                                related_name="+")
    guid = models.CharField(max_length=1000, blank=True)
    link = models.CharField(max_length=1000, blank=True)
    title = models.CharField(max_length=1000)
    published = models.DateTimeField(null=True, blank=True)
    # What the entry said when we last wrote the page: a changed entry may update it.
    fingerprint = models.CharField(max_length=64)
    # SET_NULL: an article an editor deleted is not imported again.
    page = models.ForeignKey("news.NewsArticlePage", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["section", "guid"]),
                   models.Index(fields=["section", "link"])]

    def __str__(self):
        return self.title


class LegacyArticle(models.Model):
    """An article of a committee's old site that became `page`. Every old address of it — any
    slug before the id, with or without the year, its /special/ and /printv/ forms — redirects
    there, found by (site, language, old id) rather than one redirect per address."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)  # the new site's code: "be" for an old "/by/"
    old_id = models.BigIntegerField()
    old_path = models.CharField(max_length=1000)  # where the import read it
    # SET_NULL: an article an editor deleted is not imported again (and its address is a 404).
    page = models.ForeignKey("news.NewsArticlePage", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    imported = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "language", "old_id"],
                                               name="legacy_article_once_per_site")]

    def __str__(self):
        return self.old_path


class LegacySection(models.Model):
    """An old news list (`/ru/news-rayon-ru/`, `/by/news_raion`) and the section its articles
    went to: the old list's addresses, every page of them, redirect to the section."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    old_slug = models.CharField(max_length=100)
    section = models.ForeignKey("news.NewsSectionPage", on_delete=models.CASCADE,
                                related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "language", "old_slug"],
                                               name="legacy_section_once_per_site")]

    def __str__(self):
        return f"/{self.language}/{self.old_slug}/"


class LegacyImport(models.Model):
    """One run of `import_legacy`: the article addresses it found, in order, and how far it
    got, so that `--resume` goes on without crawling the old site's lists again."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=1000)
    language = models.CharField(max_length=8, blank=True)
    started = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    found = models.JSONField(default=list)  # article addresses (paths or URLs), in order
    position = models.PositiveIntegerField(default=0)  # how many of them are done
    report = models.TextField(blank=True)

    def __str__(self):
        return f"{self.source} → {self.site}"
