"""The News editor groups: who may write and publish news, and nothing else; "News editor"
on every site, "<site>: news editors" on one."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection

from ispolkom.core.editors import ensure_group, group_name, group_step, homes_of

from .models import NewsIndexPage

NEWS_EDITOR = "News editor"
NEWS_EDITOR_LABEL = _("News editor")


def ensure_news_editor_group():
    """Create or complete the group that may create and publish only inside News.

    Safe to run repeatedly; grants rights on every news index of every language and site,
    and on images and documents in every collection.
    """
    group, _created = ensure_group(NEWS_EDITOR, NewsIndexPage.objects.all(),
                                   Collection.get_first_root_node())
    return group


def ensure_site_news_editors(site, collection):
    """The site's news editors: its news indexes in every language and its collection."""
    indexes = NewsIndexPage.objects.none()
    for home in homes_of(site):
        indexes |= NewsIndexPage.objects.descendant_of(home)
    return [group_step(*ensure_group(group_name(site, "news editors"), indexes, collection))]
