"""Reading a news agency's feed as it really arrives: RSS 2.0, Atom or RDF, in whatever
encoding it claims or does not claim, maybe cut off half-way, maybe an error page.

Cyrillic feeds are often mislabelled: UTF-8 bytes declared windows-1251, or cp1251 bytes
with no declaration at all. The bytes are therefore decoded by what they are before what
they say (valid UTF-8 is UTF-8: cp1251 Cyrillic text never is), then by the declaration,
then by chardet's guess, then as cp1251; the first reading whose titles and teasers show no
mojibake ("РќРѕРІ…", "Ð¡Ñ…", U+FFFD) wins, and no garbled title is ever handed on.

HTML comes back as the feed gave it: the importer cleans it by the rules of editors' rich
text (content_safety), so feedparser's own sanitizer is off here.
"""

import codecs
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html import escape
from xml.etree import ElementTree

import chardet
import feedparser
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

FEED_ROOTS = {"rss", "feed", "rdf"}  # RSS 0.9x/2.0, Atom, RDF (RSS 1.0)
HTML_TAGS = {"html", "head", "body", "title", "meta", "div", "p", "h1", "h2", "table", "script",
             "!doctype html"}
ITEM_TAGS = {"item", "entry"}
HTML_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp")
MEDIA_NS = "{http://search.yahoo.com/mrss/}"

# What the first characters of a document are made of: declarations, comments, doctypes and
# processing instructions are skipped to find the root element.
PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE\s+(?!html)[^>]*>)", re.S | re.I)
FIRST_TAG = re.compile(r"<(!doctype\s+html|[A-Za-z_][\w:.-]*)", re.I)
DECLARED_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
XML_ENCODING = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")
# A start or end tag; `<` cannot occur inside one, so a scan never runs past the next tag.
XML_TAG = re.compile(r"</\s*([\w:.-]+)\s*>|<([\w:.-]+)(?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*?(/?)>")
SKIPPED_WHOLE = (("<![CDATA[", "]]>"), ("<!--", "-->"), ("<?", "?>"), ("<!", ">"))

# Mojibake: UTF-8 Cyrillic read as cp1251 is a run of pairs "Р"/"С" + a character of
# cp1251's bytes 0x80-0xBF; read as cp1252/latin-1 it is "Ð"/"Ñ" + one of 0x80-0xBF;
# cp1251 read as latin-1 is a run of accented Latin letters; undecodable bytes are U+FFFD.
HIGH_1251 = bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore") + "\u0098"
HIGH_1252 = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + bytes(
    range(0x80, 0xC0)).decode("latin-1")
MOJIBAKE = re.compile(
    rf"(?:[РС][{re.escape(HIGH_1251)}]){{2,}}"
    rf"|(?:[ÐÑ][{re.escape(HIGH_1252)}]){{2,}}"
    rf"|[ÃÂ][{re.escape(HIGH_1252)}]"
    r"|[\u00C0-\u00FF]{4,}"
    r"|вЂ|в„"  # the start of – — “ ” … • № in UTF-8 read as cp1251
    r"|\uFFFD")
# What a repair reads again: in a text already known to be garbled, single pairs too.
REPAIRABLE = re.compile(
    rf"(?:[\u0412-\u042f][{re.escape(HIGH_1251)}]|[\u0430-\u043f][{re.escape(HIGH_1251)}]{{2}})+"
    rf"|(?:[ÐÑÃÂ][{re.escape(HIGH_1252)}]|[â][{re.escape(HIGH_1252)}]{{2}})+")


@dataclass
class Entry:
    guid: str
    link: str
    title: str
    published: datetime | None  # aware, in the zone the feed gave; None if it gave none
    summary_html: str
    full_html: str  # content:encoded, turbo:content or yandex:full-text; "" for a teaser feed
    image_urls: list[tuple[str, str]] = field(default_factory=list)  # (url, caption)
    categories: list[str] = field(default_factory=list)


