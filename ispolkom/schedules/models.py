"""Days editors declare: a public holiday moved by the government, an extra day off, or a
Saturday that is a working day (the transfers the Council of Ministers publishes yearly)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet

from ispolkom.core import languages


class Holiday(models.Model):
    DAY_OFF = "day_off"
    WORKING_DAY = "working_day"
    KINDS = [(DAY_OFF, _("day off")), (WORKING_DAY, _("working day"))]

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=KINDS, default=DAY_OFF,
                            help_text=_("A working day overrides a public holiday on that "
                                        "date."))
    name_ru = models.CharField(_("name (Russian)"), max_length=128, blank=True)
    name_be = models.CharField(_("name (Belarusian)"), max_length=128, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=128, blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]), FieldPanel("name_ru"),
              FieldPanel("name_be"), FieldPanel("name_en")]

    class Meta:
        ordering = ["-date"]
        verbose_name = _("holiday or transferred day")
        verbose_name_plural = _("holidays and transferred days")

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.name}".strip()

    name = languages.in_active_language("name")


register_snippet(Holiday)
