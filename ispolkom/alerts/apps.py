from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "ispolkom.alerts"
    label = "alerts"
    verbose_name = _("Alert banners")

    def ready(self):
        from . import signals  # noqa: F401
