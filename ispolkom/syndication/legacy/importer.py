"""An old site's articles into news articles of the new site, in the language and section
the old address says, published through Wagtail's revisions; each remembered by (site,
language, old id) so that its old addresses redirect and a second run creates nothing."""

import datetime
import logging
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from anyascii import anyascii
from bs4 import BeautifulSoup, Tag
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from ispolkom.content_safety.rich_text import clean_rich_text
from ispolkom.core.blocks import RICH_TEXT_FEATURES
from ispolkom.core.editors import site_collection
from ispolkom.framework import slug_is_free
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from ispolkom.news.slugs import capped_slug, free_slug

from ..importer import Picture, checked_image, shortened, stored_image
from ..models import LegacyArticle, LegacySection
from .addresses import canonical_path, parse
from .extract import extract_article
from .sources import AssetMissing

logger = logging.getLogger(__name__)

# What an old section's slug says about its news; the first kind that matches wins
# ("region-news-ru" is the region's, "news_raion" the district's). Anything else is the
# district's own news, the bulk of every old site.
SECTION_KINDS = (
    ("republic", ("republic", "respubl", "belarus", "country")),
    ("region", ("region", "oblast", "obl-", "obl_")),
    ("district", ("rayon", "raion", "rajon", "district", "raen")),
)
DEFAULT_KIND = "district"


@dataclass
class Report:
    created: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list = field(default_factory=list)  # (address, reason)
    skip_reasons: Counter = field(default_factory=Counter)
    notes: list = field(default_factory=list)  # (address, note): kept, but not whole

    def __str__(self):
        return f"created {self.created}, skipped {self.skipped}, failed {self.failed}"

    def count(self, outcome, address, reason=""):
        setattr(self, outcome, getattr(self, outcome) + 1)
        if outcome == "failed":
            self.failures.append((address, reason))
        elif outcome == "skipped":
            self.skip_reasons[reason] += 1

    def text(self, heading):
        lines = [heading, str(self)]
        lines += [f"skipped {number}: {reason}" for reason, number in
                  sorted(self.skip_reasons.items())]
        lines += [f"failed: {address}: {reason}" for address, reason in self.failures]
        lines += [f"note: {address}: {note}" for address, note in self.notes]
        return "\n".join(lines) + "\n"


