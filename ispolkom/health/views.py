"""Surviving faults: a liveness answer for the load balancer and a readiness report for
monitoring. (The friendly 503 shown instead of a 500 while the database is unreachable is
ispolkom.core.errors.server_error; pages in the page cache keep being served meanwhile.)"""

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ispolkom import framework

HEALTH_CACHE_KEY = "health:probe"
# Every cache alias the site uses (settings.CACHES), by the name the report gives it.
CACHE_COMPONENTS = {"cache": "default", "shared": "shared", "limits": "limits"}


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except DatabaseError:
        # Leave no half-open connection behind for the next request to trip over.
        framework.drop_unusable_connection()
        return "unavailable"


def cache_status(alias):
    """A value written and read back. With Redis down, django-redis (IGNORE_EXCEPTIONS)
    silently writes nothing; the database-table caches raise while the database is down."""
    try:
        cache = caches[alias]
        cache.set(HEALTH_CACHE_KEY, "ok", 10)
        return "ok" if cache.get(HEALTH_CACHE_KEY) == "ok" else "unavailable"
    except DatabaseError:
        framework.drop_unusable_connection()  # the table caches share the connection
        return "unavailable"
    except Exception:  # noqa: BLE001 -- any cache backend failure means "unavailable"
        return "unavailable"


def readiness_report():
    """Each component and the verdict: without the database only cached pages can be
    served ("unavailable"); without a cache the site works, more slowly ("degraded")."""
    report = {"database": database_status()}
    report.update({name: cache_status(alias) for name, alias in CACHE_COMPONENTS.items()
                   if alias in settings.CACHES})
    if report["database"] != "ok":
        report["status"] = "unavailable"
    elif any(value != "ok" for value in report.values()):
        report["status"] = "degraded"
    else:
        report["status"] = "ok"
    return report


@never_cache
@require_safe
def live(request):
    """For the load balancer: this process answers. It asks neither the database nor Redis:
    while they are down, the page cache still serves what visitors read most, and taking
    every server out of rotation for a fault they all share would serve nothing at all."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def ready(request):
    """For monitoring (and /health/, as before): what works, and what is degraded."""
    report = readiness_report()
    unavailable = report["status"] == "unavailable"
    response = JsonResponse(report, status=503 if unavailable else 200)
    if unavailable:
        response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
    return response