@dataclass
class Feed:
    title: str
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)  # one line each, for the operator
    encoding: str = "utf-8"  # what the bytes were read as (not always what they claimed)


class NotAFeed(Exception):
    """The answer is not a feed (str(error) says what it is instead)."""


def read_feed(body, content_type=None):
    """The feed in `body` (bytes as fetched, with the Content-Type header it came with)."""
    if not body or not body.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise NotAFeed(_("The answer is empty: no feed."))
    best = None
    for encoding, text in decodings(body, content_type):  # decoded only while needed
        if best is None:
            check_root(text)
        parsed, warnings, well_formed = parse(text)
        score = garbled_count(parsed)
        if best is None or score < best[0]:
            best = (score, encoding, parsed, warnings, well_formed)
        if not score:
            break
    if best is None:
        raise NotAFeed(_("The answer is not text in any known encoding: no feed."))
    _score, encoding, parsed, warnings, well_formed = best
    if not parsed.get("version"):
        raise NotAFeed(_("The answer is not an RSS, Atom or RDF feed."))
    entries = []
    images = images_by_item(well_formed)
    for index, item in enumerate(parsed.entries):
        entry = entry_of(item, images[index] if len(images) == len(parsed.entries) else None)
        if MOJIBAKE.search(entry.title):
            warnings.append(_("An item with an unreadable (wrongly encoded) title was left out: "
                              "%(link)s") % {"link": entry.link or entry.guid or "?"})
            continue
        entries.append(entry)
    return Feed(title=clean_text(parsed.feed.get("title", "")), entries=entries,
                warnings=warnings, encoding=encoding)


def decodings(body, content_type):
    """(encoding, text) readings of `body`, the likeliest first, each tried once."""
    declared = [match.group(1) for match in [DECLARED_CHARSET.search(content_type or ""),
                                             XML_ENCODING.search(body[:200].decode("latin-1"))]
                if match]
    guess = []
    if not is_utf8(body):  # chardet only for bytes that are neither UTF-8 nor what they claim
        guess = [chardet.detect(body[:64 * 1024]).get("encoding") or ""]
    # UTF-16 without a byte order mark is valid UTF-8 too, with a NUL after every letter
    sniffed = {b"<\0?\0": ["utf-16-le"], b"\0<\0?": ["utf-16-be"]}.get(body[:4], [])
    tried = set()
    for encoding in [*sniffed, "utf-8", *declared, *guess, "windows-1251"]:
        try:
            name = encoding_name(encoding)
            text = body.decode("utf-8-sig" if name == "utf-8" else name)
        except (LookupError, UnicodeDecodeError):
            continue
        if name not in tried:
            tried.add(name)
            yield name, from_declaration(text)
    if "utf-8" in tried:
        yield "utf-8 (repaired)", repaired(from_declaration(body.decode("utf-8-sig")))


def from_declaration(text):
    """`text` from its XML declaration on: a server's warning printed before the feed, or
    blank lines, would make it no XML at all."""
    text = text.lstrip("\ufeff \t\r\n")
    declaration = text.find("<?xml", 0, 4096)
    return text[declaration:] if declaration > 0 else text


def is_utf8(body):
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def encoding_name(encoding):
    name = codecs.lookup(encoding).name
    return "utf-8" if name in ("utf-8", "utf-8-sig") else name


def repaired(text):
    """`text` with UTF-8 that was once read as cp1251 or cp1252 (and saved so) read again."""
    def again(match):
        for codec in ("cp1251", "cp1252", "latin-1"):
            try:
                return match.group().encode(codec).decode("utf-8")
            except UnicodeError:
                continue
        return match.group()
    return REPAIRABLE.sub(again, text)


def check_root(text):
    """NotAFeed unless the document's first element is that of a feed."""
    head = text[:64 * 1024]
    position = 0
    while match := PROLOGUE.match(head, position):
        if match.end() == position:
            break
        position = match.end()
    found = FIRST_TAG.search(head, position)
    name = found.group(1).lower() if found else ""
    if name.split(":")[-1] in FEED_ROOTS:
        return
    if name in HTML_TAGS or name.startswith("!doctype"):
        raise NotAFeed(_("The answer is an HTML page (an error page?), not a feed."))
    raise NotAFeed(_("The answer is not an RSS, Atom or RDF feed."))


