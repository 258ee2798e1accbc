from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .views import TwoStepView


@hooks.register("register_admin_urls")
def two_step_urls():
    return [path("account/two-step/", TwoStepView.as_view(), name="security_two_step")]


@hooks.register("register_account_menu_item")
def two_step_menu_item(request):
    return {
        "url": reverse("security_two_step"),
        "label": _("Two-step verification"),
        "help_text": _("Ask for a code from an authenticator app when signing in."),
    }
