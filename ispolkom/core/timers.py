"""Commands that a timer starts on every app server (docs/deployment.md, "Past one machine")
run once at a time across the install: each run takes a lock named after its command, and a
run that finds it taken says so and exits with success, as there is nothing to do.

The lock is where every app server looks: on PostgreSQL a session advisory lock, which the
server drops by itself when the process ends, however it ends, so a killed run never blocks
the next one (a Redis key would need an expiry guessed to outlast the longest run). SQLite
serves one machine, so a file lock beside the database does, with the same property.
"""

import fcntl
import zlib
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

# The first half of every advisory lock key of ours: other applications on the same
# PostgreSQL server pick their own.
LOCK_NAMESPACE = 0x15_C0


@contextmanager
def exclusive_run(name):
    """Yields True while this process is the only run of `name`, False when another holds it."""
    lock = postgres_lock if connection.vendor == "postgresql" else file_lock
    with lock(name) as ours:
        yield ours


@contextmanager
def postgres_lock(name):
    key = (LOCK_NAMESPACE, zlib.crc32(name.encode()) - 2**31)  # two int4 halves
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", key)
        ours = cursor.fetchone()[0]
    try:
        yield ours
    finally:
        if ours:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)


@contextmanager
def file_lock(name):
    database = str(connection.settings_dict["NAME"])
    if database == ":memory:" or database.startswith("file:"):
        yield True  # a database in memory (tests) belongs to this process alone
        return
    with open(Path(database).parent / f".ispolkom-{name}.lock", "a") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


class RunsOnceCommand:
    """A management command mixin (before BaseCommand among the bases): the command runs only
    when no other run of it is going on anywhere on the install."""

    def execute(self, *args, **options):
        name = self.__module__.rsplit(".", 1)[-1]
        with exclusive_run(name) as ours:
            if not ours:
                self.stdout.write(f"{name}: already running elsewhere; this run does nothing")
                return None
            return super().execute(*args, **options)
