from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model

from ispolkom.framework import document_hash, is_stored

from .images import reencoded_upload


def reencode_pending_image(sender, instance, **kwargs):
    """pre_save of Wagtail's UploadedFile.

    When other fields of a multiple upload fail validation, Wagtail keeps the request's file
    as an UploadedFile and later makes the image from it, past the form that re-encodes.
    The image is valid by then (the form checked it), so it is re-encoded here instead.
    """
    image_type = ContentType.objects.get_for_model(get_image_model())
    if instance.for_content_type_id == image_type.pk and not is_stored(instance.file):
        instance.file = reencoded_upload(instance.file)


def record_document_hash(sender, instance, **kwargs):
    """pre_save of documents: the hash is the ETag of the document's download. Wagtail's
    admin form records it; documents saved by code (the demo, imports) would have none."""
    if instance.file_hash or not instance.file:
        return
    try:
        with instance.open_file() as file:
            instance.file_hash = document_hash(file)
    except OSError:
        pass  # the file is missing: the download answers 404 anyway
