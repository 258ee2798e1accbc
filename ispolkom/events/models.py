"""The events poster (Afisha): an index of events with its upcoming and past lists, a month
calendar and an iCalendar feed, and the events themselves. When an event takes place is
worked out in occurrences.py; iCalendar in ics.py. It plugs into the home page and search
through wagtail_hooks.py and the attributes of core/features.py."""

import calendar
import re
from datetime import date, timedelta
from urllib.parse import quote, urljoin

from bs4 import BeautifulSoup
from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page
from wagtail.search import index

from ispolkom.core.blocks import RICH_TEXT_FEATURES
from ispolkom.core.features import reads_query_parameters
from ispolkom.core.freshness import good_until
from ispolkom.core.public import public_pages
from ispolkom.core.structured_data import as_json_ld
from ispolkom.special.version import regular_urls

from . import ics
from .occurrences import (
    Repeat,
    first_occurrence,
    last_day,
    minsk,
    next_midnight,
    next_occurrence,
    occurrences,
)

EVENTS_PER_PAGE = 10
FEED_KEEPS_DAYS = 180  # subscribers keep past events this long
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the calendar's months; others are not found
MAP_SEARCH = "https://www.openstreetmap.org/search?query="
PRICE_NUMBER = re.compile(r"\d+(?:[.,]\d{1,2})?")


class EventCategory(models.TextChoices):
    CULTURE = "culture", _("Culture")
    SPORT = "sport", _("Sport")
    YOUTH = "youth", _("Youth")
    CHILDREN = "children", _("For children")
    EXHIBITION = "exhibition", _("Exhibitions")
    OTHER = "other", _("Other")


class AgeMark(models.TextChoices):
    """The age marks of Belarusian posters (Law No. 362-З on information)."""

    ALL = "0+", "0+"
    SIX = "6+", "6+"
    TWELVE = "12+", "12+"
    SIXTEEN = "16+", "16+"
    EIGHTEEN = "18+", "18+"


def today():
    return timezone.localdate()


