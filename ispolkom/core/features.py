"""The extension points through which features plug into the foundation and the services,
so that neither ever imports a feature. A feature registers functions under these Wagtail
hook names in its wagtail_hooks.py; page models may also declare the attributes below.

Hooks (each a function; results of every registered function are combined):

- HOME_BLOCKS: fn(home, request) → a list of HomeBlock, shown on the home page in the order
  of registration.
- SEARCHABLE_PAGES: fn() → page models whose public pages the site search finds, by the text
  of their Wagtail `search_fields`. A model may define `search_section_id()` (the filter
  "section" an entry belongs to) and `search_date` (the date shown and filtered); else no
  section, and the last publication date.
- SEARCH_SECTIONS: fn(language, request) → public pages of the request's site a search may be
  narrowed to (core.sites.in_site: other committees have the same sections); the search
  ignores any outside the site's home in that language.
- SEARCH_SHARED: fn(language, request) → (stored section, shown section) pairs: pages of a
  section stored outside every site (the news library) that a public section of the
  request's site in that language lists as its own. The search finds them too, and links
  them under the showing section's address.
- SEARCH_SHORTCUTS: fn(query, language, request) → URLs of the public pages of the request's
  site the query names exactly (e.g. a procedure's number, "1.3.1": every committee has its
  own); the search sends the visitor to the first.
- ROBOTS_DISALLOW: fn(request) → paths robots.txt asks crawlers to leave alone.
- PAGE_EXTRAS: fn(page, request) → a list of HomeBlock shown on the page's own view after
  its main content ({% page_extras page %} in its template), e.g. a person's reception
  times on their page. A function returns [] for pages it has nothing for.
- REQUIRED_CONTENT: fn() → a list of RequiredItem: what the law (Council of Ministers
  Resolution No. 645 of 29.04.2010 as amended by No. 797) requires on the site, in Russian and
  Belarusian. An item is fulfilled in a language by a live, public page of `page_model` in that
  language's tree of the site (with `role`, only a page whose `role` field equals it). Groups:
  "basic", "appeals", "procedures", "feedback". The compliance report lists them.
- PAGE_BANNERS: fn(request, page) → a list of HomeBlock shown first on every page, before the
  header ({% page_banners %} in base.html), e.g. an emergency notice; `page` is None on pages
  that are not Wagtail pages (search, errors). A function whose blocks change with the clock
  says when through core.freshness.changes_at(request, moment).
- CACHE_VARIANTS: fn(request) → a short string of what this visitor's cookies change in every
  page (e.g. the banners he hid), "" for none; the page cache keys pages on it. Called on every
  anonymous request, cache hits included: it must not query anything.
- COMMITTEE_PAGES: fn(home, language) → a list of CommitteeStep: the feature's own standard
  pages under a new committee's home in that language (manage.py create_committee), made
  with core.committees.ensure_page so that a second run finds them and changes nothing.
  Called once per language, the site's default language first, after core's "about" page
  and before its contacts and site map (menus follow that order).
- SITE_EDITOR_PERMISSIONS: fn() → model permissions ("app_label.codename") that the editors
  of every committee's site get besides its pages and media (core/editors.py), e.g. to change
  alert banners; the admin shows them only their sites' objects (SiteScopedViewSetMixin). A
  right to change a site setting (BaseSiteSetting) is given for the editors' own site only.
- SITE_GROUPS: fn(site, collection) → a list of CommitteeStep: the feature's own groups of
  one site (e.g. its news editors), made or completed with core.editors.ensure_group after
  the site's pages, when the site is created and by `manage.py ensure_editor_groups`.
- LISTS_ELSEWHERE: fn(site_ids) → ids of other sites whose lists show what those sites
  publish (a region's list of its districts' news): a publication, an unpublication, a
  privacy or identity change on those sites renews these sites' lists too
  (core/signals.py).

Page model attributes (read by core without importing the model):

- site_link = "news": the home page's child of this type is offered to every template as
  site_links.<name> (the header, footer and home page link to it).
- site_feed_route = "feed": this child's routable page of that name is the site's feed
  (<link rel="alternate"> in every page's head, and the footer).
- in_html_site_map = False: pages of this type are left out of the HTML site map (there
  are too many of them, e.g. single news items; sitemap.xml still lists them).
- translation_expected = False: pages of this type are never translated (a legal act stays
  in the language it was adopted in), so the language switch does not call them
  untranslated: it leads to the parent's version in that language (the registry).

- list_item = True: pages of this type are items of lists (news articles). Publishing or
  unpublishing one renews the site's lists, the item itself, its translations and its
  neighbours (the model's `neighbours()`: the pages its view links to as previous and next),
  not the whole site (core/freshness.py).
- shows_list_items = False: the page's own view (and its routes) shows no list item other
  than itself and those it names to core.freshness.shows (an article's neighbours), not even
  through a hook: the page cache keeps it while list items elsewhere are published. Lists of
  other pages (procedures, acts, events) are fine: their publication renews the whole site.
  The default (True) renews the page with every list item.

Views: a view that reads query parameters declares them with @reads_query_parameters(...)
and has a URL name; the page cache keys its answers on them (and on nothing else).
"""

