"""A banner published, unpublished or deleted changes every page of its site: a new content
generation (shared by every process) makes the page cache render them anew. Every site's,
since a publication may have moved the banner from another site; banners change rarely."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import published, unpublished

from ispolkom.core.freshness import invalidate_everything

from .models import Alert


@receiver(published, sender=Alert)
@receiver(unpublished, sender=Alert)
@receiver(post_delete, sender=Alert)
def alert_changed(sender, instance, **kwargs):
    invalidate_everything()
