"""What starts a new content generation (core/freshness.py): anything that changes what the
public may see."""

from django.core.management import call_command
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .features import LISTS_ELSEWHERE, offered
from .freshness import (
    all_sites,
    invalidate_everything,
    invalidate_news,
    invalidate_sites,
    sites_containing,
)
from .models import DistrictIdentity


@receiver(page_published)
@receiver(page_unpublished)
def page_published_or_unpublished(sender, instance, **kwargs):
    if getattr(instance, "list_item", False):
        item_changed(instance)
    else:
        structure_changed(sites_containing(instance))


def item_changed(item):
    """A list item (core/features.py): the lists, and the pages that show it or link to it
    (those that linked to it before are marked through the item itself), and the lists of
    other sites that show this site's items."""
    translations = item.get_translations().values_list("pk", flat=True)
    shown_with = [item.pk, *translations,
                  *(page.pk for page in item.neighbours() if page is not None)]
    site_ids = sites_containing(item)
    invalidate_news(site_ids | showing(site_ids), shown_with)


def showing(site_ids):
    """The other sites whose lists show what `site_ids` publish (features.LISTS_ELSEWHERE)."""
    return set(offered(LISTS_ELSEWHERE, set(site_ids))) - set(site_ids)


def structure_changed(site_ids):
    """The sites change, and the lists elsewhere that may show their pages: a section
    unpublished or made private hides its articles from a region's list as well."""
    invalidate_sites(site_ids)
    elsewhere = showing(site_ids)
    if elsewhere:
        invalidate_news(elsewhere, ())


@receiver(post_page_move)
def page_moved(sender, instance, url_path_before=None, **kwargs):
    # The site the page left changes as well as the one it joined (another committee's).
    left = Page(url_path=url_path_before) if url_path_before else instance
    structure_changed(sites_containing(instance) | sites_containing(left))


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and sender is Page:
        structure_changed(sites_containing(instance))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    """A password or sign-in requirement set, changed or removed (the admin's Privacy
    dialog): the page, and every list, feed and search that showed it, change."""
    page = Page.objects.filter(pk=instance.page_id).only("url_path").first()
    structure_changed(sites_containing(page) if page else all_sites())


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, **kwargs):
    """Documents are never cached (/documents/), but pages may list a collection's
    documents; collections belong to no site."""
    invalidate_everything()


@receiver(pre_save, sender=DistrictIdentity)
def identity_changing(sender, instance, **kwargs):
    # The region it leaves stops showing its news (read before the row changes).
    instance.region_before = DistrictIdentity.objects.filter(pk=instance.pk).values_list(
        "region_id", flat=True).first() if instance.pk else None


@receiver(post_save, sender=DistrictIdentity)
def identity_changed(sender, instance, **kwargs):
    """The site, and the lists elsewhere that name it (a region's filter by district)."""
    structure_changed({instance.site_id})
    left = getattr(instance, "region_before", None)
    if left and left != instance.region_id:
        invalidate_news({left}, ())


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(sender, instance, **kwargs):
    invalidate_sites({instance.pk, 0})


def create_cache_tables(using, **kwargs):
    """The shared caches' tables (generations, guessing limits) come with every `migrate`,
    so no install, test database, benchmark or restore can miss them."""
    call_command("createcachetable", database=using, verbosity=0)
