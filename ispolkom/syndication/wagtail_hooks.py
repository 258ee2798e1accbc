"""The feed sources in the admin: editors add them; each shows its last run, the items it
created and its last error."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ispolkom.core.editors import SiteScopedViewSetMixin
from ispolkom.core.features import SITE_EDITOR_PERMISSIONS

from .models import FeedSource


class FeedSourceViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = FeedSource
    site_field = "section"  # a source belongs to the site of the news section it fills
    icon = "download"
    menu_label = _("Feed sources")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "section_with_language", "activity", "last_run",
                    "items_created", "last_error_line"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    search_backend_name = None
    copy_view_enabled = False


register_snippet(FeedSourceViewSet)


@hooks.register(SITE_EDITOR_PERMISSIONS)
def site_editors_configure_feeds():
    return [f"syndication.{action}_feedsource" for action in ("add", "change", "delete")]
