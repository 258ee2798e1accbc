"""Appeals of citizens and legal entities (Law No. 300-З): the appeals page, the schedule of
personal receptions and the direct phone lines under it. Dates that depend on today (the
next receptions, upcoming lines) make each response good only until the next midnight."""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ispolkom.core.blocks import BodyBlock
from ispolkom.core.editors import OneSitePageForm
from ispolkom.core.freshness import good_until
from ispolkom.core.public import public_pages
from ispolkom.schedules.holidays import is_day_off
from ispolkom.schedules.recurrence import Rule, days_off_ahead, describe, next_dates

ARCHIVE_PAGE_SIZE = 20
NEXT_DATES = 3
LONGEST_SERIES = 366  # days one generation of direct lines may cover

# The weeks of the month a reception keeps, as editors name them ("" = every week).
WEEKS = [
    ("", _("every week")),
    ("1", _("1st week")), ("2", _("2nd week")), ("3", _("3rd week")), ("4", _("4th week")),
    ("-1", _("last week")), ("1,3", _("1st and 3rd weeks")), ("2,4", _("2nd and 4th weeks")),
]
WEEKDAY_CHOICES = list(WEEKDAYS.items())


def today():
    return timezone.localdate()


def next_midnight():
    """When "today" changes in the site's time zone (Minsk): lists of dates change then."""
    tomorrow = today() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))


def body_field():
    return StreamField(BodyBlock(), blank=True, verbose_name=_("body"))


class Official(models.Model):
    """Who holds a reception or a line: a person of the directory, or position and name
    typed in (they also override the person's)."""

    person = models.ForeignKey(
        "directory.PersonPage", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("official"),
        help_text=_("A person of the leadership pages; or type the position and name."))
    position = models.CharField(_("position"), max_length=255, blank=True)
    name = models.CharField(_("full name"), max_length=255, blank=True)

    same_site_pages = ["person"]  # the committee's own official (OneSitePageForm)
    official_panels = [FieldPanel("person"),
                       FieldRowPanel([FieldPanel("position"), FieldPanel("name")])]

    class Meta:
        abstract = True

    @property
    def official_position(self):
        return self.position or (self.person.position if self.person else "")

    @property
    def official_name(self):
        return self.name or (self.person.title if self.person else "")

    def clean_times(self):
        if self.time_from and self.time_to and self.time_to <= self.time_from:
            raise ValidationError({"time_to": _("The end must be later than the start.")})


