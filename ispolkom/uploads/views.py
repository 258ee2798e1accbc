"""Uploaded files as visitors get them: documents through Wagtail's view with honest headers,
and (only where Django serves media itself) the image directories and nothing else."""

from pathlib import Path

from django.conf import settings
from django.views.static import serve

from ispolkom.framework import wagtail_document_response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (collection privacy, downloads, nosniff, a CSP), minus two
    faults: it sends the file's guessed encoding even when there is none ("Content-Encoding:
    None"), and a document without a recorded hash would answer with an empty ETag (""), the
    same for every such document. Every save records the hash (uploads/signals.py), and
    migration 0001 recorded it for documents saved before."""
    response = wagtail_document_response(request, document_id, document_filename)
    # A document is sent as the bytes stored: a browser must never decode it on the way.
    del response["Content-Encoding"]
    return response


def serve_image_file(request, directory, path):
    """/media/original_images/… and /media/images/… (renditions). Each directory is the root
    of its own lookup, so `images/../documents/x` cannot climb into the documents."""
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT) / directory)
