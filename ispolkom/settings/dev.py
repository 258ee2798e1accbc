"""`make run` (the site as visitors will see it) and `make dev` (DEBUG=1, Django's technical
pages for the developer). Never use in production."""

from .base import *  # noqa: F403

# DEBUG comes from the environment (base.py): off unless `make dev` or DEBUG=1 asks for it,
# so that `make run` shows visitors the site's own 404 and 500 pages, not URL patterns,
# paths and settings.
SERVE_MEDIA = True  # images only; documents always go through Wagtail's view (ispolkom/urls.py)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
