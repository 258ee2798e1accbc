"""The editor's own page for turning two-step verification on and off."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import two_step


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"), max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        if not two_step.verify_code(self.device, self.cleaned_data["code"]):
            raise forms.ValidationError(_("This code is not valid. Check the time on your phone "
                                          "and enter the code shown now."))
        return self.cleaned_data["code"]


class TwoStepView(WagtailAdminTemplateMixin, FormView):
    template_name = "security/two_step.html"
    form_class = CodeForm
    page_title = _("Two-step verification")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        self.active_device = two_step.confirmed_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        device = self.active_device or two_step.pending_device(self.request.user)
        return {**super().get_form_kwargs(), "device": device}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = context["form"].device
        context["active"] = self.active_device is not None
        if not context["active"]:
            context["qr_code"] = two_step.qr_code_svg(device)
            context["secret"] = two_step.secret_for_display(device)
        return context

    def form_valid(self, form):
        device = form.device
        if self.active_device:
            device.delete()
            messages.success(self.request, _("Two-step verification is off."))
        else:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            messages.success(self.request, _("Two-step verification is on. From now on, "
                                             "signing in asks for a code from your app."))
        return redirect("security_two_step")


def locked_out(request, original_response=None, credentials=None):
    """django-axes calls this once an account is locked for the caller's address."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(request, "security/locked_out.html", {"cooloff_minutes": minutes},
                      status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
