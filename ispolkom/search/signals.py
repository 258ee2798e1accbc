from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .indexing import index_page, index_subtree
from .models import SearchEntry


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    SearchEntry.objects.filter(page_id=instance.pk).delete()


@receiver(post_page_move)
def on_move(sender, instance, **kwargs):
    index_subtree(instance)