import functools
from dataclasses import dataclass, field

from django.apps import apps
from django.http import HttpRequest
from wagtail import hooks

HOME_BLOCKS = "ispolkom_home_blocks"
SEARCHABLE_PAGES = "ispolkom_searchable_pages"
SEARCH_SECTIONS = "ispolkom_search_sections"
SEARCH_SHORTCUTS = "ispolkom_search_shortcuts"
SEARCH_SHARED = "ispolkom_search_shared"
ROBOTS_DISALLOW = "ispolkom_robots_disallow"
PAGE_EXTRAS = "ispolkom_page_extras"
REQUIRED_CONTENT = "ispolkom_required_content"
PAGE_BANNERS = "ispolkom_page_banners"
CACHE_VARIANTS = "ispolkom_cache_variants"
COMMITTEE_PAGES = "ispolkom_committee_pages"
SITE_EDITOR_PERMISSIONS = "ispolkom_site_editor_permissions"
SITE_GROUPS = "ispolkom_site_groups"
LISTS_ELSEWHERE = "ispolkom_lists_elsewhere"


@dataclass
class HomeBlock:
    """A part of the home page (or of a page, see PAGE_EXTRAS): its template, rendered with
    `context` as `block`."""

    template: str
    context: dict = field(default_factory=dict)


@dataclass
class RequiredItem:
    """One thing the law requires on the site (see REQUIRED_CONTENT): `group` is one of
    "basic", "appeals", "procedures", "feedback"; `key` is unique; `label` is shown (lazy
    translation); `page_model` is the page model class whose pages fulfil it; `role`, if
    given, narrows those to pages whose `role` field has that value (core's StandardPage)."""

    group: str
    key: str
    label: str
    page_model: type
    role: str = ""


@dataclass
class CommitteeStep:
    """One progress line of create_committee (see COMMITTEE_PAGES): `what` stands for
    `total` pages, `created` of which this run made (the rest were there)."""

    what: str
    created: int
    total: int = 1

    def __str__(self):
        if self.created == self.total:
            return f"{self.what} created"
        if not self.created:
            return f"{self.what} {'exists' if self.total == 1 else 'exist'}"
        return f"{self.what}: {self.created} of {self.total} created"


def offered(hook_name, *args):
    """Everything the features registered under `hook_name` offer, as one list."""
    found = []
    for function in hooks.get_hooks(hook_name):
        found.extend(function(*args) or ())
    return found


def page_models_where(attribute, value):
    """Page models declaring `attribute` = `value` (see the attributes above)."""
    from wagtail.models import get_page_models

    apps.check_models_ready()
    return [model for model in get_page_models() if getattr(model, attribute, None) == value]


def reads_query_parameters(*names):
    """Declares the query parameters a view reads, e.g. a search's q and page. The page cache
    keys the view's answers on those (blank ones left out) and stores no answer to a request
    that carried any other, so `?utm_source=…` neither splits nor poisons the cache.
    Routes of Wagtail pages (RoutablePageMixin) declare them the same way: a page's path is
    known only when it is served, so the view also tells the request, and the page cache
    learns the path's parameters from its answer."""

    def declare(view):
        @functools.wraps(view)
        def declared(*args, **kwargs):
            request = next((arg for arg in args[:2] if isinstance(arg, HttpRequest)), None)
            if request is not None:
                request.query_parameters_read = names
            return view(*args, **kwargs)

        declared.query_parameters = names
        return declared

    return declare
