"""The old CMS's addresses (see real-system.md): which are articles, which are news lists,
and what an article's address says about it (language, section, numeric id, year).

    /ru/news-rayon-ru/view/agreement-on-policy-15636/       an article
    /special/en/news-rayon-en/view/slug-23083-2025          its special version, a year after
    /printv/by/news_raion/view/slug-1000012345/             its print version, Belarusian as "by"
    /ru/news-rayon-ru/page/7/, /ru/news_raion               a news list and one of its pages

The same parser reads a mirror's files, the links a crawl follows and the requests that
come to the new site for an old address."""

import re
from dataclasses import dataclass

# Old sites' language codes; one family writes Belarusian as "by".
LANGUAGES = {"ru": "ru", "be": "be", "by": "be", "en": "en"}
VERSIONS = ("special", "printv")
# An old section's slug: letters, digits, hyphens and underscores (news-rayon-ru, news_raion).
SECTION = r"[a-z0-9][a-z0-9_-]{0,99}"
ARTICLE = re.compile(
    rf"^/(?:(?P<version>special|printv)/)?(?P<language>[a-z]{{2}})/(?P<section>{SECTION})"
    r"/view/(?P<slug>[^/]*?)-?(?P<numbers>\d+(?:-\d+)?)/?$", re.IGNORECASE)
LIST = re.compile(
    rf"^/(?:(?P<version>special|printv)/)?(?P<language>[a-z]{{2}})/(?P<section>{SECTION})"
    r"(?:/page/(?P<page>\d{1,6}))?/?$", re.IGNORECASE)
# Years an article's address may end with; anything else after the id is part of the id.
YEARS = range(1995, 2100)
LONGEST_ID = 18  # ten digits are common after imports; BigIntegerField holds eighteen


@dataclass(frozen=True)
class OldArticle:
    language: str  # the new site's code: "be" for "by"
    section: str
    slug: str
    ids: tuple  # candidate ids, likeliest first (see article_ids)
    version: str = ""  # "", "special" or "printv"


@dataclass(frozen=True)
class OldList:
    language: str
    section: str
    page: int
    version: str = ""


def parse(path):
    """An OldArticle, an OldList, or None for any other address."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    if match := ARTICLE.match(path):
        language = LANGUAGES.get(match["language"].lower())
        ids = article_ids(match["slug"], match["numbers"])
        if language and ids:
            return OldArticle(language, match["section"].lower(), match["slug"].strip("-"), ids,
                              (match["version"] or "").lower())
        return None
    if (match := LIST.match(path)) and "/view" not in path:
        language = LANGUAGES.get(match["language"].lower())
        if language:
            return OldList(language, match["section"].lower(), int(match["page"] or 1),
                           (match["version"] or "").lower())
    return None


def article_ids(slug, numbers):
    """The ids `…-23083-2025` may mean: 23083 in 2025, or 2025 with a slug ending in 23083.
    A year-looking tail is read as a year first (the CMS's usual shape), the other reading
    second; the caller takes the first id it knows. Ids too long for the database give none."""
    head, _dash, tail = numbers.partition("-")
    if not tail:
        candidates = [head]
    elif int(tail) in YEARS:
        candidates = [head, tail]
    else:
        candidates = [tail]
    return tuple(int(number) for number in candidates if len(number) <= LONGEST_ID)


def canonical_path(found):
    """The regular version's address of an article or list, as the old site wrote it."""
    if isinstance(found, OldList):
        page = f"page/{found.page}/" if found.page > 1 else ""
        return f"/{found.language}/{found.section}/{page}"
    return f"/{found.language}/{found.section}/view/{found.slug}-{found.ids[0]}/"
