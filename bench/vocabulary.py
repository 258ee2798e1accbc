"""Words for the bench's generated news and searches, with a realistic frequency distribution.

Word frequencies in a language follow Zipf's law: the word of rank r appears about 1/r as
often as the commonest one. Here the head of each language's list is the words of the demo's
own texts (ispolkom/demo/data/*.json), ranked by how often they occur there, so that
function words and district vocabulary lead as in real news; pseudo-words made of the
language's syllables extend the tail to TAIL_SIZE words. Texts draw words by those weights,
and searches draw content words (past the commonest ranks) the same way, so a search matches
as many articles as a citizen's would: a few common words match most news, most words few.

Plain Python (no Django), so that bench/run.py can import it for its search URLs.
"""

import json
import random
import re
from collections import Counter
from functools import cache
from itertools import accumulate
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "ispolkom" / "demo" / "data"
LANGUAGES = ("ru", "be", "en")
TAIL_SIZE = 20_000
EXPONENT = 1.0
# Citizens search for content words: the commonest ranks (prepositions, conjunctions,
# "district") are skipped when drawing a search.
SEARCH_SKIPS = 60
SYLLABLES = {
    "ru": "ка ро ми на то ле ва зу пе ди со гра ны ль ст ор ин ет".split(),
    "be": "ка ро мі на та ле ва зу пе дзі са гра ны ць ст ар ін эт".split(),
    "en": "ka ro mi na to le va zu pe di so gra ny el st or in et".split(),
}
TAG = re.compile(r"<[^>]*>")
SKIPPED_KEYS = {"slug", "url", "email", "phone", "image", "file", "link", "href", "source"}
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def texts_in(value, language, inside=False):
    """Every string under a `language` key of the demo data, however deeply nested."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == language or (key not in LANGUAGES and key not in SKIPPED_KEYS):
                yield from texts_in(item, language, inside or key == language)
    elif isinstance(value, list):
        for item in value:
            yield from texts_in(item, language, inside)
    elif isinstance(value, str) and inside:
        yield TAG.sub(" ", value)


def demo_counts(language):
    counts = Counter()
    for path in sorted(DATA.glob("*.json")):
        for text in texts_in(json.loads(path.read_text(encoding="utf-8")), language):
            counts.update(word.lower() for word in WORD.findall(text))
    return counts


@cache
def ranked_words(language):
    """The language's words, commonest first: the demo's words, then pseudo-words."""
    words = [word for word, _count in demo_counts(language).most_common()]
    seen = set(words)
    rng = random.Random(language)
    while len(words) < TAIL_SIZE:
        word = "".join(rng.choice(SYLLABLES[language]) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


@cache
def cumulative_weights(language, skip=0):
    return list(accumulate(1 / rank ** EXPONENT
                           for rank in range(skip + 1, len(ranked_words(language)) + 1)))


def text(rng, language, count):
    """`count` words drawn by their frequency, as a sentence."""
    words = ranked_words(language)
    chosen = rng.choices(words, cum_weights=cumulative_weights(language), k=count)
    return " ".join(chosen).capitalize()


def searches(language, count=200, seed="bench"):
    """`count` searches of one or two content words (three in four are one word)."""
    rng = random.Random(f"{seed}-{language}")
    words = ranked_words(language)[SEARCH_SKIPS:]
    weights = cumulative_weights(language, SEARCH_SKIPS)
    return [" ".join(rng.choices(words, cum_weights=weights, k=1 if rng.random() < 0.75 else 2))
            for _ in range(count)]
