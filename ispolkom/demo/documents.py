"""The demo's registry of official documents: the registry page in each language and forty
acts over three years (mostly Russian, some Belarusian), several amended or repealed by
others, read from data/documents.json. Each act's file is written here, with our own text:
a PDF (fpdf2 with a TrueType font, DOCX when no font is found), a DOCX or an ODT."""

import datetime
import functools
import io
import os
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale

from ispolkom.documents import wording
from ispolkom.documents.models import DocumentFile, DocumentPage, DocumentRegistryPage

from . import data

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/TTF/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


def build_documents(homes, add_translations, publish):
    """The registry under each home, then the acts; returns the number of acts."""
    spec = data.load("documents")
    registry = spec["registry"]
    registries = add_translations(homes, lambda language: DocumentRegistryPage(
        title=registry["title"][language], intro=registry["intro"][language],
        accessible_format_email=registry["accessible_format_email"], show_in_menus=True),
        slug=registry["slug"])
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    acts = {}
    for item in spec["acts"]:
        act = DocumentPage(
            title=item["title"], act_type=item["type"], issuing_body=item["body"],
            number=item["number"], date_adopted=datetime.date.fromisoformat(item["date"]),
            registration_number=item.get("registration_number", ""),
            published_on=(datetime.date.fromisoformat(item["published_on"])
                          if item.get("published_on") else None),
            portal_url=item.get("portal", ""), locale=locales[item["language"]])
        act.files = [DocumentFile(document=file, accessible=accessible)
                     for file, accessible in act_files(item, act, spec)]
        act.slug = act.free_slug(None)
        registries[item["language"]].add_child(instance=act)
        acts[item["key"]] = act
    for item in spec["acts"]:
        act = acts[item["key"]]
        if item.get("changed_by"):
            act.legal_force, act.changed_by = item["force"], acts[item["changed_by"]]
        publish(act)
    return len(acts)


def act_files(item, act, spec):
    """(Wagtail document, accessible?) of the act: its file, and for some an accessible
    DOCX copy."""
    language = item["language"]
    committee = data.site()["identity"][f"name_{language}"]
    lines = [line.format(heading=wording.heading(act, committee, language), title=act.title,
                         body=wording.body_name(act.issuing_body, committee, language))
             for line in spec["paragraphs"][language]]
    lines[3:3] = item.get("text", [])
    stem = f"{item['date']}-{item['key']}"
    made = [(document(stem, item["format"], lines, f"{act.title} ({item['date']})"), False)]
    if item.get("accessible_copy"):
        made.append((document(stem + "-accessible", "docx", lines,
                              f"{act.title} ({item['date']}), accessible"), True))
    return made


def document(stem, file_format, lines, title):
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    if file_format == "pdf" and font_path() is None:
        file_format = "docx"
    content = WRITERS[file_format](lines)
    return Document.objects.create(title=title,
                                   file=ContentFile(content, name=f"{stem}.{file_format}"))


@functools.cache
def font_path():
    """A TrueType font cut down to Latin, Cyrillic and punctuation: fpdf2 parses the whole
    font for every PDF, and DejaVuSans whole takes ten times longer than the cut."""
    found = next((path for path in FONTS if Path(path).is_file()), None)
    if found is None:
        return None
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(found)
    options = subset.Options()
    options.drop_tables += ["FFTM"]  # a table fontTools cannot cut
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[*range(0x20, 0x7F), *range(0xA0, 0x100), *range(0x400, 0x460),
                              *range(0x2010, 0x2031), 0x2116])
    cutter.subset(font)
    cut = Path(tempfile.gettempdir()) / f"ispolkom-demo-{Path(found).stem}-{os.getpid()}.ttf"
    font.save(cut)
    return str(cut)


def pdf_bytes(lines):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(lines[1])
    pdf.add_font("Sans", fname=font_path())
    pdf.set_font("Sans", size=12)
    pdf.add_page()
    for number, line in enumerate(lines):
        if number == 4:  # the decision's points start on the second page
            pdf.add_page()
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def zipped(parts, first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:  # ODF: "mimetype" comes first, stored uncompressed
            archive.writestr(zipfile.ZipInfo(first[0]), first[1], zipfile.ZIP_STORED)
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8"?>'
OOXML = "http://schemas.openxmlformats.org/"
WORD = f"{OOXML}wordprocessingml/2006/main"
RELATIONS = f"{OOXML}officeDocument/2006/relationships/"
APP = f"{OOXML}officeDocument/2006/extended-properties"
TYPES = f"{OOXML}package/2006/content-types"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCX_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
ODF = "urn:oasis:names:tc:opendocument:xmlns:"
ODT = "application/vnd.oasis.opendocument.text"


def docx_bytes(lines):
    """A minimal valid Office Open XML document, one paragraph a line."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
                   for line in lines)
    return zipped({
        "[Content_Types].xml": (
            f'{XML}<Types xmlns="{TYPES}">'
            '<Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{DOCX_MAIN}"/>'
            f'<Override PartName="/docProps/app.xml" ContentType="{DOCX_APP}"/></Types>'),
        "_rels/.rels": (
            f'{XML}<Relationships xmlns="{OOXML}package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONS}officeDocument" '
            'Target="word/document.xml"/>'
            f'<Relationship Id="rId2" Type="{RELATIONS}extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'),
        "word/document.xml": (f'{XML}<w:document xmlns:w="{WORD}">'
                              f"<w:body>{body}</w:body></w:document>"),
        "docProps/app.xml": f'{XML}<Properties xmlns="{APP}"><Pages>2</Pages></Properties>',
    })


def odt_bytes(lines):
    """A minimal valid OpenDocument text, one paragraph a line."""
    office = (f'xmlns:office="{ODF}office:1.0" xmlns:text="{ODF}text:1.0" '
              f'xmlns:meta="{ODF}meta:1.0" office:version="1.3"')
    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    manifest = f"{ODF}manifest:1.0"
    return zipped({
        "META-INF/manifest.xml": (
            f'{XML}<manifest:manifest xmlns:manifest="{manifest}" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'),
        "content.xml": (f"{XML}<office:document-content {office}>"
                        f"<office:body><office:text>{body}</office:text></office:body>"
                        "</office:document-content>"),
        "meta.xml": (f"{XML}<office:document-meta {office}><office:meta>"
                     '<meta:document-statistic meta:page-count="1"/></office:meta>'
                     "</office:document-meta>"),
    }, first=("mimetype", ODT))


WRITERS = {"pdf": pdf_bytes, "docx": docx_bytes, "odt": odt_bytes}
