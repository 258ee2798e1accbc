"""Keeps SearchEntry rows in step with what is public (ispolkom.core.public): a page has an
entry only while anyone may find it."""

from html import unescape

from django.utils.html import strip_tags
from wagtail.models import Page

from ispolkom.core.models import StandardPage
from ispolkom.core.public import is_public, public_pages
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


def index_page(page, known_public=False):
    """Create or refresh the entry of a public page; drop it if the page is not searchable."""
    page = page.specific
    if not isinstance(page, SEARCHABLE) or not (known_public or is_public(page)):
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


def drop_subtree(page):
    """Forget `page` and everything below it (the pages stay; their entries go)."""
    SearchEntry.objects.filter(page__path__startswith=page.path).delete()


def sync_subtree(page):
    """Bring the entries from `page` down in line with what is public now: drop those of
    pages no longer public, add those of public pages without one. Entries that exist are
    current (each publish refreshes its page's), so a large section costs two queries."""
    subtree = Page.objects.filter(path__startswith=page.path)
    searchable = public_pages(subtree.type(*SEARCHABLE))
    SearchEntry.objects.filter(page__path__startswith=page.path).exclude(
        page__in=searchable).delete()
    missing = searchable.exclude(pk__in=SearchEntry.objects.values("page_id"))
    for descendant in missing.specific().iterator():
        index_page(descendant, known_public=True)


def rebuild():
    SearchEntry.objects.all().delete()
    count = 0
    for model in SEARCHABLE:
        for page in public_pages(model.objects.all()).select_related("locale").iterator():
            index_page(page, known_public=True)
            count += 1
    return count