class EventPage(RoutablePageMixin, Page):
    """One event: when (a day, or a day and hours; possibly repeating), where, who organises
    it, for whom and at what price."""

    start_date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"), null=True, blank=True,
                                  help_text=_("Leave empty for an event that lasts all day."))
    end_date = models.DateField(_("last day"), null=True, blank=True,
                                help_text=_("For an event of several days."))
    end_time = models.TimeField(_("ends at"), null=True, blank=True)
    repeat = models.CharField(_("repeats"), max_length=16, choices=Repeat.choices, blank=True,
                              default=Repeat.NONE)
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True,
                                    help_text=_("The last day it may take place; empty: "
                                                "until further notice."))
    # The day the last occurrence ends (None: repeats for ever), kept for the lists' queries.
    last_day = models.DateField(null=True, blank=True, editable=False, db_index=True)
    venue = models.CharField(_("venue"), max_length=255,
                             help_text=_("For example, Lapichi House of Culture."))
    locality = models.CharField(_("town or village"), max_length=128,
                                help_text=_("Visitors filter events by it, e.g. “ag. Lapichi”."))
    address = models.CharField(_("address"), max_length=255, blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    category = models.CharField(_("category"), max_length=16, choices=EventCategory.choices,
                                default=EventCategory.CULTURE)
    free = models.BooleanField(_("free admission"), default=False)
    price = models.CharField(_("price"), max_length=128, blank=True,
                             help_text=_("As text, e.g. “3 rubles, children 1 ruble”."))
    age_mark = models.CharField(_("age mark"), max_length=3, choices=AgeMark.choices,
                                blank=True)
    image = models.ForeignKey("wagtailimages.Image", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+",
                              verbose_name=_("image"))
    image_alt = models.CharField(_("alternative text of the image"), max_length=255,
                                 blank=True,
                                 help_text=_("What the image shows, for people who cannot "
                                             "see it."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
            FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_until")]),
        ], heading=_("When")),
        MultiFieldPanel([FieldPanel("venue"), FieldRowPanel([FieldPanel("locality"),
                                                             FieldPanel("address")])],
                        heading=_("Where")),
        FieldPanel("organiser"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("age_mark")]),
        FieldRowPanel([FieldPanel("free"), FieldPanel("price")]),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue"),
        index.SearchField("locality"),
        index.SearchField("organiser"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    shows_list_items = False  # no news: kept across their publication (core/features.py)
    in_html_site_map = False  # many a year; the poster is listed

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first.")
        elif self.end_time and not self.start_time:
            errors["end_time"] = _("Give the starting time too, or neither.")
        elif (self.end_time and self.start_time and self.end_time <= self.start_time
              and (self.end_date or self.start_date) == self.start_date):
            errors["end_time"] = _("The event ends after it starts.")
        if not self.repeat:
            self.repeat_until = None
        elif self.repeat_until and self.start_date and self.repeat_until < self.start_date:
            errors["repeat_until"] = _("It cannot stop repeating before the first date.")
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image for people who cannot see it.")
        if self.free and self.price.strip():
            errors["price"] = _("A free event has no price; clear one of them.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.last_day = last_day(self) if self.start_date else None
        return super().save(*args, **kwargs)

    @property
    def search_date(self):
        return self.first.starts

    @cached_property
    def first(self):
        return first_occurrence(self)

    def next_occurrence(self, now=None):
        return next_occurrence(self, now or timezone.now())

    def shown_occurrence(self, now=None):
        """The occurrence the page is about: the next one, else the last one."""
        return self.next_occurrence(now) or self.last_occurrence()

    def last_occurrence(self):
        end = self.last_day or self.start_date
        found = occurrences(self, max(self.start_date, end - timedelta(days=62)), end)
        return found[-1] if found else self.first

    def map_url(self):
        """A map service's search for the place; the text is percent-encoded."""
        place = ", ".join(part for part in (self.address, self.locality) if part.strip())
        return MAP_SEARCH + quote(place or self.venue, safe="")

    def place_text(self):
        return ", ".join(part for part in (self.venue, self.address, self.locality)
                         if part.strip())

    def description_text(self):
        return " ".join(BeautifulSoup(self.description or "", "html.parser")
                        .get_text(" ").split())

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # What the page says next ("next: …", or that it is over) changes at the end of the
        # occurrence shown.
        shown = self.next_occurrence()
        return good_until(response, shown.ends) if shown else response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = self.next_occurrence()
        context["occurrence"] = context["upcoming"] or self.last_occurrence()
        context["index"] = self.get_parent()
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """"Add to calendar": this event alone, as iCalendar."""
        with regular_urls(request):
            body = ics.calendar_of([self], request, self.title)
        return calendar_response(body)

    def structured_data(self, url, now=None):
        """schema.org Event for the event at `url` (its next occurrence, else its last), as
        JSON safe inside <script>."""
        shown = self.shown_occurrence(now)
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "url": url,
            "inLanguage": self.locale.language_code,
            "startDate": moment_text(shown.starts, shown.all_day),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place", "name": self.venue,
                "address": {"@type": "PostalAddress", "addressLocality": self.locality,
                            "addressCountry": "BY",
                            **({"streetAddress": self.address} if self.address else {})},
            },
            "isAccessibleForFree": self.free,
        }
        if self.end_date or self.end_time:
            end = shown.ends if shown.end_time else shown.end_date
            data["endDate"] = moment_text(end, shown.end_time is None)
        if text := self.description_text():
            data["description"] = text
        if self.organiser:
            data["organizer"] = {"@type": "Organization", "name": self.organiser}
        if self.free:
            data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "BYN",
                              "url": url}
        elif self.price:
            data["offers"] = {"@type": "Offer", "description": self.price, "url": url}
            if number := PRICE_NUMBER.search(self.price):
                data["offers"].update(price=number.group().replace(",", "."),
                                      priceCurrency="BYN")
        if self.age_mark:
            data["typicalAgeRange"] = self.age_mark.replace("+", "-")
        if self.image_id:
            try:
                data["image"] = urljoin(url, self.image.get_rendition("fill-1200x630").url)
            except SourceImageIOError:
                pass  # the original is missing from storage: the page shows without it
        return as_json_ld(data)


