from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "tests.support.notices"
    label = "notices"
    verbose_name = "Notices"
