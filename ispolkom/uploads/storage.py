"""File storage that never leaves a half-written file behind.

Django's FileSystemStorage writes straight into the destination, so a write that fails
half-way (a full disk, a quota) leaves a truncated file under the name a model would have
pointed to. Here each file is written to a hidden staging file in the destination's
directory, synced, and only then renamed into place: rename is atomic on one filesystem,
so readers see either nothing or the whole file, and a failed write removes its staging file.
"""

import os
import tempfile

from django.core.files.storage import FileSystemStorage

from ispolkom.framework import make_directories

STAGING_PREFIX = ".upload-"
STAGING_SUFFIX = ".part"


class StagedFile:
    """What FileSystemStorage._save moves into place by renaming, as it does with uploads."""

    def __init__(self, path):
        self.path = path

    def temporary_file_path(self):
        return self.path

    def discard(self):
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass  # already renamed into place


def write_staged(staged, content):
    """Copy `content` into the open staging file; a full disk raises OSError here."""
    for chunk in content.chunks():
        staged.write(chunk.encode() if isinstance(chunk, str) else chunk)
    staged.flush()
    os.fsync(staged.fileno())  # ENOSPC may surface only when the data reaches the disk


class AtomicFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        staged = self.stage(name, content)
        try:
            return super()._save(name, staged)
        finally:
            staged.discard()

    def stage(self, name, content):
        directory = os.path.dirname(self.path(name))
        if self.directory_permissions_mode is None:
            os.makedirs(directory, exist_ok=True)
        else:
            make_directories(directory, self.directory_permissions_mode)
        descriptor, path = tempfile.mkstemp(prefix=STAGING_PREFIX, suffix=STAGING_SUFFIX,
                                            dir=directory)
        staged = StagedFile(path)
        try:
            with os.fdopen(descriptor, "wb") as staging_file:
                write_staged(staging_file, content)
        except BaseException:
            staged.discard()
            raise
        return staged
