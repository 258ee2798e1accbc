"""Feed entries into news articles: one article per entry under the section, published (or
left as a draft) through Wagtail's revisions, so that search, feeds, the page cache and the
public rule treat it as any article an editor published."""

import datetime
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from anyascii import anyascii
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from ispolkom.content_safety.rich_text import clean_rich_text
from ispolkom.core.blocks import RICH_TEXT_FEATURES
from ispolkom.core.editors import media_collection
from ispolkom.framework import slug_is_free
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from ispolkom.news.slugs import capped_slug, free_slug
from ispolkom.news.summary import shorten
from ispolkom.uploads.images import UnreadableImage, reencode

from .fetch import fetch
from .models import FeedSource, ImportedItem
from .reader import strip_dateline

logger = logging.getLogger(__name__)

IMAGES_PER_ENTRY = 5
IMAGE_TIMEOUT = 10  # seconds; a feed may bring dozens of images
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}
TITLE_LENGTH = 255  # Page.title
LEAD_LENGTH = 400  # longer text is not a lead but the body's start
TAG_LENGTH = 100  # taggit's Tag.name
SPACES = re.compile(r"\s+")


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)  # one line per failed entry

    def __str__(self):
        return (f"created {self.created}, updated {self.updated}, "
                f"skipped {self.skipped}, failed {self.failed}")


@dataclass
class ImportRules:
    """What a source asks for; `import_feed` without a source takes the defaults."""

    source_name: str
    full_text: bool = True
    publish: bool = True
    strip_dateline: bool = True

    @classmethod
    def of(cls, source, feed):
        if source is None:
            return cls(source_name=(feed.title or "").strip()[:255])
        return cls(source.name, source.full_text, source.publish, source.strip_dateline)


def import_entries(source_or_section, feed, dry_run=False):
    """Each entry of `feed` into the section (or the source's section), each in its own
    transaction: a failing entry is counted and the others go on. Counts of what happened;
    with `dry_run` what would happen, with nothing written (not even images)."""
    source = source_or_section if isinstance(source_or_section, FeedSource) else None
    section = source.section if source else source_or_section
    assert isinstance(section, NewsSectionPage)
    rules = ImportRules.of(source, feed)
    counts = Counts()
    for entry in feed.entries:
        try:
            outcome = import_entry(source, section, rules, entry, dry_run)
        except Exception as error:  # noqa: BLE001 — one bad entry must not stop the feed
            logger.exception("Feed entry %r not imported", getattr(entry, "link", ""))
            counts.failed += 1
            counts.errors.append(f"{entry.title or entry.link or entry.guid}: {error}")
        else:
            setattr(counts, outcome, getattr(counts, outcome) + 1)
    return counts


def import_entry(source, section, rules, entry, dry_run):
    """"created", "updated" or "skipped". Images are fetched before the transaction opens,
    so that no slow image server holds the database's write lock."""
    article = ArticleFields.from_entry(entry, rules, section)
    item = find_item(section, entry)
    if item is not None and (item.fingerprint == article.fingerprint or item.page_id is None):
        return "skipped"  # unchanged, or deleted by an editor: never brought back
    if item is not None and item.page.latest_revision_id != item.revision_id:
        return "skipped"  # an editor changed it since: their version stays
    if dry_run:
        return "created" if item is None else "updated"
    # An update keeps the images it has: a changed text is no reason to fetch them again.
    pictures = (fetched_pictures(entry, article)
                if item is None or not item.page.main_image_id else None)
    with transaction.atomic():
        if item is None:
            create_article(source, section, rules, entry, article, pictures)
            return "created"
        update_article(item, article, pictures)
        return "updated"


def find_item(section, entry):
    """The earlier import of `entry`: by guid, then link, then (title, date)."""
    items = ImportedItem.objects.filter(section=section).select_related("page")
    if entry.guid and (item := items.filter(guid=entry.guid[:1000]).first()):
        return item
    if entry.link and (item := items.filter(link=entry.link[:1000]).first()):
        return item
    return items.filter(title=(entry.title or "")[:1000], published=entry.published).first()


