from django.core.management.base import BaseCommand

from ispolkom.news.editors import ensure_news_editor_group


class Command(BaseCommand):
    help = "Create or complete the 'News editor' group (rights on every news index)."

    def handle(self, *args, **options):
        group = ensure_news_editor_group()
        self.stdout.write(f"Group '{group.name}' is ready.")
