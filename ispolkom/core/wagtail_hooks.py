from django.http import Http404
from wagtail import hooks

from .features import SEARCHABLE_PAGES
from .models import StandardPage
from .public import is_withdrawn


@hooks.register("before_serve_page", order=-10)  # before the request method and privacy checks
def withdrawn_pages_are_gone(page, request, serve_args, serve_kwargs):
    """404 for a page below an unpublished or expired ancestor, or past its own expiry:
    Wagtail's routing checks only that the page itself is live."""
    if is_withdrawn(page):
        raise Http404


@hooks.register(SEARCHABLE_PAGES)
def searchable_standard_pages():
    return [StandardPage]
