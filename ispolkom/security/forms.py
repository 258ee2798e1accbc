"""The admin login form with an optional one-time code (two-step verification)."""

from django import forms
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from .two_step import confirmed_device, verify_code


class TwoStepLoginForm(LoginForm):
    otp_token = forms.CharField(
        label=_("Verification code"),
        help_text=_("Only if you turned on two-step verification: the 6 digits from your app."),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        device = confirmed_device(user) if user else None
        if device and not verify_code(device, cleaned_data.get("otp_token", "")):
            # Counts towards the lockout like a wrong password.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned_data.get("username")},
                request=self.request,
            )
            raise forms.ValidationError(
                _("Enter the current code from your authenticator app."), code="invalid_otp"
            )
        return cleaned_data
