"""Header, navigation and formatting helpers used by every public template."""

from django import template
from django.conf import settings
from django.template.defaultfilters import date as format_date
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page, Site

from ispolkom.core import languages
from ispolkom.core.dates import day_month_year
from ispolkom.core.features import PAGE_BANNERS, PAGE_EXTRAS, offered
from ispolkom.core.freshness import remember
from ispolkom.core.models import SiteMapPage
from ispolkom.core.public import public_pages
from ispolkom.core.routing import way_down
from ispolkom.core.sites import site_homes
from ispolkom.framework import route_path

register = template.Library()


def _current_home(context):
    """The home page of the page's language (or, on pages that are not pages, the active one)."""
    page = context.get("page")
    if isinstance(page, Page) and page.depth >= 2:
        routed = way_down(page)
        if routed:
            return routed[0]
        return page if page.depth == 2 else page.get_ancestors().filter(depth=2).first()
    request = context.get("request")
    home = site_homes(request).get(languages.current()) if request else None
    if home is not None:  # read for the request anyway: no query
        return home
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def home_links(context):
    """The menu, the site map, the site's feed and the pages features name as site links
    (e.g. site_links.news): the home page's children, read once per request and, between
    two publications, once per site (a path range over the home's children also walks every
    page below them)."""
    request = context.get("request")
    cached = getattr(request, "_ispolkom_home_links", None)
    if cached is not None:
        return cached
    home = _current_home(context)
    links = {"home": home, "menu": [], "sitemap": None, "feed": None}
    if home is not None and request is not None:
        links.update(remember(request, f"home-links:{home.pk}",
                              lambda: children_by_role(home, request),
                              list_items=False))
    if request is not None:
        request._ispolkom_home_links = links
    return links


def children_by_role(home, request=None):
    """The home's children by what they are for: the menu, the site map, the first page of a
    type that declares `site_link` (features.py), and the first that declares a feed."""
    links = {"menu": [], "sitemap": None, "feed": None}
    for child in public_pages(home.get_children(), request).select_related("content_type"):
        model = child.content_type.model_class()
        role = "sitemap" if model is SiteMapPage else getattr(model, "site_link", None)
        if role and links.get(role) is None:
            links[role] = child
        feed_route = getattr(model, "site_feed_route", None)
        if feed_route and links["feed"] is None:
            # The route's path from the class: the child here is a plain Page.
            links["feed"] = {"page": child, "path": route_path(model, feed_route)}
        if child.show_in_menus:
            links["menu"].append(child)
    return links


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    crumbs = way_down(page) or list(page.get_ancestors(inclusive=True).filter(depth__gte=2))
    return {"crumbs": crumbs, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language: where the switch goes and whether it is current.

    Goes to the public translation of the page (or of `translations_of`, which a page that
    stands for another one sets). A public page with no public translation in a language
    leads to that language's notice saying so (core.views.untranslated, with its news), or,
    for a page that declares translation_expected = False, to its parent in that language;
    anything else (a 404, the search, a restricted page) leads to that language's home.
    """
    request = context.get("request")
    page = context.get("page")
    subject = context.get("translations_of", page)
    current = languages.current()
    targets = {}
    is_public = False
    if isinstance(subject, Page) and subject.depth >= 2:
        versions = public_pages(subject.get_translations(inclusive=True), request)
        for version in versions.select_related("locale"):
            targets[version.locale.language_code] = version
            is_public = is_public or version.pk == subject.pk
    links = []
    homes = None
    for code in languages.codes():
        target = targets.get(code)
        link = {
            "code": code, "label": languages.short_label(code), "name": languages.name(code),
            "is_current": code == current, "untranslated": False,
            # hreflang alternates: only the page's own translations.
            "full_url": target.get_full_url(request) if target and subject is page else None,
        }
        if target is not None:
            link["url"] = target.get_url(request)
        elif is_public and not getattr(subject, "translation_expected", True):
            link["url"] = parent_in_language(code, subject, request)
        elif is_public:
            link.update(untranslated_link(code, subject))
        else:
            if homes is None:
                homes = site_homes(request)
            link["url"] = homes[code].get_url(request) if code in homes else f"/{code}/"
        links.append(link)
    return links


def parent_in_language(code, page, request):
    """For a page that is never translated (translation_expected = False, e.g. a legal act
    that stays in its language): its parent's public version in `code`, else that home."""
    parents = page.get_parent().get_translations(inclusive=True).filter(
        locale__language_code=code)
    parent = public_pages(parents, request).first()
    if parent is not None:
        return parent.get_url(request)
    homes = site_homes(request)
    return homes[code].get_url(request) if code in homes else f"/{code}/"


def untranslated_link(code, page):
    """The notice in `code` for `page`, and what the switch says of it in that language."""
    with translation.override(code):
        return {
            "url": f"{reverse('untranslated')}?page={page.pk}",
            "untranslated": gettext("no translation of this item"),
        }


@register.filter
def news_date(value):
    """16 February 2023 · 16 февраля 2023 · 16 лютага 2023 (genitive month names)."""
    return day_month_year(value)


@register.filter
def news_time(value):
    """24-hour time in the site's time zone."""
    return format_date(timezone.localtime(value), "H:i") if value else ""


@register.simple_tag
def menu_state(item, page):
    """aria-current for a menu item: "page" on itself, "true" inside its branch."""
    if not isinstance(page, Page):
        return ""
    if item.pk == page.pk:
        return "page"
    return "true" if page.path.startswith(item.path) else ""


@register.filter
def machine_datetime(value):
    """A datetime for <time datetime> and meta tags, without microseconds (HTML allows 3)."""
    return timezone.localtime(value).replace(microsecond=0).isoformat() if value else ""


@register.filter
def may_be_signed_in(request):
    """Only a request with a session cookie can be an editor's. Asking the others who they are
    would read the session and make every anonymous page vary by Cookie."""
    return request is not None and settings.SESSION_COOKIE_NAME in request.COOKIES


@register.simple_tag(takes_context=True)
def page_banners(context):
    """What features show first on every page (core.features.PAGE_BANNERS), e.g. an
    emergency notice; rendered for each request, never kept in the memo (freshness.remember),
    so that a banner ends on time."""
    page = context.get("page")
    return render_blocks(context, offered(PAGE_BANNERS, context.get("request"),
                                          page if isinstance(page, Page) else None))


def render_blocks(context, blocks):
    rendered = []
    for block in blocks:
        with context.push(block=block.context):
            rendered.append(context.template.engine.get_template(block.template).render(context))
    return mark_safe("".join(rendered))


@register.simple_tag(takes_context=True)
def page_extras(context, page):
    """What features add to `page` (core.features.PAGE_EXTRAS), each block's template
    rendered like {% include %} with the block's context as `block`."""
    return render_blocks(context, offered(PAGE_EXTRAS, page, context.get("request")))
