"""The e-mail telling staff of a new question. It is sent after the question is saved; if
the mail server fails, the question stays in the admin and the visitor sees no error."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ispolkom.core import languages
from ispolkom.special.version import regular_urls

logger = logging.getLogger(__name__)


def notify_staff(message, addresses, request):
    if not addresses:
        return False
    with translation.override(languages.default()):
        subject = _("New question on the site from %(name)s") % {"name": message.name[:60]}
        body = "\n\n".join([
            f"{_('Name')}: {message.name}\n{_('E-mail or phone')}: {message.contact}",
            message.text,
            f"{_('In the admin')}: {admin_url(message, request)}",
        ])
    try:
        send_mail(subject.replace("\n", " "), body, None, addresses)
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the notice of question %s", message.pk)
        return False
    return True


def admin_url(message, request):
    with regular_urls(request):  # not under /special/
        path = reverse("wagtailsnippets_feedback_feedbackmessage:edit", args=[message.pk])
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return f"{base.rstrip('/')}{path}" if base else request.build_absolute_uri(path)
