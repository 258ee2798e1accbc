"""Backup and restore: a site comes back from its archive row for row and byte for byte.

The commands run in subprocesses against real databases of the engine the suite runs on:
SQLite files, or scratch PostgreSQL databases beside the test database (dropped at the end).
The source site is a copy of the test database (migrated, demo loaded) plus editors' work.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from tests.support.scratch_databases import ScratchPostgres, ScratchSQLite

# Subprocesses do the work, but the test database must exist: the source site is its copy.
pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
# Rebuilt after a restore rather than restored: compared by number of rows only.
DERIVED = {"site_search.searchentry", "wagtailcore.referenceindex"}
# Rebuilt too, and more complete than the source's: the tree root that `migrate` creates is
# indexed by a rebuild only. Each object of the source must be indexed again.
REINDEXED = {"wagtailsearch.indexentry"}
# Different tables on each engine (SQLite's full-text shadow of the index above).
ENGINE_SPECIFIC = {"wagtailsearch.sqliteftsindexentry"}
MUST_HAVE_ROWS = [
    "wagtailcore.page", "core.homepage", "news.newsarticlepage", "wagtailcore.revision",
    "wagtailcore.pagelogentry", "wagtailcore.modellogentry", "wagtailimages.image",
    "wagtailimages.rendition", "wagtaildocs.document", "core.districtidentity",
    "auth.user", "auth.group", "wagtailcore.grouppagepermission", "wagtailcore.locale",
    "wagtailcore.site", "wagtailredirects.redirect", "taggit.tag", "news.newsarticletag",
    "contenttypes.contenttype", "auth.permission",
]


# --- Run inside the scratch sites (python -c …) ------------------------------------------

def make_editor_changes():
    """Work of editors since the demo was loaded: a draft, an unpublished page, an upload."""
    from django.contrib.auth.models import Group, User
    from django.core.files.base import ContentFile
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.log_actions import log

    from ispolkom.core.models import HomePage, StandardPage
    from ispolkom.demo.loader import DemoLoader
    from ispolkom.news.editors import NEWS_EDITOR
    from ispolkom.news.models import NewsArticlePage

    DemoLoader().load()  # a no-op when the copied test database has the demo already
    editor = User.objects.create_user("backup-editor", "editor@example.org", "long enough 123")
    editor.groups.add(Group.objects.get(name=NEWS_EDITOR))
    article = NewsArticlePage.objects.live().order_by("-date", "pk").first()
    article.lead = "A lead the editor has not published yet."
    article.save_revision(user=editor, log_action=True)
    home = HomePage.objects.get(locale__language_code="ru")
    hidden = home.add_child(instance=StandardPage(
        title="Черновик страницы", slug="draft-page", live=False, intro="Ещё не опубликовано."))
    hidden.save_revision(user=editor, log_action=True)
    document = Document.objects.create(
        title="Бюджет района", uploaded_by_user=editor,
        file=ContentFile("статья,сумма\nдороги,100\n".encode(), name="бюджет-2026.csv"))
    log(document, "wagtail.create", user=editor)
    Image.objects.order_by("pk").first().get_rendition("fill-160x90")
    Redirect.objects.create(old_path="/old-news", redirect_page=article)
    add_second_factor(editor)


def publish_an_article():
    """What editors do first on a restored site; ids come from the restored sequences."""
    from django.contrib.auth.models import User
    from django.core.files.base import ContentFile
    from django.utils import timezone
    from wagtail.documents.models import Document

    from ispolkom.news.models import NewsArticlePage, NewsSectionPage
    from ispolkom.search.models import SearchEntry

    editor = User.objects.get(username="backup-editor")
    section = NewsSectionPage.objects.get(locale__language_code="ru", slug="district")
    article = section.add_child(instance=NewsArticlePage(
        title="После восстановления", slug="after-restore", date=timezone.now(), owner=editor,
        lead="Сайт восстановлен из резервной копии."))
    article.save_revision(user=editor, log_action=True).publish(user=editor)
    Document.objects.create(title="После восстановления",
                            file=ContentFile(b"ok", name="after-restore.txt"))
    assert SearchEntry.objects.filter(page_id=article.pk).exists()  # signals work again


def add_second_factor(user):
    from django.apps import apps

    if apps.is_installed("django_otp.plugins.otp_totp"):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def inspect_site(out_path):
    """Write the site's canonical rows, then what a visitor gets at a sample of URLs.

    Rows first: rendering pages may add image renditions."""
    state = canonical_state()
    Path(out_path).write_text(json.dumps({"state": state, "pages": rendered_pages()}))


def canonical_state():
    """{model: rows as sorted JSON} for every model, independent of the engine and of the
    ids that `migrate` gives content types and permissions; derived models as a count."""
    from django.apps import apps

    state = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in ENGINE_SPECIFIC or model._meta.proxy:
            continue
        queryset = model._base_manager.order_by("pk")
        if label in DERIVED:
            state[label] = queryset.count()
        elif label in REINDEXED:
            state[label] = sorted({indexed_object(entry) for entry in queryset})
        else:
            state[label] = sorted(canonical_row(model, row) for row in queryset)
    return state


def indexed_object(entry):
    return f"{'.'.join(entry.content_type.natural_key())}:{entry.object_id}"


def canonical_row(model, instance):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers
    from wagtail.fields import StreamField

    row = serializers.serialize("python", [instance])[0]
    by_natural_key = (ContentType, Permission)
    if model in by_natural_key:
        del row["pk"]
    for field in model._meta.get_fields():
        value = row["fields"].get(field.name)
        if field.many_to_many and field.name in row["fields"]:
            if field.related_model in by_natural_key:
                value = [field.related_model.objects.get(pk=pk).natural_key() for pk in value]
            row["fields"][field.name] = sorted(value)
        elif field.many_to_one and field.related_model in by_natural_key and value is not None:
            row["fields"][field.name] = field.related_model.objects.get(pk=value).natural_key()
        elif isinstance(field, StreamField):
            # As stored: Django's serializer would pass it through the blocks' code first.
            row["fields"][field.name] = list(getattr(instance, field.attname).raw_data)
        elif isinstance(value, str) and value[:1] in "[{":
            row["fields"][field.name] = same_json_any_engine(value)
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)


def same_json_any_engine(text):
    """PostgreSQL's jsonb reorders keys; compare JSON texts by content."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def rendered_pages():
    """Status and sha256 of every live page but news items, three items per language,
    search results, the sitemap and documents."""
    from django.test import Client
    from wagtail.documents.models import Document
    from wagtail.models import Page

    from ispolkom.news.models import NewsArticlePage

    pages = Page.objects.live().filter(depth__gt=1).not_type(NewsArticlePage).order_by("path")
    urls = [page.url for page in pages if page.url]  # the news library has no address
    for language, word in (("ru", "район"), ("be", "раён"), ("en", "district")):
        articles = NewsArticlePage.objects.live().filter(locale__language_code=language)
        urls += [article.url for article in articles.order_by("-date", "pk")[:20]
                 if article.url][:3]
        urls.append(f"/{language}/search/?q={quote(word)}")
    urls += ["/sitemap.xml", "/sitemaps/pages-1.xml", "/special/ru/", "/old-news"]
    urls += [document.url for document in Document.objects.order_by("pk")]
    client = Client()
    return {url: response_digest(client.get(url)) for url in urls}


