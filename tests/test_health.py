"""/health/live/ for the load balancer, /health/ready/ (and /health/) for monitoring.

The database going away under a real server is in test_outage.py; here Redis goes away: the
site keeps serving pages, so the load balancer must keep it, and monitoring must hear which
part is degraded.
"""

import json

import pytest
from django.test import override_settings

from tests.support.live_server import free_port

COMPONENTS = {"database", "cache", "shared", "limits"}


def redis_that_is_down():
    """The caches as base.py builds them with REDIS_URL, on a port where nothing listens."""
    location = f"redis://127.0.0.1:{free_port()}/0"
    return {
        alias: {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location,
                "KEY_PREFIX": f"ispolkom-{alias}", "OPTIONS": {"IGNORE_EXCEPTIONS": True}}
        for alias in ("default", "shared", "limits")
    }


def report(response):
    return json.loads(response.content)


@pytest.mark.parametrize("url", ["/health/ready/", "/health/"])
def test_readiness_names_every_component(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    assert report(response) == {**dict.fromkeys(COMPONENTS, "ok"), "status": "ok"}


def test_liveness_asks_neither_the_database_nor_a_cache(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/live/")
    assert response.status_code == 200
    assert report(response) == {"status": "ok"}


@pytest.mark.parametrize("url", ["/health/live/", "/health/ready/", "/health/"])
def test_health_answers_are_never_cached(client, db, url):
    for _ in range(2):
        response = client.get(url)
        assert "no-store" in response["Cache-Control"]
        assert not response.has_header("X-Page-Cache")


@override_settings(CACHES=redis_that_is_down(), DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=False)
def test_redis_down_is_degraded_not_down(client, demo):
    for url in ("/health/ready/", "/health/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert report(response) == {"database": "ok", "cache": "unavailable",
                                    "shared": "unavailable", "limits": "unavailable",
                                    "status": "degraded"}
    assert client.get("/health/live/").status_code == 200
    # What liveness promises: pages are still served, from the database.
    assert client.get(demo.news_index("ru").url).status_code == 200
