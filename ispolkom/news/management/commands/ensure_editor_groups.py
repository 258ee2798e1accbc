from django.core.management.base import BaseCommand
from wagtail.models import Site

from ispolkom.core.editors import ensure_site_groups, site_label
from ispolkom.news.editors import ensure_news_editor_group


class Command(BaseCommand):
    help = ("Create or complete the 'News editor' group (rights on every news index) and each "
            "site's collection and groups ('<site>: editors', '<site>: news editors'…).")

    def handle(self, *args, **options):
        group = ensure_news_editor_group()
        self.stdout.write(f"Group '{group.name}' is ready.")
        for site in Site.objects.select_related("root_page").order_by("hostname", "port"):
            for made in ensure_site_groups(site):
                self.stdout.write(f"{site_label(site)}: {made}")
