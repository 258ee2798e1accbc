"""Hiding a banner without JavaScript: a form posts here, the visitor's browser gets a cookie
for that banner until it ends, and goes back to the page it came from."""

from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ispolkom.core.errors import BAD_REQUEST, error_page

from .banners import HIDDEN_COOKIE, current_time
from .models import Alert

NOT_DISMISSIBLE = (
    _("This notice cannot be hidden"),
    _("Emergency notices stay on every page of the site until they end."),
)


# No CSRF token: cached pages carry no CSRF cookie, and the only effect is a cookie in the
# sender's own browser.
@csrf_exempt
@require_POST
def hide(request, alert_id):
    alert = Alert.objects.filter(pk=alert_id, live=True).first() if alert_id < 2**31 else None
    now = current_time()
    if alert is None or alert.start > now:
        raise Http404
    if not alert.dismissible:
        return error_page(request, 403, NOT_DISMISSIBLE)
    back = request.POST.get("next", "")
    if not is_page_of_this_site(back, request):
        return error_page(request, 400, BAD_REQUEST)
    response = HttpResponseRedirect(back, status=303)
    seconds = int((alert.end - now).total_seconds())
    if seconds > 0:
        response.set_cookie(HIDDEN_COOKIE.format(alert.pk), "1", max_age=seconds,
                            samesite="Lax", httponly=True, secure=request.is_secure())
    return response


def is_page_of_this_site(path, request):
    """A path on this host (the special version's prefix, if any, kept as sent), nothing a
    browser could read as another host."""
    return (path.startswith("/") and len(path) <= 2000
            and not any(ord(character) < 32 or character in "\\\x7f" for character in path)
            and url_has_allowed_host_and_scheme(path, allowed_hosts={request.get_host()},
                                                require_https=request.is_secure()))
