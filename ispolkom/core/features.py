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
- SEARCH_SECTIONS: fn(language, request) → public pages a search may be narrowed to.
- SEARCH_SHORTCUTS: fn(query, language, request) → URLs of the public pages the query names
  exactly (e.g. a procedure's number, "1.3.1"); the search sends the visitor to the first.
- ROBOTS_DISALLOW: fn(request) → paths robots.txt asks crawlers to leave alone.

Page model attributes (read by core without importing the model):

- site_link = "news": the home page's child of this type is offered to every template as
  site_links.<name> (the header, footer and home page link to it).
- site_feed_route = "feed": this child's routable page of that name is the site's feed
  (<link rel="alternate"> in every page's head, and the footer).
- in_html_site_map = False: pages of this type are left out of the HTML site map (there
  are too many of them, e.g. single news items; sitemap.xml still lists them).

Views: a view that reads query parameters declares them with @reads_query_parameters(...)
and has a URL name; the page cache keys its answers on them (and on nothing else).
"""

import functools
from dataclasses import dataclass, field

from django.apps import apps
from wagtail import hooks

HOME_BLOCKS = "ispolkom_home_blocks"
SEARCHABLE_PAGES = "ispolkom_searchable_pages"
SEARCH_SECTIONS = "ispolkom_search_sections"
SEARCH_SHORTCUTS = "ispolkom_search_shortcuts"
ROBOTS_DISALLOW = "ispolkom_robots_disallow"


@dataclass
class HomeBlock:
    """A part of the home page: its template, rendered with `context` as `block`."""

    template: str
    context: dict = field(default_factory=dict)


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
    that carried any other, so `?utm_source=…` neither splits nor poisons the cache."""

    def declare(view):
        @functools.wraps(view)
        def declared(*args, **kwargs):
            return view(*args, **kwargs)

        declared.query_parameters = names
        return declared

    return declare
