"""What makes cached pages stale: anything an editor publishes, moves or deletes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from ispolkom.core.models import DistrictIdentity

from .store import invalidate_sites


def sites_containing(page):
    """Ids of the sites whose trees (any language) hold `page`; all sites if none does."""
    roots = Site.get_site_root_paths()
    site_ids = {root.site_id for root in roots if page.url_path.startswith(root.root_path)}
    return site_ids or {root.site_id for root in roots} | {0}


def invalidate_everything():
    """For bulk changes that bypass Wagtail's signals."""
    invalidate_sites({root.site_id for root in Site.get_site_root_paths()} | {0})


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, instance, **kwargs):
    invalidate_sites(sites_containing(instance))


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and sender is Page:
        invalidate_sites(sites_containing(instance))


@receiver(post_save, sender=DistrictIdentity)
def identity_changed(sender, instance, **kwargs):
    invalidate_sites({instance.site_id})


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def site_changed(sender, instance, **kwargs):
    invalidate_sites({instance.pk, 0})
