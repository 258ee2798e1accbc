"""RSS 2.0 feed of the registry's newest acts (every language's)."""

import datetime

from django.utils import timezone
from django.utils.html import escape

from ispolkom.core.feeds import FEED_LENGTH, PageFeed

__all__ = ["FEED_LENGTH", "DocumentsFeed"]


class DocumentsFeed(PageFeed):
    def item_title(self, act):
        return f"{act.heading(self.request)}. {act.title}"

    def item_description(self, act):
        # RSS descriptions are HTML to feed readers: plain text must stay text.
        return escape(act.status_line(self.request) or act.get_legal_force_display())

    def item_pubdate(self, act):
        return act.first_published_at or timezone.make_aware(
            datetime.datetime.combine(act.date_adopted, datetime.time()))
