"""The backup file: one .tar.gz holding

    database.jsonl    every archived row (see database.py)
    media/<path>      every file under MEDIA_ROOT, byte for byte
    manifest.json     last: format, versions, migrations, row counts, sha256 and size of
                      each member above
"""

import gzip
import hashlib
import io
import json
import os
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.db import connection
from django.utils import timezone

FORMAT = "ispolkom-backup"
FORMAT_VERSION = 1
DUMP = "database.jsonl"
MANIFEST = "manifest.json"
MEDIA = "media/"
CHUNK = 1024 * 1024
READ_ERRORS = (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile, UnicodeDecodeError)


class ArchiveError(Exception):
    """The file is damaged, cut short or not an ispolkom backup."""


def describe(counts, migrations):
    """The manifest, less the list of members that the writer adds."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": connection.vendor,
        "migrations": migrations,
        "counts": counts,
    }


class HashingReader:
    """Passes a file to tarfile and computes its sha256 on the way, in one read."""

    def __init__(self, raw):
        self.raw = raw
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.raw.read(size)
        self.sha256.update(data)
        return data


class ArchiveWriter:
    """Writes a hidden temporary file beside `path` and renames it only once complete,
    so a backup that fails never leaves a file that looks like a good one."""

    def __init__(self, path):
        self.path = Path(path)
        self.members = {}
        self.finished = False

    def __enter__(self):
        handle, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial",
                                        dir=self.path.parent)  # mode 0600: it holds secrets
        self.temp = Path(temp)
        self.raw = os.fdopen(handle, "wb")
        self.tar = tarfile.open(fileobj=self.raw, mode="w:gz", compresslevel=6,
                                format=tarfile.PAX_FORMAT)
        return self

    def __exit__(self, *exc_info):
        if not self.finished:
            self.raw.close()
            self.temp.unlink(missing_ok=True)

    def add(self, name, fileobj, size, mtime):
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, mtime, 0o644
        reader = HashingReader(fileobj)
        self.tar.addfile(info, reader)
        self.members[name] = {"sha256": reader.sha256.hexdigest(), "size": size}

    def add_path(self, name, path):
        with open(path, "rb") as file:
            status = os.fstat(file.fileno())
            self.add(name, file, status.st_size, status.st_mtime)

    def finish(self, manifest):
        data = json.dumps({**manifest, "files": self.members}, ensure_ascii=False,
                          indent=1).encode("utf-8")
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime, info.mode = len(data), timezone.now().timestamp(), 0o644
        self.tar.addfile(info, io.BytesIO(data))
        self.tar.close()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        os.replace(self.temp, self.path)
        self.finished = True
        sync_directory(self.path.parent)  # the rename itself survives a power cut


def sync_directory(path):
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def unpack_verified(path, staging):
    """Extract the archive into `staging`, then check every member against the manifest.

    Returns the manifest. Nothing outside `staging` is written, so a bad archive is
    refused before the database or MEDIA_ROOT is touched.
    """
    manifest, found, seen = None, {}, set()
    try:
        with tarfile.open(path, mode="r|gz") as tar:
            for member in tar:
                name = checked_name(member, seen)
                seen.add(name)
                if name == MANIFEST:
                    manifest = read_manifest(tar.extractfile(member))
                else:
                    found[name] = extract(tar, member, Path(staging, name))
    except READ_ERRORS as error:
        raise ArchiveError(f"{path} cannot be read to the end ({error}).") from error
    if manifest is None:
        raise ArchiveError(f"{path} has no {MANIFEST}: it is cut short or not an ispolkom backup.")
    compare_members(manifest["files"], found)
    return manifest


def checked_name(member, seen):
    """Only regular files with the names we write; nothing may land outside `staging`."""
    name = member.name
    path = PurePosixPath(name)
    expected_place = name in (DUMP, MANIFEST) or (name.startswith(MEDIA) and len(path.parts) > 1)
    safe = not path.is_absolute() and ".." not in path.parts and str(path) == name
    if not (member.isfile() and expected_place and safe) or name in seen:
        raise ArchiveError(f"The archive holds an unexpected member {name!r}; refusing it.")
    return name


def read_manifest(file):
    try:
        manifest = json.load(file)
    except ValueError as error:
        raise ArchiveError(f"{MANIFEST} is not valid JSON ({error}).") from error
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise ArchiveError("This is not an ispolkom backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ArchiveError(f"Backup format version {manifest.get('format_version')} is not "
                           f"supported; this version reads version {FORMAT_VERSION}.")
    return manifest


def extract(tar, member, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with tar.extractfile(member) as source, open(target, "xb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
    os.utime(target, (member.mtime, member.mtime))
    return {"sha256": digest.hexdigest(), "size": member.size}


def compare_members(expected, found):
    problems = []
    for what, names in (("missing", expected.keys() - found.keys()),
                        ("not in the manifest", found.keys() - expected.keys()),
                        ("checksum mismatch", {name for name in expected.keys() & found.keys()
                                               if expected[name] != found[name]})):
        if names:
            listed = ", ".join(sorted(names)[:5]) + (" …" if len(names) > 5 else "")
            problems.append(f"{what}: {listed}")
    if DUMP not in expected:
        problems.append(f"missing: {DUMP}")
    if problems:
        raise ArchiveError("The archive does not match its manifest (" + "; ".join(problems)
                           + "): it is damaged or was altered.")
