"""`manage.py backup [DESTINATION]`: the database and the media (MEDIA_ROOT or the bucket)
in one archive."""

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ispolkom.backup import database
from ispolkom.backup.archive import DUMP, MEDIA, ArchiveWriter, describe
from ispolkom.backup.media import media_files, on_this_machine, stored_files


class Command(BaseCommand):
    help = ("Write one archive (.tar.gz) holding the database, every file under MEDIA_ROOT "
            "and a manifest with checksums. Restore it with `manage.py restore`.")

    def add_arguments(self, parser):
        parser.add_argument(
            "destination", nargs="?",
            help="archive file, or a directory for a timestamped one "
                 "(default: the backups/ directory of the project)")

    def handle(self, destination=None, **options):
        path = archive_path(destination)
        media_root = Path(settings.MEDIA_ROOT)
        if path.resolve().is_relative_to(media_root.resolve()):
            raise CommandError("Write backups outside MEDIA_ROOT: its files are public, and "
                               "every later backup would copy the earlier ones.")
        path.parent.mkdir(parents=True, exist_ok=True)
        with ArchiveWriter(path) as archive:
            counts, migrations = add_database(archive, path.parent)
            if on_this_machine(default_storage):
                for name, file in media_files(media_root):
                    archive.add_path(MEDIA + name, file)
            else:
                add_bucket(archive, default_storage)
            archive.finish(describe(counts, migrations))
        files = len(archive.members) - 1
        self.stdout.write(
            f"Wrote {path} ({path.stat().st_size / 1e6:.1f} MB): {sum(counts.values())} rows "
            f"of {len(counts)} models, {files} media files.")


def archive_path(destination):
    """A file as given, or a new timestamped name inside a directory."""
    if destination and not destination.endswith("/") and not Path(destination).is_dir():
        return Path(destination)
    directory = Path(destination or Path(settings.BASE_DIR) / "backups")
    return directory / f"ispolkom-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"


def add_bucket(archive, storage):
    """MEDIA_STORAGE=s3: each object, read from the bucket, under the same media/ name."""
    for name in stored_files(storage):
        with storage.open(name, "rb") as file:
            archive.add(MEDIA + name, file, storage.size(name),
                        storage.get_modified_time(name).timestamp())


def add_database(archive, scratch_directory):
    """Dump to an unnamed scratch file first: a tar member must know its size up front."""
    with tempfile.TemporaryFile(dir=scratch_directory) as dump:
        with database.snapshot():
            migrations = database.applied_migrations()
            counts = database.dump(dump)
        size = dump.tell()
        dump.seek(0)
        archive.add(DUMP, dump, size, timezone.now().timestamp())
    return counts, migrations