def moment_text(value, all_day):
    """ISO 8601 with the Minsk offset (2026-12-14T18:00:00+03:00), or a date for all day."""
    if all_day:
        return (value if isinstance(value, date) and not hasattr(value, "hour")
                else value.date()).isoformat()
    return value.astimezone(minsk()).replace(microsecond=0).isoformat()


def calendar_response(body):
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


class EventFilterForm(forms.Form):
    """The filters of the lists and the calendar: a category and a town or village."""

    category = forms.ChoiceField(label=_("Category"), required=False)
    place = forms.ChoiceField(label=_("Town or village"), required=False)

    def __init__(self, data, places):
        super().__init__(data)
        self.fields["category"].choices = [("", _("All categories")), *EventCategory.choices]
        self.fields["place"].choices = [("", _("All places"))] + [(p, p) for p in places]

    def narrow(self, events):
        if not self.is_valid():
            return events
        if category := self.cleaned_data["category"]:
            events = events.filter(category=category)
        if place := self.cleaned_data["place"]:
            events = events.filter(locality=place)
        return events

    def query(self):
        """The filters as a query string for links to other pages of the list: "?…" or ""."""
        if not self.is_valid():
            return ""
        chosen = {name: value for name, value in self.cleaned_data.items() if value}
        return "?" + "&".join(f"{name}={quote(value)}" for name, value in chosen.items()) \
            if chosen else ""