def response_digest(response):
    if "private" in response.get("Cache-Control", ""):  # a form: its tokens are new each time
        return [response.status_code, "private"]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return [response.status_code, hashlib.sha256(body).hexdigest()]


class ScratchSite:
    """A database and a media directory, used through manage.py in a child process."""

    def __init__(self, database_url, media_root, flush_first=False):
        self.database_url, self.media_root = database_url, Path(media_root)
        self.flush_first = flush_first

    def restore(self, archive):
        if self.flush_first:
            self.manage("flush", "--no-input")
        self.manage("restore", archive)

    def command(self, *args):
        return [sys.executable, "manage.py", *map(str, args)]

    def function(self, name, *args):
        code = ("import sys, django; django.setup(); "
                f"from tests.test_backup import {name}; {name}(*sys.argv[1:])")
        return [sys.executable, "-c", code, *map(str, args)]

    def run(self, argv, check=True):
        env = {**os.environ, "DATABASE_URL": self.database_url,
               "MEDIA_ROOT": str(self.media_root),
               "DJANGO_SETTINGS_MODULE": "ispolkom.settings.test"}
        result = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
        if check and result.returncode:
            pytest.fail(f"{argv[1:3]} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def manage(self, *args, check=True):
        return self.run(self.command(*args), check=check)

    def call(self, name, *args):
        return self.run(self.function(name, *args))

    def inspect(self, out_path):
        self.call("inspect_site", out_path)
        return json.loads(Path(out_path).read_text())


def stray_renditions(directory, names):
    """Rendition files of earlier tests, whose rows their rollback took away: copied, they
    would make the source and the restored site name new renditions apart at random."""
    from wagtail.images.models import Rendition

    if Path(directory) != Path(settings.MEDIA_ROOT) / "images":
        return []
    kept = {Path(name).name for name in Rendition.objects.values_list("file", flat=True)}
    return [name for name in names if name not in kept]


def in_parallel(*jobs):
    """Child processes at the same time: each spends most of its time in migrations."""
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        return [future.result() for future in [pool.submit(job) for job in jobs]]


def media_digests(root):
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(Path(root).rglob("*")) if path.is_file()}


