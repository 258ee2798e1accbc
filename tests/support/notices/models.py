from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class NoticePage(Page):
    """A short notice published under a home page."""

    text = models.TextField()

    content_panels = Page.content_panels + [FieldPanel("text")]
    search_fields = Page.search_fields + [index.SearchField("text")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
