from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .views import RESET_ACTION, ResetTwoStepView, TwoStepView, may_reset


@hooks.register("register_admin_urls")
def two_step_urls():
    return [
        path("account/two-step/", TwoStepView.as_view(), name="security_two_step"),
        path("security/two-step/reset/<int:user_id>/", ResetTwoStepView.as_view(),
             name="security_reset_two_step"),
    ]


@hooks.register("register_account_menu_item")
def two_step_menu_item(request):
    return {
        "url": reverse("security_two_step"),
        "label": _("Two-step verification"),
        "help_text": _("Ask for a code from an authenticator app when signing in."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_step_button(user, request_user):
    if may_reset(request_user, user):
        yield Button(_("Reset two-step verification"),
                     reverse("security_reset_two_step", args=[user.pk]), icon_name="key",
                     priority=50)


@hooks.register("register_log_actions")
def two_step_log_actions(actions):
    actions.register_action(RESET_ACTION, _("Reset two-step verification"),
                            _("Two-step verification reset"))
