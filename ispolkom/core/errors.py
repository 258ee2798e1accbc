"""Friendly answers to requests the site refuses: 400, 403 (also a failed CSRF check), 405.

Django's own are bare English pages or empty bodies. These speak the language of the address
(/be/…, /special/en/…) and touch no database: a 400 may answer a request whose Host header
names no site, before most middleware has run. (The 404 page shows the whole site around it;
the 500 page is static.)
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ispolkom.special.middleware import PREFIX, mount_point, split_special
from ispolkom.special.preferences import COOKIE_NAME, SpecialSettings

BAD_REQUEST = (
    _("Bad request"),
    _("The site could not understand this request. Check the address or start again from "
      "the main page."),
)
ACCESS_DENIED = (
    _("Access denied"),
    _("You do not have permission to open this page."),
)
FORM_EXPIRED = (
    _("The form was not sent"),
    _("The form has expired or your browser did not send the site's cookie. Go back, reload "
      "the page and try again."),
)
METHOD_NOT_ALLOWED = (
    _("This address only shows a page"),
    _("It does not accept data sent this way. Open the page in your browser."),
)


def error_page(request, status, text):
    """The page for `status`, in the language and version (regular or special) asked for."""
    response = HttpResponse(status=status)
    show_error(request, response, text)
    return response


def show_error(request, response, text):
    """Puts the page for `text` (a heading and a message) into `response`."""
    path, special = split_special(request.path_info)
    special = getattr(request, "is_special", special)  # the middleware may have stripped it
    language = (translation.get_language_from_path(path)
                or translation.get_language_from_request(request))
    heading, message = text
    with translation.override(language):
        response.content = render_to_string("error_page.html", {
            "heading": heading,
            "message": message,
            "home_url": f"{mount_point(request)}{PREFIX if special else ''}/{language}/",
            "special": SpecialSettings.from_cookie(request.COOKIES.get(COOKIE_NAME))
            if special else None,
        })
    response["Content-Type"] = "text/html; charset=utf-8"
    response["Content-Language"] = language
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))


def bad_request(request, exception):
    return error_page(request, 400, BAD_REQUEST)


def permission_denied(request, exception):
    return error_page(request, 403, ACCESS_DENIED)


def csrf_failure(request, reason=""):
    return error_page(request, 403, FORM_EXPIRED)


class MethodNotAllowedPageMiddleware:
    """Django's require_safe and class-based views and Wagtail's pages refuse a method with
    an empty 405; the visitor gets a page saying so instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (response.status_code == 405 and not getattr(response, "streaming", False)
                and not response.content):
            show_error(request, response, METHOD_NOT_ALLOWED)
        return response
