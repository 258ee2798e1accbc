"""Keeps SearchEntry rows in step with what is public (ispolkom.core.public): a page has an
entry only while anyone may find it. Which page types are searched, and each entry's section
and date, come from the features (core/features.py: SEARCHABLE_PAGES); the text comes from
each type's Wagtail search_fields."""

from html import unescape

from django.utils.html import strip_tags
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ispolkom.core.features import SEARCHABLE_PAGES, offered
from ispolkom.core.public import is_public, public_pages
from ispolkom.framework import stream_search_text

from .models import SearchEntry


def searchable_types():
    return tuple(offered(SEARCHABLE_PAGES))


def plain_text(page):
    """The text of the page's search fields (Wagtail's `search_fields`, in their order; the
    title is kept apart), rich text and stream blocks turned plain."""
    parts = []
    for field in page.search_fields:
        if isinstance(field, index.SearchField) and field.field_name != "title":
            parts += field_text(page, field.field_name)
    return " ".join(part for part in parts if part).strip()


def field_text(page, name):
    """A search field's text: a model field, or a method as Wagtail allows."""
    value = getattr(page, name, None)
    value = value() if callable(value) else value
    if not value:
        return []
    if hasattr(value, "stream_block"):  # a StreamField
        return [unescape(strip_tags(str(part))) for part in stream_search_text(value)]
    if isinstance(next((f for f in page._meta.fields if f.name == name), None), RichTextField):
        return [unescape(strip_tags(value))]
    return [str(value)]


def home_id_of(page):
    """The home above `page`: the top of its language tree (homes sit below the tree's root,
    core.HomePage), which tells its site and language."""
    return Page.objects.filter(path=page.path[:2 * Page.steplen]).values_list(
        "pk", flat=True).first()


def index_page(page, known_public=False):
    """Create or refresh the entry of a public page; drop it if the page is not searchable."""
    page = page.specific
    if not isinstance(page, searchable_types()) or not (known_public or is_public(page)):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language": page.locale.language_code,
            "home_id": home_id_of(page),
            "section_id": page.search_section_id() if hasattr(page, "search_section_id") else None,
            "date": getattr(page, "search_date", None)
            or page.last_published_at or page.first_published_at,
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
    searchable = public_pages(subtree.type(*searchable_types()))
    SearchEntry.objects.filter(page__path__startswith=page.path).exclude(
        page__in=searchable).delete()
    missing = searchable.exclude(pk__in=SearchEntry.objects.values("page_id"))
    for descendant in missing.specific().iterator():
        index_page(descendant, known_public=True)


def rehome_subtree(page):
    """After a move (perhaps into another site's or language's tree): the entries from
    `page` down are under its new home."""
    SearchEntry.objects.filter(page__path__startswith=page.path).update(home_id=home_id_of(page))


def rebuild():
    SearchEntry.objects.all().delete()
    count = 0
    for model in searchable_types():
        for page in public_pages(model.objects.all()).select_related("locale").iterator():
            index_page(page, known_public=True)
            count += 1
    return count
