"""Keeps SearchEntry rows in step with what is published."""

from html import unescape

from django.utils.html import strip_tags

from ispolkom.core.models import StandardPage
from ispolkom.news.models import NewsArticlePage

from .models import SearchEntry

SEARCHABLE = (NewsArticlePage, StandardPage)


def plain_text(page):
    """The lead or intro (plain text) and the body's text (rich text turned plain)."""
    parts = [getattr(page, "lead", "") or getattr(page, "intro", "")]
    if page.body:
        parts += [unescape(strip_tags(str(part)))
                  for part in page.body.stream_block.get_searchable_content(page.body)]
    return " ".join(part for part in parts if part).strip()


def index_page(page):
    """Create or refresh the entry of a live page; drop it if the page is not searchable."""
    page = page.specific
    if not isinstance(page, SEARCHABLE) or not page.live:
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    is_news = isinstance(page, NewsArticlePage)
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language": page.locale.language_code,
            "section_id": page.get_parent().pk if is_news else None,
            "date": page.date if is_news else (page.last_published_at or page.first_published_at),
            "title": page.title,
            "text": plain_text(page),
        },
    )


def index_subtree(page):
    for descendant in page.get_descendants(inclusive=True).live().specific():
        index_page(descendant)


def rebuild():
    SearchEntry.objects.all().delete()
    count = 0
    for model in SEARCHABLE:
        for page in model.objects.live().select_related("locale").iterator():
            index_page(page)
            count += 1
    return count