@dataclass
class ArticleFields:
    title: str
    date: object
    lead: str
    body_html: str
    source_url: str
    tags: list
    fingerprint: str

    @classmethod
    def from_entry(cls, entry, rules, section):
        full = rules.full_text and bool(plain_text(entry.full_html or ""))
        teaser_html = entry.summary_html or ""
        body_html = entry.full_html if full else teaser_html
        lead = plain_text(teaser_html) if full and teaser_html != entry.full_html else ""
        if rules.strip_dateline:
            lead = strip_dateline(lead).strip()
            body_html = strip_dateline(body_html)  # it keeps the tags around the dateline
        body_html = clean_rich_text(body_html, RICH_TEXT_FEATURES) if body_html else ""
        link = valid_url(entry.link)
        if not full:
            # A short teaser is the lead, and the body only leads on (the page shows both:
            # the same words twice would be noise); a long one stays the body's text.
            lead = plain_text(body_html)
            if len(lead) <= LEAD_LENGTH:
                body_html = ""
            else:
                lead = ""
            if link:
                body_html += original_link(link, section)
        lead = shorten(lead, LEAD_LENGTH)
        title = SPACES.sub(" ", entry.title or "").strip() or shortened(lead or plain_text(
            body_html))
        if not title:
            raise ValueError("the entry has neither a title nor text")
        return cls(
            title=shortened(title), date=aware(entry.published) or timezone.now(), lead=lead,
            body_html=body_html, source_url=link,
            tags=[name for name in (SPACES.sub(" ", c).strip()[:TAG_LENGTH]
                                    for c in entry.categories or ()) if name],
            fingerprint=fingerprint(entry))


def create_article(source, section, rules, entry, article, pictures):
    page = NewsArticlePage(live=False, source_name=rules.source_name)
    fill(page, article, figures=attach_pictures(page, pictures, section))
    page.slug = free_slug(
        capped_slug(slugify(anyascii(article.title)) or "news"),
        lambda candidate: slug_is_free(candidate, section, None))
    section.add_child(instance=page)
    revision = page.save_revision()
    if rules.publish:
        revision.publish()
    ImportedItem.objects.create(
        source=source, section=section, guid=(entry.guid or "")[:1000],
        link=(entry.link or "")[:1000], title=(entry.title or "")[:1000],
        published=entry.published, fingerprint=article.fingerprint, page=page,
        revision_id=revision.pk)
    if source is not None:
        FeedSource.objects.filter(pk=source.pk).update(
            items_created=F("items_created") + 1)


def update_article(item, article, pictures):
    """A newer version of an entry nobody edited since our import; `pictures` None keeps the
    images the article has."""
    page = item.page.get_latest_revision_as_object()
    was_live = page.live
    if pictures is None:
        figures = [block for block in page.body.raw_data if block["type"] == "figure"]
    else:
        figures = attach_pictures(page, pictures, item.section)
    fill(page, article, figures)
    revision = page.save_revision()
    if was_live:
        revision.publish()
    item.fingerprint = article.fingerprint
    item.revision_id = revision.pk
    item.save(update_fields=["fingerprint", "revision_id"])


def fill(page, article, figures=()):
    page.title = article.title
    page.date = article.date
    page.lead = article.lead
    text = [{"type": "paragraph", "value": article.body_html}] if article.body_html else []
    page.body = text + list(figures)
    page.source_url = article.source_url
    page.tags.clear()  # in memory (modelcluster), written with the revision
    page.tags.add(*article.tags)


def aware(moment):
    """A feed's date without a zone (rare, and against the specs) is taken as UTC."""
    if moment is not None and timezone.is_naive(moment):
        return timezone.make_aware(moment, datetime.UTC)
    return moment


# --- Text ---------------------------------------------------------------------------------


def plain_text(html):
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    return SPACES.sub(" ", text).strip()


