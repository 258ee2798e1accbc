"""Scratch databases for tests that run a real server or a restore: a copy of the test
database (demo included) that the server may change, or a blank one; PostgreSQL ones are
dropped afterwards."""

import sqlite3
import uuid
from urllib.parse import quote

from django.db import connection, connections


class ScratchSQLite:
    vendor = "sqlite"

    def __init__(self, directory):
        self.directory = directory

    def blank(self, name):
        return f"sqlite:///{self.directory / name}.sqlite3"

    def copy_of_test_database(self, name):
        """The test database lives in memory; SQLite's backup API copies it to a file."""
        connection.ensure_connection()
        with sqlite3.connect(self.directory / f"{name}.sqlite3") as copy:
            connection.connection.backup(copy)
        return self.blank(name)

    def drop_all(self):
        pass  # the files go with the temporary directory


class ScratchPostgres:
    """Databases named after the suite's own (e.g. `ispolkom_1a2b3c_target`), then dropped."""

    vendor = "postgresql"

    def __init__(self):
        params = connection.settings_dict
        self.server = {"host": params["HOST"], "port": params["PORT"] or 5432,
                       "user": params["USER"], "password": params["PASSWORD"]}
        self.test_database = params["NAME"]
        self.prefix = f"{params['NAME'].removeprefix('test_')}_{uuid.uuid4().hex[:6]}"
        self.created = []

    def url(self, name):
        server = self.server
        return (f"postgres://{quote(server['user'])}:{quote(server['password'])}"
                f"@{server['host']}:{server['port']}/{name}")

    def execute(self, sql):
        import psycopg

        with psycopg.connect(dbname="postgres", autocommit=True, **self.server) as admin:
            admin.execute(sql)

    def blank(self, name, template=None):
        full_name = f"{self.prefix}_{name}"
        self.execute(f'CREATE DATABASE "{full_name}"'
                     + (f' TEMPLATE "{template}"' if template else ""))
        self.created.append(full_name)
        return self.url(full_name)

    def copy_of_test_database(self, name):
        connections.close_all()  # a template database must have no other sessions
        return self.blank(name, template=self.test_database)

    def drop_all(self):
        for name in self.created:
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
