"""The private Django, Wagtail, treebeard, django-otp and django-csp APIs we lean on
(ispolkom/framework.py), exercised against the real framework.

Run this first after an upgrade. A failure names the helper or contract in framework.py that
the new version broke; fix it there (and its row in docs/architecture.md, "Private APIs"),
not at the call sites. Most tests need no database; those that do say why.
"""

import datetime
import hashlib
import io
import json
import os
import pickle

import pytest
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import DisallowedHost
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection, models
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import get_script_prefix, reverse
from django.utils import timezone

from ispolkom import framework

FIX = "fix framework.{} in ispolkom/framework.py (docs/architecture.md, Private APIs)"


def fix(helper):
    return FIX.format(helper)


@pytest.fixture
def rf():
    return RequestFactory()


# --- Contracts: what we override or subclass ------------------------------------------------

def test_overridden_and_subclassed_apis_keep_the_signatures_we_wrote_against():
    broken = framework.broken_contracts()
    assert not broken, "An upgrade changed what we override:\n" + "\n".join(broken)


def test_a_changed_signature_is_reported_with_the_code_to_fix(monkeypatch):
    monkeypatch.setattr(framework, "CONTRACTS", (
        ("django.contrib.sitemaps.Sitemap", "_urls", "self, page", "core/sitemap.py"),
        ("django.contrib.sitemaps.Sitemap", "_gone", None, "core/sitemap.py"),
    ))
    assert framework.broken_contracts() == [
        "django.contrib.sitemaps.Sitemap._urls(self, page, protocol, domain), not (self, page)"
        ": fix core/sitemap.py",
        "django.contrib.sitemaps.Sitemap._gone is gone: fix core/sitemap.py",
    ]


# --- Requests and responses -----------------------------------------------------------------

def test_header_items_copy_names_in_their_case_and_values_to_another_response():
    original = HttpResponse("page", content_type="text/html; charset=utf-8")
    original["X-Custom-Thing"] = "one"
    items = framework.header_items(original)
    assert items["x-custom-thing"] == ("X-Custom-Thing", "one"), fix("header_items")
    assert items["content-type"] == ("Content-Type", "text/html; charset=utf-8"), \
        fix("header_items")
    # Stored in a shared cache: must survive pickling, and be a copy, not the live store.
    items = pickle.loads(pickle.dumps(items))
    items["x-page-cache"] = ("X-Page-Cache", "hit")
    assert "X-Page-Cache" not in original, fix("header_items")

    copy = HttpResponse("page")
    framework.set_header_items(copy, items)
    assert dict(copy.items())["X-Custom-Thing"] == "one", fix("set_header_items")
    assert copy["x-page-cache"] == "hit", fix("set_header_items")
    assert copy["Content-Type"] == "text/html; charset=utf-8", fix("set_header_items")


def test_raw_host_is_the_host_header_unchecked_and_get_host_returns_it_when_allowed(rf):
    with override_settings(ALLOWED_HOSTS=["good.example"], USE_X_FORWARDED_HOST=False):
        bad = rf.get("/", HTTP_HOST="evil.example:8080")
        assert framework.raw_host(bad) == "evil.example:8080", fix("raw_host")
        with pytest.raises(DisallowedHost):
            bad.get_host()
        good = rf.get("/", HTTP_HOST="good.example")
        # The page cache trusts a raw host it has seen pass get_host() before.
        assert good.get_host() == framework.raw_host(good) == "good.example", fix("raw_host")


def test_set_etag_and_conditional_response_answer_304_to_a_matching_etag(rf):
    response = HttpResponse(b"the page")
    framework.set_etag(response)
    etag = response["ETag"]
    assert etag.startswith('"') and etag.endswith('"'), fix("set_etag")

    again = framework.conditional_response(rf.get("/", HTTP_IF_NONE_MATCH=etag), response)
    assert again.status_code == 304, fix("conditional_response")
    other = framework.conditional_response(rf.get("/", HTTP_IF_NONE_MATCH='"other"'), response)
    assert other is response, fix("conditional_response")


