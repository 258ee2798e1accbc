"""A few sentences of an article's body, for lists when the editor wrote no lead.

Agency news often comes without a lead; lists, the feed and meta descriptions then show
the opening of the text, cut where a reader expects a cut: after a sentence, else a word.
"""

import re

from bs4 import BeautifulSoup

SUMMARY_LENGTH = 200
# A sentence ends with . ! ? or … (maybe closed by a quote or bracket) before a space.
SENTENCE_END = re.compile(r"[.!?…][»\"')\]]*(?=\s)")


def body_text(body, enough=SUMMARY_LENGTH * 2):
    """Plain text of the body's text blocks, in order, up to about `enough` characters."""
    parts, length = [], 0
    for block in body:
        if block.block_type != "paragraph":
            continue
        text = BeautifulSoup(block.value.source, "html.parser").get_text(" ")
        text = " ".join(text.split())
        if text:
            parts.append(text)
            length += len(text) + 1
        if length >= enough:
            break
    return " ".join(parts)


def shorten(text, limit=SUMMARY_LENGTH):
    """`text` cut to at most `limit` characters: after the last whole sentence that fits,
    else at a word with "…"; short text stays as it is."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    sentences = [end.end() for end in SENTENCE_END.finditer(head) if end.end() <= limit]
    if sentences and sentences[-1] >= limit // 3:
        return head[:sentences[-1]]
    words = head[:limit].rsplit(" ", 1)[0] if " " in head[:limit] else head[:limit - 1]
    return words.rstrip(" ,;:—-") + "…"
