"""The admin's image and document forms (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): new images are re-encoded, documents must hold what their
extension says, and the file is written while the form is validated, so that a full disk
is an error on the form, with nothing saved, instead of a failed save."""

import errno
import logging

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .documents import content_matches_extension, extension_of
from .images import UnreadableImage, reencoded_upload

logger = logging.getLogger(__name__)

NO_SPACE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
NO_SPACE = _("The server has no room for this file, so nothing was saved. Please tell the "
             "site administrator, then try again.")
NOT_WRITTEN = _("The server could not save this file, so nothing was saved. Please try "
                "again later or tell the site administrator.")


class StoresFileOnValidation:
    """Writes a newly uploaded file to storage once everything else on the form is valid."""

    def full_clean(self):
        super().full_clean()
        if self.is_bound and not self.errors and self.has_new_file():
            self.store_file()

    def has_new_file(self):
        return isinstance(self.cleaned_data.get("file"), UploadedFile)

    def store_file(self):
        upload = self.cleaned_data["file"]
        try:
            self.instance.file.save(upload.name, upload, save=False)
        except OSError as error:
            logger.error("Upload %r not stored: %s", upload.name, error)
            self.add_error("file", NO_SPACE if error.errno in NO_SPACE_ERRORS else NOT_WRITTEN)


class ReadableImageField(WagtailImageField):
    """Wagtail's field, minus a server error: it decodes the image lazily while checking its
    pixel count, so a file that only starts like an image (a polyglot) raised there."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(self.error_messages["invalid_image"],
                                  code="invalid_image") from error


class ImageForm(StoresFileOnValidation, BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            self.fields["file"] = ReadableImageField(label=field.label, required=field.required,
                                                     widget=field.widget)

    def clean_file(self):
        image = self.cleaned_data.get("file")
        if not isinstance(image, UploadedFile):  # no new file: the current one stays
            return image
        try:
            return reencoded_upload(image)
        except UnreadableImage as error:
            raise ValidationError(
                _("This image is damaged or incomplete and cannot be read. Save it again in "
                  "an image editor and upload the new file."), code="unreadable_image",
            ) from error


class DocumentForm(StoresFileOnValidation, BaseDocumentForm):
    def clean_file(self):
        document = self.cleaned_data.get("file")
        if isinstance(document, UploadedFile) and not content_matches_extension(document):
            raise ValidationError(
                _("The content of this file is not a .%(extension)s document. Save it in "
                  "that format again and upload the new file."),
                code="content_mismatch", params={"extension": extension_of(document.name)},
            )
        return document
