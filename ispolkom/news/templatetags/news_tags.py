from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def news_json_ld(article, url):
    """schema.org NewsArticle of `article` published at `url` (already escaped for <script>)."""
    return mark_safe(article.structured_data(url))  # noqa: S308 (escaped in structured_data)
