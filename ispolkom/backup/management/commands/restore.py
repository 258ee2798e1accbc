"""`manage.py restore ARCHIVE`: rebuild a site from a backup, into an empty database."""

import io
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ispolkom.backup import database
from ispolkom.backup.archive import DUMP, MEDIA, ArchiveError, unpack_verified
from ispolkom.backup.media import (
    count_files,
    move_into,
    on_this_machine,
    remove_others,
    remove_others_stored,
    stored_files,
    upload_into,
)


class Command(BaseCommand):
    help = ("Rebuild the site from an archive written by `manage.py backup`: check its "
            "checksums, migrate, load every row, put back the media files and rebuild the "
            "search and reference indexes. The database must be empty unless --force.")

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a .tar.gz written by `manage.py backup`")
        parser.add_argument(
            "--force", action="store_true",
            help="replace whatever the database and MEDIA_ROOT already hold: rows and files "
                 "that the backup does not have are deleted")

    def handle(self, archive, force=False, **options):
        archive = Path(archive)
        if not archive.is_file():
            raise CommandError(f"{archive} is not a file.")
        media_root = Path(settings.MEDIA_ROOT)
        if not force:
            refuse_existing_content(media_root)
        media_root.parent.mkdir(parents=True, exist_ok=True)
        # Beside MEDIA_ROOT, so that the files move into place by renaming.
        staging = Path(tempfile.mkdtemp(prefix=".ispolkom-restore-", dir=media_root.parent))
        try:
            manifest = unpack(archive, staging)
            restore_database(staging / DUMP, manifest)
            if on_this_machine(default_storage):
                restored_files = move_into(staging / MEDIA, media_root)
            else:  # MEDIA_STORAGE=s3
                restored_files = upload_into(default_storage, staging / MEDIA)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        # only --force gets here with any
        removed = (remove_others(media_root, restored_files) if on_this_machine(default_storage)
                   else remove_others_stored(default_storage, restored_files))
        rebuild_derived_data()
        counts = manifest["counts"]
        self.stdout.write(
            f"Restored {sum(counts.values())} rows of {len(counts)} models and "
            f"{len(restored_files)} media files from {archive} (made {manifest['created_at']})"
            + (f", removed {removed} files the backup does not have" if removed else "")
            + "; search and reference indexes rebuilt.")


def refuse_existing_content(media_root):
    held = database.existing_content()
    if on_this_machine(default_storage):
        files = count_files(media_root)
        if files:
            held.append(f"files in MEDIA_ROOT ({media_root}): {files}")
    elif files := sum(1 for _name in stored_files(default_storage)):
        held.append(f"files in the bucket: {files}")
    if held:
        raise CommandError(
            f"The site is not empty ({'; '.join(held)}). A restore replaces all of "
            "that with the backup. Restore into a new empty database and media directory, "
            "or run again with --force to replace what is there.")


def unpack(archive, staging):
    try:
        manifest = unpack_verified(archive, staging)
    except ArchiveError as error:
        raise CommandError(f"{error} Nothing was restored.") from error
    newer = database.unknown_migrations(manifest["migrations"])
    if newer:
        raise CommandError(
            "The backup was made by a newer version of ispolkom; this code lacks the "
            f"migrations {', '.join(newer[:5])}. Install that version or a later one first. "
            "Nothing was restored.")
    return manifest


def restore_database(dump_path, manifest):
    """Schema as it was at backup time, the rows, then the migrations added since."""
    database.migrate_to(manifest["migrations"])
    # The shared caches' tables: loading rows already tells the page cache what changed.
    call_command("createcachetable", verbosity=0)
    try:
        database.replace_content(dump_path, manifest["counts"])
    except database.RestoreError as error:
        raise CommandError(f"Nothing was restored: {error}") from error
    database.migrate_to_latest()


def rebuild_derived_data():
    """What the backup leaves out because it follows from the rows."""
    from ispolkom.core.freshness import invalidate_everything

    quiet = io.StringIO()
    call_command("rebuild_site_search", stdout=quiet)
    call_command("rebuild_references_index", verbosity=0, stdout=quiet)
    call_command("update_index", verbosity=0, stdout=quiet)
    invalidate_everything()
