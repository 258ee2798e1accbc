from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    """The admin report of what the law requires on each site, in Russian and Belarusian."""

    name = "ispolkom.compliance"
    label = "compliance"
    verbose_name = _("Required content")
