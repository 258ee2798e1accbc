"""One search entry per live page that a visitor may look for, in its own language.

The full-text index over these rows is database-specific and lives in migration 0002:
an FTS5 table on SQLite, a generated tsvector column with a GIN index on PostgreSQL."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField("wagtailcore.Page", primary_key=True, on_delete=models.CASCADE,
                                related_name="+")
    language = models.CharField(max_length=8, db_index=True)
    section = models.ForeignKey("wagtailcore.Page", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    date = models.DateTimeField()
    title = models.TextField()
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["language", "-date"], name="search_language_date")]

    def __str__(self):
        return self.title