def test_script_prefix_moves_built_urls_and_comes_back_even_after_an_error():
    before = get_script_prefix()
    plain = reverse("sitemap")
    with framework.script_prefix("/special/"):
        assert reverse("sitemap") == "/special" + plain, fix("script_prefix")
    assert get_script_prefix() == before, fix("script_prefix")
    with pytest.raises(ZeroDivisionError), framework.script_prefix("/special/"):
        1 / 0  # noqa: B018
    assert get_script_prefix() == before, fix("script_prefix")


def test_named_views_walk_includes_and_language_prefixes():
    from ispolkom.core import views as core_views

    views = dict(framework.named_views())
    assert views.get("robots_txt") is core_views.robots_txt, fix("named_views")
    assert "search" in views, fix("named_views") + ": i18n_patterns() not followed"
    assert "wagtailadmin_home" in views, fix("named_views") + ": include() not followed"


def test_parse_accept_language_orders_by_quality_in_lower_case():
    parsed = framework.parse_accept_language("en;q=0.5, BE, ru-RU;q=0.8, *;q=0.1")
    assert parsed == (("be", 1.0), ("ru-ru", 0.8), ("en", 0.5), ("*", 0.1)), \
        fix("parse_accept_language")
    assert framework.parse_accept_language("en;q=x") == (), fix("parse_accept_language")
    assert framework.parse_accept_language("") == (), fix("parse_accept_language")
    # A huge header is cut at a comma, not refused.
    long = "be, " + ", ".join(["en"] * 300)
    assert framework.parse_accept_language(long)[0] == ("be", 1.0), \
        fix("parse_accept_language")


def test_language_from_path_reads_only_a_configured_language_prefix():
    assert framework.language_from_path("/be/news/") == "be", fix("language_from_path")
    assert framework.language_from_path("/en/") == "en", fix("language_from_path")
    assert framework.language_from_path("/special/be/") is None, fix("language_from_path")
    assert framework.language_from_path("/xx/") is None, fix("language_from_path")


def test_wagtail_marks_the_request_it_makes_up_for_a_preview(rf):
    from wagtail.models import PreviewableMixin

    seen = []

    class Preview(PreviewableMixin):
        def serve_preview(self, request, mode_name):
            seen.append(framework.is_preview_request(request))
            return HttpResponse("preview")

    Preview().make_preview_request()
    assert seen == [True], fix("is_preview_request")
    assert framework.is_preview_request(rf.get("/")) is False, fix("is_preview_request")


def test_a_csp_middleware_subclass_decides_the_policy_through_get_policy_parts(rf):
    from csp.middleware import CSPMiddleware, PolicyParts

    class Strict(CSPMiddleware):
        def get_policy_parts(self, request, response, report_only=False):
            parts = super().get_policy_parts(request, response, report_only)
            return PolicyParts(config={"default-src": ["'none'"]}, nonce=parts.nonce)

    response = Strict(lambda request: HttpResponse("page"))(rf.get("/"))
    assert response["Content-Security-Policy"] == "default-src 'none'", \
        "django-csp no longer builds the header from get_policy_parts(): fix " \
        "security/middleware.py (SiteCSPMiddleware)"


# --- Sessions, sign-in ----------------------------------------------------------------------

def test_session_stores_ask_validate_session_key_about_a_cookie_key():
    from django.contrib.sessions.backends import db

    class Refusing(db.SessionStore):
        def _validate_session_key(self, key):
            return False

    key = "a" * 32
    assert db.SessionStore(session_key=key).session_key == key
    assert Refusing(session_key=key).session_key is None, \
        "SessionBase no longer consults _validate_session_key: fix core/sessions.py"