class LegacyImporter:
    """Imports article addresses of one source into one site, one transaction each."""

    def __init__(self, source, site, report, dry_run=False, section_map=None):
        self.source, self.site, self.report, self.dry_run = source, site, report, dry_run
        # (language, old slug) → NewsSectionPage: /ru/news_raion/ and /by/news_raion/ are two.
        self.section_map = dict(section_map or {})
        self.images = {}  # url → stored image, for a picture several articles show
        self.documents = {}

    @cached_property
    def collection(self):
        """The site's collection: its editors see the pictures and files brought in."""
        return site_collection(self.site)[0]

    def run(self, address):
        found = parse(urlsplit(address).path)
        try:
            outcome, reason = self.import_article(address, found)
        except Exception as error:  # noqa: BLE001 — one bad page must not stop the archive
            logger.exception("Old article %s not imported", address)
            outcome, reason = "failed", one_line(error)
        self.report.count(outcome, address, reason)
        return outcome

    def import_article(self, address, found):
        if LegacyArticle.objects.filter(site=self.site, language=found.language,
                                        old_id__in=found.ids).exists():
            return "skipped", _("already imported")
        section = self.section_for(found)
        if section is None:
            return "failed", _("the site has no news section in %(language)s") % {
                "language": found.language}
        content, content_type = self.source.read(address)
        article = extract_article(content, self.source.url_of(address), content_type)
        if self.dry_run:
            return "created", ""
        blocks, main = self.body_blocks(address, article)
        with transaction.atomic():
            page = self.publish(address, found, section, article, blocks, main)
            LegacyArticle.objects.create(
                site=self.site, language=found.language, old_id=found.ids[0],
                old_path=canonical_path(found)[:1000], page=page)
            LegacySection.objects.get_or_create(
                site=self.site, language=found.language, old_slug=found.section[:100],
                defaults={"section": section})
        return "created", ""

    # --- Where it goes ----------------------------------------------------------------------

    def section_for(self, found):
        key = (found.language, found.section)
        if key in self.section_map:
            return self.section_map[key]
        known = LegacySection.objects.filter(site=self.site, language=found.language,
                                             old_slug=found.section).first()
        section = known.section if known else guessed_section(self.site, found)
        self.section_map[key] = section
        return section

    def publish(self, address, found, section, article, blocks, main):
        dated = article.published is not None
        page = NewsArticlePage(
            title=shortened(article.title),
            date=publication_moment(article) if dated else timezone.now(),
            show_time=dated and article.has_time, lead="", body=blocks, live=False)
        if main is not None:
            page.main_image, page.main_image_alt = main
        slug = capped_slug(slugify(anyascii(found.slug)) or slugify(anyascii(article.title))
                           or "news")
        page.slug = free_slug(slug, lambda candidate: slug_is_free(candidate, section, None))
        section.add_child(instance=page)
        revision = page.save_revision()
        if dated:
            revision.publish()
        else:  # today's date would put an old article first in the news: an editor dates it
            self.report.notes.append((address, _("no date found: left as a draft")))
        return page

    # --- The body ---------------------------------------------------------------------------

    def body_blocks(self, address, article):
        """(stream blocks, main image or None): text as rich text, each figure an image block
        in its place, each table a table block; a picture before any text becomes the
        article's main image. Attachment links point at stored documents."""
        html = BeautifulSoup(article.body_html, "html.parser")
        self.attach_documents(address, html, article.attachments)
        blocks, text, main = [], [], None
        for node in list(html.children):
            if isinstance(node, Tag) and node.name in ("figure", "img"):
                figure = self.figure(address, node, article.title)
                if figure is None:
                    continue
                if main is None and not blocks and not plain(text):
                    main = (figure["image"], figure["alt_text"])
                    continue
                flush(blocks, text)
                blocks.append({"type": "figure", "value": {
                    "image": {"image": figure["image"].pk, "alt_text": figure["alt_text"],
                              "decorative": False}, "caption": figure["caption"]}})
            elif isinstance(node, Tag) and node.name == "table":
                flush(blocks, text)
                if table := table_value(node):
                    blocks.append({"type": "table", "value": table})
            else:
                text.append(str(node))
        flush(blocks, text)
        return blocks, main

    def figure(self, address, node, title):
        img = node if node.name == "img" else node.find("img", src=True)
        if img is None or not img.get("src"):
            return None
        caption_tag = node.find("figcaption") if node.name == "figure" else None
        caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag else ""
        alt = " ".join((img.get("alt") or "").split()) or caption or title
        try:
            image = self.stored_image(img["src"], shortened(alt))
        except Exception as error:  # noqa: BLE001 — a missing picture is a note, not a failure
            self.report.notes.append((address, _("image %(url)s not taken: %(error)s") % {
                "url": img["src"], "error": one_line(error)}))
            return None
        return {"image": image, "alt_text": shortened(alt), "caption": shortened(caption)}

    def stored_image(self, url, alt):
        if url not in self.images:
            data, output_format = checked_image(*self.source.asset(url))
            self.images[url] = stored_image(Picture(data, output_format, alt, ""),
                                            self.collection)
        return self.images[url]

    def attach_documents(self, address, html, attachments):
        """Links to the article's files point at documents stored on the new site; a file
        of a type the site does not serve keeps its old link, with a note."""
        for url, label in attachments:
            try:
                document = self.stored_document(url, label)
            except Exception as error:  # noqa: BLE001 — the link stays, with a note
                self.report.notes.append((address, _(
                    "attachment %(url)s kept as a link: %(error)s") % {
                        "url": url, "error": one_line(error)}))
                continue
            for link in html.find_all("a", href=url):
                link.attrs = {"linktype": "document", "id": str(document.pk)}

    def stored_document(self, url, label):
        if url not in self.documents:
            name = urlsplit(url).path.rsplit("/", 1)[-1] or "file"
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if extension not in settings.WAGTAILDOCS_EXTENSIONS:
                raise AssetMissing(_("files of type “%(type)s” are not served by the site")
                                   % {"type": extension or "?"})
            data, _type = self.source.asset(url)
            self.documents[url] = get_document_model().objects.create(
                title=shortened(label or name), collection=self.collection,
                file=ContentFile(data, name))
        return self.documents[url]


def flush(blocks, text):
    """The text gathered so far as one rich text block, cleaned by the editors' rules."""
    html = clean_rich_text("".join(text), RICH_TEXT_FEATURES) if plain(text) else ""
    if html.strip():
        blocks.append({"type": "paragraph", "value": html})
    text.clear()


def plain(text):
    return BeautifulSoup("".join(text), "html.parser").get_text().strip()


def table_value(table):
    rows = [[" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"])]
            for row in table.find_all("tr")]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    first = table.find("tr")
    return {"data": [row + [""] * (width - len(row)) for row in rows],
            "first_row_is_table_header": bool(first and first.find("th")),
            "first_col_is_header": False, "table_caption": ""}


def publication_moment(article):
    """An aware datetime: a date alone is that day's start in Minsk (the page shows the date
    only)."""
    moment = article.published
    if not isinstance(moment, datetime.datetime):
        return datetime.datetime.combine(moment, datetime.time(0),
                                         timezone.get_default_timezone())
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def guessed_section(site, found):
    """The site's news section of the kind the old section's slug names, in its language."""
    kind = next((kind for kind, words in SECTION_KINDS
                 if any(word in found.section for word in words)), DEFAULT_KIND)
    home = site.root_page.get_translations(inclusive=True).filter(
        locale__language_code=found.language).first()
    if home is None:
        return None
    sections = NewsSectionPage.objects.descendant_of(home).order_by("path")
    return sections.filter(slug=kind).first() or sections.first()


def one_line(error):
    return " ".join(str(error).split()) or type(error).__name__
