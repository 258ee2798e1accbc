"""Files under MEDIA_ROOT, or in the bucket: original images, renditions, documents."""

import os
from pathlib import Path

from django.core.files import File


def media_files(root):
    """(name relative to `root`, path) of every file under `root`, in a stable order."""
    root = Path(root)
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory, name)
            if path.is_file():  # not sockets or dangling links
                yield path.relative_to(root).as_posix(), path


def count_files(root):
    return sum(1 for _file in media_files(root))


def move_into(staging, root):
    """Move the files unpacked in `staging` to the same places under `root`; return their
    names. Staging sits beside `root`, on the same file system, so each move is a rename."""
    names = set()
    for name, path in media_files(staging):
        target = Path(root, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        names.add(name)
    return names


def remove_others(root, kept_names):
    """Delete the files under `root` not in `kept_names`; return how many.

    A stray rendition would make Wagtail give a restored rendition another file name."""
    strays = [path for name, path in media_files(root) if name not in kept_names]
    for path in strays:
        path.unlink()
    return len(strays)


# --- Media in a bucket (MEDIA_STORAGE=s3): the same files, reached through the storage ------

def on_this_machine(storage):
    """Whether the storage keeps files under MEDIA_ROOT (it has paths) or in a bucket."""
    try:
        storage.path("")
    except NotImplementedError:
        return False
    return True


def stored_files(storage, directory=""):
    """Names of every file in a storage without paths, in a stable order."""
    subdirectories, files = storage.listdir(directory)
    for name in sorted(files):
        yield f"{directory}{name}"
    for subdirectory in sorted(subdirectories):
        yield from stored_files(storage, f"{directory}{subdirectory}/")


def upload_into(storage, staging):
    """Put the files unpacked in `staging` into the storage under the same names; return
    the names. An upload never replaces a file (uploads/s3.py), so a stray one is removed
    first, and a name the storage would change is an error."""
    names = set()
    for name, path in media_files(staging):
        storage.delete(name)
        with open(path, "rb") as file:
            stored = storage.save(name, File(file, name=name))
        if stored != name:
            raise OSError(f"{name} was stored as {stored}")
        names.add(name)
    return names


def remove_others_stored(storage, kept_names):
    strays = [name for name in stored_files(storage) if name not in kept_names]
    for name in strays:
        storage.delete(name)
    return len(strays)
