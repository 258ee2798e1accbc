"""Applies a panel choice: a plain link or form, so it works without JavaScript."""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .middleware import PREFIX, mount_point
from .preferences import COOKIE_MAX_AGE, COOKIE_NAME, SpecialSettings


@never_cache
@require_safe
def apply_settings(request):
    if not getattr(request, "is_special", False):
        raise Http404
    current = request.special_settings  # parsed by the middleware for every /special/ request
    chosen = SpecialSettings() if "reset" in request.GET else current.changed(request.GET)
    if request.headers.get("X-Requested-With") == "fetch":
        response = HttpResponse(status=204)  # the panel script updates the page itself
    else:
        response = HttpResponseRedirect(safe_return_path(request))
    response.set_cookie(
        COOKIE_NAME, chosen.to_cookie(), max_age=COOKIE_MAX_AGE, path="/",
        samesite="Lax", secure=request.is_secure(), httponly=False,
    )
    return response


def safe_return_path(request):
    """Back to the special page the visitor came from; never to another site."""
    home = mount_point(request) + PREFIX + "/"
    target = request.GET.get("next", "")
    if (target.startswith(home)
            and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
            and "\\" not in target and "\x00" not in target):
        return target
    return home
