"""News: an index, sections that editors create, and articles. It plugs into the home page,
search and the site's links through wagtail_hooks.py and the attributes of core/features.py."""

import datetime
from array import array
from urllib.parse import urljoin

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.db.models import F, Q, Subquery, Window, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.db.models.functions import Mod, RowNumber
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from ispolkom.core import languages
from ispolkom.core.blocks import BodyBlock
from ispolkom.core.features import reads_query_parameters
from ispolkom.core.freshness import remember, shows
from ispolkom.core.public import public_pages
from ispolkom.core.sites import below
from ispolkom.core.structured_data import as_json_ld
from ispolkom.framework import cached_parent, keep_parent, paginator_page, slug_is_free
from ispolkom.special.version import regular_urls

from .feeds import FEED_LENGTH, NewsFeed
from .forms import NewsArticleForm, PublicationDateInput, SharedSectionForm
from .regional import related_news as related_news_of
from .slugs import SLUG_LENGTH, capped_slug, free_slug
from .summary import body_text, shorten

NEWS_PER_PAGE = 12
NEWS_ON_HOME = 4


def listed_under(page, request=None):
    """Public articles below `page` and in the shared sections its lists take in (see
    NewsLibraryPage), in list order: newest first, ties by id."""
    return public_pages(NewsArticlePage.objects.filter(below(news_paths(page, request))),
                        request).order_by("-date", "-pk")


def news_paths(page, request=None):
    """Tree paths of the articles `page` lists: its own subtree, and the library sections
    that its sections (or it, being one) share."""
    if not isinstance(page, NewsSectionPage):
        return [page.path, *(section.shared_section.path for section in sections_of(
            page, request) if section.shared_section_id and section.shared_section)]
    if not page.shared_section_id:
        return [page.path]
    if request is None:
        return [page.path, page.shared_section.path]
    # Which section it shares changes with the site's structure, not with its news.
    shared = remember(request, f"shared-section:{page.pk}", lambda: Page.objects.filter(
        pk=page.shared_section_id).values_list("path", flat=True).first(), list_items=False)
    return [page.path, shared] if shared else [page.path]


def shown_in(articles, sections, request=None):
    """`articles`, each shared one (stored in the library) kept as a child of the first of
    `sections` that shares its library section: its links, breadcrumbs and language switch
    are those of that section's site (see NewsArticlePage.get_url_parts)."""
    sharing = [(news_paths(section, request)[1:], section) for section in sections]
    for article in articles:
        if any(article.path.startswith(section.path) for section in sections):
            continue
        keep_parent(article, next((section for paths, section in sharing
                                   if any(article.path.startswith(path) for path in paths)),
                                  None))
    return articles


def articles_under(page, request=None):
    """Public articles below `page`, newest first, with what a list needs preloaded."""
    return (
        listed_under(page, request)
        .select_related("main_image", "locale")
        .prefetch_related("main_image__renditions")
        .defer_streamfields()
    )


def sections_of(home, request=None):
    """The public news sections under a home page (or the news index), in tree order.

    Sorted here, not by the database: ORDER BY path (Wagtail's default order) would make
    SQLite walk every page of the tree in path order instead of starting from the sections.
    """
    def public_sections():
        # Start from the few section rows: a path range alone would scan every article too.
        section_ids = list(NewsSectionPage.objects.order_by().values_list("page_ptr_id",
                                                                           flat=True))
        sections = public_pages(NewsSectionPage.objects.order_by().filter(
            pk__in=section_ids, path__startswith=home.path), request).select_related(
            "shared_section")
        return sorted(sections, key=lambda section: section.path)

    if request is None:
        return public_sections()
    # Sections come and go with the site's structure, not with its news.
    return remember(request, f"news-sections:{home.pk}", public_sections, list_items=False)


def latest_news_by_section(home, request=None, also=()):
    """(section, its newest articles) for each section, in one query (each section's newest
    found by its own subquery, which walks that section's dates only), and one for the
    renditions of all their images. `also`: other cards the page shows (articles), whose
    summaries and renditions are read with these."""
    sections = sections_of(home, request)
    newest = union_of([listed_under(section, request).values("pk")[:NEWS_ON_HOME]
                       for section in sections])
    found = list(NewsArticlePage.objects.filter(pk__in=newest)
                 .select_related("main_image", "locale").defer_streamfields()
                 .order_by("-date", "-pk")) if sections else []
    lists = [(section, shown_in([article for article in found
                                 if any(article.path.startswith(path)
                                        for path in news_paths(section, request))],
                                [section], request))
             for section in sections]
    shown = with_summaries([article for _section, articles in lists for article in articles]
                           + list(also))
    prefetch_related_objects(shown, "main_image__renditions")
    return lists


