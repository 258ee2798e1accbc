"""Site-wide views that are not pages: the language redirect and robots.txt."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.views.decorators.http import require_safe
from wagtail.models import Site

from ispolkom.framework import parse_accept_language

from . import languages
from .absolute_urls import absolute_url
from .features import ROBOTS_DISALLOW, offered
from .public import public_pages


def site_home_pages(request):
    """{language_code: public home page} for the site answering this request."""
    site = Site.find_for_request(request)
    if site is None:
        return {}, None
    homes = public_pages(site.root_page.get_translations(inclusive=True), request)
    homes = homes.select_related("locale")
    return {home.locale.language_code: home for home in homes}, site


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
