"""Soft hyphens (U+00AD) in the special version's text, so that at the largest font and
letter spacing a long word breaks at a syllable with a visible hyphen instead of anywhere
(the browser has no hyphenation dictionaries of its own for ru and be). Browsers show a soft
hyphen only where the line breaks, and find-in-page ignores it.

Only text in <body> changes, never a tag, an attribute, a comment or what is inside
<script>, <style>, <pre>, <code>, <mark> (search results) and the like; chunks of text that
look like an address (URL, e-mail, domain, path) stay whole.
"""

import re
from functools import cache, lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
# The shortest word that gets soft hyphens, by font size and letter spacing: the longest
# word that still fits a 360 px phone's line in a heading (or a narrow card) at that setting,
# so that at the default settings only really long words change. Five letters always fit.
SHORTEST_WORD = {
    ("1", "1"): 16, ("1", "2"): 16, ("1", "3"): 12,
    ("2", "1"): 10, ("2", "2"): 9, ("2", "3"): 8,
    ("3", "1"): 7, ("3", "2"): 6, ("3", "3"): 6,
}
MIN_LETTERS = min(SHORTEST_WORD.values())
MAX_LETTERS = 40  # longer runs of letters are not words
DICTIONARIES = {"ru": "ru_RU", "be": "be_BY", "en": "en_US"}
FALLBACK = {"en": "en_GB"}  # its patterns split some words en_US leaves whole ("patronymic")

# A comment, a doctype or processing instruction, or a tag whose quoted attribute values may
# hold ">" (each alternative starts differently, so matching stays linear).
TOKEN = re.compile(
    r"<!--.*?-->|<![^>]*>|<\?[^>]*>"
    r"|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>",
    re.DOTALL,
)
# Elements whose text is not running prose, or must stay exactly as written.
UNTOUCHED = frozenset({
    "head", "script", "style", "template", "textarea", "title", "pre", "code", "kbd", "samp",
    "var", "mark", "svg", "math", "select", "option",
})
# Raw-text elements end only at their own end tag, whatever "<" they contain.
RAW_TEXT = frozenset({"script", "style", "textarea", "title"})
CHUNK = re.compile(r"\S+")
ADDRESS = re.compile(r"://|@|/|\\|^www\.|\w\.\w", re.IGNORECASE)
WORD = re.compile(r"(?<![&#\w])[^\W\d_]{" + str(MIN_LETTERS) + r",}(?!\w)")
VOWELS = frozenset("аеёиоуыэюяіaeiouy")
LATIN = re.compile(r"^[A-Za-z]+$")
CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")


def shortest_word(size, spacing):
    return SHORTEST_WORD.get((size, spacing), MIN_LETTERS)


def hyphenate_html(html, language, shortest=MIN_LETTERS):
    """`html` with soft hyphens in the words of its body's text of `shortest` letters or more."""
    parts, position, skipped, in_body = [], 0, 0, False
    for match in TOKEN.finditer(html):
        if match.start() < position:  # inside raw text already copied
            continue
        text = html[position:match.start()]
        parts.append(hyphenate_text(text, language, shortest) if in_body and not skipped else text)
        closing, name = match.group(1), (match.group(2) or "").lower()
        tag_end = match.end()
        if name == "body" and not closing:
            in_body, skipped = True, 0  # </head> is optional
        if name in RAW_TEXT and not closing:
            end = re.compile(rf"</{name}\b", re.IGNORECASE).search(html, tag_end)
            tag_end = end.start() if end else len(html)
            parts.append(html[match.start():tag_end])
        else:
            parts.append(match.group(0))
            if name in UNTOUCHED and name != "body" and not match.group(0).endswith("/>"):
                skipped = max(skipped - 1, 0) if closing else skipped + 1
        position = tag_end
    text = html[position:]
    parts.append(hyphenate_text(text, language, shortest) if in_body and not skipped else text)
    return "".join(parts)


def hyphenate_text(text, language, shortest):
    # A raw "<" in text means markup this scanner did not understand: leave it as it is.
    if len(text) < shortest or "<" in text:
        return text
    return CHUNK.sub(lambda chunk: hyphenate_chunk(chunk.group(0), language, shortest), text)


def hyphenate_chunk(chunk, language, shortest):
    if len(chunk) < shortest or ADDRESS.search(chunk):
        return chunk
    return WORD.sub(lambda word: hyphenated(word.group(0), language)
                    if len(word.group(0)) >= shortest else word.group(0), chunk)


@lru_cache(maxsize=50_000)
def hyphenated(word, language):
    code = word_language(word, language)
    if code is None or len(word) > MAX_LETTERS:
        return word
    result = dictionary(DICTIONARIES[code]).inserted(word, hyphen=SOFT_HYPHEN)
    if result == word and code in FALLBACK:
        result = dictionary(FALLBACK[code]).inserted(word, hyphen=SOFT_HYPHEN)
    return syllables_only(result)


def syllables_only(word):
    """Drops the breaks that would leave a piece with no vowel (the be_BY patterns give
    "Асі-по-ві-ц-кі"): such a piece joins the one before it."""
    pieces = []
    for piece in word.split(SOFT_HYPHEN):
        if pieces and not VOWELS.intersection(piece.lower()):
            pieces[-1] += piece
        elif pieces and not VOWELS.intersection(pieces[-1].lower()):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return SOFT_HYPHEN.join(pieces)


def word_language(word, language):
    """The dictionary for `word`: by its script, then by letters only one language has, so
    that a Russian name on a Belarusian page is hyphenated as Russian and vice versa."""
    if LATIN.match(word):
        return "en"
    if not CYRILLIC.match(word):
        return None
    lowered = word.lower()
    if any(letter in lowered for letter in "іў"):
        return "be"
    if any(letter in lowered for letter in "ищъ"):
        return "ru"
    return language if language in ("ru", "be") else "ru"


@cache
def dictionary(name):
    return pyphen.Pyphen(lang=name, left=2, right=2)