def union_of(querysets):
    """One subquery of the rows of all `querysets` (each of one column, sliced), each run on
    its own index: PostgreSQL answers "IN (…) OR IN (…)" by scanning the whole table. Each
    part is wrapped, since SQLite takes no LIMIT in a part of a compound SELECT."""
    parts, params = [], []
    for number, queryset in enumerate(querysets):
        sql, part_params = queryset.query.sql_with_params()
        parts.append(f"SELECT * FROM ({sql}) AS part_{number}")
        params.extend(part_params)
    return RawSQL(" UNION ALL ".join(parts), params)


def with_summaries(articles):
    """`articles` as a list, their summaries ready. Lists load articles without their bodies;
    those without a lead take their summary from the body, read here in one query for all of
    them rather than one per card."""
    articles = list(articles)
    leadless = [article.pk for article in articles if not article.lead.strip()]
    if leadless:
        bodies = dict(NewsArticlePage.objects.filter(pk__in=leadless).values_list("pk", "body"))
        for article in articles:
            if article.pk in bodies:
                article.__dict__["summary"] = shorten(body_text(bodies[article.pk]))
    return articles


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)
OFFSET_PAGES = 5  # pages near the top are a short OFFSET; deeper ones start from a boundary


def page_starts(page, request=None):
    """Where every list page starts: (date, id) of its first article, packed as 64-bit
    integers (microseconds since 1970, id) so that a deep page unpacks them cheaply.

    One scan of the list, which the database numbers itself; done once per cache generation.
    """
    firsts = (
        listed_under(page, request)
        .annotate(row=Window(RowNumber(), order_by=[F("date").desc(), F("pk").desc()]))
        .annotate(slot=Mod(F("row") - 1, NEWS_PER_PAGE))
        .filter(slot=0)
        .values_list("date", "pk")
    )
    packed = array("q")
    for date, pk in firsts:
        packed.extend(((date - EPOCH) // MICROSECOND, pk))
    return packed.tobytes()


class NewsPaginator(Paginator):
    """Pages of a news list whose count is known; a deep page starts where a stored boundary
    says, so it reads its twelve rows from the date index like page 1 (no OFFSET scan)."""

    def __init__(self, articles, count, starts=None):
        super().__init__(articles, NEWS_PER_PAGE)
        self.known_count = count
        self.starts = starts  # page_starts() bytes, or None to page with OFFSET

    @property
    def count(self):
        return self.known_count

    def page(self, number):
        number = self.validate_number(number)
        start = self.start_of(number)
        if start is None:
            return super().page(number)
        date, pk = start
        # "date <= d" bounds the index scan; the OR then orders ties by id.
        rows = self.object_list.filter(date__lte=date).filter(Q(date__lt=date) | Q(pk__lte=pk))
        return paginator_page(self, rows[:self.per_page], number)

    def start_of(self, number):
        if not self.starts or number <= OFFSET_PAGES:
            return None
        packed = array("q")
        packed.frombytes(self.starts)
        if 2 * number > len(packed):
            return None
        microseconds, pk = packed[2 * number - 2], packed[2 * number - 1]
        return EPOCH + microseconds * MICROSECOND, pk


class NewsListMixin(RoutablePageMixin):
    """A page that lists the articles below it: /, /page/N/ and /rss/."""

    @path("")
    def first_page(self, request):
        return self.render_list(request, 1)

    @path("page/<int:number>/")
    def numbered_page(self, request, number):
        if number == 1:
            return redirect(self.get_url(request), permanent=True)
        return self.render_list(request, number)

    @path("rss/")
    def feed(self, request):
        articles = self.shown_here(with_summaries(articles_under(self, request)[:FEED_LENGTH]),
                                   request)
        with regular_urls(request):  # a feed under /special/ still links regular pages
            response = NewsFeed(self, articles)(request)
        return response

    def shown_here(self, articles, request=None):
        """The listed `articles`, the shared ones kept in this page's sections (shown_in)."""
        sections = [self] if isinstance(self, NewsSectionPage) else sections_of(self, request)
        return shown_in(articles, sections, request)

    def render_list(self, request, number):
        articles = articles_under(self, request)
        # Counting or scanning thousands of rows on every request is wasted: both change
        # only when something is published, which starts a new cache generation.
        if number <= OFFSET_PAGES:
            paginator = NewsPaginator(
                articles, remember(request, f"news-count:{self.pk}", articles.count))
        else:
            total, starts = remember(request, f"news-pages:{self.pk}", lambda: (
                listed_under(self, request).count(), page_starts(self, request)))
            paginator = NewsPaginator(articles, total, starts)
        try:
            news_page = paginator.page(number)
        except EmptyPage as error:
            if number != 1:
                raise Http404 from error
            news_page = paginator.get_page(1)  # an empty section still shows its page
        news_page.object_list = self.shown_here(with_summaries(news_page.object_list), request)
        return self.render(request, context_overrides={
            "news_page": news_page,
            "page_links": self.page_links(request, news_page),
        })

    def page_url(self, request, number):
        """Stable URL of list page `number`; page 1 is the list itself."""
        base = self.get_url(request)
        return base if number == 1 else base + self.reverse_subpage("numbered_page",
                                                                    args=(number,))

    def page_links(self, request, news_page, page_url=None):
        """Numbered links around the current page; None stands for a gap (…).
        `page_url(number)` gives a page's URL; the list's own pages by default."""
        page_url = page_url or (lambda number: self.page_url(request, number))
        paginator = news_page.paginator
        numbers = paginator.get_elided_page_range(news_page.number, on_each_side=2, on_ends=1)
        return {
            "numbers": [
                None if number == paginator.ELLIPSIS else
                {"number": number, "url": page_url(number),
                 "current": number == news_page.number}
                for number in numbers
            ],
            "newer": page_url(news_page.number - 1) if news_page.has_previous() else None,
            "older": page_url(news_page.number + 1) if news_page.has_next() else None,
        }


class NewsIndexPage(NewsListMixin, Page):
    """All news of one language; its children are the sections."""

    intro = models.TextField(_("introduction"), blank=True)
    site_link = "news"  # templates link to it as site_links.news (core/features.py)
    site_feed_route = "feed"  # its feed is the site's feed

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NewsSectionPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_links"] = sections_of(self, request)
        context["related"] = related_news(request)
        return context

    # Tags are taggit's, shared by all languages; the URL holds the tag's slug as taggit made
    # it: Unicode for Cyrillic names ("уборка", percent-encoded in links; taggit ignores
    # WAGTAIL_ALLOW_UNICODE_SLUGS), and empty for a name of punctuation alone, which then
    # stays unlinked (news_tags.tag_url). The list holds only this index's news: each
    # language lists its own.
    @path("tag/<str:slug>/", name="tag")
    def tagged(self, request, slug):
        return self.render_tagged(request, slug, 1)

    @path("tag/<str:slug>/page/<int:number>/", name="tag_page")
    def tagged_page(self, request, slug, number):
        if number == 1:
            return redirect(self.tag_url(request, slug), permanent=True)
        return self.render_tagged(request, slug, number)

    def tag_url(self, request, slug, number=1):
        if number == 1:
            return self.get_url(request) + self.reverse_subpage("tag", args=(slug,))
        return self.get_url(request) + self.reverse_subpage("tag_page", args=(slug, number))

    def render_tagged(self, request, slug, number):
        """The public news of this index with the tag; 404 when there is none."""
        tag = Tag.objects.filter(slug=slug).first()
        articles = articles_under(self, request).filter(tags=tag) if tag else None
        count = articles.count() if tag else 0
        if not count:
            raise Http404
        try:
            news_page = NewsPaginator(articles, count).page(number)
        except EmptyPage as error:
            raise Http404 from error
        news_page.object_list = self.shown_here(with_summaries(news_page.object_list), request)
        return self.render(request, template="news/news_tag_page.html", context_overrides={
            "tag": tag,
            "news_page": news_page,
            "page_links": self.page_links(
                request, news_page, lambda number: self.tag_url(request, slug, number)),
        })

    # The news of the related committees (regional.py): on a region's site its districts',
    # on a district's site its region's; 404 on a site that has neither.
    @path("regional/", name="regional")
    @reads_query_parameters("district")
    def regional(self, request):
        return self.render_regional(request, 1)

    @path("regional/page/<int:number>/", name="regional_page")
    @reads_query_parameters("district")
    def regional_page(self, request, number):
        return self.render_regional(request, number, numbered=True)

    def regional_url(self, request, district="", number=1):
        route = self.reverse_subpage("regional_page", args=(number,)) if number > 1 else \
            self.reverse_subpage("regional")
        return self.get_url(request) + route + (f"?district={district}" if district else "")

    def render_regional(self, request, number, numbered=False):
        related = related_news(request)
        if related is None:
            raise Http404
        chosen = related.chosen(request.GET.get("district", "")[:20])
        district = chosen.site_id if chosen else ""
        if numbered and number == 1:
            return redirect(self.regional_url(request, district), permanent=True)
        try:
            news_page = Paginator(related.articles(NewsArticlePage.objects.all(), request, chosen),
                                  NEWS_PER_PAGE).page(number)
        except EmptyPage as error:
            raise Http404 from error
        news_page.object_list = related.named(with_summaries(news_page.object_list))
        return self.render(request, template="news/news_regional_page.html", context_overrides={
            "related": related,
            "chosen": chosen,
            "district_links": [
                {"name": source.name, "url": self.regional_url(request, source.site_id),
                 "current": source == chosen} for source in related.sources],
            "all_url": self.regional_url(request),
            "news_page": news_page,
            "page_links": self.page_links(request, news_page, lambda number: self.regional_url(
                request, district, number)),
        })


class NewsSectionPage(NewsListMixin, Page):
    """District news, Region news, Republic news, or any section editors add. A section of a
    site may also list a section of the news library (`shared_section`), whose articles it
    shows under its own address as if they were its own: /ru/news/republic/<slug>/."""

    intro = models.TextField(_("introduction"), blank=True)
    shared_section = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("also list the shared news of"),
        help_text=_("A section of the news library, e.g. the republic news that one feed "
                    "brings for every committee: they are stored once and shown here."))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("shared_section")]
    parent_page_types = ["news.NewsIndexPage", "news.NewsLibraryPage"]
    subpage_types = ["news.NewsArticlePage"]
    base_form_class = SharedSectionForm
    route_only_adds = True  # its route() only adds shared articles: routing finds children

    class Meta:
        verbose_name = _("news section")

    @classmethod
    def of_library(cls):
        """The sections of the news library, of every language, in tree order."""
        libraries = NewsLibraryPage.objects.values_list("path", flat=True)
        return cls.objects.filter(below(libraries)).order_by("path")

    def route(self, request, path_components):
        """Its routes and children first; then an article of the shared section."""
        try:
            return super().route(request, path_components)
        except Http404:
            shared = self.shared_article(request, path_components)
            if shared is None:
                raise
            return RouteResult(shared)

    def shared_article(self, request, path_components):
        """The public article of the shared section that the path names, kept as this
        section's child, or None."""
        if not self.live or not self.shared_section_id or len(path_components) != 1:
            return None
        # The shared section's path read in the same query: one query for the article.
        shared = Page.objects.filter(pk=self.shared_section_id).values("path")
        article = public_pages(NewsArticlePage.objects.filter(
            path__startswith=Subquery(shared), slug=path_components[0]),
            request).select_related("locale").first()
        if article is not None:
            keep_parent(article, self)
        return article


