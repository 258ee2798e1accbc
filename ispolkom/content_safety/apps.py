from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentSafetyConfig(AppConfig):
    name = "ispolkom.content_safety"
    label = "content_safety"
    verbose_name = _("Content safety")

    def ready(self):
        from django.db.models.signals import pre_save

        from .rich_text import clean_rich_text_fields

        pre_save.connect(clean_rich_text_fields, dispatch_uid="content_safety.rich_text_fields")
