"""In-process figures for the bench: queries per uncached public page of a site, and with
--admin the queries and latency of the admin for an editor of that site (bench/multisite.py).

    python bench/probe.py [--admin] HOST PATH [PATH ...]    (Django settings from the environment)

prints one JSON line: {"pages": {path: queries}, "admin": {name: {"queries", "p50_ms", "p95_ms"}}}.
"""
# ruff: noqa: E402 -- the models can be imported only once Django is set up, as in manage.py

import json
import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ispolkom.settings.dev")
os.environ["PAGE_CACHE"] = "0"  # the figures are of uncached pages
django.setup()

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ispolkom.core.committees import find_site
from ispolkom.core.editors import group_name, homes_of
from ispolkom.news.models import NewsSectionPage

ADMIN_REQUESTS = int(os.environ.get("BENCH_ADMIN_REQUESTS", "20"))


def counted(client, url):
    """Queries of a second request: the first fills the process's own caches (content types,
    locales) as a worker's first requests do."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return len(queries)


def timed(client, url, count):
    """Queries of one request, and p50/p95 over `count` more."""
    queries = counted(client, url)
    took = []
    for _ in range(count):
        started = time.perf_counter()
        client.get(url)
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    return {"queries": queries, "p50_ms": round(statistics.median(took), 1),
            "p95_ms": round(took[max(0, int(len(took) * 0.95) - 1)], 1)}


def editor_of(site):
    user, _ = get_user_model().objects.get_or_create(username=f"bench-editor-{site.pk}")
    user.groups.add(Group.objects.get(name=group_name(site, "editors")))
    return user


def main(host, paths, with_admin=False):
    public = Client(HTTP_HOST=host)
    pages = {path: counted(public, path) for path in paths}
    print(json.dumps({"pages": pages, "admin": admin(host) if with_admin else {}},
                     ensure_ascii=False))


def admin(host):
    site = find_site(host)
    admin = Client(HTTP_HOST=host)
    admin.force_login(editor_of(site))
    home = homes_of(site).order_by("path").first()
    busiest = (NewsSectionPage.objects.filter(path__startswith=home.path)
               .order_by("-numchild").first())
    urls = {
        "explorer, the site's home": reverse("wagtailadmin_explore", args=[home.pk]),
        f"explorer, a section of {busiest.numchild} news":
            reverse("wagtailadmin_explore", args=[busiest.pk]),
        "admin search": reverse("wagtailadmin_pages:search") + "?q=" + busiest.title.split()[0],
    }
    return {name: timed(admin, url, ADMIN_REQUESTS) for name, url in urls.items()}


if __name__ == "__main__":
    arguments = sys.argv[1:]
    with_admin = "--admin" in arguments
    host, *paths = [argument for argument in arguments if argument != "--admin"]
    main(host, paths, with_admin)
