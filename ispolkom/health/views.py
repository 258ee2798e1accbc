"""Surviving faults: a health report for the load balancer, and a friendly 503 instead of a
500 when the database is unreachable (pages in the page cache keep being served before any
of this runs)."""

import sys

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.defaults import server_error as django_server_error

from ispolkom.core.errors import error_page

HEALTH_CACHE_KEY = "health:probe"
OUTAGE = (
    _("The site is temporarily unavailable"),
    _("We are restoring it now. Please try again in a minute: the page you asked for has not "
      "gone anywhere."),
)


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except DatabaseError:
        # Leave no half-open connection behind for the next request to trip over.
        connection.close_if_unusable_or_obsolete()
        return "unavailable"


def cache_status():
    try:
        cache.set(HEALTH_CACHE_KEY, "ok", 10)
        return "ok" if cache.get(HEALTH_CACHE_KEY) == "ok" else "unavailable"
    except Exception:  # noqa: BLE001 -- any cache backend failure means "unavailable"
        return "unavailable"


@never_cache
@require_safe
def health(request):
    report = {"database": database_status(), "cache": cache_status()}
    healthy = all(value == "ok" for value in report.values())
    report["status"] = "ok" if healthy else "unavailable"
    response = JsonResponse(report, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
    return response


def server_error(request):
    """handler500: a database that went away is an outage to wait out, not a bug."""
    _type, error, _traceback = sys.exc_info()
    if not isinstance(error, DatabaseError):
        return django_server_error(request)
    response = error_page(request, 503, OUTAGE)
    response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response