def parse(text):
    """(feedparser's result, warnings, the text if it is well-formed XML else "") for the
    decoded `text`; a feed cut off half-way is read up to its last complete item."""
    parsed = feedparse(text)
    warnings = []
    if parsed.bozo and not root_closed(text):
        complete = cut_at_last_item(text)
        if complete is None:
            parsed["entries"] = []  # not one item came whole
        else:
            parsed, text = feedparse(complete), complete
        count = len(parsed.entries)
        warnings.append(ngettext(
            "The feed was cut off: %(count)s complete item was read, the incomplete rest was "
            "left out.",
            "The feed was cut off: %(count)s complete items were read, the incomplete rest "
            "was left out.", count) % {"count": count})
    elif parsed.bozo:
        warnings.append(_("The feed is not well-formed XML (%(problem)s); it was read "
                          "leniently, some items may be missing or incomplete.")
                        % {"problem": clean_text(parsed.get("bozo_exception"))})
    return parsed, warnings, "" if parsed.bozo else text


def feedparse(text):
    # bytes in a stream: feedparser would take a bare string for a URL or a file name
    return feedparser.parse(io.BytesIO(text.encode("utf-8")), sanitize_html=False,
                            response_headers={"content-type": "application/xml; charset=utf-8"})


def root_closed(text):
    return re.search(r"</\s*(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*$", text.rstrip("\x00 \t\r\n"),
                     re.I) is not None


def cut_at_last_item(text):
    """`text` up to its last complete item or entry, with the elements still open closed;
    None when not even one item is complete."""
    end = None
    for after, closing, _opening in xml_tags(text, len(text)):
        if closing and local(closing) in ITEM_TAGS:
            end = after
    if end is None:
        return None
    open_tags = []
    for _after, closing, opening in xml_tags(text, end):
        if opening:
            open_tags.append(opening)
        elif closing in open_tags:
            del open_tags[len(open_tags) - 1 - open_tags[::-1].index(closing):]
    return text[:end] + "".join(f"</{name}>" for name in reversed(open_tags))


def xml_tags(text, end):
    """(offset after it, closed name or None, opened name or None) of each tag of
    text[:end]; CDATA (agency HTML), comments and declarations are skipped whole, and the
    scan stops at one left unfinished. Linear: every character is looked at once."""
    position = text.find("<", 0, end)
    while position != -1:
        for opener, closer in SKIPPED_WHOLE:
            if text.startswith(opener, position):
                close = text.find(closer, position + len(opener), end)
                if close == -1:
                    return
                position = close + len(closer)
                break
        else:
            tag = XML_TAG.match(text, position, end)
            if tag and tag.group(1):
                yield tag.end(), tag.group(1), None
            elif tag:
                yield tag.end(), None, None if tag.group(3) else tag.group(2)
            position = tag.end() if tag else position + 1
        position = text.find("<", position, end)


def garbled_count(parsed):
    texts = [parsed.feed.get("title", "")]
    for item in parsed.entries:
        texts += [item.get("title", ""), item.get("summary", "")]
    return sum(1 for text in texts if text and MOJIBAKE.search(text))


def entry_of(item, images):
    images = images if images is not None else feedparser_images(item)
    full = first_content(item, captions={caption for _url, caption in images if caption})
    summary = item.get("summary", "")
    return Entry(
        guid=clean_text(item.get("id", "")),
        link=clean_text(item.get("link", "")),
        title=plain_title(item),
        published=publication_date(item),
        # feedparser copies the full text into an absent summary: that is no teaser
        summary_html="" if summary and summary == full else summary,
        full_html=full if HTML_TAG.search(full) else paragraphs(full),
        image_urls=images,
        categories=unique(clean_text(tag.get("term") or tag.get("label") or "")
                          for tag in item.get("tags", [])),
    )


