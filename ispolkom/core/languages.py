"""The site's languages, from one source: settings.LANGUAGES (codes and names, in the order
the switch shows them) and settings.LANGUAGE_CODE (the default). Wagtail's locales follow
the same list (WAGTAIL_CONTENT_LANGUAGES). Everything else asks here."""

from django.conf import settings
from django.utils.translation import get_language

# How the language switch abbreviates each language; a language not listed shows its code.
SHORT_LABELS = {"ru": "Рус", "be": "Бел", "en": "Eng"}


def codes():
    """("ru", "be", "en"): every language of the site, in the switch's order."""
    return tuple(code for code, _name in settings.LANGUAGES)


def default():
    return settings.LANGUAGE_CODE


def current():
    """The active language's code ("be" for "be-by"), or the default outside a request."""
    return (get_language() or default())[:2]


def name(code):
    """The language's own name: Русский, Беларуская, English."""
    return dict(settings.LANGUAGES).get(code, code)


def short_label(code):
    return SHORT_LABELS.get(code, code.capitalize())


def in_active_language(field):
    """A model property reading `<field>_<lang>` for the active language, falling back to the
    site's default language (for text kept in one column per language)."""

    def getter(instance):
        return (getattr(instance, f"{field}_{current()}", "")
                or getattr(instance, f"{field}_{default()}"))

    return property(getter)
