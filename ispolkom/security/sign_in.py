"""Every way to sign in or to prove a page password, with limits on guessing.

Mounted in ispolkom/urls.py before Wagtail's own views, under the same URL names, so that
everything that links to them (the privacy forms, redirects to the login) reaches these.
"""

from django.contrib.auth import views as auth_views
from django.urls import reverse
from django.views.decorators.cache import never_cache
from wagtail.admin.views.account import LoginView as WagtailAdminLoginView

from ispolkom.framework import check_page_password

from . import limits
from .addresses import client_address
from .forms import SiteLoginForm


class SignInLimitsMixin:
    """Refuses an attempt over the address or user-name limit before the password is
    checked; a successful sign-in is not counted as a failure."""

    def post(self, request, *args, **kwargs):
        refused = limits.take_sign_in(request)
        return refused or super().post(request, *args, **kwargs)

    def form_valid(self, form):
        limits.give_back_sign_in(self.request)
        return super().form_valid(form)


class AdminLoginView(SignInLimitsMixin, WagtailAdminLoginView):
    """Wagtail's admin login; its form (WAGTAILADMIN_USER_LOGIN_FORM) asks for the code."""


class SiteLoginView(SignInLimitsMixin, auth_views.LoginView):
    """The login for pages that only signed-in users may see (Wagtail's `_util/login/`),
    asking for the code as the admin's does, so its sessions are verified too."""

    form_class = SiteLoginForm
    template_name = "security/login.html"

    def get_default_redirect_url(self):
        return reverse("wagtail_serve", args=[""])  # the home page in this language


@never_cache
def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for a password-protected page, with a limit on wrong passwords per
    protected page and address. Over it, the password is not even checked."""
    if request.method != "POST":
        return check_page_password(request, page_view_restriction_id, page_id)
    guesser = (page_view_restriction_id, client_address(request))
    seconds = limits.PAGE_PASSWORD.take(*guesser)
    if seconds:
        return limits.too_many(request, limits.TOO_MANY_PAGE_PASSWORDS, seconds)
    response = check_page_password(request, page_view_restriction_id, page_id)
    if response.status_code == 302:  # the right password: let through to the page
        limits.PAGE_PASSWORD.give_back(*guesser)
    return response