def test_the_wagtail_admin_login_is_django_login_with_our_form():
    from django.conf import settings
    from django.contrib.auth import views as auth_views
    from django.utils.module_loading import import_string
    from wagtail.admin.views.account import LoginView

    assert issubclass(LoginView, auth_views.LoginView), \
        "fix security/sign_in.py: AdminLoginView relies on Django's LoginView.post/form_valid"
    assert LoginView().get_form_class() is import_string(settings.WAGTAILADMIN_USER_LOGIN_FORM)


def test_admin_template_mixin_builds_the_header_from_our_overrides():
    from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

    class View(WagtailAdminTemplateMixin):
        page_title = "Title"

        def get_page_subtitle(self):
            return "Subtitle"

    assert View().get_header_title() == "Title: Subtitle", "fix security/views.py"
    assert all({"url", "label"} <= set(item) for item in View.breadcrumbs_items), \
        "fix security/views.py: TwoStepView.get_breadcrumbs_items"


# --- Files and uploads ----------------------------------------------------------------------

def test_make_directories_gives_every_new_level_the_mode_whatever_the_umask(tmp_path):
    umask = os.umask(0o077)
    try:
        framework.make_directories(str(tmp_path / "a" / "b"), 0o750)
        framework.make_directories(str(tmp_path / "a" / "b"), 0o750)  # exists: fine
    finally:
        os.umask(umask)
    for directory in (tmp_path / "a", tmp_path / "a" / "b"):
        assert directory.stat().st_mode & 0o777 == 0o750, fix("make_directories")


def test_file_system_storage_moves_a_file_that_has_a_temporary_path(tmp_path):
    """uploads/storage.py hands _save() a staged file that has only temporary_file_path()."""
    staged = tmp_path / ".upload-x.part"
    staged.write_bytes(b"whole file")

    class Staged:
        def temporary_file_path(self):
            return str(staged)

    storage = FileSystemStorage(location=tmp_path / "media")
    name = storage._save("documents/report.txt", Staged())
    assert (tmp_path / "media" / name).read_bytes() == b"whole file", \
        "FileSystemStorage._save no longer moves temporary files: fix uploads/storage.py"
    assert not staged.exists(), "fix uploads/storage.py: the staged file was copied, not moved"


def test_is_stored_tells_a_pending_upload_from_a_stored_file():
    from wagtail.models import UploadedFile

    upload = UploadedFile(file=ContentFile(b"x", name="x.png"))
    assert framework.is_stored(upload.file) is False, fix("is_stored")
    upload.file = "wagtail_uploads/x.png"
    assert framework.is_stored(upload.file) is True, fix("is_stored")


def test_uploaded_file_model_keeps_the_fields_the_reencoding_signal_reads():
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import UploadedFile

    assert isinstance(UploadedFile._meta.get_field("file"), models.FileField)
    assert UploadedFile._meta.get_field("for_content_type").related_model is ContentType, \
        "fix uploads/signals.py (reencode_pending_image)"


def test_document_hash_is_sha1_of_the_whole_file_and_keeps_the_position():
    file = io.BytesIO(b"document body")
    file.seek(4)
    assert framework.document_hash(file) == hashlib.sha1(b"document body").hexdigest(), \
        fix("document_hash") + " (and record every document's hash again: it is the ETag)"
    assert file.tell() == 4, fix("document_hash")


def test_wagtail_image_field_names_the_error_our_field_raises():
    from wagtail.images.fields import WagtailImageField

    assert "invalid_image" in WagtailImageField().error_messages, \
        "fix uploads/forms.py (ReadableImageField)"


# --- Rich text ------------------------------------------------------------------------------

def test_safe_url_refuses_script_schemes_even_disguised():
    assert framework.safe_url("https://example.com/a?b=c") == "https://example.com/a?b=c", \
        fix("safe_url")
    assert framework.safe_url("/ru/news/") == "/ru/news/", fix("safe_url")
    assert framework.safe_url("mailto:office@example.com"), fix("safe_url")
    for url in ("javascript:alert(1)", "jav\tascript:alert(1)", " JAVASCRIPT:x",
                "data:text/html,<script>", "vbscript:x"):
        assert not framework.safe_url(url), fix("safe_url") + f": {url!r} passed"


