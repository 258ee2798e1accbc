"""Every interface string is translated into Belarusian and Russian."""

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
    assert {e.msgid: e.msgstr for e in compiled if e.msgid} == {
        e.msgid: e.msgstr for e in catalog.translated_entries() if not e.msgid_plural}, \
        "run `make messages` to recompile"
