from django.apps import AppConfig


class BackupConfig(AppConfig):
    """`manage.py backup` and `manage.py restore`; the app has no models."""

    name = "ispolkom.backup"
    label = "backup"
    verbose_name = "Backup and restore"
