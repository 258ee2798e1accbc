"""Regional news without copies: a region's site lists the latest news of its districts, and
a district's site the news of its region, each item linking to the article on its own
committee's host (its canonical URL stays its own). Which committees are related is core's
DistrictIdentity.region; a district's own news are in its "district" section, the region's
in its "region" section (wagtail_hooks.SECTIONS)."""

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from ispolkom.core.freshness import remember
from ispolkom.core.models import DistrictIdentity
from ispolkom.core.public import public_pages
from ispolkom.core.sites import below

# What a site's list of related news is called, by what it lists ("Region news" is a
# section of its own: the list of the oblast committee's news is named after it).
TITLES = {"district": _("News of the districts"),
          "region": _("News of the regional executive committee")}


@dataclass(frozen=True)
class Source:
    """A related committee whose news a site lists: its site, its name in the list's
    language, and the path of its section of own news."""

    site_id: int
    name: str
    path: str


@dataclass(frozen=True)
class RelatedNews:
    kind: str  # "district": a region lists its districts; "region": a district its region
    sources: tuple

    @property
    def title(self):
        return TITLES[self.kind]

    @property
    def filterable(self):
        return len(self.sources) > 1

    def chosen(self, value):
        """The source `?district=` names (a site id), None for all; 404 for anything else."""
        if not value:
            return None
        for source in self.sources:
            if value == str(source.site_id):
                return source
        raise Http404

    def articles(self, articles, request, source=None):
        """The public ones of `articles` (a queryset of articles) from the sources (or from
        one), newest first, with what a list needs preloaded (as models.articles_under)."""
        shown = (source,) if source else self.sources
        articles = public_pages(articles.filter(below([found.path for found in shown])),
                                request).order_by("-date", "-pk")
        return articles.select_related("main_image", "locale").prefetch_related(
            "main_image__renditions").defer_streamfields()

    def named(self, articles):
        """`articles` (a list), each with its committee's name as article.committee."""
        for article in articles:
            article.committee = next((source.name for source in self.sources
                                      if article.path.startswith(source.path)), "")
        return articles


def related_news(request, language, sections):
    """The RelatedNews of the request's site in `language`, or None when it has no region
    and no districts with such news; `sections`: a queryset of all news sections. Read once
    per generation of the site's lists (a related site's changes renew them:
    lists_elsewhere)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return remember(request, f"related-news:{language}",
                    lambda: find_related_news(site.pk, language, sections, request))


def find_related_news(site_id, language, sections, request=None):
    """Three queries: the related identities, their homes, their sections."""
    region = DistrictIdentity.objects.filter(site_id=site_id).values("region_id")
    related = DistrictIdentity.objects.filter(Q(region_id=site_id) | Q(site_id__in=region))\
        .select_related("site__root_page")
    identities = [identity for identity in related if identity.site_id != site_id]
    districts = [identity for identity in identities if identity.region_id == site_id]
    kind, identities = ("district", districts) if districts else ("region", identities)
    if not identities:
        return None
    keys = {identity.site.root_page.translation_key: identity for identity in identities}
    homes = public_pages(Page.objects.filter(translation_key__in=keys,
                                             locale__language_code=language), request)
    home_of = {home.path: keys[home.translation_key] for home in homes}
    sources = []
    for section in public_pages(sections.filter(below(home_of), slug=kind), request).only(
            "path"):
        identity = next(found for path, found in home_of.items()
                        if section.path.startswith(path))
        name = getattr(identity, f"short_name_{language}", "") or getattr(
            identity, f"name_{language}", "") or identity.name_ru
        sources.append(Source(identity.site_id, name, section.path))
    if not sources:
        return None
    return RelatedNews(kind, tuple(sorted(sources, key=lambda source: source.name)))


def lists_elsewhere(site_ids):
    """The regions of these sites and their districts: their lists show these sites' news."""
    pairs = DistrictIdentity.objects.filter(
        Q(site_id__in=site_ids) | Q(region_id__in=site_ids)).exclude(
        region=None).values_list("site_id", "region_id")
    return [region if site in site_ids else site for site, region in pairs]
