"""Does an uploaded document hold what its extension says?

Wagtail checks only the extension. A page renamed .pdf would be offered to visitors as a
PDF; here the first bytes must match the format (text formats must merely not be binary),
and no document of any type may start as a web page, an SVG picture or XML, which a browser
that looks at the first bytes (MIME sniffing) would open as a page that runs scripts.
"""

import os

ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # docx, xlsx, odt, ods are zip archives too
SIGNATURES = {
    "rtf": (b"{\\rtf",),
    "zip": ZIP, "docx": ZIP, "xlsx": ZIP, "pptx": ZIP, "odt": ZIP, "ods": ZIP, "odp": ZIP,
}
TEXT_EXTENSIONS = {"txt", "csv"}
HEAD_SIZE = 8192
PDF_HEADER_WINDOW = 1024  # readers accept a PDF header anywhere in the first kilobyte

# What browsers take for HTML when they sniff (WHATWG MIME Sniffing, "rules for identifying
# an unknown MIME type"), plus the other markup that runs scripts: SVG, MathML, XML.
MARKUP_TAGS = (
    b"html", b"head", b"body", b"script", b"iframe", b"frameset", b"object", b"embed",
    b"style", b"title", b"meta", b"link", b"base", b"form", b"img", b"svg", b"math",
    b"table", b"div", b"font", b"h1", b"a", b"b", b"br", b"p",
)
MARKUP_STARTS = (b"<!doctype", b"<!--", b"<?xml")
# What may follow a tag's name (b"": the file ends right after it).
TAG_ENDS = {b" ", b">", b"/", b"\t", b"\n", b"\r", b"\x0c", b""}
WHITESPACE = b" \t\n\r\x0c"  # skipped by sniffing browsers
BYTE_ORDER_MARKS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                    (b"\xfe\xff", "utf-16-be"))


def extension_of(name):
    return os.path.splitext(name)[1].lower().lstrip(".")


def content_matches_extension(upload):
    extension = extension_of(upload.name)
    upload.seek(0)
    head = upload.read(HEAD_SIZE)
    upload.seek(0)
    if starts_as_markup(head):
        return False  # a web page is no document, whatever its name says
    if extension == "pdf":
        return b"%PDF-" in head[:PDF_HEADER_WINDOW]
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return b"\x00" not in head
    return True  # a format we know nothing about: the extension check is all there is


def starts_as_markup(head):
    """Would a sniffing browser see HTML, SVG or XML at the start of `head`? A "<" inside
    data ("<5", "a<b") is not a tag."""
    start = opening_bytes(head)
    if start.startswith(MARKUP_STARTS):
        return True
    for tag in MARKUP_TAGS:
        opening = b"<" + tag
        if start.startswith(opening) and start[len(opening):len(opening) + 1] in TAG_ENDS:
            return True
    return False


def opening_bytes(head):
    """The first bytes as a browser sniffs them: past a byte order mark and whitespace,
    in lower case (UTF-16 text is read as the characters it holds)."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if head.startswith(mark):
            head = head[len(mark):].decode(encoding, "ignore").encode("utf-8")
            break
    return head.lstrip(WHITESPACE).lower()
