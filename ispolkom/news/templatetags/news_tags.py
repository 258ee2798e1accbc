from django import template
from django.urls import NoReverseMatch
from django.utils.safestring import mark_safe

from ispolkom.framework import route_path

from ..models import NewsIndexPage

register = template.Library()


@register.filter
def news_json_ld(article, url):
    """schema.org NewsArticle of `article` published at `url` (already escaped for <script>)."""
    return mark_safe(article.structured_data(url))  # noqa: S308 (escaped in structured_data)


@register.simple_tag(takes_context=True)
def tag_url(context, tag):
    """The list of the page's language's news with `tag`; "" without a news index or a slug
    that makes a URL (a name of punctuation alone leaves taggit's slug empty)."""
    news = (context.get("site_links") or {}).get("news")
    if news is None or not tag.slug:
        return ""
    try:  # the menu's news index is a plain Page: the route's path comes from the class
        return news.get_url(context.get("request")) + route_path(NewsIndexPage, "tag", tag.slug)
    except NoReverseMatch:
        return ""
