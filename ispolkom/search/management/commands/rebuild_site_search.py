from django.core.management.base import BaseCommand

from ispolkom.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search entries from every live news article and page."

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {rebuild()} pages.")
