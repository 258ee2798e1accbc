"""Full-text queries over SearchEntry: SQLite FTS5 or PostgreSQL text search.

Both return (total, [(page_id, snippet_with_markers)]) for one page of results; snippets mark
matches with START and STOP, which the view turns into <mark> after escaping the text.

The work per query is bounded, however common the words: matches are counted up to
COUNT_LIMIT + 1 (the view then says "more than COUNT_LIMIT"), the newest RANKED of them are
ordered by relevance, and the older ones follow newest first. Only the page shown gets
snippets. "Newest" is by page id, which grows as pages are added: SQLite's full-text index
walks its matches in that order without sorting them.
"""

from dataclasses import dataclass

from django.db import connection

from .stemming import query_stems, spelling_variants

START, STOP = "\x02", "\x03"
COUNT_LIMIT = 1000
RANKED = 200  # ranking costs a few microseconds a match on either database
PG_CONFIGS = {"ru": "russian", "en": "english", "be": "simple"}


@dataclass
class Filters:
    language: str
    home_id: int  # the site's home in that language: only its tree is searched
    section_id: int | None = None
    date_from: object = None  # aware datetimes, inclusive / exclusive
    date_to: object = None
    # Sections stored outside the site that it shows as its own (features.SEARCH_SHARED);
    # with section_id, those the chosen section shows.
    shared_ids: tuple = ()
    shared_in_section: tuple = ()

    def sql(self, alias="e"):
        clauses = [f"{alias}.language = %s"]
        params = [self.language]
        if self.shared_ids:
            marks = ", ".join(["%s"] * len(self.shared_ids))
            clauses.append(f"({alias}.home_id = %s OR {alias}.section_id IN ({marks}))")
            params += [self.home_id, *self.shared_ids]
        else:
            clauses.append(f"{alias}.home_id = %s")
            params.append(self.home_id)
        if self.section_id:
            sections = [self.section_id, *self.shared_in_section]
            clauses.append(f"{alias}.section_id IN ({', '.join(['%s'] * len(sections))})")
            params += sections
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


def fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def page_slices(offset, limit):
    """The part of the page among the ranked matches, and the part among the older ones."""
    ranked = (offset, min(offset + limit, RANKED)) if offset < RANKED else None
    older = (max(offset, RANKED), min(offset + limit, COUNT_LIMIT))
    return ranked, (older if older[0] < older[1] else None)


def page_of_matches(newest, offset, limit, rank):
    """Page ids for [offset, offset + limit): the part among the ranked matches comes from
    `rank(start, count)`, the part among the older ones from `newest` as it is."""
    ranked, older = page_slices(offset, limit)
    page_ids = rank(ranked[0], ranked[1] - ranked[0]) if ranked and newest else []
    if older:
        page_ids += newest[older[0]:older[1]]
    return page_ids


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
    matches = (f"FROM site_search_fts CROSS JOIN site_search_searchentry e ON e.page_id = "
               f"site_search_fts.rowid WHERE site_search_fts MATCH %s AND {where}")
    # The newest matches, counted on the way: one pass over at most COUNT_LIMIT + 1 of them.
    newest = [row[0] for row in fetch(
        f"SELECT e.page_id {matches} ORDER BY site_search_fts.rowid DESC LIMIT %s",
        [match, *params, COUNT_LIMIT + 1])]
    # bm25 over the newest RANKED matches: those from the RANKEDth on.
    page_ids = page_of_matches(newest, offset, limit, lambda start, count: [row[0] for row in fetch(
        f"SELECT e.page_id {matches} AND site_search_fts.rowid >= %s "
        "ORDER BY bm25(site_search_fts, 10.0, 1.0), e.date DESC, e.page_id DESC "
        "LIMIT %s OFFSET %s",
        [match, *params, newest[:RANKED][-1], count, start])])
    total = len(newest)
    if not page_ids:
        return total, []
    # A rowid range is one pass over the matches; a list of rowids would rerun the query
    # for each of them. The unary + keeps the list out of FTS5's hands.
    marks = ", ".join(["%s"] * len(page_ids))
    snippets = dict(fetch(
        "SELECT rowid, snippet(site_search_fts, 1, %s, %s, '…', 32) FROM site_search_fts "
        f"WHERE site_search_fts MATCH %s AND rowid BETWEEN %s AND %s AND +rowid IN ({marks})",
        [START, STOP, match, min(page_ids), max(page_ids), *page_ids]))
    return total, [(page_id, snippets.get(page_id, "")) for page_id in page_ids]


def postgres_search(text, filters, offset, limit):
    config = PG_CONFIGS.get(filters.language, "simple")
    # Russian and English have real stemmers in PostgreSQL; Belarusian gets ours.
    words = query_stems(text, filters.language) if config == "simple" else \
        [word.lower() for word in query_stems(text, "none")]
    if not words:
        return 0, []
    tsquery = prefix_query(words, filters.language, "{}:*", " | ", " & ")
    where, params = filters.sql()
    matches = (f"FROM site_search_searchentry e, to_tsquery(%s::regconfig, %s) AS q "
               f"WHERE e.vector @@ q AND {where}")
    match_params = [config, tsquery, *params]
    # The newest matches, counted on the way; the index finds them, the ranking reads only
    # the newest RANKED of them again, by primary key.
    newest = [row[0] for row in fetch(
        f"SELECT e.page_id {matches} ORDER BY e.page_id DESC LIMIT %s",
        [*match_params, COUNT_LIMIT + 1])]
    page_ids = page_of_matches(newest, offset, limit, lambda start, count: [row[0] for row in fetch(
        "SELECT e.page_id FROM site_search_searchentry e, to_tsquery(%s::regconfig, %s) q "
        "WHERE e.page_id = ANY(%s) "
        "ORDER BY ts_rank_cd(e.vector, q) DESC, e.date DESC, e.page_id DESC "
        "LIMIT %s OFFSET %s",
        [config, tsquery, newest[:RANKED], count, start])])
    total = len(newest)
    if not page_ids:
        return total, []
    headlines = dict(fetch(  # the costly part of PostgreSQL's text search: the page only
        "SELECT e.page_id, ts_headline(%s::regconfig, e.text, to_tsquery(%s::regconfig, %s), "
        "%s) FROM site_search_searchentry e WHERE e.page_id = ANY(%s)",
        [config, config, tsquery, f"StartSel={START}, StopSel={STOP}, MaxWords=35, "
         "MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"", page_ids]))
    return total, [(page_id, headlines.get(page_id, "")) for page_id in page_ids]
