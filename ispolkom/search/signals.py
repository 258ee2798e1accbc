"""Every change to what is public reaches the search index: publish and unpublish (also by
`publish_scheduled`), moves, and view restrictions set, changed or removed. Deleted pages
take their entries with them (the foreign key cascades)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .indexing import drop_subtree, index_page, rehome_subtree, sync_subtree


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    index_page(instance)
    if instance.numchild:  # a section published again brings its pages back
        sync_subtree(instance)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    drop_subtree(instance)  # unpublished alone, it still hides everything below it


@receiver(post_page_move)
def on_move(sender, instance, **kwargs):
    index_page(instance)  # its section may have changed
    rehome_subtree(instance)  # and its tree, for everything below it too
    sync_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
def on_restriction_saved(sender, instance, **kwargs):
    drop_subtree(instance.page)


@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_removed(sender, instance, origin=None, **kwargs):
    # Only restrictions removed as such: one deleted with its page takes the subtree along.
    if isinstance(origin, PageViewRestriction) or getattr(origin, "model", None) is sender:
        sync_subtree(instance.page)
