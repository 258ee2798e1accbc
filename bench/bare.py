"""The yardstick: a bare Django view returning fixed bytes, served by the same gunicorn."""

import os
from pathlib import Path

from django.conf import settings

settings.configure(
    DEBUG=False, SECRET_KEY="bench-only", ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__,
    MIDDLEWARE=[], INSTALLED_APPS=[],
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import re_path  # noqa: E402

BODY = Path(os.environ["BARE_FILE"]).read_bytes()


def same_bytes(request, path=""):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [re_path(r"^(?P<path>.*)$", same_bytes)]
application = get_wsgi_application()
