"""Short news addresses: the admin makes a slug from the whole title (transliterated, up to
255 characters), so a long headline gave a 99-character URL. Before an article is first
published its slug is cut to SLUG_LENGTH at a word; published addresses never change."""

SLUG_LENGTH = 60


def capped_slug(slug, limit=SLUG_LENGTH):
    """`slug` at most `limit` characters long, cut at a hyphen where there is one."""
    if len(slug) <= limit:
        return slug
    head = slug[:limit + 1]  # one more: a hyphen right after the limit is a clean cut
    cut = head.rfind("-")
    return (head[:cut] if cut > 0 else slug[:limit]).strip("-") or slug[:limit]


def free_slug(slug, is_free, limit=SLUG_LENGTH):
    """`slug`, or with -2, -3… (still within `limit`) when `is_free(slug)` says it is taken."""
    candidate, number = slug, 1
    while not is_free(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = capped_slug(slug, limit - len(suffix)) + suffix
    return candidate
