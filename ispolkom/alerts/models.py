"""Alert banners: a storm warning, a water cut, a road closure, shown first on every page of
a site (or of one section) from their start to their end, in a fixed order of importance.

One banner carries its text in every language (a column per language, the default language
required, the others falling back to it), so an emergency reaches the pages of every language
at once. Banners are Wagtail snippets with drafts and revisions: only a published one shows.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin

from ispolkom.core import languages
from ispolkom.core.public import public_pages

TEXT_LENGTH = 300  # one or two lines on a phone


class Alert(DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    # The number is the importance: banners are shown by it, then by start.
    EMERGENCY, WARNING, NOTICE = 1, 2, 3
    KINDS = [(EMERGENCY, _("emergency")), (WARNING, _("warning")), (NOTICE, _("notice"))]
    # What the banner itself says it is (glossary: "Внимание!", "Объявление").
    HEADINGS = {EMERGENCY: _("Attention!"), WARNING: _("Warning"), NOTICE: _("Notice")}
    CSS = {EMERGENCY: "emergency", WARNING: "warning", NOTICE: "notice"}

    kind = models.PositiveSmallIntegerField(
        _("kind"), choices=KINDS, default=NOTICE,
        help_text=_("An emergency comes first and cannot be hidden by visitors."))
    text_ru = models.TextField(_("text (Russian)"), max_length=TEXT_LENGTH)
    text_be = models.TextField(_("text (Belarusian)"), max_length=TEXT_LENGTH, blank=True)
    text_en = models.TextField(_("text (English)"), max_length=TEXT_LENGTH, blank=True)
    link = models.URLField(_("link"), blank=True,
                           help_text=_("Where to read more, e.g. the news item."))
    start = models.DateTimeField(_("start"), default=timezone.now)
    end = models.DateTimeField(_("end"))
    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("site"),
                             on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("section"), null=True, blank=True,
        on_delete=models.CASCADE, related_name="+",
        help_text=_("Shown on this page, below it and on its translations; "
                    "leave empty for the whole site."))
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="alert")

    text = languages.in_active_language("text")

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("site")]),
        FieldPanel("text_ru"), FieldPanel("text_be"), FieldPanel("text_en"),
        FieldPanel("link"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                         FieldPanel("section")], heading=_("Where and when")),
    ]

    class Meta:
        ordering = ["kind", "start"]
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text_ru[:60]}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})
        if self.section_id and self.site_id and self.site_id not in self.section_sites():
            raise ValidationError({"section": _("Choose a page of the chosen site.")})

    def section_sites(self):
        from ispolkom.core.freshness import sites_containing

        return sites_containing(self.section)

    @property
    def revisions(self):
        return self._revisions

    @property
    def heading(self):
        return self.HEADINGS[self.kind]

    @property
    def css_kind(self):
        return self.CSS[self.kind]

    @property
    def dismissible(self):
        return self.kind != self.EMERGENCY

    def section_paths(self, request=None):
        """Tree paths of the public section and its translations (the banner covers them and
        everything below); none when the section is unpublished or private."""
        translations = Page.objects.filter(translation_key=self.section.translation_key)
        return tuple(public_pages(translations, request).values_list("path", flat=True))

