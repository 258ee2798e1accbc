"""RSS 2.0 feeds of a news list page (all news, or one section).

Every link is absolute on the Site's configured root URL: Django's Feed would complete
relative links with the request's Host header, whatever port or alias it names.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape

from ispolkom.core.models import DistrictIdentity

FEED_LENGTH = 30


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, list_page, articles):
        """`articles`: the list page's articles, newest first (models.articles_under)."""
        super().__init__()
        self.list_page = list_page
        self.articles = articles

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.list_page

    def title(self, page):
        return f"{page.title} — {DistrictIdentity.for_request(self.request).name}"

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return page.get_full_url(self.request) + page.reverse_subpage("feed")

    def description(self, page):
        return page.intro or page.title

    def items(self, page):
        return self.articles[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # RSS descriptions are HTML to feed readers: the plain-text summary must stay text.
        return escape(article.summary)

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        return article.last_published_at
