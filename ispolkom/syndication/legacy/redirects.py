"""Old addresses answer a permanent redirect to the imported page.

Only a 404 is looked at, as Wagtail's own RedirectMiddleware does, so a page of the new site
always wins over an old address that happens to look the same. An article is found by
(site, language, old id), whatever slug, year or trailing slash the address has; the old
/special/ form lands in the special version (its middleware has taken the prefix off and
made it the script prefix, so the page's URL comes back inside it), the /printv/ form on the
regular page. An old news list, any of its pages, lands on the section its articles went to.
"""

from django.http import HttpResponsePermanentRedirect
from wagtail.models import Site

from ispolkom.core.public import is_public

from ..models import LegacyArticle, LegacySection
from .addresses import OldArticle, OldList, parse


class LegacyRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        found = parse(request.path_info)
        if found is None:
            return response
        site = Site.find_for_request(request)
        page = site and new_page(site, found)
        if page is None:
            return response
        return HttpResponsePermanentRedirect(page.get_url(request))


def new_page(site, found):
    """The live, public page an old address now lives at, or None."""
    if isinstance(found, OldArticle):
        known = {item.old_id: item.page for item in LegacyArticle.objects.filter(
            site=site, language=found.language, old_id__in=found.ids,
            page__isnull=False).select_related("page")}
        page = next((known[old_id] for old_id in found.ids if old_id in known), None)
    elif isinstance(found, OldList):
        mapping = LegacySection.objects.filter(
            site=site, language=found.language, old_slug=found.section).select_related(
            "section").first()
        page = mapping and mapping.section
    else:
        page = None
    # A page nobody may see (unpublished, expired, restricted, or below such a page) is not
    # revealed by its old address either.
    return page if page is not None and is_public(page) else None
