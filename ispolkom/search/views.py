"""The site search page: /<lang>/search/?q=…&section=…&date_from=…&date_to=…&page=N."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from ispolkom.core import languages
from ispolkom.core.features import (
    SEARCH_SECTIONS,
    SEARCH_SHARED,
    SEARCH_SHORTCUTS,
    offered,
    reads_query_parameters,
)
from ispolkom.core.public import public_filter
from ispolkom.core.sites import site_home

from . import backends
from .forms import SearchForm
from .models import SearchEntry

RESULTS_PER_PAGE = 10
MAX_PAGE = 1000


def highlighted(snippet):
    """Escape the snippet, then turn the backend's markers into <mark>."""
    text = escape(snippet or "")
    return mark_safe(text.replace(backends.START, "<mark>").replace(backends.STOP, "</mark>"))


def page_number(request):
    raw = request.GET.get("page", "1")
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise Http404
    return int(raw)


@reads_query_parameters("q", "section", "date_from", "date_to", "page")
@require_safe
def search_view(request):
    language = languages.current()
    home = site_home(request, language)  # this site's pages only, of several committees
    sections = sorted(  # in tree order; sorting in SQL would scan the whole page tree
        (section for section in offered(SEARCH_SECTIONS, language, request)
         if home is not None and section.path.startswith(home.path)),
        key=lambda section: section.path)
    form = SearchForm(request.GET, sections)
    form.is_valid()  # invalid fields are reported and left out of the search
    number = page_number(request)
    query = form.value("q") or ""
    if shortcut := first_shortcut(query, language, request, number):
        return redirect(shortcut)
    date_from, date_to = form.date_range()
    shared = offered(SEARCH_SHARED, language, request) if home is not None else []
    section_id = form.value("section")
    filters = backends.Filters(
        language=language, home_id=home and home.pk, section_id=section_id,
        date_from=date_from, date_to=date_to,
        shared_ids=tuple(stored.pk for stored, _shown in shared),
        shared_in_section=tuple(stored.pk for stored, shown in shared
                                if section_id and str(shown.pk) == str(section_id)))
    total, rows = backends.search(query, filters, (number - 1) * RESULTS_PER_PAGE,
                                  RESULTS_PER_PAGE) if query and home else (0, [])
    if number > 1 and not rows:
        raise Http404
    # Counting stops early: a common word must not cost a count of the whole archive.
    more = total > backends.COUNT_LIMIT
    total = min(total, backends.COUNT_LIMIT)
    return TemplateResponse(request, "search/results.html", {
        "form": form,
        "query": query,
        "total": total,
        "more": more,
        "results": results_for(request, rows, shared),
        "pages": pagination(request, number, total),
    })


def first_shortcut(query, language, request, number):
    """The page a query names exactly (e.g. "1.3.1", a procedure's number): words of one
    digit are no search words, and a visitor typing it wants that page, not a list."""
    if number > 1 or not query:
        return None
    return next(iter(offered(SEARCH_SHORTCUTS, query, language, request)), None)


def results_for(request, rows, shared=()):
    """The rows' entries, of public pages only: an index that lags behind a change must not
    show what is no longer public. A page stored outside the site (`shared`) is linked under
    the site's section that shows it."""
    entries = public_filter(request)(SearchEntry.objects, prefix="page__").select_related(
        "page", "section").in_bulk([page_id for page_id, _snippet in rows])
    shown_in = {stored.pk: shown for stored, shown in shared}
    results = []
    for page_id, snippet in rows:
        entry = entries.get(page_id)
        if entry is None:
            continue
        shown = shown_in.get(entry.section_id)
        results.append({
            "entry": entry, "snippet": highlighted(snippet),
            "section": shown or entry.section,
            "url": shown.get_url(request) + entry.page.slug + "/" if shown
            else entry.page.get_url(request)})
    return results


def pagination(request, number, total):
    last = min(MAX_PAGE, max(1, -(-total // RESULTS_PER_PAGE)))

    def url(page):
        params = request.GET.copy()
        for name in set(params) - set(SearchForm.base_fields):
            del params[name]  # only what the search reads: the page cache keys on nothing else
        params["page"] = page
        return "?" + params.urlencode()

    return {
        "number": number, "last": last, "first": (number - 1) * RESULTS_PER_PAGE + 1,
        "newer": url(number - 1) if number > 1 else None,
        "older": url(number + 1) if number < last else None,
    }
