"""The site's LocaleMiddleware: an address in a language the site does not have is a 404.

Django's LocaleMiddleware answers any 404 without a language of the site in front
(i18n_patterns with prefix_default_language) with a redirect to the same path in the
visitor's language, and Wagtail's catch-all makes every such path look valid: `/de/news/`
went to `/ru/de/news/`, a second request for the same 404. Here an address whose first
segment is a language code (`/de/news/`, `/fr/`, `/pt-br/x/`, `/DE/`) answers the site's
own 404 page at once, in the visitor's language (Django's choice: Accept-Language among the
site's languages, else the default). Anything else keeps Django's behaviour: `/news/` still
goes to `/ru/news/`.

Why a subclass in LocaleMiddleware's place rather than a middleware before it: the redirect
is made on the way out, in process_response; a middleware in front could only avoid it by
answering itself and skipping every middleware inside (security headers, Wagtail's editor
redirects). Only 404s are touched, so a route that does answer (`/admin/`, the special
version's `/special/…`, whose prefix special's middleware has already taken off) is never
affected, and the 404 page is rendered as for any other unknown address (core/errors.py).
"""

import re

from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from . import languages

# What reads as a language tag at the start of an address: any two letters (ISO 639-1), or
# a language with a region or script. Three letters alone ("faq", "rss") are more likely a
# mistyped page without its language, which Django's redirect still helps; the few
# three-letter languages Django knows ("ast", "dsb") count through LANG_INFO.
LANGUAGE_TAG = re.compile(r"[a-z]{2}|[a-z]{2,3}-[a-z0-9]{2,8}")


def foreign_language(path_info):
    """The language code that starts `path_info` if it is not one of the site's languages
    ('de' for '/de/news/', 'pt-br' for '/PT-BR/'), else None. Tags ignore case, as Django's
    own language prefixes do."""
    segment = path_info.lstrip("/").split("/", 1)[0].lower()
    if segment in languages.codes():
        return None
    return segment if segment in LANG_INFO or LANGUAGE_TAG.fullmatch(segment) else None


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and foreign_language(request.path_info):
            # What Django adds to an answer whose language came from the request.
            patch_vary_headers(response, ["Accept-Language"])
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
