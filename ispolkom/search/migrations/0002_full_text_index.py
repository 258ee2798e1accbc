"""The full-text index, which each database builds its own way."""

from django.db import migrations

SQLITE_FORWARD = [
    # An FTS5 index over the entries' title and text, kept in step by triggers.
    """CREATE VIRTUAL TABLE site_search_fts USING fts5(
        title, text, content='site_search_searchentry', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER site_search_ai AFTER INSERT ON site_search_searchentry BEGIN
        INSERT INTO site_search_fts(rowid, title, text) VALUES (new.page_id, new.title, new.text);
    END""",
    """CREATE TRIGGER site_search_ad AFTER DELETE ON site_search_searchentry BEGIN
        INSERT INTO site_search_fts(site_search_fts, rowid, title, text)
        VALUES ('delete', old.page_id, old.title, old.text);
    END""",
    """CREATE TRIGGER site_search_au AFTER UPDATE ON site_search_searchentry BEGIN
        INSERT INTO site_search_fts(site_search_fts, rowid, title, text)
        VALUES ('delete', old.page_id, old.title, old.text);
        INSERT INTO site_search_fts(rowid, title, text) VALUES (new.page_id, new.title, new.text);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS site_search_au",
    "DROP TRIGGER IF EXISTS site_search_ad",
    "DROP TRIGGER IF EXISTS site_search_ai",
    "DROP TABLE IF EXISTS site_search_fts",
]

PG_VECTOR = """
    CASE language
        WHEN 'ru' THEN setweight(to_tsvector('russian'::regconfig, title), 'A')
                    || setweight(to_tsvector('russian'::regconfig, text), 'B')
        WHEN 'en' THEN setweight(to_tsvector('english'::regconfig, title), 'A')
                    || setweight(to_tsvector('english'::regconfig, text), 'B')
        ELSE setweight(to_tsvector('simple'::regconfig, title), 'A')
            || setweight(to_tsvector('simple'::regconfig, text), 'B')
    END"""
POSTGRES_FORWARD = [
    f"ALTER TABLE site_search_searchentry ADD COLUMN vector tsvector "
    f"GENERATED ALWAYS AS ({PG_VECTOR}) STORED",
    "CREATE INDEX site_search_vector ON site_search_searchentry USING gin (vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS site_search_vector",
    "ALTER TABLE site_search_searchentry DROP COLUMN IF EXISTS vector",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
