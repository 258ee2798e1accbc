"""Content-Security-Policy: strict for the public site, relaxed only where Wagtail needs it.

The public templates load scripts and styles from files only, so their policy has no
'unsafe-inline'. Wagtail's admin still ships inline scripts in some panels and widgets, so
the admin (behind login, lockout and optional two-step verification) gets its own policy.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def admin_prefix():
    return f"/{settings.ADMIN_PATH.strip('/')}/"


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
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
