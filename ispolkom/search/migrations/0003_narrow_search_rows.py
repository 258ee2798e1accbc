"""PostgreSQL: the text and its vector out of line, so that a search's heap rows are narrow.

A search visits the row of every match (to check the language and read the page id); with
the text and the vector inline that is a page of the table for every two or three matches.
Rows written before this migration stay as they were until rewritten (VACUUM FULL).
"""

from django.db import migrations

NARROW = "ALTER TABLE site_search_searchentry SET (toast_tuple_target = 128)"
WIDE = "ALTER TABLE site_search_searchentry RESET (toast_tuple_target)"


def on_postgresql(statement):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("site_search", "0002_full_text_index")]

    operations = [migrations.RunPython(on_postgresql(NARROW), on_postgresql(WIDE))]