def test_html_ruleset_matches_selectors_by_element_and_attribute():
    ruleset = framework.html_ruleset({"p": "p", "a[href]": "a[href]",
                                      'a[linktype="page"]': 'a[linktype="page"]'})
    assert ruleset.match("p", {}) == "p", fix("html_ruleset")
    assert ruleset.match("a", {"href": "/x"}) == "a[href]", fix("html_ruleset")
    assert ruleset.match("a", {"linktype": "page", "id": "3"}) == 'a[linktype="page"]', \
        fix("html_ruleset")
    assert ruleset.match("a", {}) is None, fix("html_ruleset")
    assert ruleset.match("div", {}) is None, fix("html_ruleset")


def test_whitelister_sends_strings_comments_included_and_tags_to_our_overrides():
    from wagtail.whitelist import Whitelister

    seen = []

    class Recording(Whitelister):
        def clean_string_node(self, doc, node):
            seen.append(("string", type(node)))

        def clean_tag_node(self, doc, tag):
            seen.append(("tag", tag.name))
            for child in list(tag.contents):
                self.clean_node(doc, child)

    doc = BeautifulSoup("<p>text<!-- note --></p>", "html.parser")
    Recording().clean_node(doc, doc)
    assert seen == [("tag", "[document]"), ("tag", "p"), ("string", NavigableString),
                    ("string", Comment)], "fix content_safety/rich_text.py"
    assert issubclass(Comment, NavigableString) and issubclass(BeautifulSoup, Tag)


def test_image_format_names_are_the_registered_formats():
    from wagtail.images.formats import get_image_format

    names = framework.image_format_names()
    assert names and all(isinstance(name, str) for name in names), fix("image_format_names")
    assert all(get_image_format(name).name == name for name in names), \
        fix("image_format_names")


# --- Pages, trees and lists -----------------------------------------------------------------

def test_tree_path_builds_treebeard_paths():
    assert framework.tree_path("0001", 2, 1) == "00010001", fix("tree_path")
    assert framework.tree_path("00010002", 3, 36) == "000100020010", fix("tree_path")


def test_may_have_children_follows_subpage_types():
    from wagtail.models import Page

    from ispolkom.news.models import NewsArticlePage, NewsSectionPage

    assert framework.may_have_children(Page) is True, fix("may_have_children")
    assert framework.may_have_children(NewsSectionPage) is True, fix("may_have_children")
    assert framework.may_have_children(NewsArticlePage) is False, fix("may_have_children")


def test_route_path_reverses_a_routable_page_route_from_the_class():
    from ispolkom.news.models import NewsIndexPage

    assert framework.route_path(NewsIndexPage, "feed") == "rss/", fix("route_path")
    assert framework.route_path(NewsIndexPage, "numbered_page", number=3) == "page/3/", \
        fix("route_path")


def test_stream_search_text_gives_each_blocks_text():
    from wagtail import blocks

    stream = blocks.StreamBlock([("heading", blocks.CharBlock()),
                                 ("paragraph", blocks.RichTextBlock())])
    value = stream.to_python([{"type": "heading", "value": "Harvest"},
                              {"type": "paragraph", "value": "<p>Fair <b>news</b></p>"}])
    text = " ".join(str(part) for part in framework.stream_search_text(value))
    assert "Harvest" in text and "Fair" in text and "news" in text, fix("stream_search_text")


def test_paginator_page_wraps_rows_found_elsewhere_as_a_page():
    paginator = Paginator(range(100), 10)
    page = framework.paginator_page(paginator, [61, 62], 7)
    assert isinstance(page, PaginatorPage), fix("paginator_page")
    assert (list(page), page.number, page.paginator) == ([61, 62], 7, paginator), \
        fix("paginator_page")
    assert page.has_previous() and page.has_next(), fix("paginator_page")


