"""Absolute URLs on the Site's configured root URL, never on the request's Host header.

Any allowed Host (another port, an alias, a proxy's name) reaches the site, and whatever it
says would otherwise end up in links that leave the page: feeds, robots.txt, Open Graph,
canonical links, and every cache that stores them. The address editors configured for the
Site (Settings → Sites) is the only one the site names.
"""

from urllib.parse import urljoin

from django.conf import settings
from wagtail.models import Site


def site_root_url(request):
    """'https://osipovichi.gov.by' for the Site answering `request`; the install's configured
    base URL when no Site answers (there is no default site)."""
    site = Site.find_for_request(request)
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(request, path):
    """`path` (an absolute path, as reverse() or a file's .url gives it) on the Site's root;
    a URL that is absolute already (a file on another storage) stays as it is."""
    return urljoin(site_root_url(request) + "/", path)