def shortened(text, limit=TITLE_LENGTH):
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def original_link(link, section):
    """The paragraph leading to the whole text on the source's site, in the section's
    language."""
    with translation.override(section.locale.language_code):
        label = gettext("Read the full text on the source's site")
    return f'<p><a href="{escape(link)}">{escape(label)}</a></p>'


def valid_url(url):
    """`url` if it is an http(s) address the article's source link may hold, else ""."""
    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url if len(url) <= 200 else ""  # URLField's length on the article


def fingerprint(entry):
    """What the entry says, so that a changed entry is told from a repeated one."""
    said = [entry.title, entry.link, entry.published and entry.published.isoformat(),
            entry.summary_html, entry.full_html, list(entry.image_urls or ()),
            list(entry.categories or ())]
    return hashlib.sha256(json.dumps(said, default=str).encode()).hexdigest()


# --- Images -------------------------------------------------------------------------------


@dataclass
class Picture:
    """An entry's image, fetched and re-encoded, not stored yet."""

    data: bytes
    output_format: str
    alt: str
    caption: str


def fetched_pictures(entry, article):
    """The entry's images that could be fetched and read; a failing image never fails the
    entry."""
    pictures = []
    for url, caption in image_candidates(entry):
        try:
            data, output_format = fetched_image(url)
        except Exception as error:  # noqa: BLE001 — network, type, size, or broken pixels
            logger.warning("Image %s of %s not taken: %s", url, entry.link, error)
            continue
        pictures.append(Picture(data, output_format, shortened(caption or article.title),
                                caption))
    return pictures


def attach_pictures(page, pictures, section):
    """The first picture becomes the main image, the others figures after the text (returned
    as body blocks); all are stored in the collection of the section's site."""
    figures = []
    collection = media_collection(section) if pictures else None
    for picture in pictures:
        image = stored_image(picture, collection)
        if page.main_image is None:
            page.main_image, page.main_image_alt = image, picture.alt
        else:
            figures.append({"type": "figure", "value": {
                "image": {"image": image.pk, "alt_text": picture.alt, "decorative": False},
                "caption": picture.caption}})
    return figures


def image_candidates(entry):
    base = entry.link or ""
    found = [(urljoin(base, url), caption) for url, caption in entry.image_urls or ()]
    if not found:
        html = entry.full_html or entry.summary_html or ""
        img = BeautifulSoup(html, "html.parser").find("img", src=True)
        if img is not None:
            found = [(urljoin(base, img["src"]), img.get("alt") or "")]
    return [(url, (caption or "").strip()) for url, caption in found[:IMAGES_PER_ENTRY]
            if url.startswith(("http://", "https://"))]


def fetched_image(url):
    """(bytes, format) of the picture at `url`, re-encoded as the uploads app does."""
    fetched = fetch(url, timeout=IMAGE_TIMEOUT, limit=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    return checked_image(fetched.body, fetched.content_type)


def checked_image(body, content_type):
    """(bytes, format) of an image of an allowed type and size, re-encoded: the limits of
    an editor's upload (a small file may still unpack to gigabytes of pixels)."""
    content_type = (content_type or "").split(";")[0].strip().lower()
    if content_type not in IMAGE_TYPES:
        raise UnreadableImage(f"not an image: {content_type or 'no type'}")
    if len(body) > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
        raise UnreadableImage(f"too large: {len(body)} bytes")
    try:
        with PillowImage.open(io.BytesIO(body)) as picture:
            width, height = picture.size
    except (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombError) as error:
        raise UnreadableImage(str(error)) from error
    if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        raise UnreadableImage(f"too large: {width}×{height}")
    return reencode(io.BytesIO(body))


def stored_image(picture, collection):
    name = (slugify(anyascii(picture.alt))[:60] or "image") + "." + picture.output_format.lower()
    return get_image_model().objects.create(title=picture.alt, collection=collection,
                                            file=ContentFile(picture.data, name))
