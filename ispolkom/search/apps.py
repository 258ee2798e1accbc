from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "ispolkom.search"
    label = "site_search"  # "search" would clash with Wagtail's search app
    verbose_name = _("Site search")

    def ready(self):
        from . import signals  # noqa: F401
