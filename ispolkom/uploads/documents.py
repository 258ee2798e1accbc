"""Does an uploaded document hold what its extension says?

Wagtail checks only the extension. A page renamed .pdf would be offered to visitors as a
PDF; here the first bytes must match the format (text formats must merely not be binary).
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


def extension_of(name):
    return os.path.splitext(name)[1].lower().lstrip(".")


def content_matches_extension(upload):
    extension = extension_of(upload.name)
    upload.seek(0)
    head = upload.read(HEAD_SIZE)
    upload.seek(0)
    if extension == "pdf":
        return b"%PDF-" in head[:PDF_HEADER_WINDOW]
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return b"\x00" not in head
    return True  # a format we know nothing about: the extension check is all there is
