from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    name = "ispolkom.appeals"
    label = "appeals"
    verbose_name = _("Appeals and receptions")

    def ready(self):
        from . import signals  # noqa: F401 (connects the ready text of a new appeals page)
