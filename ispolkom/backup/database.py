"""The database half of a backup: which rows travel, how they are written and loaded back.

Rows are written with Django's JSON-lines serializer, so a dump taken on SQLite loads into
PostgreSQL and back. Every row keeps its id, except content types and permissions: `migrate`
creates those with ids of its own, so they travel by natural key ("app_label", "model").
"""

import datetime
import io
import json
from collections import defaultdict
from contextlib import contextmanager

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connection, router, transaction
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from ispolkom import framework

# Derived or short-lived rows: rebuilt after a restore, or worthless on another server.
EXCLUDED_APPS = {
    "wagtailsearch",  # Wagtail's search index (update_index)
    "axes",           # failed logins and lockouts
}
EXCLUDED_MODELS = {
    "sessions.session",              # logins would outlive a restore onto another server
    "site_search.searchentry",       # rebuild_site_search
    "wagtailcore.referenceindex",    # rebuild_references_index
    "wagtailadmin.editingsession",   # who has an edit form open right now
    "wagtailadmin.formstate",        # unsaved preview data, expires within the hour
}
BY_NATURAL_KEY = (ContentType, Permission)
CHUNK_SIZE = 2000


class RestoreError(Exception):
    """The rows in the database after loading are not the rows of the backup."""


def archived_models():
    """Content types and permissions first (other rows refer to them), then every model."""
    others = [model for model in apps.get_models()
              if model not in BY_NATURAL_KEY and is_archived(model)]
    return [*BY_NATURAL_KEY, *others]


def is_archived(model):
    meta = model._meta
    return (meta.managed and not meta.proxy
            and meta.app_label not in EXCLUDED_APPS
            and meta.label_lower not in EXCLUDED_MODELS
            and router.allow_migrate_model(DEFAULT_DB_ALIAS, model))


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds (as JavaScript does); a restore must not."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(jsonl.Serializer):
    """JSON lines; references to content types and permissions are written as natural keys."""

    def start_serialization(self):
        super().start_serialization()
        self.natural_keys = {}

    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if isinstance(obj, BY_NATURAL_KEY):
            del data["pk"]  # matched by natural key on load, whatever its id there
        return data

    def handle_field(self, obj, field):
        if isinstance(field, StreamField):
            framework.serialized_fields(self)[field.name] = stored_stream(field, obj)
        else:
            super().handle_field(obj, field)

    def end_object(self, obj):
        # One write per row: json.dump() would write every token on its own.
        self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs) + "\n")
        framework.end_serialized_object(self)

    def handle_fk_field(self, obj, field):
        related_id = getattr(obj, field.attname)
        if field.related_model in BY_NATURAL_KEY and related_id is not None:
            natural_key = self.natural_key(field.related_model, related_id)
            framework.serialized_fields(self)[field.name] = natural_key
        else:
            super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        if field.related_model is Permission and field.remote_field.through._meta.auto_created:
            ids = getattr(obj, field.name).values_list("pk", flat=True)
            natural_keys = [self.natural_key(Permission, pk) for pk in ids]
            framework.serialized_fields(self)[field.name] = natural_keys
        else:
            super().handle_m2m_field(obj, field)

    def natural_key(self, model, pk):
        """Looked up once per row: every page and revision names its content type."""
        if (model, pk) not in self.natural_keys:
            self.natural_keys[model, pk] = model._base_manager.get(pk=pk).natural_key()
        return self.natural_keys[model, pk]


def stored_stream(field, obj):
    """A StreamField's JSON as stored. Wagtail's own serialization passes it through the
    blocks, whose code (a sanitizer, a newer block) may rewrite it; a backup must not."""
    value = field.value_from_object(obj)
    if not value and value.raw_text is not None:
        return value.raw_text  # not JSON: data from before a migration to StreamField
    return json.dumps(list(value.raw_data), cls=field.json_field.encoder)


@contextmanager
def snapshot():
    """One consistent view of the database while it is written out (as pg_dump does)."""
    outermost = not framework.in_transaction()
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        # SQLite: the read transaction's first query pins the snapshot.
        yield