def rewrite_archive(source, target, change):
    """Copy an archive, passing each member's bytes through change(name, data)."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = change(member.name, old.extractfile(member).read())
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))


# --- The round trip -----------------------------------------------------------------------

class RoundTrip:
    """Source site → archive → restored site(s), all inspected before any test looks.

    The source is inspected while the restores run (they spend their time migrating)."""

    def __init__(self, work, databases):
        self.work, self.databases = work, databases
        self.media, self.seen, self.timings = {}, {}, {}

    def run(self):
        started = time.monotonic()
        self.make_source_and_archive()
        self.timings["source and backup"] = time.monotonic() - started
        self.make_empty_sites()
        restored = [(name, site) for name, site in self.sites() if name != "source"]
        in_parallel(lambda: self.inspect("source", self.source),
                    *[lambda site=site: site.restore(self.archive) for _name, site in restored])
        self.timings["restore"] = time.monotonic() - started - self.timings["source and backup"]
        in_parallel(*[lambda name=name, site=site: self.inspect(name, site)
                      for name, site in restored])
        self.timings["total"] = time.monotonic() - started

    def make_source_and_archive(self):
        self.source = ScratchSite(self.databases.copy_of_test_database("source"),
                                  self.work / "source-media")
        shutil.copytree(settings.MEDIA_ROOT, self.source.media_root, ignore=stray_renditions)
        self.source.call("make_editor_changes")
        self.archive = self.work / "site.tar.gz"
        self.source.manage("backup", self.archive)

    def make_empty_sites(self):
        """Every run restores once into a blank database, which `restore` must migrate.

        On SQLite that is the target. On PostgreSQL it is a SQLite file (across engines);
        the PostgreSQL target is migrated and emptied by `flush`, as a database is when an
        administrator runs `migrate` before restoring, which saves a second migration."""
        media = self.work / "target-media"
        if self.databases.vendor == "sqlite":
            self.target, self.other = ScratchSite(self.databases.blank("target"), media), None
        else:
            self.target = ScratchSite(self.databases.copy_of_test_database("target"), media,
                                      flush_first=True)
            self.other = ScratchSite(ScratchSQLite(self.work).blank("other-engine"),
                                     self.work / "other-engine-media")

    def inspect(self, name, site):
        self.media[name] = media_digests(site.media_root)  # before pages add renditions
        self.seen[name] = site.inspect(self.work / f"{name}.json")

    def sites(self):
        named = [("source", self.source), ("target", self.target), ("other", self.other)]
        return [(name, site) for name, site in named if site]


@pytest.fixture(scope="module")
def round_trip(django_db_setup, django_db_blocker, tmp_path_factory):
    work = tmp_path_factory.mktemp("backup")
    if not connection.settings_dict["NAME"].startswith(("test_", "file:memorydb")):
        pytest.fail("the test database is not set up; refusing to copy another one")
    with django_db_blocker.unblock():
        databases = ScratchPostgres() if connection.vendor == "postgresql" else ScratchSQLite(work)
    trip = RoundTrip(work, databases)
    try:
        with django_db_blocker.unblock():
            trip.run()
        yield trip
    finally:
        with django_db_blocker.unblock():
            databases.drop_all()


def assert_same_rows(expected, actual):
    assert sorted(actual) == sorted(expected), "models differ"
    for label, rows in expected.items():
        if label in REINDEXED:
            assert set(rows) <= set(actual[label]), f"{label}: objects missing after restore"
        elif rows != actual[label]:
            if isinstance(rows, int):
                pytest.fail(f"{label}: {rows} rows before, {actual[label]} after")
            missing = [row for row in rows if row not in actual[label]][:1]
            extra = [row for row in actual[label] if row not in rows][:1]
            pytest.fail(f"{label} differs; before: {missing} after: {extra}")


@pytest.mark.slow
def test_restored_site_has_every_row_file_and_page(round_trip):
    source = round_trip.seen["source"]
    for label in MUST_HAVE_ROWS:
        assert source["state"][label], f"the source site has no {label}: the test proves little"
    assert_same_rows(source["state"], round_trip.seen["target"]["state"])
    assert round_trip.media["target"] == round_trip.media["source"]
    assert round_trip.seen["target"]["pages"] == source["pages"]
    assert {status for status, _digest in source["pages"].values()} <= {200, 301, 302}
    rows = sum(len(rows) for rows in source["state"].values() if isinstance(rows, list))
    print(f"\n{connection.vendor}: {rows} rows of {len(source['state'])} models, "
          f"{len(round_trip.media['source'])} media files and {len(source['pages'])} URLs "
          f"compared; timings {({k: round(v, 1) for k, v in round_trip.timings.items()})}")


@pytest.mark.slow
def test_backup_taken_on_postgresql_restores_into_sqlite(round_trip):
    if round_trip.other is None:
        pytest.skip("runs when the suite runs on PostgreSQL (DATABASE_URL)")
    other, source = round_trip.seen["other"], round_trip.seen["source"]
    assert_same_rows(source["state"], other["state"])
    assert round_trip.media["other"] == round_trip.media["source"]
    # Search results are ranked by each engine's own full-text search, so they may differ.
    assert without_search(other["pages"]) == without_search(source["pages"])


def without_search(pages):
    found = {url: digest for url, digest in pages.items() if "/search/" not in url}
    assert len(found) < len(pages)
    return found


@pytest.mark.slow
def test_restore_refuses_a_site_that_is_not_empty(round_trip):
    result = round_trip.source.manage("restore", round_trip.archive, check=False)
    assert result.returncode == 1
    assert "not empty" in result.stderr and "pages" in result.stderr
    assert "--force" in result.stderr


def from_a_newer_release(name, data):
    if name != "manifest.json":
        return data
    manifest = json.loads(data)
    manifest["migrations"]["site_search"].append("9999_from_the_future")
    return json.dumps(manifest).encode()


REFUSED_ARCHIVES = {
    "altered file": "checksum mismatch: media/documents/",
    "cut short": "cannot be read to the end",
    "newer release": "made by a newer version of ispolkom",
}


@pytest.mark.slow
@pytest.mark.parametrize("problem", REFUSED_ARCHIVES)
def test_restore_refuses_a_bad_archive_before_touching_anything(round_trip, problem):
    bad = round_trip.work / f"{problem}.tar.gz"
    if problem == "altered file":
        rewrite_archive(round_trip.archive, bad, lambda name, data: (
            data.replace(b"100", b"999") if name.endswith(".csv") else data))
    elif problem == "cut short":
        data = round_trip.archive.read_bytes()
        bad.write_bytes(data[:len(data) * 2 // 3])
    else:
        rewrite_archive(round_trip.archive, bad, from_a_newer_release)
    site = ScratchSite(ScratchSQLite(round_trip.work).blank(problem.replace(" ", "-")),
                       round_trip.work / f"{problem}-media")
    result = site.manage("restore", bad, check=False)
    assert result.returncode == 1
    assert REFUSED_ARCHIVES[problem] in result.stderr
    assert "Nothing was restored." in result.stderr
    assert not site.media_root.exists()
    database = Path(site.database_url.removeprefix("sqlite:///"))
    assert not database.exists() or not sqlite3.connect(database).execute(
        "SELECT name FROM sqlite_master").fetchall()
    assert not list(round_trip.work.glob(".ispolkom-restore-*"))


def test_failed_backup_leaves_no_archive(db, tmp_path, monkeypatch):
    from ispolkom.backup.management.commands import backup
    from ispolkom.backup.media import media_files

    def disk_full_after_one_file(root):
        yield next(iter(media_files(root)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "media_files", disk_full_after_one_file)
    with pytest.raises(OSError, match="No space"):
        call_command("backup", str(tmp_path / "site.tar.gz"))
    assert list(tmp_path.iterdir()) == []


def test_backup_is_readable_by_its_owner_only(db, tmp_path):
    call_command("backup", str(tmp_path) + "/", stdout=io.StringIO())
    (archive,) = tmp_path.iterdir()
    assert archive.name.startswith("ispolkom-") and archive.name.endswith(".tar.gz")
    assert archive.stat().st_mode & 0o777 == 0o600  # password hashes, second-factor keys


@pytest.mark.slow
def test_older_backup_is_migrated_forward_and_force_replaces(round_trip):
    """A backup made before a migration: restored at its own schema, then migrated."""
    older = round_trip.work / "older.tar.gz"

    def before_full_text_index(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["migrations"]["site_search"] = ["0001_initial"]
        return json.dumps(manifest).encode()

    rewrite_archive(round_trip.archive, older, before_full_text_index)
    target = round_trip.target
    target.manage("restore", older, "--force")
    seen = target.inspect(round_trip.work / "older.json")
    assert_same_rows(round_trip.seen["source"]["state"], seen["state"])
    assert seen["pages"] == round_trip.seen["source"]["pages"]  # search works again
    target.call("publish_an_article")  # new ids do not collide with restored ones
