from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ispolkom.core import languages

register = template.Library()

# "(на русском языке)" beside an act in another language than the page's.
IN_LANGUAGE = {"ru": _("(in Russian)"), "be": _("(in Belarusian)"), "en": _("(in English)")}


@register.simple_tag(takes_context=True)
def act_heading(context, act):
    """«Решение Осиповичского районного исполнительного комитета, 18 марта 2019 г. № 392»."""
    return act.heading(context.get("request"))


@register.simple_tag(takes_context=True)
def act_status_line(context, act):
    return act.status_line(context.get("request"))


@register.simple_tag
def language_note(act):
    """The note for an act in another language than the active one, else ""."""
    if act.language == languages.current():
        return ""
    return IN_LANGUAGE.get(act.language, "")


@register.simple_tag(takes_context=True)
def act_json_ld(context, act, url):
    """schema.org Legislation of `act` at `url` (escaped for <script>)."""
    return mark_safe(act.structured_data(url, context.get("request")))  # noqa: S308


@register.filter
def file_facts(row):
    """"PDF, 120 KB, 3 pages" of an act's file."""
    facts = [row.file_format] if row.file_format else []
    if row.file_size is not None:
        facts.append(filesizeformat(row.file_size))
    if row.page_count:
        facts.append(ngettext("%(count)s page", "%(count)s pages", row.page_count)
                     % {"count": row.page_count})
    return ", ".join(str(fact) for fact in facts)


@register.filter
def file_note(row):
    return gettext(row.note) if row.note else ""
