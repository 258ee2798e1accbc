"""The demo loader and the environment-driven settings."""

import os
import subprocess
import sys

from django.conf import settings
from wagtail.models import Page

from ispolkom.demo import data
from ispolkom.demo.loader import DemoLoader
from ispolkom.news.models import NewsArticlePage

from .conftest import LANGUAGES


def test_demo_has_at_least_30_news_per_language_in_three_sections(demo):
    for language in LANGUAGES:
        articles = NewsArticlePage.objects.live().filter(locale__language_code=language)
        assert articles.count() >= 30
        sections = {a.get_parent().slug for a in articles}
        assert sections == {"district", "region", "republic"}
    assert NewsArticlePage.objects.exclude(main_image=None).exists()


def test_demo_loader_is_idempotent(demo):
    pages = Page.objects.count()
    assert DemoLoader().load() is False
    assert Page.objects.count() == pages


def test_demo_content_is_complete_in_every_language():
    for entry in data.news() + data.pages():
        for language in LANGUAGES:
            text = entry[language]
            assert text["title"].strip() and text["body"]


def run_python(code, **env):
    environment = {k: v for k, v in os.environ.items()
                   if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    environment.update(env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environment, cwd=settings.BASE_DIR, timeout=60)


def test_production_refuses_to_start_without_a_secret_key():
    code = ("import django, os;"
            "os.environ['DJANGO_SETTINGS_MODULE'] = 'ispolkom.settings.production'; django.setup()")
    result = run_python(code)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert run_python(code, SECRET_KEY="x" * 50).returncode == 0


def test_settings_come_from_the_environment():
    code = (
        "import os; os.environ['DJANGO_SETTINGS_MODULE']='ispolkom.settings.production';"
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.ALLOWED_HOSTS, s.DEBUG, s.MEDIA_ROOT,"
        " s.CACHES['default']['BACKEND'])"
    )
    result = run_python(
        code, SECRET_KEY="k" * 50, DATABASE_URL="postgres://u:p@db.example:5432/site",
        ALLOWED_HOSTS="osipovichi.gov.by,www.osipovichi.gov.by", DEBUG="0",
        MEDIA_ROOT="/srv/media", REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql", "['osipovichi.gov.by',", "'www.osipovichi.gov.by']",
        "False", "/srv/media", "django_redis.cache.RedisCache",
    ]
