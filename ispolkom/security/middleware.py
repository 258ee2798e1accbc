"""The admin's door (two-step verification), and the Content-Security-Policy: strict for the
public site, relaxed only where Wagtail needs it.

The public templates load scripts and styles from files only, so their policy has no
'unsafe-inline'. Wagtail's admin still ships inline scripts in some panels and widgets, so
the admin (behind login, lockout and optional two-step verification) gets its own policy.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ispolkom import framework

from . import two_step


def admin_prefix():
    return f"/{settings.ADMIN_PATH.strip('/')}/"


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if framework.is_preview_request(request):
            # Wagtail renders a preview through the middleware with a made-up request for the
            # public URL; the admin request that shows it decides the policy.
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(admin_prefix()):
            return PolicyParts(config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
                               nonce=parts.nonce)
        return parts


# What a signed-in user who must still set up two-step verification may open in the admin.
OPEN_BEFORE_SET_UP = {
    "security_two_step", "wagtailadmin_login", "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog", "wagtailadmin_sprite",
}


class TwoStepDoorMiddleware:
    """Two-step verification at the door of the admin, whatever the way in.

    A session signed in with a password alone (the site's login, an old session, a
    programmatic login) of a user who has a device is signed out at the admin's door and sent
    to the admin's login, which asks for the code. So is a session that was verified with a
    device that no longer exists (reset by an administrator, or turned off elsewhere). A user
    without a device who must have one (TWO_STEP_REQUIRED, or a reset) may open only the
    set-up page and sign out.

    Must come after django-otp's OTPMiddleware and before anything that evaluates
    request.user: the session's device is read first, as evaluating the user forgets a
    device that is gone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(admin_prefix()) and self.at_door(request):
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return self.get_response(request)

    @staticmethod
    def at_door(request):
        """Signs an unverified session of a user with a device out; True to send it to the
        login page (it is on its way there already if it asked for the login page)."""
        claimed_device = framework.claimed_device_id(request)
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        if not claimed_device and not two_step.is_on(user):
            return False
        logout(request)
        messages.info(request, _("Sign in again with your password and a verification code."))
        return request.path != reverse("wagtailadmin_login")

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(admin_prefix()):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.url_name in OPEN_BEFORE_SET_UP:
            return None
        if user.has_perm("wagtailadmin.access_admin") and two_step.must_set_up(user):
            return redirect("security_two_step")
        return None