HTML_TYPES = ("text/html", "application/xhtml+xml")


def first_content(item, captions=()):
    """The full text: content:encoded (or Atom content), then turbo:content, then
    yandex:full-text. feedparser also puts an image's media:description among the contents
    (as text/plain): HTML comes first, and an image's caption is never the text."""
    contents = sorted(item.get("content", []),
                      key=lambda content: content.get("type", "") not in HTML_TYPES)
    for content in contents:
        value = content.get("value", "")
        if value.strip() and value.strip() not in captions:
            return value
    for key in ("turbo_content", "yandex_full-text", "yandex_fulltext"):
        if str(item.get(key, "")).strip():
            return item[key]
    return ""


def plain_title(item):
    """The title as text: Atom allows HTML in it, a page title holds none."""
    title = item.get("title", "")
    if item.get("title_detail", {}).get("type", "") in ("text/html", "application/xhtml+xml"):
        title = BeautifulSoup(title, "html.parser").get_text(" ")
    return clean_text(title)


def paragraphs(text):
    """Plain full text (yandex:full-text is text, not HTML) as HTML paragraphs."""
    parts = re.split(r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n", text.strip())
    return "".join(f"<p>{escape(clean_text(part))}</p>" for part in parts if part.strip())


def publication_date(item):
    """When the item was published, aware, keeping the feed's own offset; a date without a
    zone is taken in the site's time zone (the agencies write Minsk time)."""
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own get() maps the keys to each other, with a warning
        moment = parsed_date(dict.get(item, key))
        if moment is None and dict.get(item, f"{key}_parsed"):
            moment = datetime(*dict.get(item, f"{key}_parsed")[:6], tzinfo=UTC)
        if moment is not None:
            return moment
    return None


def parsed_date(raw):
    """RFC 822 (RSS), also with Russian or Belarusian names, or ISO 8601 (Atom, dc:date)."""
    raw = (raw or "").strip()
    if not raw:
        return None
    moment = None
    for text in (raw, in_english(raw)):
        try:
            moment = parsedate_to_datetime(text)
            break
        except (TypeError, ValueError, IndexError, OverflowError):
            try:
                moment = datetime.fromisoformat(text)
                break
            except ValueError:
                continue
    if moment is None:
        return None
    if timezone.is_naive(moment):
        try:
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        except (OverflowError, ValueError):
            return None
    return moment


# Some Russian and Belarusian sites translate pubDate: «Чт, 16 фев 2023 10:15:00 +0300».
MONTH_ABBREVIATIONS = dict(zip(
    "янв фев мар апр мая май июн июл авг сен окт ноя дек сту лют сак кра тра чэр ліп жні вер "
    "кас ліс сне".split(),
    "Jan Feb Mar Apr May May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar Apr May Jun Jul Aug Sep "
    "Oct Nov Dec".split(), strict=True))
LOCAL_MONTH = re.compile(r"\b([а-яёіў]{3})[а-яёіў]*\.?", re.I)


def in_english(raw):
    text = re.sub(r"^[^\d,]*,\s*", "", raw)  # the weekday, whatever its language
    return LOCAL_MONTH.sub(lambda name: MONTH_ABBREVIATIONS.get(name.group(1).lower(),
                                                                name.group()), text)


def images_by_item(text):
    """The images of each item of the well-formed feed `text`, in document order, with the
    captions feedparser drops (media:description, media:title); [] if it cannot be read so."""
    if not text or "<!ENTITY" in text:  # no entity expansion games
        return []
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError:
        return []
    return [item_images(item) for item in root.iter() if local(item.tag) in ITEM_TAGS]


def item_images(item):
    found = []
    for element in item.iter():
        name, attributes = local(element.tag), element.attrib
        url, kind = "", attributes.get("type", "")
        if name == "enclosure":
            url = attributes.get("url", "")
        elif name == "link" and attributes.get("rel") == "enclosure":
            url = attributes.get("href", "")
        elif element.tag in (f"{MEDIA_NS}content", f"{MEDIA_NS}thumbnail"):
            url = attributes.get("url", "")
            kind = kind or ("image/" if attributes.get("medium") == "image" else "")
            if element.tag == f"{MEDIA_NS}thumbnail":
                kind = "image/"
        if url and is_image(url, kind):
            found.append((url.strip(), media_caption(element)))
    return unique_images(found)


def media_caption(element):
    for name in ("description", "title"):
        child = element.find(f"{MEDIA_NS}{name}")
        if child is not None and (child.text or "").strip():
            return clean_text(child.text)
    return ""


def feedparser_images(item):
    """Images as feedparser found them, for a feed only its lenient parser could read."""
    found = [(link.get("href", ""), "") for link in item.get("links", [])
             if link.get("rel") == "enclosure" and is_image(link.get("href", ""),
                                                           link.get("type", ""))]
    found += [(media.get("url", ""), "") for media in item.get("media_content", [])
              if is_image(media.get("url", ""),
                          media.get("type") or ("image/" if media.get("medium") == "image"
                                                else ""))]
    found += [(media.get("url", ""), "") for media in item.get("media_thumbnail", [])]
    return unique_images([(url.strip(), caption) for url, caption in found if url.strip()])


def is_image(url, kind):
    if kind:
        return kind.lower().startswith("image/")
    return url.lower().split("?")[0].endswith(IMAGE_EXTENSIONS)


def unique_images(images):
    seen, kept = set(), []
    for url, caption in images:
        if url not in seen:
            seen.add(url)
            kept.append((url, caption))
    return kept


def local(tag):
    return tag.rsplit("}", 1)[-1].split(":")[-1] if isinstance(tag, str) else ""


def clean_text(text):
    return " ".join(str(text or "").split())


def unique(texts):
    return list(dict.fromkeys(text for text in texts if text))


# The agency's dateline before the text: «16 февраля, Минск /Корр. БЕЛТА/.»,
# «МІНСК, 16 лютага. /БЕЛТА/ –», «МИНСК, 16 февраля (БЕЛТА) -», «MINSK, 16 February (BelTA) -».
MONTHS = ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
          "студзеня лютага сакавіка красавіка траўня мая чэрвеня ліпеня жніўня верасня "
          "кастрычніка лістапада снежня "
          "january february march april may june july august september october november "
          "december").split()
