from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpecialConfig(AppConfig):
    name = "ispolkom.special"
    label = "special"
    verbose_name = _("Version for the visually impaired")
