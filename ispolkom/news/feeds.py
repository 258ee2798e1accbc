"""RSS 2.0 feeds of a news list page (all news, or one section)."""

from django.utils.html import escape

from ispolkom.core.feeds import FEED_LENGTH, PageFeed

__all__ = ["FEED_LENGTH", "NewsFeed"]


class NewsFeed(PageFeed):
    """`items`: the list page's articles, newest first (models.articles_under)."""

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # RSS descriptions are HTML to feed readers: the plain-text summary must stay text.
        return escape(article.summary)

    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        return article.last_published_at
