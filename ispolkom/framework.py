"""The private parts of Django and Wagtail we lean on, each behind one named helper so that an
upgrade breaks here, loudly, and nowhere else.

"Private" means an underscore name (`response.headers._store`), a module or function the
framework does not document (`trans_real`, `set_script_prefix`, `wagtail.whitelist`), or
behaviour we rely on that no document promises (Wagtail's routing leaves each page's parent
on it). Code elsewhere calls the helper, never the private name.

A private method we override, or an undocumented class we subclass, cannot hide behind a
helper: CONTRACTS lists them with the signature our code was written against, and
`broken_contracts()` says which of them an upgrade has changed.

tests/test_framework_contracts.py exercises every helper against the real framework and
checks every contract; docs/architecture.md ("Private APIs") lists where each is used and
why. After upgrading Django, Wagtail, treebeard, django-otp or django-csp, run that test
first; a failure names the helper or contract to fix.

Only Django modules that are safe before the app registry is ready are imported here;
Wagtail, django-otp and anything that loads models are imported inside the helpers.
"""

import importlib
import inspect
from contextlib import contextmanager

from django.core.cache.backends.base import BaseCache
from django.core.management.color import no_style
from django.db import connection
from django.urls import URLResolver, get_resolver, get_script_prefix, set_script_prefix
from django.utils import translation
from django.utils._os import safe_makedirs
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe
from django.utils.translation import trans_real

# --- Requests and responses -----------------------------------------------------------------


def raw_host(request):
    """The Host (or X-Forwarded-Host) as the client sent it, not checked against
    ALLOWED_HOSTS: `HttpRequest._get_raw_host()`. The page cache looks a host up in what it
    has already validated before paying for `get_host()`, which returns this same string
    when the host is allowed."""
    return request._get_raw_host()


def header_items(response):
    """A copy of the response's headers as `{lower-case name: (name, value)}`:
    `ResponseHeaders._store`. The page cache stores this and rebuilds a response from it
    without validating every header again, which would cost a hit more than its lookup.
    Cached entries (in Redis too) hold this shape, so a change here must also empty the
    page cache."""
    return dict(response.headers._store)


def set_header_items(response, items):
    """Puts headers from `header_items()` onto a response as they are, unchecked."""
    response.headers._store.update(items)


def set_etag(response):
    """Sets the ETag of a rendered response from its content, as ConditionalGetMiddleware
    does: `django.utils.cache.set_response_etag` (undocumented)."""
    set_response_etag(response)


def conditional_response(request, response):
    """304 Not Modified if the request's If-None-Match matches the response's ETag (or, with
    no If-None-Match, If-Modified-Since is not older than its Last-Modified), else
    `response`: `django.utils.cache.get_conditional_response` (undocumented), given what
    ConditionalGetMiddleware gives it. Lets a page served from the page cache, which skips
    that middleware, answer conditionally."""
    last_modified = response.get("Last-Modified")
    return get_conditional_response(
        request, etag=response.get("ETag"),
        last_modified=parse_http_date_safe(last_modified) if last_modified else None,
        response=response)


@contextmanager
def script_prefix(prefix):
    """URLs that Django and Wagtail build inside the block start with `prefix`; the previous
    prefix comes back afterwards. `django.urls.set_script_prefix` is undocumented (only
    get_script_prefix is); the special version mounts the whole site under /special/ with it."""
    previous = get_script_prefix()
    set_script_prefix(prefix)
    try:
        yield
    finally:
        set_script_prefix(previous)


def named_views(patterns=None):
    """(name, view) of every named route in the URLconf, through include() and
    i18n_patterns(): `get_resolver()` and the attributes of URLResolver and URLPattern
    (url_patterns, name, callback), none of them documented. The page cache asks each view
    which query parameters it reads."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from named_views(pattern.url_patterns)
        elif pattern.name:
            yield pattern.name, pattern.callback


def parse_accept_language(header):
    """((language code in lower case, quality), ...) from an Accept-Language header, best
    first; () if the header is malformed. `trans_real.parse_accept_lang_header`: Django's
    public get_language_from_request() also reads cookies and settings, while the language
    redirect must pick among the languages the site actually has."""
    return trans_real.parse_accept_lang_header(header)


def language_from_path(path):
    """The language code that starts `path` ('/be/news/' -> 'be') if it is one of LANGUAGES,
    else None: `translation.get_language_from_path` (undocumented). Error pages answer in
    the language of the address before any middleware has activated it."""
    return translation.get_language_from_path(path)


def is_preview_request(request):
    """Whether Wagtail made this request up to render a preview through the middleware
    (`request.is_dummy`, set by PreviewableMixin.make_preview_request, undocumented). Such a
    request claims the public URL but must neither be cached nor get the public CSP."""
    return getattr(request, "is_dummy", False)


# --- Sessions and two-step verification -----------------------------------------------------


def claimed_device_id(request):
    """The two-step device this session says it was verified with (django-otp's
    DEVICE_ID_SESSION_KEY). Read it before anything evaluates `request.user`: OTPMiddleware
    then deletes the key when that device no longer exists (undocumented behaviour)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    return request.session.get(DEVICE_ID_SESSION_KEY)


