"""Every interface string is translated into Belarusian and Russian."""

import os
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "ispolkom" / "locale"


@pytest.mark.parametrize("language", ["be", "ru"])
def test_catalog_is_complete_and_compiled(language):
    po_path = LOCALE / language / "LC_MESSAGES" / "django.po"
    catalog = polib.pofile(str(po_path))
    assert len(catalog) > 50
    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert {e.msgid: e.msgstr for e in compiled if e.msgid and not e.msgid_plural} == {
        e.msgid: e.msgstr for e in catalog.translated_entries() if not e.msgid_plural}, \
        "run `make messages` to recompile"


def test_catalog_covers_every_string_in_the_code(tmp_path):
    """makemessages on a copy of the code finds nothing that the catalogs lack."""
    import shutil
    import subprocess
    import sys

    from .conftest import require_tool

    require_tool(shutil.which("xgettext"), "GNU gettext (xgettext)")
    copy = tmp_path / "ispolkom"
    shutil.copytree(LOCALE.parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    django_admin = Path(sys.executable).with_name("django-admin")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run([str(django_admin), "makemessages", "-l", "be", "-l", "ru", "--no-obsolete"],
                   cwd=copy, env=env, check=True, capture_output=True, timeout=120)
    for language in ("be", "ru"):
        catalog = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
        missing = [e.msgid for e in catalog.untranslated_entries() + catalog.fuzzy_entries()]
        assert missing == [], f"{language}: translate these, then `make messages`"
