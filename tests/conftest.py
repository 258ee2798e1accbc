"""Shared fixtures: the demo site is loaded once per test session and every test
runs inside a transaction that is rolled back."""

import os
import shutil
from urllib.parse import quote

import pytest
from django.conf import settings

from ispolkom.demo.loader import DemoLoader

LANGUAGES = ("ru", "be", "en")
SEARCH_WORDS = {"ru": "район", "be": "раён", "en": "district"}  # found in every demo


def require_tool(available, what):
    """Skip locally when a tool is missing; in CI (CI=true) a missing tool is a failure."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.db import connection

    # pytest-django skips creating the test database when no collected test asks for one;
    # never load the demo into (or wipe media of) the configured, real database then.
    name = str(connection.settings_dict["NAME"])
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not (in_memory or name.startswith("test_")):
        pytest.fail("the test database was not set up: mark the test with django_db")
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        DemoLoader().load()
        make_renditions()


def make_renditions():
    """The picture renditions the demo's pages show, made once for the session. A picture
    comes in three formats and up to three widths, and AVIF is slow to encode: a test that
    made them itself (its rows roll back) would pay for that again each time."""
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    for page in Page.objects.live().filter(depth__gt=1).only("url_path"):
        client.get(page.get_url())


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database rolls back, the cache would not."""
    from django.core.cache import cache

    from ispolkom.core import freshness
    from ispolkom.pagecache import store

    cache.clear()
    freshness.forget()  # what this process remembers of generations and hosts
    store.forget()  # and the pages it holds in probation


@pytest.fixture(autouse=True)
def empty_guess_counts():
    """The counters of guesses (sign-in, page passwords) outlive a test in Redis; in the
    database table (no Redis) they roll back with it."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    if not isinstance(caches["limits"], DatabaseCache):
        caches["limits"].clear()


@pytest.fixture
def demo(db):
    return DemoPages()


@pytest.fixture
def clock(monkeypatch):
    """Sets the time the pages and the page cache see (Minsk's wall clock):
    `clock(2026, 12, 14, 13, 20)`."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from ispolkom.core import freshness

    def set_to(*moment):
        now = datetime(*moment, tzinfo=ZoneInfo("Europe/Minsk"))
        monkeypatch.setattr("django.utils.timezone.now", lambda: now.astimezone(UTC))
        monkeypatch.setattr(freshness, "wall_clock_ns", lambda: int(now.timestamp() * 10**9))

    return set_to


@pytest.fixture
def no_banners(db):
    """The demo's notice banner can be hidden by visitors, so browsers must ask again for every
    page that shows it (max-age=0, answered with 304): tests of how long browsers may keep a
    page take the demo's banners away."""
    from ispolkom.alerts.models import Alert

    Alert.objects.all().delete()


class DemoPages:
    """Finds pages of the demo site by language."""

    def home(self, language):
        from ispolkom.core.models import HomePage

        return HomePage.objects.get(locale__language_code=language)

    def news_index(self, language):
        from ispolkom.news.models import NewsIndexPage

        return NewsIndexPage.objects.get(locale__language_code=language)

    def section(self, language, slug="district"):
        from ispolkom.news.models import NewsSectionPage

        return NewsSectionPage.objects.get(locale__language_code=language, slug=slug,
                                           path__startswith=self.home(language).path)

    def article(self, language, section="district"):
        """The newest article the section lists: for the republic, one of the news library
        (stored once for every site), kept as the section's (its URL is the section's)."""
        from ispolkom.news.models import listed_under, shown_in

        section = self.section(language, section)
        return shown_in([listed_under(section).first()], [section])[0]

    def standard(self, language, slug="about"):
        from ispolkom.core.models import StandardPage

        return StandardPage.objects.get(locale__language_code=language, slug=slug)

    def sitemap(self, language):
        from ispolkom.core.models import SiteMapPage

        return SiteMapPage.objects.get(locale__language_code=language)

    def urls_of_every_type(self, language):
        """One URL of each public page type in `language`."""
        return {
            "home": self.home(language).url,
            "news_index": self.news_index(language).url,
            "news_index_page_2": self.news_index(language).url + "page/2/",
            "section": self.section(language).url,
            "article": self.article(language).url,
            "standard": self.standard(language).url,
            "child_standard": self.standard(language, "history").url,
            "standard_with_table": self.standard(language, "contacts").url,
            "sitemap_page": self.sitemap(language).url,
            "search": f"/{language}/search/?q={quote(SEARCH_WORDS[language])}",
            "tag": self.tag_url(language),
        }

    def tag_url(self, language):
        """The tag page of the first tag of the newest article that has one."""
        from ispolkom.news.models import NewsArticlePage

        article = (NewsArticlePage.objects.live().filter(locale__language_code=language)
                   .exclude(tags=None).order_by("-date").first())
        tag = article.tags.order_by("name").first()
        return self.news_index(language).url + f"tag/{quote(tag.slug)}/"
