"""RSS 2.0 feeds of a page's list (news, official documents).

Every link is absolute on the Site's configured root URL: Django's Feed would complete
relative links with the request's Host header, whatever port or alias it names.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from ispolkom.core.models import DistrictIdentity

FEED_LENGTH = 30


class PageFeed(Feed):
    """The feed of `page` (a routable page whose "feed" route serves it), listing `items`,
    pages newest first."""

    feed_type = Rss201rev2Feed

    def __init__(self, page, items):
        super().__init__()
        self.page = page
        self.listed = items

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The feed writer leaves hundreds of small chunks; one body is one socket write.
        response.content = response.content
        return response

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.page

    def title(self, page):
        return f"{page.title} — {DistrictIdentity.for_request(self.request).name}"

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return page.get_full_url(self.request) + page.reverse_subpage("feed")

    def description(self, page):
        return page.intro or page.title

    def items(self, page):
        return self.listed[:FEED_LENGTH]

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)
