"""Files under MEDIA_ROOT: original images, renditions, documents."""

import os
from pathlib import Path


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