class AppealsPage(Page):
    """How to appeal to the committee; a new one starts with the ready text (signals.py)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = body_field()

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    shows_list_items = False  # no news: kept across their publication (core/features.py)

    class Meta:
        verbose_name = _("appeals page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = public_pages(self.get_children().in_menu(), request).specific(
            defer=True)
        return context


class ReceptionSchedulePage(Page):
    """The schedule of personal receptions of citizens by the committee's leadership."""

    intro = models.TextField(_("introduction"), blank=True)
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("intro"), InlinePanel("receptions", heading=_("Receptions")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"), index.SearchField("body"),
        index.SearchField("officials_text"),
    ]
    parent_page_types = ["appeals.AppealsPage"]
    subpage_types = []
    shows_list_items = False  # no news: kept across their publication (core/features.py)
    base_form_class = OneSitePageForm

    class Meta:
        verbose_name = _("reception schedule")

    def serve(self, request, *args, **kwargs):
        return good_until(super().serve(request, *args, **kwargs), next_midnight())

    def officials_text(self):
        """Who receives, and where, for the search index: «Ковалевич» finds the schedule."""
        return " ".join(f"{row.official_position} {row.official_name} {row.place}"
                        for row in self.receptions.select_related("person"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["today"] = start = today()
        holidays = days_off_ahead(start)  # once for every row
        context["receptions"] = [
            (row, person, row.next_dates(start, holidays=holidays)) for row, person in
            with_links(self.receptions.select_related("person").order_by("sort_order", "pk"),
                       request)]
        return context


class Reception(Official, Orderable):
    """One official's personal reception: a weekday, every week or some weeks of the month."""

    page = ParentalKey(ReceptionSchedulePage, on_delete=models.CASCADE,
                       related_name="receptions")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=WEEKDAY_CHOICES)
    weeks = models.CharField(_("weeks of the month"), max_length=8, choices=WEEKS,
                             blank=True, default="")
    time_from = models.TimeField(_("starts at"))
    time_to = models.TimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=255, blank=True,
                             help_text=_("Room or address."))
    sign_up = models.CharField(_("how to sign up"), max_length=500, blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)

    panels = Official.official_panels + [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("weeks")]),
        FieldRowPanel([FieldPanel("time_from"), FieldPanel("time_to")]),
        FieldPanel("place"), FieldPanel("sign_up"), FieldPanel("phone"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("reception")
        verbose_name_plural = _("receptions")

    def __str__(self):
        return f"{self.official_position} {self.official_name}".strip()

    def clean(self):
        super().clean()
        self.clean_times()
        if not (self.person_id or self.position or self.name):
            raise ValidationError({"person": _("Choose a person or type the position.")})

    @property
    def rule(self):
        return Rule(self.weekday, tuple(int(week) for week in self.weeks.split(",") if week))

    def describe(self):
        """«2-я и 4-я среда месяца, 08:00–13:00»."""
        return f"{describe(self.rule)}, {self.time_from:%H:%M}–{self.time_to:%H:%M}"

    def next_dates(self, after=None, count=NEXT_DATES, holidays=None):
        """The next `count` dates on or after `after` (today), public holidays skipped."""
        return next_dates(self.rule, after or today(), count, holidays)


class DirectLinesPage(RoutablePageMixin, Page):
    """Direct phone lines: the upcoming ones first, past ones in the archive."""

    intro = models.TextField(_("introduction"), blank=True)
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("body"),
        InlinePanel("direct_lines", heading=_("Direct lines"),
                    help_text=_("To add a series, e.g. every Saturday 09:00–12:00 of a year, "
                                "use “Add a series of lines” in the page's header menu.")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["appeals.AppealsPage"]
    subpage_types = []
    shows_list_items = False  # no news: kept across their publication (core/features.py)
    base_form_class = OneSitePageForm

    class Meta:
        verbose_name = _("direct phone lines")

    def serve(self, request, *args, **kwargs):
        return good_until(super().serve(request, *args, **kwargs), next_midnight())

    def lines(self):
        return self.direct_lines.select_related("person")

    @path("")
    def upcoming(self, request):
        lines = self.lines().filter(date__gte=today()).order_by("date", "time_from")
        return self.render(request, context_overrides={
            "lines": with_links(lines, request),
            "has_archive": self.lines().filter(date__lt=today()).exists(),
            "archive_url": self.archive_url(request)})

    @path("archive/", name="archive")
    def archive(self, request, number=1):
        past = self.lines().filter(date__lt=today()).order_by("-date", "-time_from")
        paginator = Paginator(past, ARCHIVE_PAGE_SIZE, allow_empty_first_page=True)
        try:
            shown = paginator.page(number)
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404 from error
        return self.render(request, template="appeals/direct_lines_archive.html",
                           context_overrides={"lines_page": shown,
                                              "lines": with_links(shown, request),
                                              "archive_url": self.archive_url(request)})

    @path("archive/page/<int:number>/", name="archive_page")
    def archive_page(self, request, number):
        if number < 2:
            raise Http404  # one address per list: the first page is archive/
        return self.archive(request, number)

    def archive_url(self, request=None, number=1):
        base = self.get_url(request)
        if number == 1:
            return base + self.reverse_subpage("archive")
        return base + self.reverse_subpage("archive_page", args=(number,))

    def add_series(self, weekday, first, last, time_from, time_to, phone="", topic=""):
        """Lines on every `weekday` from `first` to `last` (public holidays skipped, dates
        already given a line at that time left alone), officials to be chosen per date.
        Adds them to this page object; the caller saves a revision. Returns their count."""
        existing = list(self.direct_lines.all())
        taken = {(line.date, line.time_from) for line in existing}
        day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
        added = 0
        while day <= last:
            if (day, time_from) not in taken and not is_day_off(day):
                self.direct_lines.add(DirectLine(
                    date=day, time_from=time_from, time_to=time_to, phone=phone, topic=topic,
                    sort_order=len(existing) + added))
                added += 1
            day += datetime.timedelta(days=7)
        return added


class DirectLine(Official, Orderable):
    """One direct phone line: a date, its hours, who answers, on which number."""

    page = ParentalKey(DirectLinesPage, on_delete=models.CASCADE, related_name="direct_lines")
    date = models.DateField(_("date"))
    time_from = models.TimeField(_("starts at"))
    time_to = models.TimeField(_("ends at"))
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    topic = models.CharField(_("topic"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("time_from"),
                             FieldPanel("time_to")]),
              *Official.official_panels,
              FieldRowPanel([FieldPanel("phone"), FieldPanel("topic")])]

    class Meta(Orderable.Meta):
        verbose_name = _("direct line")
        verbose_name_plural = _("direct lines")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.official_name}".strip()

    def clean(self):
        super().clean()
        self.clean_times()


def with_links(rows, request):
    """(row, its person if a visitor may open the person's page, else None): one query."""
    rows = list(rows)
    ids = {row.person_id for row in rows if row.person_id}
    public = set(public_pages(Page.objects.filter(pk__in=ids), request)
                 .values_list("pk", flat=True)) if ids else set()
    return [(row, row.person if row.person_id in public else None) for row in rows]