@pytest.mark.django_db
def test_slug_is_free_says_whether_a_sibling_has_the_slug(demo):
    section = demo.section("en")
    taken = section.get_children().first()
    assert not framework.slug_is_free(taken.slug, section), fix("slug_is_free")
    assert framework.slug_is_free(taken.slug, section, taken), fix("slug_is_free")
    assert framework.slug_is_free("no-such-slug-anywhere", section), fix("slug_is_free")


def test_the_sitemap_view_reaches_our_urls_override_and_reads_latest_lastmod(rf):
    from wagtail.contrib.sitemaps import Sitemap
    from wagtail.contrib.sitemaps.views import sitemap

    calls = []
    modified = datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)

    class Probe(Sitemap):
        def items(self):
            return ["a", "b", "c"]

        def _urls(self, page, protocol, domain):
            calls.append((self.request, list(self.paginator.page(page).object_list),
                          protocol, domain))
            self.latest_lastmod = modified
            return [{"item": "a", "location": "https://example.com/ru/", "lastmod": modified,
                     "alternates": [{"lang_code": "be", "location": "https://example.com/be/"}]}]

    request = rf.get("/sitemap.xml")
    response = sitemap(request, sitemaps={"pages": Probe})
    response.render()
    assert calls == [(request, ["a", "b", "c"], "http", "testserver")], \
        "the sitemap view no longer calls _urls(page, protocol, domain): fix core/sitemap.py"
    assert "Last-Modified" in response, \
        "the sitemap view ignores latest_lastmod: fix core/sitemap.py"
    content = response.content.decode()
    assert "<loc>https://example.com/ru/</loc>" in content
    assert 'hreflang="be" href="https://example.com/be/"' in content, \
        "sitemap.xml lost its alternates: fix core/sitemap.py"


# --- Database, without the database -----------------------------------------------------------

def test_serialized_fields_are_what_a_serializer_writes_for_the_current_object():
    from django.contrib.sessions.models import Session
    from django.core.serializers import jsonl

    class Replacing(jsonl.Serializer):
        def handle_field(self, obj, field):
            if field.name == "session_data":
                framework.serialized_fields(self)[field.name] = "replaced"
            else:
                super().handle_field(obj, field)

        def end_object(self, obj):
            self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs) + "\n")
            framework.end_serialized_object(self)

    expires = timezone.now()
    rows = [Session(session_key=f"{n}" * 32, session_data="secret", expire_date=expires)
            for n in (1, 2)]
    lines = Replacing().serialize(rows).splitlines()
    assert len(lines) == 2, fix("end_serialized_object")
    assert [json.loads(line)["fields"]["session_data"] for line in lines] == \
        ["replaced", "replaced"], fix("serialized_fields")


def test_database_datetime_is_what_django_stores():
    moment = datetime.datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=datetime.UTC)
    stored = models.DateTimeField().get_db_prep_value(moment, connection)
    assert framework.database_datetime(moment) == stored, fix("database_datetime")


def test_in_transaction_is_false_outside_atomic():
    assert framework.in_transaction() is False, fix("in_transaction")


def test_incr_resets_expiry_exactly_for_the_generic_incr():
    class Recording(BaseCache):
        def __init__(self):
            super().__init__({})
            self.writes = []

        def get(self, key, default=None, version=None):
            return 41

        def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
            self.writes.append((value, timeout))

    cache = Recording()
    assert cache.incr("guesses") == 42
    assert cache.writes == [(42, DEFAULT_TIMEOUT)], \
        "BaseCache.incr no longer writes with the default timeout: " + fix("incr_resets_expiry")
    assert framework.incr_resets_expiry(cache) is True, fix("incr_resets_expiry")
    assert framework.incr_resets_expiry(DatabaseCache("guesses", {})) is True, \
        fix("incr_resets_expiry")
    assert framework.incr_resets_expiry(LocMemCache("guesses", {})) is False, \
        fix("incr_resets_expiry")
    assert framework.incr_resets_expiry(caches["default"]) is isinstance(
        caches["default"], DatabaseCache)


