"""Uploaded files as visitors get them: documents through Wagtail's view with honest headers,
and (only where Django serves media itself) the image directories and nothing else."""

from pathlib import Path

from django.conf import settings
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (collection privacy, downloads, nosniff, a CSP), minus two
    faults: it sends the file's guessed encoding even when there is none ("Content-Encoding:
    None"), and a document without a recorded hash answers with an empty ETag (""), the
    same for every such document, so a browser holding one gets "304 Not Modified" for all."""
    record_missing_hash(document_id)
    response = wagtail_serve_document(request, document_id, document_filename)
    # A document is sent as the bytes stored: a browser must never decode it on the way.
    del response["Content-Encoding"]
    return response


def record_missing_hash(document_id):
    """Documents saved before every save recorded the hash (uploads/signals.py) get it on
    their first download."""
    for document in get_document_model().objects.filter(pk=document_id, file_hash=""):
        try:
            document.get_file_hash()  # hashes the file and saves the hash
        except OSError:
            pass  # the file is gone: Wagtail's view answers 404


def serve_image_file(request, directory, path):
    """/media/original_images/… and /media/images/… (renditions). Each directory is the root
    of its own lookup, so `images/../documents/x` cannot climb into the documents."""
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT) / directory)
