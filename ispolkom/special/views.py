"""Applies a panel choice: a plain link or form, so it works without JavaScript."""

from urllib.parse import urlsplit

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .preferences import COOKIE_MAX_AGE, COOKIE_NAME, SpecialSettings
from .version import PREFIX, mount_point

# Sec-Fetch-Site values of a request the visitor made on this site: a click in the panel
# ("same-origin"), or a typed address or bookmark ("none").
OWN_REQUESTS = {"same-origin", "none"}


@never_cache
@require_safe
def apply_settings(request):
    if not getattr(request, "is_special", False):
        raise Http404
    if not started_on_this_site(request):
        # A link or an image on another site must not restyle a visitor's pages for a year:
        # the visitor lands on the special version with the settings they had.
        return HttpResponseRedirect(safe_return_path(request))
    current = request.special_settings  # parsed by the middleware for every /special/ request
    if "reset" in request.GET:
        chosen = SpecialSettings(panel=current.panel)  # the panel stays as the visitor left it
    else:
        chosen = current.changed(request.GET)
    if request.headers.get("X-Requested-With") == "fetch":
        response = HttpResponse(status=204)  # the panel script updates the page itself
    else:
        response = HttpResponseRedirect(safe_return_path(request))
    response.set_cookie(
        COOKIE_NAME, chosen.to_cookie(), max_age=COOKIE_MAX_AGE, path="/",
        samesite="Lax", secure=request.is_secure(), httponly=False,
    )
    return response


def started_on_this_site(request):
    """Did the visitor ask for this on the site itself (or type it), rather than another
    site's page? Browsers say so in Sec-Fetch-Site; older ones send Origin or Referer."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in OWN_REQUESTS
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source is None:
        return True  # neither header: a typed address, or a browser told to send no Referer
    try:
        source_host = urlsplit(source).netloc
    except ValueError:  # a malformed address ("http://[") is nobody's page
        return False
    return source_host.lower() == request.get_host().lower()


def safe_return_path(request):
    """Back to the special page the visitor came from; never to another site."""
    home = mount_point(request) + PREFIX + "/"
    target = request.GET.get("next", "")
    if (target.startswith(home)
            and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
            and "\\" not in target and "\x00" not in target):
        return target
    return home
