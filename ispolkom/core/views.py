"""Site-wide views that are not pages: the language redirect, the notice for a page missing
in a language, and robots.txt."""

import re

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from ispolkom.framework import parse_accept_language

from . import languages
from .absolute_urls import absolute_url
from .features import ROBOTS_DISALLOW, offered, reads_query_parameters
from .public import public_pages
from .sites import site_homes


def site_home_pages(request):
    """({language_code: public home page}, the Site) for the site answering this request."""
    return site_homes(request), Site.find_for_request(request)


def preferred_language(request, available, default):
    for code, _quality in parse_accept_language(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            language = get_supported_language_variant(code)
        except LookupError:
            continue
        if language in available:
            return language
    return default


@require_safe
def choose_language(request):
    """`/` goes to the visitor's language if the site has it, else the site's default."""
    homes, site = site_home_pages(request)
    default = site.root_page.locale.language_code if site else languages.default()
    language = preferred_language(request, homes, default)
    target = homes[language].get_url(request) if language in homes else f"/{language}/"
    response = HttpResponseRedirect(target)
    patch_vary_headers(response, ["Accept-Language"])
    return response


# "Only in <language>", a sentence per language of the item: each language declines the names
# of the others its own way ("на английском", "на англійскай мове"). Any other case: NOT_HERE.
ONLY_IN = {
    "ru": _("This item is only available in Russian"),
    "be": _("This item is only available in Belarusian"),
    "en": _("This item is only available in English"),
}
NOT_HERE = _("This item has not been published in this language")
PAGE_ID = re.compile(r"[1-9][0-9]{0,8}")  # an int column holds any 9 digits


@reads_query_parameters("page")
@require_safe
def untranslated(request):
    """/<lang>/_util/untranslated/?page=<id>: where the language switch leads from a page with
    no public translation in <lang>. It says so in <lang>, links to the page in the languages
    it has and to <lang>'s news (or home). Every link comes from the page found, never from
    the parameter; anything but a public page of this site is a 404. Not for search engines
    (noindex); the switch's link to it is nofollow."""
    page = page_of_this_site(request)
    versions = public_versions(page, request)
    if page.pk not in {version.pk for version in versions.values()}:
        raise Http404
    language = languages.current()
    here = versions[language].get_url(request) if language in versions else None
    if here:  # translated since the link was made
        return HttpResponseRedirect(here)
    only = ONLY_IN.get(next(iter(versions))) if len(versions) == 1 else None
    return TemplateResponse(request, "core/untranslated.html", {
        "heading": only or NOT_HERE,
        "translations_of": page,  # the language switch offers the page's languages
        "versions": [
            {"code": code, "name": languages.name(code), "title": version.title,
             "url": version.get_url(request)}
            for code, version in versions.items()
        ],
    })


def page_of_this_site(request):
    raw = request.GET.get("page", "")
    if not PAGE_ID.fullmatch(raw):
        raise Http404
    page = Page.objects.filter(pk=int(raw), depth__gte=2).first()
    homes, _site = site_home_pages(request)
    if page is None or not any(page.path.startswith(home.path) for home in homes.values()):
        raise Http404
    return page


def public_versions(page, request):
    """{language code: public translation of `page`, itself included}, in the site's order."""
    found = public_pages(page.get_translations(inclusive=True), request).select_related("locale")
    by_code = {version.locale.language_code: version for version in found}
    return {code: by_code[code] for code in languages.codes() if code in by_code}


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        # A custom admin path is not advertised here: keeping it unlisted is its point.
        *(["Disallow: /admin/"] if settings.ADMIN_PATH == "admin" else []),
        *(f"Disallow: {path}" for path in offered(ROBOTS_DISALLOW, request)),
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
