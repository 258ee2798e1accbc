from django import template

from ispolkom.core import languages
from ispolkom.search.stemming import ENDINGS, MIN_STEM

register = template.Library()


@register.simple_tag
def stem_rules():
    """The active language's stemming rules for the catalogue's live filter, so that the
    script folds words exactly as the server does: {"endings": "…", "min_stem": 3}."""
    language = languages.current()
    return {"endings": " ".join(ENDINGS.get(language, ())),
            "min_stem": MIN_STEM.get(language, 3)}
