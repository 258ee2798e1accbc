"""A new appeals page starts with the ready text in its own language (Wagtail's
init_new_page signal: the admin's create view sends it before building the form)."""

from django.dispatch import receiver
from wagtail.signals import init_new_page

from .models import AppealsPage
from .ready_text import ready_body


@receiver(init_new_page)
def start_with_ready_text(sender, page, parent, **kwargs):
    if isinstance(page, AppealsPage) and not page.body:
        page.body = ready_body(page.locale.language_code if page.locale_id else None)
