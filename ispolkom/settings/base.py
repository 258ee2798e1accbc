"""Settings shared by every environment. Values that differ per deployment come
from the environment (see docs/deployment.md)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
# ".localhost": the demo's other committees (bobruisk.localhost, mogilev.localhost).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,.localhost")

INSTALLED_APPS = [
    "ispolkom.core",
    "ispolkom.schedules",
    "ispolkom.news",
    "ispolkom.services",
    "ispolkom.feedback",
    "ispolkom.directory",
    "ispolkom.appeals",
    "ispolkom.documents",
    "ispolkom.alerts",
    "ispolkom.events",
    "ispolkom.syndication",
    "ispolkom.special",
    "ispolkom.search",
    "ispolkom.pagecache",
    "ispolkom.demo",
    "ispolkom.security",
    "ispolkom.content_safety",
    "ispolkom.uploads",
    "ispolkom.health",
    "ispolkom.backup",
    "ispolkom.compliance",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "django_permissions_policy",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes for two-step verification
]

MIDDLEWARE = [
    # First: which version (regular or special) the request asks for, read once for everyone.
    "ispolkom.special.middleware.SpecialVersionMiddleware",
    # A cached page skips every middleware below; their headers are stored with it.
    "ispolkom.pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Inside the page cache: their headers are stored with each cached page.
    "ispolkom.security.middleware.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "ispolkom.special.middleware.SpecialResponseMiddleware",
    "ispolkom.core.errors.MethodNotAllowedPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that /de/news/ (a language the site lacks) is a 404, not a redirect.
    "ispolkom.core.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified()
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before anything evaluates request.user: the admin refuses unverified sessions.
    "ispolkom.security.middleware.TwoStepDoorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # An old site's addresses (syndication's legacy import), after Wagtail's own redirects.
    "ispolkom.syndication.legacy.redirects.LegacyRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "ispolkom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,  # each app keeps its own templates (core: the page frame)
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "ispolkom.special.context_processors.special_version",
            ],
        },
    },
]

WSGI_APPLICATION = "ispolkom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
# SQLite allows one writer at a time. Writers wait for each other instead of failing with
# "database is locked": a write-ahead log (readers never block the writer), up to 20 s of
# waiting, and transactions that take the write lock when they begin (a transaction that
# first reads, then writes could otherwise not wait for another writer: SQLite fails it).
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL",  # synchronous stays FULL: saves survive a power cut
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Three caches. "default" holds rendered pages and values derived from them; it may be per
# process. "shared" (page-cache generations) and "limits" (guessing counters) must be seen by
# every process on the install: management commands, timers and every worker. Without Redis
# they live in database tables (`manage.py createcachetable`, run by `make run` and deploys).
if os.environ.get("REDIS_URL"):
    def redis_cache(prefix):
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": prefix,
            # Redis down means slower pages from the database, not an error page.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }

    CACHES = {"default": redis_cache("ispolkom"), "shared": redis_cache("ispolkom-shared"),
              "limits": redis_cache("ispolkom-limits")}
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        # Pages read at least twice, each at most 256 KiB: the bound in pagecache/store.py.
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                    "OPTIONS": {"MAX_ENTRIES": 2000}},
        # Generations and page marks (core/freshness.py): the marks of two days of publishing
        # must fit, since a mark culled before its time could let an old page through.
        "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                   "LOCATION": "ispolkom_shared_cache", "OPTIONS": {"MAX_ENTRIES": 1_000_000}},
        "limits": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                   "LOCATION": "ispolkom_limits_cache", "OPTIONS": {"MAX_ENTRIES": 100_000}},
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the public site and the admin speak these three.
LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", "Русский"), ("be", "Беларуская"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Minsk"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# The full-page cache for anonymous visitors (PAGE_CACHE=0 turns it off, e.g. to benchmark).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_BROWSER_MAX_AGE = 60
# How far apart the clocks of the app servers may be, in seconds: a page rendered this soon
# after a page it shows was published is not kept (core/freshness.py).
PAGE_CACHE_CLOCK_SKEW = float(os.environ.get("PAGE_CACHE_CLOCK_SKEW", "1"))
# Uploaded files through Django: for `make run` and browser tests only; nginx does it in production.
SERVE_MEDIA = env_bool("SERVE_MEDIA")
# Serve static files straight from the apps when collectstatic has not run (dev, tests).
WHITENOISE_USE_FINDERS = True
# Uploads on this machine's disk, or (MEDIA_STORAGE=s3) in an S3-compatible bucket that
# every app server shares (docs/deployment.md, "Past one machine").
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    MEDIA_BACKEND = {"BACKEND": "ispolkom.uploads.s3.S3MediaStorage", "OPTIONS": {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL"),  # unset: Amazon's own
        "region_name": os.environ.get("AWS_S3_REGION_NAME"),
        "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN"),  # a CDN in front of it
        # keys: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3 itself
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE"),  # "path": MinIO
    }}
    MEDIA_ORIGIN = (f"https://{MEDIA_BACKEND['OPTIONS']['custom_domain']}"
                    if MEDIA_BACKEND["OPTIONS"]["custom_domain"]
                    else MEDIA_BACKEND["OPTIONS"]["endpoint_url"] or "https://*.amazonaws.com")
else:
    MEDIA_BACKEND = {"BACKEND": "ispolkom.uploads.storage.AtomicFileSystemStorage"}
    MEDIA_ORIGIN = None  # images come from the site's own host
STORAGES = {
    "default": MEDIA_BACKEND,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Refused requests get a friendly, localized page (see ispolkom/core/errors.py).
CSRF_FAILURE_VIEW = "ispolkom.core.errors.csrf_failure"
SESSION_ENGINE = "ispolkom.core.sessions"  # a garbage session cookie is no session

WAGTAIL_SITE_NAME = _("District executive committee")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "ods", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Uploads (ispolkom/uploads): images are re-encoded, documents must match their extension,
# and a failed write leaves nothing. No SVG: it can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000  # a 48-megapixel phone photo; ~200 MB to re-encode
WAGTAILIMAGES_IMAGE_FORM_BASE = "ispolkom.uploads.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "ispolkom.uploads.forms.DocumentForm"
# Always through Wagtail's view: privacy settings, "attachment" for all but PDF, nosniff and
# a CSP that blocks scripts inside documents (nginx must not serve media/documents/).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Form fields (not files) held in memory: long pages with large tables stay well under it.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# ASCII slugs (transliterated from Cyrillic) keep shared links readable everywhere.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# --- Security (docs/security.md) ---
# The admin can live at another path, so scanners looking for /admin/ find nothing.
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin").strip("/") or "admin"
WAGTAILADMIN_USER_LOGIN_FORM = "ispolkom.security.forms.TwoStepLoginForm"
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin
WAGTAIL_ENABLE_UPDATE_CHECK = False  # upgrades are our release's business, not the editors'
# Two-step verification for every admin user: without a device, only the set-up page opens.
TWO_STEP_REQUIRED = env_bool("TWO_STEP_REQUIRED")

# How many proxies we run in front of the app (nginx: 1; a CDN and nginx: 2). The client's
# address is the entry the nearest of them appended to X-Forwarded-For; anything before it
# was written by the client. 0: the header is ignored. AXES_PROXY_COUNT is the old name.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT")
                          or os.environ.get("AXES_PROXY_COUNT") or 0)

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords (or codes) for one account from one address lock that pair for
# 30 minutes; locking the account everywhere would let anyone lock editors out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ispolkom.security.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "ispolkom.security.addresses.client_address"
# Limits on guessing, as (failures, seconds), counted in caches["limits"] so that every
# worker sees the same count (ispolkom/security/limits.py). Above them: 429 and Retry-After.
PAGE_PASSWORD_LIMIT = (10, 15 * 60)  # per password-protected page and client address
SIGN_IN_ADDRESS_LIMIT = (20, 15 * 60)  # per client address, whatever the user names
SIGN_IN_USERNAME_LIMIT = (20, 15 * 60)  # per user name, whatever the addresses
# The question form (ispolkom/feedback): questions per client address, and how old its signed
# time token may be: sent sooner than a person can type, or after a day, it is refused.
FEEDBACK_LIMIT = (5, 60 * 60)
FEEDBACK_MIN_SECONDS = 3
FEEDBACK_MAX_AGE = 24 * 60 * 60

SELF, NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, [MEDIA_ORIGIN])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Wagtail's admin templates still contain inline scripts and style attributes.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *filter(None, [MEDIA_ORIGIN])],
        "frame-ancestors": [SELF],  # previews of a page being edited
    },
}
PERMISSIONS_POLICY = {
    feature: [] for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone",
        "payment", "usb", "browsing-topics",
    )
}
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views opt into SAMEORIGIN themselves
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"

# Seconds a visitor (or a load balancer) is asked to wait when the database is unreachable.
OUTAGE_RETRY_AFTER = 60
