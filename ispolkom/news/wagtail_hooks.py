"""What news offers the home page and the site search (core/features.py)."""

from wagtail import hooks

from ispolkom.core.features import HOME_BLOCKS, SEARCH_SECTIONS, SEARCHABLE_PAGES, HomeBlock
from ispolkom.core.public import public_pages

from .models import NewsArticlePage, NewsSectionPage, latest_news_by_section


@hooks.register(HOME_BLOCKS)
def latest_news(home, request):
    return [HomeBlock("news/includes/home_sections.html",
                      {"sections": latest_news_by_section(home, request)})]


@hooks.register(SEARCHABLE_PAGES)
def searchable_news():
    return [NewsArticlePage]


@hooks.register(SEARCH_SECTIONS)
def news_sections(language, request):
    """The sections of that language, unordered (search orders them by path): a search may be
    narrowed to one."""
    sections = NewsSectionPage.objects.filter(locale__language_code=language)
    return public_pages(sections, request).only("title", "path").order_by()