class EventIndexPage(RoutablePageMixin, Page):
    """The poster: upcoming events (the first page), past ones, a month calendar and the
    site's events calendar feed."""

    intro = models.TextField(_("introduction"), blank=True)
    site_link = "events"  # templates link to it as site_links.events (core/features.py)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("events poster")

    def events(self, request=None):
        return (public_pages(EventPage.objects.child_of(self), request)
                .select_related("image").order_by("start_date", "start_time", "pk"))

    def places(self, request):
        return sorted(set(self.events(request).order_by().values_list("locality", flat=True)))

    def filter_form(self, request):
        data = {name: request.GET.get(name, "")[:200] for name in ("category", "place")}
        return EventFilterForm(data, self.places(request))

    def upcoming(self, request, events=None, now=None):
        """(next occurrence, event) of events not over yet, soonest first."""
        now = now or timezone.now()
        events = self.events(request) if events is None else events
        events = events.filter(Q(last_day__isnull=True) | Q(last_day__gte=today()))
        found = [(event.next_occurrence(now), event) for event in events]
        return sorted(((shown, event) for shown, event in found if shown),
                      key=lambda pair: (pair[0].starts, pair[1].pk))

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Lists change when a listed occurrence ends, the calendar's "today" at midnight.
        now = timezone.now()
        good_until(response, next_midnight(now))
        ends = [shown.ends for shown, _event in getattr(request, "events_listed", ())]
        return good_until(response, min(ends)) if ends else response

    def list_url(self, request, route, number=1):
        base = self.get_url(request)
        if number == 1:
            return base + self.reverse_subpage(route)
        return base + self.reverse_subpage(f"{route}_page", args=(number,))

    def render_list(self, request, route, rows, number, template):
        form = self.filter_form(request)
        try:
            shown = Paginator(rows, EVENTS_PER_PAGE).page(number)
        except EmptyPage as error:
            if number != 1:
                raise Http404 from error
            shown = Paginator(rows, EVENTS_PER_PAGE).get_page(1)
        query = form.query()
        links = {
            "newer": self.list_url(request, route, shown.number - 1) + query
            if shown.has_previous() else None,
            "older": self.list_url(request, route, shown.number + 1) + query
            if shown.has_next() else None,
        }
        today_ = today()
        return self.render(request, template=template, context_overrides={
            "form": form, "events_page": shown, "page_links": links,
            "calendar_url": self.calendar_url(request, today_.year, today_.month) + query,
            "upcoming_url": self.list_url(request, "upcoming"),
            "past_url": self.list_url(request, "past"),
        })

    @path("", name="upcoming")
    @reads_query_parameters("category", "place")
    def upcoming_events(self, request, number=1):
        listed = request.events_listed = self.upcoming(
            request, self.filter_form(request).narrow(self.events(request)))
        return self.render_list(request, "upcoming", listed, number,
                                "events/event_index_page.html")

    @path("page/<int:number>/", name="upcoming_page")
    @reads_query_parameters("category", "place")
    def upcoming_page(self, request, number):
        if number < 2:
            return redirect(self.list_url(request, "upcoming"), permanent=True)
        return self.upcoming_events(request, number)

    @path("past/", name="past")
    @reads_query_parameters("category", "place")
    def past_events(self, request, number=1):
        events = self.filter_form(request).narrow(self.events(request)).filter(
            last_day__lte=today()).order_by("-last_day", "-start_date", "-pk")
        now = timezone.now()
        rows = [(event.last_occurrence(), event) for event in events
                if event.next_occurrence(now) is None]
        # Those ending later today join the list when they end.
        request.events_listed = self.upcoming(request, self.events(request).filter(
            last_day=today()), now)
        return self.render_list(request, "past", rows, number, "events/event_past.html")

    @path("past/page/<int:number>/", name="past_page")
    @reads_query_parameters("category", "place")
    def past_page(self, request, number):
        if number < 2:
            return redirect(self.list_url(request, "past"), permanent=True)
        return self.past_events(request, number)

    def calendar_url(self, request, year, month):
        return self.get_url(request) + self.reverse_subpage("calendar", args=(year, month))

    @path("calendar/<int:year>/<int:month>/", name="calendar")
    @reads_query_parameters("category", "place")
    def month_calendar(self, request, year, month):
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        form = self.filter_form(request)
        events = form.narrow(self.events(request)).filter(
            Q(last_day__isnull=True) | Q(last_day__gte=first), start_date__lte=last)
        by_day = {}
        for event in events:
            for occurrence in occurrences(event, first, last):
                for day in occurrence.days():
                    by_day.setdefault(day, []).append(occurrence)
        for listed in by_day.values():
            listed.sort(key=lambda shown: (shown.start_time is not None, shown.starts,
                                           shown.event.title))
        weeks = [[{"date": day, "in_month": day.month == month,
                   "occurrences": by_day.get(day, [])} for day in week]
                 for week in calendar.Calendar().monthdatescalendar(year, month)]
        previous = first - timedelta(days=1)
        following = last + timedelta(days=1)
        query = form.query()
        return self.render(request, template="events/event_calendar.html", context_overrides={
            "form": form, "month": first, "weeks": weeks, "today": today(),
            "any_events": bool(by_day),
            "previous_url": self.calendar_url(request, previous.year, previous.month) + query
            if previous.year >= FIRST_YEAR else None,
            "next_url": self.calendar_url(request, following.year, following.month) + query
            if following.year <= LAST_YEAR else None,
            "upcoming_url": self.list_url(request, "upcoming"),
            "past_url": self.list_url(request, "past"),
        })

    @path("ics/", name="calendar_feed")
    def calendar_feed(self, request):
        """Every public event not over for more than FEED_KEEPS_DAYS, so that a subscriber's
        calendar keeps what it has already shown."""
        kept_from = today() - timedelta(days=FEED_KEEPS_DAYS)
        events = self.events(request).filter(
            Q(last_day__isnull=True) | Q(last_day__gte=kept_from))
        with regular_urls(request):
            body = ics.calendar_of(list(events), request, self.title)
        return good_until(calendar_response(body), next_midnight(timezone.now()))