# --- With the database ------------------------------------------------------------------------

@pytest.fixture
def two_pages(db):
    """A page and its child below the tree's root, away from the demo's sites."""
    from wagtail.models import Page

    root = Page.get_first_root_node()
    parent = root.add_child(instance=Page(title="Contract parent", slug="contract-parent"))
    child = parent.add_child(instance=Page(title="Contract child", slug="contract-child"))
    return root, parent, child


def test_routing_leaves_each_parent_on_its_child(rf, two_pages, django_assert_num_queries):
    from wagtail.models import Page

    root, parent, child = two_pages
    assert child.path == framework.tree_path(parent.path, parent.depth + 1, 1), fix("tree_path")

    routed = Page.objects.get(pk=root.pk).route(rf.get("/"), ["contract-parent",
                                                               "contract-child"])[0]
    assert routed.pk == child.pk
    on_the_way = framework.cached_parent(routed)
    assert on_the_way is not None and on_the_way.pk == parent.pk, fix("cached_parent")
    assert framework.cached_parent(on_the_way).pk == root.pk, fix("cached_parent")
    with django_assert_num_queries(0):
        assert routed.get_parent().pk == parent.pk, fix("cached_parent")
    assert framework.cached_parent(Page.objects.get(pk=child.pk)) is None, fix("cached_parent")


def test_check_page_password_lets_the_right_password_through(rf, two_pages):
    from django.contrib.auth.models import AnonymousUser
    from wagtail.models import PageViewRestriction

    from ispolkom.core.sessions import SessionStore

    _root, parent, child = two_pages
    restriction = PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="open sesame")
    request = rf.post("/", {"password": "open sesame", "return_url": "/back/"})
    request.session, request.user = SessionStore(), AnonymousUser()
    response = framework.check_page_password(request, restriction.pk, child.pk)
    assert (response.status_code, response["Location"]) == (302, "/back/"), \
        fix("check_page_password")
    assert restriction.accept_request(request), fix("check_page_password")


@pytest.mark.django_db
def test_a_session_verified_with_a_device_that_is_gone_loses_the_claim(rf):
    """The admin's door reads the claim first: evaluating request.user deletes it."""
    from django.contrib.auth import get_user_model
    from django_otp.middleware import OTPMiddleware

    from ispolkom.core.sessions import SessionStore

    gone = "otp_totp.totpdevice/999999"
    request = rf.get("/admin/")
    request.session = SessionStore()
    request.session["otp_device_id"] = gone
    request.user = get_user_model().objects.create_user("contract-editor")
    seen = {}

    def view(request):
        seen["before"] = framework.claimed_device_id(request)
        seen["verified"] = request.user.is_verified()
        seen["after"] = framework.claimed_device_id(request)
        return HttpResponse()

    OTPMiddleware(view)(request)
    assert seen == {"before": gone, "verified": False, "after": None}, \
        fix("claimed_device_id")
    request.session["otp_device_id"] = gone
    framework.forget_verified_device(request)
    assert framework.claimed_device_id(request) is None, fix("forget_verified_device")


@pytest.mark.django_db
def test_wagtail_document_response_serves_the_stored_bytes(rf):
    from django.contrib.auth.models import AnonymousUser
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Contract", file=ContentFile(b"minutes of the session", name="contract.txt"))
    request = rf.get("/")
    request.user = AnonymousUser()
    response = framework.wagtail_document_response(request, document.pk, document.filename)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert (response.status_code, body) == (200, b"minutes of the session"), \
        fix("wagtail_document_response")