def dump(binary_stream):
    """Write every archived row to `binary_stream`; return the row count of each model."""
    counts = {}

    def rows():
        for model in archived_models():
            counts[model._meta.label_lower] = 0
            queryset = model._base_manager.order_by(model._meta.pk.name)
            for row in queryset.iterator(chunk_size=CHUNK_SIZE):
                counts[model._meta.label_lower] += 1
                yield row

    text = io.TextIOWrapper(binary_stream, encoding="utf-8", newline="\n")
    Serializer().serialize(rows(), stream=text, cls=ExactJSONEncoder)
    text.flush()
    text.detach()  # leave the file open for the archive
    return counts


def applied_migrations():
    """{app label: [migration names]} applied to the database, squashed ones included."""
    state = defaultdict(list)
    for app_label, name in sorted(framework.migration_executor().loader.applied_migrations):
        state[app_label].append(name)
    return dict(state)


def unknown_migrations(state):
    """Migrations of a backup that this version of the code does not have."""
    executor = framework.migration_executor()
    known = set(executor.loader.disk_migrations)
    for migration in executor.loader.disk_migrations.values():
        known.update(migration.replaces)
    return sorted(f"{app}.{name}" for app, names in state.items() for name in names
                  if (app, name) not in known)


def migrate_to(state):
    """Bring the schema to where it was when the backup was taken, so the rows fit it.

    Apps that the backup does not know (added later) stay unmigrated until `migrate` runs
    after the load; their migrations then see the restored rows like any upgrade would.
    """
    executor = framework.migration_executor()
    graph = executor.loader.graph
    targets = []
    for app_label in sorted(executor.loader.migrated_apps):
        names = [name for name in state.get(app_label, ()) if (app_label, name) in graph.nodes]
        latest = max(names, key=lambda name: len(graph.forwards_plan((app_label, name))),
                     default=None)
        targets.append((app_label, latest))
    targets.sort(key=lambda target: target[1] is not None)  # unapply before applying
    plan = executor.migration_plan(targets)
    if plan:
        executor.migrate(targets, plan=plan)


def migrate_to_latest():
    executor = framework.migration_executor()
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def existing_content():
    """What the database holds beyond a fresh `migrate`, as words; empty if nothing."""
    tables = set(framework.existing_tables())
    found = []
    checks = [
        (get_user_model()._base_manager.all(), "user accounts"),
        # A fresh install has only the tree root and Wagtail's welcome page.
        (Page._base_manager.filter(depth__gt=1).exclude(
            content_type__app_label="wagtailcore", content_type__model="page"), "pages"),
        (get_image_model()._base_manager.all(), "images"),
        (get_document_model()._base_manager.all(), "documents"),
    ]
    for queryset, what in checks:
        if queryset.model._meta.db_table in tables and (count := queryset.count()):
            found.append(f"{what}: {count}")
    return found


def replace_content(dump_path, expected_counts):
    """Empty every table except content types and permissions, then load the dump.

    One transaction: if anything fails, the database is as it was. The tables are emptied
    with SQL (TRUNCATE on PostgreSQL) rather than the ORM, whose delete signals would
    remove image and document files from MEDIA_ROOT.
    """
    with transaction.atomic():
        framework.flush_tables(tables_to_empty())
        call_command("loaddata", str(dump_path), verbosity=0)
        check_counts(expected_counts)


def tables_to_empty():
    kept = {model._meta.db_table for model in BY_NATURAL_KEY}
    return [table for table in framework.django_tables() if table not in kept]


def check_counts(expected_counts):
    """Every row of the backup is in the database, or the load is rolled back."""
    for label, expected in expected_counts.items():
        model = apps.get_model(label)
        found = model._base_manager.count()
        short = found < expected if model in BY_NATURAL_KEY else found != expected
        if short:
            raise RestoreError(f"{label}: the backup has {expected} rows, "
                               f"the database has {found} after loading.")

