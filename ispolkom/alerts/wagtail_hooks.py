"""The alert banners in the admin (a snippet) and on every page (core/features.py)."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ispolkom.core import languages
from ispolkom.core.editors import SiteScopedViewSetMixin
from ispolkom.core.features import (
    CACHE_VARIANTS,
    PAGE_BANNERS,
    ROBOTS_DISALLOW,
    SITE_EDITOR_PERMISSIONS,
    HomeBlock,
)

from .banners import banners_for, hidden_ids
from .models import Alert


class AlertViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alert banners")
    add_to_admin_menu = True
    list_display = ["__str__", "start", "end", "site", "live"]
    list_filter = ["kind", "live"]


register_snippet(AlertViewSet)


@hooks.register(SITE_EDITOR_PERMISSIONS)
def site_editors_write_banners():
    """A committee's editors announce on its site (Emergency publishers, on every site)."""
    return [f"alerts.{action}_alert" for action in ("add", "change", "delete", "publish")]


@hooks.register(PAGE_BANNERS)
def alert_banners(request, page):
    alerts = banners_for(request, page)
    if not alerts:
        return []
    return [HomeBlock("alerts/includes/banners.html",
                      {"alerts": alerts, "back": request.get_full_path()})]


@hooks.register(CACHE_VARIANTS)
def hidden_banners(request):
    hidden = hidden_ids(request)
    return "alerts-hidden:" + ",".join(map(str, hidden)) if hidden else ""


@hooks.register(ROBOTS_DISALLOW)
def hide_buttons_are_not_pages(request):
    """Crawlers following the hide forms would only collect cookies."""
    paths = []
    for code in languages.codes():
        with translation.override(code):
            paths.append(reverse("alerts:hide", args=[1]).removesuffix("1/hide/"))
    return paths
