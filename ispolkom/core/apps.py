from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "ispolkom.core"
    label = "core"
    verbose_name = _("Site core")

    def ready(self):
        from ispolkom.framework import keep_image_tag_filters

        from . import signals

        keep_image_tag_filters()

        post_migrate.connect(signals.create_cache_tables, sender=self)
