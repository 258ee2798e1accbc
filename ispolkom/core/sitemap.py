"""sitemap.xml: every public page of every language, each with its hreflang alternates."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .public import public_pages


class MultilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for home in homes:
            in_any_tree |= Q(path__startswith=home.path)
        return (
            public_pages(Page.objects.filter(in_any_tree), self.request)
            .select_related("locale").order_by("path")
        )

    def _urls(self, page, protocol, domain):
        object_list = list(self.paginator.page(page).object_list)
        urls_by_key = defaultdict(list)
        located = []
        for item in object_list:
            location = item.get_full_url(self.request)
            if location is None:
                continue
            located.append((item, location))
            urls_by_key[item.translation_key].append(
                {"lang_code": item.locale.language_code, "location": location}
            )
        self.latest_lastmod = None
        return [
            {
                "item": item,
                "location": location,
                "lastmod": self.lastmod(item),
                "alternates": urls_by_key[item.translation_key]
                if len(urls_by_key[item.translation_key]) > 1 else [],
            }
            for item, location in located
        ]
