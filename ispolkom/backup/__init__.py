"""Service: `manage.py backup` and `restore`: the database and media in one archive
(docs/backup.md)."""
