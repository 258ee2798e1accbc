"""The question form and its protections without outside services: a honeypot field, a
signed time token and (in views.py) a limit per client address."""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

NAME_LENGTH = 200
CONTACT_LENGTH = 200
TEXT_LENGTH = 4000
HONEYPOT = "website"  # a name bots like to fill
TOKEN = "token"
TOKEN_SALT = "ispolkom.feedback.token"
PHONE = re.compile(r"[-+() 0-9]{7,32}")

# Why a submission is refused: a heading and a message each (core/errors.py error_page).
NOT_SENT = _("The question was not sent")
TOO_FAST = (NOT_SENT, _("The form was sent faster than a person can fill it in. Go back, "
                        "wait a few seconds and send it again."))
EXPIRED = (NOT_SENT, _("The form has been open for too long. Go back, reload the page and "
                       "send your question again."))
FORGED = (NOT_SENT, _("The form was damaged on the way. Go back, reload the page and send "
                      "your question again."))
TRAPPED = (NOT_SENT, _("A field that people leave empty was filled in. Go back, reload the "
                       "page and send your question again."))


def issue_token(page, now=None):
    """Signed when the form is shown: which page, and when."""
    issued = int(time.time() if now is None else now)
    return signing.dumps({"page": page.pk, "at": issued}, salt=TOKEN_SALT, compress=False)


def token_problem(token, page, now=None):
    """Why the token refuses the submission (one of the texts above), or None."""
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT)
        issued, page_id = int(data["at"]), data["page"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return FORGED
    if page_id != page.pk:
        return FORGED
    age = (time.time() if now is None else now) - issued
    if age < settings.FEEDBACK_MIN_SECONDS:
        return TOO_FAST
    if age > settings.FEEDBACK_MAX_AGE:
        return EXPIRED
    return None


def validate_contact(value):
    """Loosely: an e-mail address, or something a phone number is written with."""
    if "@" in value:
        validate_email(value)
    elif not (PHONE.fullmatch(value) and sum(char.isdigit() for char in value) >= 7):
        raise ValidationError(_("Give an e-mail address or a phone number, e.g. "
                                "+375 2235 1-23-45."), code="contact")


class QuestionForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=NAME_LENGTH)
    contact = forms.CharField(
        label=_("E-mail or phone"), max_length=CONTACT_LENGTH, validators=[validate_contact],
        help_text=_("Where to send the answer."))
    text = forms.CharField(
        label=_("Your question"), max_length=TEXT_LENGTH, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=lazy(lambda: _("At most %(count)s characters.") % {"count": TEXT_LENGTH}, str)())
    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data"),
        error_messages={"required": _("Without your consent we cannot take the question.")})
    # The honeypot: hidden from people, left empty by them (views.py refuses it filled in).
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"tabindex": "-1",
                                                            "autocomplete": "off"}))