def forget_verified_device(request):
    """This session is no longer verified by a device (the devices were just removed)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    request.session.pop(DEVICE_ID_SESSION_KEY, None)


def check_page_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form for a protected page: the form on GET, a redirect to the page
    for the right password (`wagtail.views.authenticate_with_password`, undocumented). We
    wrap it with a limit on guesses."""
    from wagtail import views

    return views.authenticate_with_password(request, page_view_restriction_id, page_id)


# --- Files and uploads ----------------------------------------------------------------------


def make_directories(path, mode):
    """Creates `path` and missing parents, each with `mode` whatever the umask, as
    FileSystemStorage does for FILE_UPLOAD_DIRECTORY_PERMISSIONS:
    `django.utils._os.safe_makedirs` (a private module)."""
    safe_makedirs(path, mode, exist_ok=True)


def is_stored(field_file):
    """Whether the file of a FileField is already in storage, rather than an upload waiting
    for the model's save: `FieldFile._committed`."""
    return field_file._committed


def document_hash(file):
    """The SHA-1 hex digest Wagtail records as a document's file_hash and sends as its ETag
    (`wagtail.utils.file.hash_filelike`, undocumented). The file's position is kept."""
    from wagtail.utils.file import hash_filelike

    return hash_filelike(file)


def wagtail_document_response(request, document_id, document_filename):
    """Wagtail's own document download (collection privacy, the serve method, headers):
    `wagtail.documents.views.serve.serve`, undocumented as a function to call."""
    from wagtail.documents.views.serve import serve

    return serve(request, document_id, document_filename)


# --- Rich text ------------------------------------------------------------------------------


def safe_url(url):
    """`url` unless its scheme is one Wagtail refuses in rich text (javascript:, data:, ...,
    with control characters ignored as browsers do); None then. `wagtail.whitelist.check_url`
    (undocumented)."""
    from wagtail.whitelist import check_url

    return check_url(url)


def html_ruleset(rules):
    """Wagtail's matcher of elements against CSS-like selectors ('a[href]', 'embed[embedtype]'
    as the editor's converter rules name them): `ruleset.match(name, attrs)` gives the value
    of the matching selector, or None. `wagtail.admin.rich_text.converters.html_ruleset.
    HTMLRuleset` (undocumented; imported late: the admin's converters load models)."""
    from wagtail.admin.rich_text.converters.html_ruleset import HTMLRuleset

    return HTMLRuleset(rules)


def image_format_names():
    """Names of the registered image formats, the default first: what an embedded image's
    `format` may say (`wagtail.images.formats.get_image_formats`, undocumented)."""
    from wagtail.images.formats import get_image_formats

    return [image_format.name for image_format in get_image_formats()]


# --- Pages, trees and lists -----------------------------------------------------------------


def cached_parent(page):
    """The parent that Wagtail's routing left on `page`, or None: Page.route keeps each page
    it walks through on its child (treebeard's `_cached_parent_obj`), so checking the
    ancestors of a page just routed to costs no query."""
    return getattr(page, "_cached_parent_obj", None)


def keep_parent(page, parent):
    """Leaves `parent` on `page` as Wagtail's routing does (see cached_parent), for a page
    found without walking the tree (core/routing.py). An unknown parent (None) is not kept:
    treebeard's get_parent() would return it instead of asking the database."""
    if parent is not None:
        page._cached_parent_obj = parent


def keep_route(request, route_result):
    """Gives Wagtail's serve view a route found beforehand: `Page.route_for_request` returns
    what `request._wagtail_route_for_request` holds (undocumented) instead of routing again."""
    request._wagtail_route_for_request = route_result