class NewsLibraryPage(Page):
    """News shared by committees' sites, stored once (issue 15): a tree of its own beside the
    sites' homes, one per language, whose sections a feed fills (e.g. BelTA's republic news).
    No site serves it; each site's section that shares one of its sections shows the
    articles under its own address, and removing one removes it from every site."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsSectionPage"]
    is_news_library = True  # forms.SharedSectionForm: its sections share no other

    class Meta:
        verbose_name = _("news library")

    def serve(self, request, *args, **kwargs):
        raise Http404  # reached only through a site's sections


def related_news(request):
    """The news of the committees related to the request's site (regional.py), or None, in
    the language of the page being served (active while it is: no query for its locale)."""
    return related_news_of(request, languages.current(), NewsSectionPage.objects.all())


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsArticlePage(Page):
    date = models.DateTimeField(_("publication date"), default=timezone.now, db_index=True)
    show_time = models.BooleanField(_("show the time of publication"), default=False)
    lead = models.TextField(
        _("lead"), blank=True,
        help_text=_("One or two sentences shown in lists. If empty, lists show the "
                    "beginning of the text."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    main_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("main image"),
    )
    main_image_alt = models.CharField(
        _("alternative text of the main image"), max_length=255, blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    source_name = models.CharField(_("source"), max_length=255, blank=True,
                                   help_text=_("For example, BelTA."))
    source_url = models.URLField(_("source link"), blank=True)
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        # Readers see the date alone, as the real system shows it, unless the editor asks.
        FieldRowPanel([
            FieldPanel("date", widget=PublicationDateInput(), help_text=_(
                "The day is enough (16.02.2023); the time is optional (16.02.2023 09:30).")),
            FieldPanel("show_time"),
        ]),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_alt")],
                        heading=_("Main image")),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")],
                        heading=_("Source")),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    base_form_class = NewsArticleForm
    parent_page_types = ["news.NewsSectionPage"]
    subpage_types = []
    in_html_site_map = False  # thousands of them; their sections are listed
    list_item = True  # a publication renews the lists and its neighbours (core/features.py)
    shows_list_items = False  # but its neighbours, which get_context names

    class Meta:
        verbose_name = _("news article")
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_article_newest")]

    def full_clean(self, *args, **kwargs):
        # The admin form caps the slug (forms.py); this covers articles made in code.
        # Only once the article has its place: the cap must stay free among its siblings.
        if (self.slug and self.path and self.first_published_at is None
                and len(self.slug) > SLUG_LENGTH):
            parent = self.get_parent()
            self.slug = free_slug(capped_slug(self.slug), lambda candidate:
                                  slug_is_free(candidate, parent, self))
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            raise ValidationError(
                {"main_image_alt": _("Describe the main image for people who cannot see it.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["older"], context["newer"] = self.neighbours(request)
        shows(request, context["older"], context["newer"])  # the page cache keeps their marks
        host = self.showing_section
        if host is not None:
            # A shared article: its neighbours are shown in the same section, the language
            # switch leads to that section's translations, and the original is canonical.
            for page in (context["older"], context["newer"]):
                if page is not None:
                    keep_parent(page, host)  # its siblings in the library
            context["translations_of"] = host
            context["canonical_elsewhere"] = self.source_url
        return context

    @property
    def showing_section(self):
        """The section of a site that shows this article of the news library, as routing or
        a list left it (shown_in()); None for an article in its own site's tree."""
        parent = cached_parent(self)
        if parent is None or self.path.startswith(parent.path):
            return None
        return parent

    def get_url_parts(self, request=None):
        host = self.showing_section
        if host is None:
            return super().get_url_parts(request)
        parts = host.get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, section_path = parts
        return site_id, root_url, f"{section_path}{self.slug}/"

    def get_view_restrictions(self):
        """A shared article is also closed by the restrictions of the site's section that
        shows it (Wagtail's page view asks this before serving)."""
        host = self.showing_section
        restrictions = super().get_view_restrictions()
        if host is None:
            return restrictions
        return restrictions | PageViewRestriction.objects.filter(
            page__in=host.get_ancestors(inclusive=True))

    def neighbours(self, request=None):
        """(the previous public article in its section, the next one); None where none."""
        # Plain date comparisons let the database walk its date index from this article.
        siblings = public_pages(NewsArticlePage.objects.sibling_of(self, inclusive=False),
                                request)
        return (siblings.filter(date__lt=self.date).order_by("-date", "-pk").first(),
                siblings.filter(date__gt=self.date).order_by("date", "pk").first())

    @cached_property
    def summary(self):
        """What lists, the feed and meta descriptions show: the lead, else the body's start."""
        return self.lead.strip() or shorten(body_text(self.body))

    @property
    def search_date(self):
        return self.date

    def search_section_id(self):
        return self.get_parent().pk

    def structured_data(self, url):
        """schema.org NewsArticle for the article at `url`, as JSON safe inside <script>."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.date).isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": url,
        }
        if self.main_image_id:
            try:
                data["image"] = urljoin(url, self.main_image.get_rendition("fill-1200x630").url)
            except SourceImageIOError:
                pass  # the original is missing from storage: the page shows without it
        return as_json_ld(data)
