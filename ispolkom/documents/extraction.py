"""The text and page count of an official document's file (PDF, DOCX, ODT), read when the
file is attached, so that the site search and the registry's text filter find words inside it.

Uploads come from editors, but a file may still be broken, huge or a zip bomb: everything
here reads within limits, and a file that cannot be read gives empty text and a note, never
an error. DOCX and ODT are zip archives of XML, read with the standard library.
"""

import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from django.utils.translation import gettext_noop

MAX_FILE_BYTES = 50 * 1024 * 1024        # larger files are listed but not read
MAX_XML_BYTES = 20 * 1024 * 1024         # one unpacked XML part of a DOCX or ODT
MAX_COMPRESSION_RATIO = 200              # more than that is a zip bomb, not a text
MAX_PDF_PAGES = 1000
MAX_TEXT_CHARS = 1_000_000               # what is kept for search

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
META_NS = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
APP_PAGES = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages"

# Notes are stored untranslated and shown through gettext.
UNREADABLE = gettext_noop("The text of this file could not be read.")
TOO_LARGE = gettext_noop("The file is too large for its text to be read.")
NO_TEXT = gettext_noop("The file holds no text (a scan?).")


@dataclass
class Extracted:
    text: str = ""
    page_count: int | None = None
    note: str = ""


class Unreadable(Exception):
    pass


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def extract(name, data):
    """The text and page count of a file called `name` holding the bytes `data`."""
    reader = READERS.get(extension_of(name))
    if reader is None:
        return Extracted()
    if len(data) > MAX_FILE_BYTES:
        return Extracted(note=TOO_LARGE)
    try:
        found = reader(data)
    except Unreadable as error:
        return Extracted(note=str(error.args[0]) if error.args else UNREADABLE)
    except Exception:  # noqa: BLE001 (a broken file must not stop the editor's save)
        return Extracted(note=UNREADABLE)
    found.text = tidy(found.text)[:MAX_TEXT_CHARS]
    if not found.text:
        found.note = NO_TEXT
    return found


def tidy(text):
    return re.sub(r"[ \t\r\f\v\u00a0]+", " ", re.sub(r"\n\s*\n+", "\n", text or "")).strip()


def pdf(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = reader.pages
    parts, size = [], 0
    for page in list(pages)[:MAX_PDF_PAGES]:
        part = page.extract_text() or ""
        parts.append(part)
        size += len(part)
        if size > MAX_TEXT_CHARS:
            break
    return Extracted("\n".join(parts), len(pages))


def zipped_xml(archive, name):
    """The parsed XML part `name` of `archive`, or None; refuses a zip bomb."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_XML_BYTES or (
            info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO):
        raise Unreadable(TOO_LARGE)
    with archive.open(info) as part:
        content = part.read(MAX_XML_BYTES + 1)
    if len(content) > MAX_XML_BYTES:
        raise Unreadable(TOO_LARGE)
    if b"<!DOCTYPE" in content or b"<!ENTITY" in content:  # no entity expansion games
        raise Unreadable(UNREADABLE)
    return ElementTree.fromstring(content)


def open_zip(data):
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise Unreadable(UNREADABLE) from error


def docx(data):
    with open_zip(data) as archive:
        body = zipped_xml(archive, "word/document.xml")
        if body is None:
            raise Unreadable(UNREADABLE)
        paragraphs = ["".join(node.text or "" for node in paragraph.iter(f"{W}t"))
                      for paragraph in body.iter(f"{W}p")]
        app = zipped_xml(archive, "docProps/app.xml")
    pages = app.find(APP_PAGES) if app is not None else None
    return Extracted("\n".join(paragraphs), whole_number(pages.text if pages is not None else ""))


def odt(data):
    with open_zip(data) as archive:
        content = zipped_xml(archive, "content.xml")
        if content is None:
            raise Unreadable(UNREADABLE)
        paragraphs = ["".join(node.itertext())
                      for node in content.iter() if node.tag in (f"{TEXT_NS}p", f"{TEXT_NS}h")]
        meta = zipped_xml(archive, "meta.xml")
    count = None
    if meta is not None:
        statistic = next(meta.iter(f"{META_NS}document-statistic"), None)
        if statistic is not None:
            count = whole_number(statistic.get(f"{META_NS}page-count", ""))
    return Extracted("\n".join(paragraphs), count)


def whole_number(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() and 0 < int(text) < 100_000 else None


READERS = {"pdf": pdf, "docx": docx, "odt": odt}
