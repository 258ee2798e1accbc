"""Fast, deterministic settings for the test suite (SQLite or DATABASE_URL)."""

import os
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    **CACHES,  # noqa: F405 -- the shared tables are created with the test database
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".test-media"))  # noqa: F405
STORAGES = {
    "default": MEDIA_BACKEND,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# One machine, one clock: a page may be cached as soon as a publication has committed
# (tests of the allowance set it themselves).
PAGE_CACHE_CLOCK_SKEW = 0
