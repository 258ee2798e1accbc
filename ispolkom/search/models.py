"""One search entry per live page that a visitor may look for, in its own language, under
its own home: several committees share the install, and a site searches its own tree.

The full-text index over these rows is database-specific and lives in migration 0002:
an FTS5 table on SQLite, a generated tsvector column with a GIN index on PostgreSQL."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField("wagtailcore.Page", primary_key=True, on_delete=models.CASCADE,
                                related_name="+")
    language = models.CharField(max_length=8, db_index=True)
    # The home of the page's language tree (its site and language): a search on a site looks
    # below the site's home only. Nullable only so that SQLite adds the column in place
    # (migration 0004, which fills it); indexing always sets it.
    home = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.CASCADE,
                             related_name="+")
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
