"""A feature plugs in without touching the site: tests/support/notices, an app that exists
only here, is added through settings alone and shows up on the home page, at its own URL
and under /special/, in search, sitemap.xml and robots.txt.

The app needs its own database tables, so the site runs in a child process on a scratch
SQLite database (migrations, the demo and a dozen requests: about half a minute)."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TITLE_WORD, TEXT_WORD = "Паводкавае", "Снегавiчок"


def test_the_settings_only_add_the_app():
    from ispolkom.settings import test as plain
    from tests.support import notices_settings as with_notices

    def names(module):
        return {name: value for name, value in vars(module).items() if name.isupper()}

    changed = {name for name, value in names(with_notices).items()
               if names(plain).get(name, object()) != value}
    assert changed == {"INSTALLED_APPS"}
    assert with_notices.INSTALLED_APPS == ["tests.support.notices", *plain.INSTALLED_APPS]


# The app's model, an import from tests, or the app's label, module or templates as a string.
NAMING_THE_APP = re.compile(
    r"\bNoticePage\b|\b(from|import)\s+tests\b|[\"']tests\.support|[\"']notices[\"'/.]")


def test_the_site_does_not_name_the_app():
    sources = [path for path in (ROOT / "ispolkom").rglob("*")
               if path.suffix in {".py", ".html", ".txt", ".json"}]
    sources += [ROOT / "pyproject.toml", ROOT / "Makefile"]
    naming = [str(path.relative_to(ROOT)) for path in sources if path.exists()
              and NAMING_THE_APP.search(path.read_text(errors="replace"))]
    assert naming == []


@pytest.mark.slow
def test_a_feature_app_plugs_in(tmp_path):
    # A database, media folder and caches of its own (no REDIS_URL: nothing shared).
    env = {**{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
           "DJANGO_SETTINGS_MODULE": "tests.support.notices_settings",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
           "MEDIA_ROOT": str(tmp_path / "media")}
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.notices.check", TITLE_WORD, TEXT_WORD],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if result.returncode:
        pytest.fail(f"the check failed:\n{result.stdout}\n{result.stderr}")
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {
        "url": "/ru/notice-plug-in/",
        "home": [200, True],  # the home page block links to it
        "page": [200, True],  # the text is shown, and under /special/ too
        "special": [200, True],
        "search": [200, True],  # indexed when published: found by a word of its title
        "search_by_text": True,  # and of its text (its model's search_fields)
        "sitemap": [200, True],
        "robots": [200, True],  # its Disallow line
    }
