from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class SchedulesConfig(AppConfig):
    name = "ispolkom.schedules"
    label = "schedules"
    verbose_name = _("Schedules")

    def ready(self):
        from .models import Holiday

        # A declared day off changes every page with hours or next dates, on every site.
        post_save.connect(renew_pages, sender=Holiday, dispatch_uid="schedules-holiday-saved")
        post_delete.connect(renew_pages, sender=Holiday,
                            dispatch_uid="schedules-holiday-deleted")


def renew_pages(sender, **kwargs):
    from ispolkom.core.freshness import invalidate_everything

    invalidate_everything()
