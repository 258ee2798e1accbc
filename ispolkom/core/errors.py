"""Every error handler of the site: friendly answers to requests it refuses or cannot serve.

400, 403 (also a failed CSRF check), 405, 429 (security/limits.py) and 503 while the database
is unreachable get a page of their own; Django's are bare English pages or empty bodies. They
speak the language of the address (/be/…, /special/en/…) and touch no database: a 400 may
answer a request whose Host header names no site, and a 503 a request the database failed.
The 404 page (404.html) shows the whole site around it; any other 500 is the static 500.html.

In the version for the visually impaired the page keeps the visitor's settings: special's
middleware, which runs before anything else, marks the request (request.special_settings) and
makes /special/ the script prefix, so nothing here needs to know how that version is parsed.
"""

import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.defaults import server_error as django_server_error

from ispolkom.framework import language_from_path

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
OUTAGE = (
    _("The site is temporarily unavailable"),
    _("We are restoring it now. Please try again in a minute: the page you asked for has not "
      "gone anywhere."),
)


def error_page(request, status, text):
    """The page for `status`, in the language and version (regular or special) asked for."""
    response = HttpResponse(status=status)
    show_error(request, response, text)
    return response


def show_error(request, response, text):
    """Puts the page for `text` (a heading and a message) into `response`."""
    language = (language_from_path(request.path_info)
                or translation.get_language_from_request(request))
    heading, message = text
    with translation.override(language):
        response.content = render_to_string("error_page.html", {
            "heading": heading,
            "message": message,
            "home_url": f"{get_script_prefix()}{language}/",
            "special": getattr(request, "special_settings", None),
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


def server_error(request):
    """handler500: a database that went away is an outage to wait out, not a bug."""
    _type, error, _traceback = sys.exc_info()
    if not isinstance(error, DatabaseError):
        return django_server_error(request)
    response = error_page(request, 503, OUTAGE)
    response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


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