def keep_site(request, site):
    """Gives `Site.find_for_request` a site found beforehand, unless it has found one: it
    returns `request._wagtail_site` (undocumented) instead of looking the host up again."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site


def skip_view_restrictions(page):
    """Wagtail's page view finds no view restriction for `page` without asking the database:
    its on_serve_page hook reads them through `page.get_view_restrictions()` (two queries),
    which this instance now answers with none. Only for a page known to have none."""
    from wagtail.models import PageViewRestriction

    page.get_view_restrictions = PageViewRestriction.objects.none


def has_subpage_route(page_model, path):
    """Whether one of the RoutablePageMixin model's routes matches `path` ('/page/2/'),
    without an instance: `get_resolver()` (undocumented; resolve_subpage needs a page)."""
    from django.urls import Resolver404

    try:
        page_model.get_resolver().resolve(path)
    except Resolver404:
        return False
    return True


def tree_path(parent_path, depth, position):
    """The materialized path of the `position`-th child (from 1) at `depth`, below
    `parent_path`: treebeard's `MP_Node._get_path`. Bulk inserts write paths themselves."""
    from wagtail.models import Page

    return Page._get_path(parent_path, depth, position)


def may_have_children(page_model):
    """Whether any page type may be created below `page_model` (subpage_types and
    parent_page_types together): `Page.allowed_subpage_models()`, undocumented."""
    return bool(page_model.allowed_subpage_models())


def route_path(page_model, name, *args, **kwargs):
    """The path of the routable page route `name`, relative to the page, from the class
    alone: reverse_subpage() needs an instance of the specific model, and a menu holds plain
    Pages. `RoutablePageMixin.get_resolver()`, undocumented."""
    return page_model.get_resolver().reverse(name, *args, **kwargs)


def stream_search_text(stream_value):
    """The searchable strings of a StreamField value, block by block (rich text still as
    HTML): `StreamValue.stream_block.get_searchable_content()`, undocumented."""
    return stream_value.stream_block.get_searchable_content(stream_value)


def forget_site_root_paths():
    """Drops this process's cached Site root paths (kept for an hour), so that page URLs use
    a Site changed in another process: `Site.clear_site_root_paths_cache()`, undocumented."""
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


def paginator_page(paginator, object_list, number):
    """A Page of `paginator` holding `object_list` as page `number`, for a paginator that
    finds its rows itself (news by date index): `Paginator._get_page`, the hook Django's
    own page() uses."""
    return paginator._get_page(object_list, number, paginator)


def slug_is_free(slug, parent, page=None):
    """Whether no sibling under `parent` (other than `page`) has `slug`, as Wagtail checks
    before saving: `Page._slug_is_available` (private). The news form offers a free short
    slug instead of letting the save fail."""
    from wagtail.models import Page

    return Page._slug_is_available(slug, parent, page)


# --- Database -------------------------------------------------------------------------------


def flush_tables(tables):
    """Empties `tables` with the SQL `manage.py flush` uses (TRUNCATE on PostgreSQL), inside
    the current transaction and without the ORM's delete signals: `connection.ops.sql_flush`
    and `execute_sql_flush` (database backend API, undocumented)."""
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))


def django_tables():
    """Tables of installed models that exist in the database (views left out):
    `connection.introspection.django_table_names`, undocumented."""
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def existing_tables():
    """Names of every table in the database, ours or not: `connection.introspection.
    table_names()`, undocumented."""
    return connection.introspection.table_names()


def in_transaction():
    """Whether code runs inside atomic() on the default connection: `connection.
    in_atomic_block`, undocumented. A backup sets its isolation level only when it opens
    the outermost transaction itself."""
    return connection.in_atomic_block


def drop_unusable_connection():
    """Closes the default connection if an error left it unusable (or it is past
    CONN_MAX_AGE), as Django does between requests: `close_if_unusable_or_obsolete()`,
    undocumented. The health check must not leave a broken connection to the next request."""
    connection.close_if_unusable_or_obsolete()


def database_datetime(value):
    """An aware datetime as this database stores it, for rows written with raw SQL:
    `connection.ops.adapt_datetimefield_value`, undocumented."""
    return connection.ops.adapt_datetimefield_value(value)


def migration_executor():
    """Django's migration executor on the default connection (`django.db.migrations.
    executor`, undocumented): a backup records the applied migrations and a restore migrates
    to them. What of it we use is listed in CONTRACTS."""
    from django.db.migrations.executor import MigrationExecutor

    return MigrationExecutor(connection)


