"""Full-text queries over SearchEntry: SQLite FTS5 or PostgreSQL text search.

Both return (total, [(page_id, snippet_with_markers)]) for one page of results; snippets mark
matches with START and STOP, which the view turns into <mark> after escaping the text.
"""

from dataclasses import dataclass

from django.db import connection

from .stemming import query_stems, spelling_variants

START, STOP = "\x02", "\x03"
PG_CONFIGS = {"ru": "russian", "en": "english", "be": "simple"}


@dataclass
class Filters:
    language: str
    section_id: int | None = None
    date_from: object = None  # aware datetimes, inclusive / exclusive
    date_to: object = None

    def sql(self, alias="e"):
        clauses, params = [f"{alias}.language = %s"], [self.language]
        if self.section_id:
            clauses.append(f"{alias}.section_id = %s")
            params.append(self.section_id)
        if self.date_from:
            clauses.append(f"{alias}.date >= %s")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{alias}.date < %s")
            params.append(self.date_to)
        return " AND ".join(clauses), params


def prefix_query(words, language, term, any_of, all_of):
    """Every word (in any of its spellings) as a prefix, in the backend's query syntax."""
    return all_of.join(
        "(" + any_of.join(term.format(form) for form in spelling_variants(word, language)) + ")"
        for word in words)


def count_and_page(count_sql, count_params, page_sql, page_params):
    """(number of matches, rows of the requested page)."""
    with connection.cursor() as cursor:
        cursor.execute(count_sql, count_params)
        total = cursor.fetchone()[0]
        cursor.execute(page_sql, page_params)
        return total, cursor.fetchall()


def search(text, filters, offset, limit):
    backend = postgres_search if connection.vendor == "postgresql" else sqlite_search
    return backend(text, filters, offset, limit)


def sqlite_search(text, filters, offset, limit):
    stems = query_stems(text, filters.language)
    if not stems:
        return 0, []
    # stems hold only \w characters, so quoting them is safe
    match = prefix_query(stems, filters.language, '"{}"*', " OR ", " AND ")
    where, params = filters.sql()
    # CROSS JOIN makes SQLite run the full-text match first, then look up each hit's row.
    base = (f"FROM site_search_fts CROSS JOIN site_search_searchentry e ON e.page_id = "
            f"site_search_fts.rowid WHERE site_search_fts MATCH %s AND {where}")
    return count_and_page(
        f"SELECT count(*) {base}", [match, *params],
        f"SELECT e.page_id, snippet(site_search_fts, 1, %s, %s, '…', 32) {base} "
        "ORDER BY bm25(site_search_fts, 10.0, 1.0), e.date DESC LIMIT %s OFFSET %s",
        [START, STOP, match, *params, limit, offset],
    )


def postgres_search(text, filters, offset, limit):
    config = PG_CONFIGS.get(filters.language, "simple")
    # Russian and English have real stemmers in PostgreSQL; Belarusian gets ours.
    words = query_stems(text, filters.language) if config == "simple" else \
        [word.lower() for word in query_stems(text, "none")]
    if not words:
        return 0, []
    tsquery = prefix_query(words, filters.language, "{}:*", " | ", " & ")
    where, params = filters.sql()
    base = (f"FROM site_search_searchentry e, to_tsquery(%s::regconfig, %s) AS q "
            f"WHERE e.vector @@ q AND {where}")
    return count_and_page(
        f"SELECT count(*) {base}", [config, tsquery, *params],
        f"SELECT ranked.page_id, ts_headline(%s::regconfig, ranked.text, ranked.q, %s) "
        f"FROM (SELECT e.page_id, e.text, q, ts_rank_cd(e.vector, q) AS rank, e.date {base} "
        "ORDER BY rank DESC, e.date DESC LIMIT %s OFFSET %s) AS ranked "
        "ORDER BY ranked.rank DESC, ranked.date DESC",
        [config, f"StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15, "
         "MaxFragments=2, FragmentDelimiter=\" … \"",
         config, tsquery, *params, limit, offset],
    )
