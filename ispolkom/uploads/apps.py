from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    name = "ispolkom.uploads"
    label = "uploads"
    verbose_name = _("Uploads")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.documents import get_document_model
        from wagtail.models import UploadedFile

        from .signals import record_document_hash, reencode_pending_image

        pre_save.connect(reencode_pending_image, sender=UploadedFile,
                         dispatch_uid="uploads.reencode_pending_image")
        pre_save.connect(record_document_hash, sender=get_document_model(),
                         dispatch_uid="uploads.record_document_hash")