def serialized_fields(serializer):
    """The dict of fields a Python-based serializer is filling for the current object, which
    our handle_*field() overrides write to (`Serializer._current`)."""
    return serializer._current


def end_serialized_object(serializer):
    """Tells a serializer that the current object is written, as its own end_object() does
    (`Serializer._current = None`)."""
    serializer._current = None


# --- Cache ----------------------------------------------------------------------------------


def incr_resets_expiry(cache):
    """Whether `cache.incr()` stores the sum with the default timeout, so the key's expiry
    must be set again: true of Django's generic `BaseCache.incr` (the database cache uses
    it), not of Redis or local memory, which keep the expiry (undocumented either way)."""
    return type(cache).incr is BaseCache.incr


# --- Contracts: private methods we override, undocumented classes we subclass ----------------

# (class, attribute or None for the class itself, the parameters our code was written against
#  or None for "exists", our code that relies on it)
CONTRACTS = (
    ("django.contrib.sitemaps.Sitemap", "_urls", "self, page, protocol, domain",
     "core/sitemap.py: MultilingualSitemap._urls"),
    ("django.contrib.sitemaps.Sitemap", "get_urls", "self, page=1, site=None, protocol=None",
     "core/sitemap.py: the sitemap view reaches _urls through get_urls"),
    ("django.contrib.sitemaps.Sitemap", "paginator", None,
     "core/sitemap.py: MultilingualSitemap._urls"),
    ("wagtail.contrib.sitemaps.Sitemap", "__init__", "self, request=None",
     "core/sitemap.py: self.request"),
    ("wagtail.contrib.sitemaps.Sitemap", "get_wagtail_site", "self",
     "core/sitemap.py: MultilingualSitemap.items"),
    ("django.contrib.sessions.backends.base.SessionBase", "_validate_session_key",
     "self, key", "core/sessions.py: SessionStore._validate_session_key"),
    ("django.core.files.storage.FileSystemStorage", "_save", "self, name, content",
     "uploads/storage.py: AtomicFileSystemStorage._save"),
    ("storages.backends.s3.S3Storage", "_save", "self, name, content",
     "uploads/s3.py: S3MediaStorage._save"),
    ("storages.backends.s3.S3Storage", "_get_write_parameters", "self, name, content=None",
     "uploads/s3.py: S3MediaStorage._save"),
    ("storages.backends.s3.S3Storage", "_normalize_name", "self, name",
     "uploads/s3.py: S3MediaStorage._save"),
    ("django.core.serializers.python.Serializer", "handle_field", "self, obj, field",
     "backup/database.py: Serializer"),
    ("django.core.serializers.python.Serializer", "handle_fk_field", "self, obj, field",
     "backup/database.py: Serializer"),
    ("django.core.serializers.python.Serializer", "handle_m2m_field", "self, obj, field",
     "backup/database.py: Serializer"),
    ("django.core.serializers.python.Serializer", "get_dump_object", "self, obj",
     "backup/database.py: Serializer"),
    ("django.core.serializers.jsonl.Serializer", "end_object", "self, obj",
     "backup/database.py: Serializer"),
    ("django.core.serializers.jsonl.Serializer", "start_serialization", "self",
     "backup/database.py: Serializer"),
    ("django.db.backends.base.base.BaseDatabaseWrapper", "close_if_unusable_or_obsolete",
     "self", "health/views.py: drop_unusable_connection()"),
    ("django.db.migrations.executor.MigrationExecutor", "migration_plan",
     "self, targets, clean_start=False", "backup/database.py: migrate_to, migrate_to_latest"),
    ("django.db.migrations.executor.MigrationExecutor", "migrate",
     "self, targets, plan=None, state=None, fake=False, fake_initial=False",
     "backup/database.py: migrate_to"),
    ("django.db.migrations.graph.MigrationGraph", "forwards_plan", "self, target",
     "backup/database.py: migrate_to"),
    ("csp.middleware.CSPMiddleware", "get_policy_parts",
     "self, request, response, report_only=False",
     "security/middleware.py: SiteCSPMiddleware.get_policy_parts"),
    ("csp.middleware.PolicyParts", "__init__",
     "self, config=None, update=None, replace=None, nonce=None",
     "security/middleware.py: SiteCSPMiddleware.get_policy_parts"),
    ("wagtail.whitelist.Whitelister", "clean_node", "self, doc, node",
     "content_safety/rich_text.py: StoredRichTextWhitelister"),
    ("wagtail.whitelist.Whitelister", "clean_string_node", "self, doc, node",
     "content_safety/rich_text.py: StoredRichTextWhitelister"),
    ("wagtail.whitelist.Whitelister", "clean_tag_node", "self, doc, tag",
     "content_safety/rich_text.py: StoredRichTextWhitelister"),
    ("wagtail.admin.rich_text.converters.html_ruleset.HTMLRuleset", "match",
     "self, name, attrs", "content_safety/rich_text.py: html_ruleset()"),
    ("wagtail.admin.views.account.LoginView", "form_valid", "self, form",
     "security/sign_in.py: AdminLoginView"),
    ("wagtail.admin.views.account.LoginView", "get_form_class", "self",
     "security/sign_in.py: AdminLoginView (WAGTAILADMIN_USER_LOGIN_FORM)"),
    ("wagtail.admin.views.generic.base.WagtailAdminTemplateMixin", "get_breadcrumbs_items",
     "self", "security/views.py: TwoStepView"),
    ("wagtail.admin.views.generic.base.WagtailAdminTemplateMixin", "get_page_subtitle",
     "self", "security/views.py: ResetTwoStepView"),
    ("wagtail.admin.views.generic.base.WagtailAdminTemplateMixin", "breadcrumbs_items", None,
     "security/views.py: TwoStepView"),
    ("wagtail.images.fields.WagtailImageField", "to_python", "self, data",
     "uploads/forms.py: ReadableImageField"),
    ("wagtail.models.UploadedFile", "file", None,
     "uploads/signals.py: reencode_pending_image"),
    ("wagtail.models.UploadedFile", "for_content_type_id", None,
     "uploads/signals.py: reencode_pending_image"),
    ("wagtail.images.templatetags.wagtailimages_tags.ImageNode", "get_filter", "self",
     "framework.keep_image_tag_filters"),
    ("wagtail.images.templatetags.wagtailimages_tags.SrcsetImageNode", "get_filters", "self",
     "framework.keep_image_tag_filters"),
    ("wagtail.images.models.SourceImageIOError", None, None,
     "news/models.py: a missing original image"),
)


