"""Sign-in forms with the code of two-step verification, for the admin and for the site's
own login (pages open to signed-in users only)."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm, UsernameField
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from . import two_step

# One answer for a wrong user name or password, and for a right password with a missing or
# wrong code: a guesser must not learn that the password was right.
SIGN_IN_REFUSED = _("The user name, password or verification code is not correct.")


class CodeInput(forms.TextInput):
    """Never shown again: a code is spent or stale by the time the form comes back."""

    def format_value(self, value):
        return None


class TwoStepMixin(forms.Form):
    otp_token = forms.CharField(
        label=_("Verification code"),
        help_text=_("Only if you turned on two-step verification: the 6 digits from your app, "
                    "or one of your recovery codes."),
        required=False,
        max_length=20,
        widget=CodeInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off",
                                "spellcheck": "false"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None or not two_step.is_on(user):
            return cleaned_data
        device = two_step.verify(user, cleaned_data.get("otp_token"))
        if device is None:
            # Counts towards the lockout like a wrong password.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned_data.get("username")},
                request=self.request,
            )
            raise self.get_invalid_login_error()
        # django-otp marks the session as verified when Django logs this user in.
        user.otp_device = device
        return cleaned_data

    def get_invalid_login_error(self):
        return forms.ValidationError(SIGN_IN_REFUSED, code="invalid_login")


class TwoStepLoginForm(TwoStepMixin, LoginForm):
    """The admin's (WAGTAILADMIN_USER_LOGIN_FORM)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's field has no label, and Django's made from its name is never translated.
        self.fields["password"].label = _("Password")


class SiteLoginForm(TwoStepMixin, AuthenticationForm):
    """The site's, for pages that only signed-in users may see."""

    # Django's form only tells the browser the length; the lockout's log holds 255.
    username = UsernameField(max_length=254, widget=forms.TextInput(attrs={"autofocus": True}))
