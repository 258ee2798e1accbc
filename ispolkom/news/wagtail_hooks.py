"""What news offers the home page and the site search (core/features.py)."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ispolkom.core.committees import ensure_page, first_of, in_language, index_page, step
from ispolkom.core.features import (
    COMMITTEE_PAGES,
    HOME_BLOCKS,
    LISTS_ELSEWHERE,
    SEARCH_SECTIONS,
    SEARCH_SHARED,
    SEARCHABLE_PAGES,
    SITE_GROUPS,
    CommitteeStep,
    HomeBlock,
)
from ispolkom.core.freshness import remember
from ispolkom.core.public import public_pages
from ispolkom.core.sites import in_site

from .editors import ensure_site_news_editors
from .models import (
    NEWS_ON_HOME,
    NewsArticlePage,
    NewsIndexPage,
    NewsSectionPage,
    latest_news_by_section,
    related_news,
)
from .regional import lists_elsewhere

# A committee's news sections: its own, the region's and the republic's (from BelTA).
SECTIONS = {"district": _("District news"), "region": _("Region news"),
            "republic": _("Republic news")}
SHARED = {"republic"}  # sections that list the news library's section of the same slug


@hooks.register(HOME_BLOCKS)
def latest_news(home, request):
    """The latest news of each section and, on a region's home, of its districts (on a
    district's, of its region): the cards of both read their summaries and pictures together."""
    related, index, others = related_committees_news(home, request)
    blocks = [HomeBlock("news/includes/home_sections.html",
                        {"sections": latest_news_by_section(home, request, also=others)})]
    if related:
        blocks.append(HomeBlock("news/includes/home_regional.html", {
            "related": related, "index": index, "articles": related.named(others)}))
    return blocks


def related_committees_news(home, request):
    """(RelatedNews, the news index, their latest articles), or Nones and no articles."""
    related = related_news(request)
    # The news index comes and goes with the site's structure, not with its news.
    index = related and remember(request, f"news-index:{home.pk}", lambda: public_pages(
        NewsIndexPage.objects.child_of(home), request).first(), list_items=False)
    if not index:
        return None, None, []
    articles = related.articles(NewsArticlePage.objects.all(), request).prefetch_related(None)
    return related, index, list(articles[:NEWS_ON_HOME])


hooks.register(LISTS_ELSEWHERE, lists_elsewhere)


@hooks.register(SEARCHABLE_PAGES)
def searchable_news():
    return [NewsArticlePage]


@hooks.register(SEARCH_SECTIONS)
def news_sections(language, request):
    """The site's sections of that language, unordered (search orders them by path): a search
    may be narrowed to one."""
    sections = in_site(NewsSectionPage.objects.all(), request, language)
    return public_pages(sections, request).only("title", "path").order_by()


@hooks.register(SEARCH_SHARED)
def shared_news_sections(language, request):
    """The site's sections of that language that list a section of the news library."""
    def pairs():
        sections = in_site(NewsSectionPage.objects.filter(shared_section__isnull=False),
                           request, language)
        return [(section.shared_section, section) for section in
                public_pages(sections, request).select_related("shared_section")]

    # Which sections share which changes with the site's structure, not with its news.
    return remember(request, f"search-shared:{language}", pairs, list_items=False)


@hooks.register("construct_page_action_menu")
def publish_first_for_news(menu_items, request, context):
    """A press secretary publishes every day: for those allowed to publish a news article,
    Publish is the main button, not an item behind the arrow beside Save draft (the menu
    has the item only for them)."""
    page, parent = context.get("page"), context.get("parent_page")
    if not (isinstance(page, NewsArticlePage) or isinstance(parent, NewsSectionPage)):
        return
    publish = [item for item in menu_items if item.name == "action-publish"]
    if publish:
        menu_items.remove(publish[0])
        menu_items.insert(0, publish[0])


@hooks.register("insert_editor_js")
def publication_date_script():
    """Marks the article's own day in the picker when its date is typed as 16.02.2023."""
    return format_html('<script src="{}"></script>', static("js/publication-date.js"))


@hooks.register(COMMITTEE_PAGES)
def news_with_sections(home, language):
    """The news index and its sections; a new republic section lists the news library's
    republic news in its language, when the install has them (stored once for all)."""
    index = index_page(home, language, "news", NewsIndexPage, _("News"), show_in_menus=True)
    sections = [ensure_page(home, index[0], slug, lambda slug=slug, title=title: NewsSectionPage(
        title=in_language(language, title),
        shared_section=NewsSectionPage.of_library().filter(slug=slug, locale=home.locale).first()
        if slug in SHARED else None), first_of(NewsSectionPage, slug=slug))
        for slug, title in SECTIONS.items()]
    steps = [step(f"news and {len(sections)} sections", index, *sections)]
    shared = [created for section, created in sections if section.shared_section_id]
    if shared:
        steps.append(CommitteeStep("a section listing the news library", sum(shared),
                                   len(shared)))
    return steps


hooks.register(SITE_GROUPS, ensure_site_news_editors)
