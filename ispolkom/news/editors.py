"""The News editor groups: who may write and publish news, and nothing else; "News editor"
on every site, "<site>: news editors" on one."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from ispolkom.core.editors import ensure_group, group_name, group_step, site_homes

from .models import NewsIndexPage

NEWS_EDITOR = "News editor"
NEWS_EDITOR_LABEL = _("News editor")
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


def ensure_news_editor_group():
    """Create or complete the group that may create and publish only inside News.

    Safe to run repeatedly; grants rights on every news index of every language.
    """
    group, _created = Group.objects.get_or_create(name=NEWS_EDITOR)
    group.permissions.add(Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"))
    for news_index in NewsIndexPage.objects.all():
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=news_index,
                permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                                  codename=codename),
            )
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection,
                permission=Permission.objects.get(content_type__app_label=app_label,
                                                  codename=codename),
            )
    return group


def ensure_site_news_editors(site, collection):
    """The site's news editors: its news indexes in every language and its collection."""
    indexes = NewsIndexPage.objects.none()
    for home in site_homes(site):
        indexes |= NewsIndexPage.objects.descendant_of(home)
    return [group_step(*ensure_group(group_name(site, "news editors"), indexes, collection))]
