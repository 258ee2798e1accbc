"""Which committee a request is for. Several committees share one install: each is a Wagtail
Site whose root page is its home in its first language, its homes in the other languages
being that page's translations (core/committees.py). Whatever a site shows is found below its
own homes, never by page type or language alone: every committee has pages of the same types
in the same languages."""

from django.db.models import Q
from wagtail.models import Page, Site

from ispolkom.framework import keep_site

from . import freshness, languages
from .public import public_pages


def site_homes(request):
    """{language code: public home page} of the site answering `request` ({} when none
    does), read once per request."""
    found = getattr(request, "_ispolkom_site_homes", None)
    if found is None:
        site = request_site(request)
        root = Page.objects.filter(pk=site.root_page_id).values("translation_key") if site else ()
        homes = public_pages(Page.objects.filter(translation_key__in=root), request)\
            .select_related("locale") if site else ()
        found = request._ispolkom_site_homes = {home.locale.language_code: home
                                                for home in homes}
    return found


def request_site(request):
    """Site.find_for_request(request), without a query for a host this process knows
    (freshness.known_site); Wagtail's own lookups for the request then find it too."""
    site = freshness.known_site(request)
    if site is not None:
        keep_site(request, site)
    return Site.find_for_request(request)


def site_home(request, language=None):
    """The site's home in `language` (the active one by default), or None."""
    return site_homes(request).get(language or languages.current())


def in_site(pages, request, language=None):
    """The pages of the queryset `pages` in the site's trees, or in its `language` tree."""
    homes = site_homes(request)
    if language is not None:
        homes = {language: homes[language]} if language in homes else {}
    if not homes:
        return pages.none()
    return pages.filter(below([home.path for home in homes.values()]))


def below(paths, lookup="path"):
    """Pages (or objects through `lookup`) at or below any of the tree paths."""
    found = Q(pk__in=[])
    for path in paths:
        found |= Q(**{f"{lookup}__startswith": path})
    return found