@pytest.mark.django_db
def test_forget_site_root_paths_drops_the_cached_paths():
    from wagtail.models import Site
    from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

    Site.get_site_root_paths()
    cached = caches["default"].get(SITE_ROOT_PATHS_CACHE_KEY,
                                   version=SITE_ROOT_PATHS_CACHE_VERSION)
    assert cached is not None, fix("forget_site_root_paths")
    framework.forget_site_root_paths()
    assert caches["default"].get(SITE_ROOT_PATHS_CACHE_KEY,
                                 version=SITE_ROOT_PATHS_CACHE_VERSION) is None, \
        fix("forget_site_root_paths")


@pytest.mark.django_db
def test_flush_tables_empties_a_table_inside_the_transaction():
    from django.contrib.sessions.models import Session

    Session.objects.create(session_key="f" * 32, session_data="x",
                           expire_date=timezone.now())
    table = Session._meta.db_table
    assert table in framework.django_tables(), fix("django_tables")
    assert table in framework.existing_tables(), fix("existing_tables")
    assert framework.in_transaction() is True, fix("in_transaction")  # the test's atomic()
    framework.flush_tables([table])
    assert not Session.objects.exists(), fix("flush_tables")


@pytest.mark.django_db
def test_migration_executor_answers_what_a_backup_asks():
    executor = framework.migration_executor()
    loader, graph = executor.loader, executor.loader.graph
    assert executor.migration_plan(graph.leaf_nodes()) == [], fix("migration_executor")
    assert ("wagtailcore", "0001_initial") in loader.applied_migrations, \
        fix("migration_executor")
    assert "wagtailcore" in loader.migrated_apps, fix("migration_executor")
    migration = loader.disk_migrations[("wagtailcore", "0001_initial")]
    assert isinstance(migration.replaces, list), fix("migration_executor")
    leaf = max(node for node in graph.leaf_nodes() if node[0] == "wagtailcore")
    assert leaf in graph.nodes and graph.forwards_plan(leaf)[-1] == leaf, \
        fix("migration_executor")


def test_routing_helpers_give_wagtail_a_route_a_site_and_parents_found_beforehand(
        rf, two_pages, django_assert_num_queries):
    from wagtail.models import Page, Site

    from ispolkom.news.models import NewsIndexPage

    root, parent, child = two_pages
    request = rf.get("/anything/")
    site = Site(hostname="kept.example", root_page_id=root.pk)
    framework.keep_site(request, site)
    kept = Page.objects.get(pk=child.pk)
    framework.keep_route(request, kept.route(request, []))
    framework.keep_parent(kept, parent)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site, fix("keep_site")
        assert Page.find_for_request(request, "/anything/") is kept, fix("keep_route")
        assert kept.get_parent() is parent, fix("keep_parent")
    assert framework.has_subpage_route(NewsIndexPage, "/rss/"), fix("has_subpage_route")
    assert not framework.has_subpage_route(NewsIndexPage, "/no-such-route/"), \
        fix("has_subpage_route")


def test_wagtail_asks_the_page_for_its_view_restrictions(rf, two_pages):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore
    from wagtail import hooks
    from wagtail.models import Page, PageViewRestriction

    _root, parent, _child = two_pages
    PageViewRestriction.objects.create(page=parent, restriction_type="password", password="x")
    check = next(hook for hook in hooks.get_hooks("on_serve_page")
                 if hook.__name__ == "check_view_restrictions")
    page_itself = HttpResponse("served")
    served = check(lambda page, request, args, kwargs: page_itself)

    def serve(page):
        request = rf.get("/")
        request.user, request.session = AnonymousUser(), SessionStore()
        return served(page, request, (), {})

    page = Page.objects.get(pk=parent.pk)
    assert serve(page) is not page_itself  # asks for the password
    framework.skip_view_restrictions(page)
    assert serve(page) is page_itself, fix("skip_view_restrictions")
