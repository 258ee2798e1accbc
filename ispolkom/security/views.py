"""Two-step verification in the admin: the editor's own page (turn on, recovery codes, turn
off) and an administrator's reset of another user's devices. And the lockout page."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from django_otp import login as otp_login
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from ispolkom import framework

from . import two_step
from .forms import CodeInput

RESET_ACTION = "security.two_step_reset"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"), max_length=20,
        widget=CodeInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off",
                                "spellcheck": "false"}),
    )

    def __init__(self, *args, user, pending_device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.pending_device = pending_device
        self.device = None

    def clean_code(self):
        code = self.cleaned_data["code"]
        if self.pending_device:
            if two_step.verify_pending(self.pending_device, code):
                self.device = self.pending_device
        else:  # already on: the app's code or a recovery code
            self.device = two_step.verify(self.user, code)
        if self.device is None:
            raise forms.ValidationError(_("This code is not valid. Check the time on your phone "
                                          "and enter the code shown now."))
        return code


class TwoStepView(WagtailAdminTemplateMixin, FormView):
    template_name = "security/two_step.html"
    form_class = CodeForm
    page_title = _("Two-step verification")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        self.active = two_step.confirmed_device(request.user) is not None
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        pending = None if self.active else two_step.pending_device(self.request.user)
        return {**super().get_form_kwargs(), "user": self.request.user, "pending_device": pending}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["active"] = self.active
        if not self.active:
            device = context["form"].pending_device
            context["qr_code"] = two_step.qr_code_svg(device)
            context["secret"] = two_step.secret_for_display(device)
            context["required"] = two_step.must_set_up(self.request.user)
            context["was_reset"] = two_step.was_reset(self.request.user)
        return context

    def form_valid(self, form):
        user = self.request.user
        if not self.active:
            codes = two_step.turn_on(user, form.device)
            otp_login(self.request, form.device)  # this session has just proved the code
            self.active = True
            return self.show_recovery_codes(form, codes, _(
                "Two-step verification is on. From now on, signing in asks for a code from "
                "your app."))
        if self.request.POST.get("action") == "turn_off":
            two_step.turn_off(user)
            # This session stays signed in; others verified with the removed devices do not.
            framework.forget_verified_device(self.request)
            messages.success(self.request, _("Two-step verification is off."))
            return redirect("security_two_step")
        return self.show_recovery_codes(form, two_step.new_recovery_codes(user),
                                        _("New recovery codes are ready; the old ones no "
                                          "longer work."))

    def show_recovery_codes(self, form, codes, message):
        """Shown once, in this answer only: nothing keeps them to show again."""
        return render(self.request, "security/recovery_codes.html", {
            **self.get_context_data(form=form), "codes": codes, "message": message,
        })


def may_reset(administrator, user):
    """Administrators, and users who may change users; a superuser's only by a superuser."""
    user_model = user._meta
    allowed = administrator.has_perm(f"{user_model.app_label}.change_{user_model.model_name}")
    return allowed and (administrator.is_superuser or not user.is_superuser)


class ResetTwoStepView(WagtailAdminTemplateMixin, TemplateView):
    """An administrator removes another user's devices (a lost phone): their sessions lose
    the admin, and they set two-step verification up again when they next sign in."""

    template_name = "security/reset_two_step.html"
    page_title = _("Reset two-step verification")
    header_icon = "key"

    def dispatch(self, request, user_id):
        self.user = get_object_or_404(get_user_model(), pk=user_id)
        if not may_reset(request.user, self.user):
            raise PermissionDenied
        return super().dispatch(request)

    def get_page_subtitle(self):
        return str(self.user)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "user": self.user,
                "is_on": two_step.is_on(self.user)}

    def post(self, request):
        two_step.reset(self.user, by=request.user)
        log(instance=self.user, action=RESET_ACTION, user=request.user)
        messages.success(request, _("Two-step verification of %(user)s was reset. They will "
                                    "set it up again when they next sign in.")
                         % {"user": self.user})
        return redirect("wagtailusers_users:index")


def locked_out(request, original_response=None, credentials=None):
    """django-axes calls this once an account is locked for the caller's address."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(request, "security/locked_out.html", {"cooloff_minutes": minutes},
                      status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