GAP = r"(?:\s|&nbsp;|&#160;|<[^>]*>)*"  # spaces and tags (a bold dateline) between the words
DASH = r"(?:[-–—]|&[nm]dash;|&#821[12];)"
DATE = rf"\d{{1,2}}{GAP}(?:{'|'.join(MONTHS)})(?:{GAP}\d{{4}})?"
WORD = r"[^\W\d_](?:[^\W\d_]|[’'-])*"
PLACE = rf"{WORD}(?:\s{WORD}){{0,2}}"  # «Минск», «Нижний Новгород», «Минская область»
AGENCY = rf"[/(]{GAP}(?:(?:Корр|Кор|Кар|Corr)\.{GAP})?(?:БЕЛТА|BelTA){GAP}[/)]"
DATELINE = re.compile(
    rf"^({GAP})(?:{DATE}{GAP},{GAP}{PLACE}|{PLACE}{GAP},{GAP}{DATE}){GAP}[.,]?{GAP}{AGENCY}"
    rf"{GAP}[.,:]?{GAP}(?:{DASH}{GAP})?", re.I)


def strip_dateline(text_or_html):
    """`text_or_html` without a leading agency dateline; tags inside it are kept, so the
    markup stays whole."""
    text = text_or_html or ""
    match = DATELINE.match(text)
    if not match:
        return text
    kept_tags = "".join(re.findall(r"<[^>]*>", match.group()[len(match.group(1)):]))
    return match.group(1) + kept_tags + text[match.end():]
