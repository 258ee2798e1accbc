from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def procedure_json_ld(procedure, url):
    """schema.org GovernmentService of `procedure` at `url` (escaped for <script>)."""
    return mark_safe(procedure.structured_data(url))  # noqa: S308 (escaped in structured_data)