def imported(dotted_name):
    """The object at 'package.module.Name' (the longest importable module wins)."""
    parts = dotted_name.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            found = getattr(found, name)
        return found
    raise ImportError(dotted_name)


def parameters(function):
    """'self, page=1, site=None': names and defaults, without annotations."""
    return ", ".join(
        name if parameter.default is inspect.Parameter.empty
        else f"{name}={parameter.default!r}"
        for name, parameter in inspect.signature(function).parameters.items())


def keep_image_tag_filters():
    """Wagtail's image tags ({% image %}, {% picture %}) make their Filter objects anew on
    every render, and a Filter parses its spec on first use (inspect.getcallargs for each
    operation): 150 parses, 16 ms, of every uncached home page. A tag's specs are fixed when
    its template compiles, so its filters are kept on the node (Filters hold no request
    state; two threads making them at once only make them twice)."""
    from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

    def kept(method, name):
        def keeping(node):
            found = node.__dict__.get(name)
            if found is None:
                found = node.__dict__[name] = method(node)
            return found
        keeping.__wrapped__ = method
        return keeping

    if not hasattr(ImageNode.get_filter, "__wrapped__"):
        ImageNode.get_filter = kept(ImageNode.get_filter, "_kept_filter")
    if not hasattr(SrcsetImageNode.get_filters, "__wrapped__"):
        SrcsetImageNode.get_filters = kept(SrcsetImageNode.get_filters, "_kept_filters")


def broken_contract(owner, attribute, expected):
    """What no longer holds of one contract, or None."""
    name = owner if attribute is None else f"{owner}.{attribute}"
    try:
        found = imported(owner)
        found = found if attribute is None else getattr(found, attribute)
    except (ImportError, AttributeError):
        return f"{name} is gone"
    if expected is not None and parameters(found) != expected:
        return f"{name}({parameters(found)}), not ({expected})"
    return None


def broken_contracts():
    """One line per contract an upgrade has broken, naming our code that relies on it."""
    problems = []
    for owner, attribute, expected, where in CONTRACTS:
        problem = broken_contract(owner, attribute, expected)
        if problem:
            problems.append(f"{problem}: fix {where}")
    return problems
