from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "ispolkom.pagecache"
    label = "pagecache"
    verbose_name = _("Full-page cache")

    def ready(self):
        from . import signals

        # Sent to apps with a models module only: hence the empty models.py.
        post_migrate.connect(signals.create_cache_tables, sender=self)
