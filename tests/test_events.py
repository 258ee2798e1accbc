"""The events poster (Afisha): repeat rules across months and years, the DST-free Minsk time,
the upcoming and past lists, the month calendar, filters, "add to calendar" and the feed
(checked by the icalendar library and by ical.js, the parser of Mozilla's calendar
clients), expiry with the page cache, JSON-LD, the special version, search, sitemaps and the
public rule; odd input never gives a 500."""

import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from ispolkom.events.models import EventIndexPage, EventPage
from ispolkom.events.occurrences import Repeat, last_day, next_occurrence, occurrences
from tests.conftest import require_tool
from tests.support.fuzzing import QUERY_VALUES, assert_answered_sanely
from tests.support.nu_checker import nu_problems
from tests.support.pages import added
from tests.support.sitemaps import sitemap_text

MINSK = ZoneInfo("Europe/Minsk")
NODE = shutil.which("node")
ICAL_JS = Path(settings.BASE_DIR) / "node_modules" / "ical.js" / "dist" / "ical.js"


@dataclass
class Rule:
    """The fields occurrences.py reads, without a page."""

    start_date: date
    start_time: time | None = None
    end_date: date | None = None
    end_time: time | None = None
    repeat: str = Repeat.NONE
    repeat_until: date | None = None


def starts(event, first, last):
    return [occurrence.start_date for occurrence in occurrences(event, first, last)]


def poster(language="ru"):
    return EventIndexPage.objects.get(locale__language_code=language)


def html_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(html):
    return [a.get_text(strip=True) for a in html.select(".event-card__title a")]


def add_event(title, start_date, language="ru", live=True, **fields):
    fields.setdefault("venue", "Проверочный Дом культуры")
    fields.setdefault("locality", "аг. Проверочный")
    fields.setdefault("slug", f"test-{EventPage.objects.count()}")
    return added(poster(language), EventPage(title=title, start_date=start_date, **fields), live)


# --- Repeat rules ----------------------------------------------------------------------------

def test_a_weekly_event_repeats_across_months_and_years_until_its_last_day():
    event = Rule(date(2026, 12, 22), time(19), repeat=Repeat.WEEKLY,
                 repeat_until=date(2027, 1, 19))
    assert starts(event, date(2026, 12, 1), date(2027, 3, 1)) == [
        date(2026, 12, 22), date(2026, 12, 29), date(2027, 1, 5), date(2027, 1, 12),
        date(2027, 1, 19)]
    assert starts(event, date(2027, 1, 6), date(2027, 1, 11)) == []
    assert last_day(event) == date(2027, 1, 19)
    assert last_day(Rule(date(2026, 12, 22), repeat=Repeat.WEEKLY)) is None


def test_a_monthly_event_on_the_31st_skips_months_without_one():
    event = Rule(date(2027, 1, 31), repeat=Repeat.MONTHLY_DAY)
    assert starts(event, date(2027, 1, 1), date(2027, 8, 31)) == [
        date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31), date(2027, 7, 31),
        date(2027, 8, 31)]
    leap = Rule(date(2027, 1, 29), repeat=Repeat.MONTHLY_DAY)
    assert date(2028, 2, 29) in starts(leap, date(2028, 2, 1), date(2028, 3, 1))
    assert starts(leap, date(2027, 2, 1), date(2027, 2, 28)) == []


def test_a_monthly_event_on_a_weekday_keeps_its_week_of_the_month():
    second_saturday = Rule(date(2026, 12, 12), repeat=Repeat.MONTHLY_WEEKDAY,
                           repeat_until=date(2027, 3, 13))
    assert starts(second_saturday, date(2026, 12, 1), date(2027, 12, 31)) == [
        date(2026, 12, 12), date(2027, 1, 9), date(2027, 2, 13), date(2027, 3, 13)]
    # A first date in the fifth week means the last such weekday of every month.
    last_tuesday = Rule(date(2026, 12, 29), repeat=Repeat.MONTHLY_WEEKDAY)
    assert starts(last_tuesday, date(2027, 1, 1), date(2027, 3, 31)) == [
        date(2027, 1, 26), date(2027, 2, 23), date(2027, 3, 30)]


def test_an_event_of_several_days_is_on_each_of_its_days():
    festival = Rule(date(2026, 12, 30), time(11), end_date=date(2027, 1, 2), end_time=time(20))
    [occurrence] = occurrences(festival, date(2027, 1, 1), date(2027, 1, 31))
    assert list(occurrence.days()) == [date(2026, 12, 30) + timedelta(days=n) for n in range(4)]
    assert occurrence.ends == datetime(2027, 1, 2, 20, tzinfo=MINSK)
    assert last_day(festival) == date(2027, 1, 2)


def test_the_next_occurrence_is_the_first_not_over():
    event = Rule(date(2026, 12, 1), time(18), end_time=time(20), repeat=Repeat.WEEKLY)
    during = datetime(2026, 12, 15, 19, tzinfo=MINSK)
    assert next_occurrence(event, during).start_date == date(2026, 12, 15)
    after = datetime(2026, 12, 15, 20, 0, 1, tzinfo=MINSK)
    assert next_occurrence(event, after).start_date == date(2026, 12, 22)
    once = Rule(date(2026, 12, 1))  # all day: over at the next midnight
    assert next_occurrence(once, datetime(2026, 12, 1, 23, 59, tzinfo=MINSK)) is not None
    assert next_occurrence(once, datetime(2026, 12, 2, 0, 0, tzinfo=MINSK)) is None
    far = Rule(date(2029, 5, 1))
    assert next_occurrence(far, during).start_date == date(2029, 5, 1)


def test_minsk_has_no_summer_time_jump():
    """Belarus keeps UTC+3 all year: a weekly 10:00 is 07:00 UTC in March and October too."""
    event = Rule(date(2027, 3, 1), time(10), repeat=Repeat.WEEKLY)
    found = occurrences(event, date(2027, 3, 1), date(2027, 11, 30))
    assert {occurrence.starts.astimezone(UTC).hour for occurrence in found} == {7}
    assert date(2027, 3, 29) in [o.start_date for o in found]  # after the last Sunday of March
    assert {occurrence.starts.utcoffset() for occurrence in found} == {timedelta(hours=3)}


@pytest.mark.parametrize(("language", "rule", "wording"), [
    ("ru", Rule(date(2026, 12, 12), repeat=Repeat.MONTHLY_WEEKDAY), "2-я суббота месяца"),
    ("be", Rule(date(2026, 12, 12), repeat=Repeat.MONTHLY_WEEKDAY), "2-я субота месяца"),
    ("ru", Rule(date(2026, 12, 29), repeat=Repeat.MONTHLY_WEEKDAY), "последний вторник месяца"),
    ("be", Rule(date(2026, 12, 15), repeat=Repeat.WEEKLY), "кожны аўторак"),
    ("ru", Rule(date(2026, 12, 16), repeat=Repeat.WEEKLY), "каждую среду"),
])
def test_a_repeat_reads_naturally_in_each_language(language, rule, wording):
    from django.utils import translation

    from ispolkom.events.templatetags.event_tags import repeat_text

    with translation.override(language):
        assert repeat_text(rule) == wording


# --- Validation --------------------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "field"), [
    ({"end_date": date(2026, 12, 9)}, "end_date"),
    ({"start_time": time(18), "end_time": time(17)}, "end_time"),
    ({"end_time": time(17)}, "end_time"),
    ({"repeat": Repeat.WEEKLY, "repeat_until": date(2026, 12, 1)}, "repeat_until"),
    ({"free": True, "price": "3 руб."}, "price"),
])
def test_an_event_that_cannot_be_is_refused(fields, field):
    event = EventPage(title="Проверка", slug="proverka", start_date=date(2026, 12, 10),
                      venue="Дом культуры", locality="аг. Лапичи", **fields)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict


def test_an_image_needs_its_alternative_text(demo):
    with_image = EventPage.objects.exclude(image=None).first()
    with_image.image_alt = " "
    with pytest.raises(ValidationError) as error:
        with_image.clean()
    assert "image_alt" in error.value.message_dict


# --- Lists, calendar, filters --------------------------------------------------------------

def test_the_poster_lists_upcoming_events_soonest_first(client, demo):
    html = html_of(client.get(poster().url))
    moments = [time_tag["datetime"] for time_tag in html.select(".event-card__when time")]
    assert len(moments) == 10  # the first page
    assert moments == sorted(moments, key=lambda text: datetime.fromisoformat(
        text if "T" in text else text + "T00:00+03:00"))
    titles = listed_titles(html) + listed_titles(html_of(client.get(poster().url + "page/2/")))
    assert "Танцевальный вечер «Кому за…»" in titles  # weekly, started weeks ago
    assert "Праздник урожая в Лапичах" not in titles  # over
    assert client.get(poster().url + "page/1/").status_code == 301
    assert client.get(poster().url + "page/99/").status_code == 404


def test_past_events_are_listed_newest_first(client, demo):
    html = html_of(client.get(poster("be").url + "past/"))
    titles = listed_titles(html)
    assert "Свята ўраджаю ў Лапічах" in titles
    assert "Танцавальны вечар «Каму за…»" not in titles  # still repeating
    assert titles.index("Свята ўраджаю ў Лапічах") < titles.index("Мітынг памяці каля мемарыяла")


def test_filters_by_category_and_place_work_without_javascript(client, demo):
    sport = listed_titles(html_of(client.get(poster().url, {"category": "sport"})))
    assert sport and "Клуб скандинавской ходьбы" in sport
    assert "Молодёжная дискотека" not in sport
    tatarka = html_of(client.get(poster().url, {"place": "аг. Татарка"}))
    assert all("аг. Татарка" in place.get_text()
               for place in tatarka.select(".event-card__place"))
    assert tatarka.select_one('option[value="аг. Татарка"][selected]') is not None
    calendar = html_of(client.get(poster().url + "calendar/2026/12/", {"category": "sport"}))
    assert "Танцевальный вечер" not in calendar.select_one("table.calendar").get_text()


@pytest.mark.parametrize("query", [{"category": "zzz"}, {"place": "Атлантида"},
                                   {"category": "<script>"}, {"place": "\x00"},
                                   {"category": "x" * 5000}])
def test_a_filter_not_in_the_lists_is_a_form_error_not_a_failure(client, demo, query):
    html = html_of(client.get(poster().url, query))
    assert html.select_one(".event-filter__error") is not None
    assert listed_titles(html)  # the whole list, unfiltered
    assert b"<script>" not in client.get(poster().url, query).content.split(b"</head>")[1]


def test_the_month_calendar_is_a_table_with_each_days_events(client, demo, clock):
    event = add_event("Ночной концерт", date(2027, 2, 26), start_time=time(23, 30),
                      end_time=time(23, 59), repeat=Repeat.MONTHLY_WEEKDAY)
    html = html_of(client.get(poster().url + "calendar/2027/2/"))
    table = html.select_one("table.calendar")
    assert table.caption.get_text(strip=True)
    assert [th.get_text(strip=True) for th in table.select("thead th")][0] == "Пн"
    day = next(td for td in table.select("td") if td.select_one(
        ".calendar__date") and td.select_one(".calendar__date").get_text(
        " ", strip=True).endswith(", 26"))
    # 23:30 in Minsk is 20:30 UTC: the same day, not the next.
    assert event.title in day.get_text()
    march = html_of(client.get(html.select_one('a[rel="next"]')["href"]))
    assert event.title in march.select_one("table.calendar").get_text()  # last Friday: 26th
    assert html.select_one('a[rel="prev"]')["href"].endswith("/calendar/2027/1/")


@pytest.mark.parametrize("path", ["calendar/1999/12/", "calendar/2101/1/", "calendar/2026/13/",
                                  "calendar/2026/0/", "calendar/99999999999999999999/1/",
                                  "calendar/2026/", "past/page/0/", "past/page/999/"])
def test_months_and_pages_that_are_not_there_are_not_found(client, demo, path):
    response = client.get(poster().url + path)
    assert response.status_code in (301, 404)
    assert_answered_sanely(response.status_code, response.content, "GET", poster().url + path)


# --- The event page ------------------------------------------------------------------------------

def test_an_event_page_shows_when_where_and_a_map_link(client, demo):
    page = EventPage.objects.get(locale__language_code="ru", slug="dance-evening")
    html = html_of(client.get(page.url))
    facts = html.select_one(".event__facts").get_text(" ", strip=True)
    assert "Лапичский Дом культуры" in facts and "18+" in facts and "3 руб." in facts
    assert "19:00–22:00" in facts
    assert "вторник" in facts or "среду" in facts or "каждую" in facts or "каждый" in facts
    link = html.find("a", href=lambda href: href and href.startswith(
        "https://www.openstreetmap.org/search?query="))
    assert link["href"].endswith(quote("ул. Советская, 12, аг. Лапичи", safe=""))
    assert html.select_one(".article__image img")["alt"]


def test_a_map_link_keeps_odd_addresses_inside_its_query(demo):
    event = EventPage(venue="Клуб", locality="аг. Х", address='ул. "Мира" & <b>#1?</b>')
    url = event.map_url()
    assert url.count("?") == 1 and "#" not in url and "&" not in url and " " not in url


def test_json_ld_describes_the_event_with_minsk_offsets(client, demo):
    page = EventPage.objects.get(locale__language_code="ru", slug="lapichi-concert")
    html = html_of(client.get(page.url))
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Event"
    assert data["startDate"].endswith("T15:00:00+03:00")
    assert data["endDate"].endswith("T17:00:00+03:00")
    assert data["location"]["address"]["addressLocality"] == "аг. Лапичи"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert data["organizer"]["name"] == "Осиповичский районный центр культуры"
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["offers"]["price"] == "2" and data["offers"]["priceCurrency"] == "BYN"
    assert data["isAccessibleForFree"] is False and data["typicalAgeRange"] == "0-"
    free = EventPage.objects.get(locale__language_code="ru", slug="crafts-exhibition")
    all_day = json.loads(html_of(client.get(free.url)).select_one(
        'script[type="application/ld+json"]').string)
    assert "T" not in all_day["startDate"] and "T" not in all_day["endDate"]
    assert all_day["image"].startswith("http")


# --- iCalendar ---------------------------------------------------------------------------------

def calendar_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_add_to_calendar_gives_the_event_as_icalendar(client, demo):
    page = EventPage.objects.get(locale__language_code="ru", slug="dance-evening")
    link = html_of(client.get(page.url)).select_one(".event__add a")["href"]
    first = client.get(link)
    feed = calendar_of(first)
    [event] = feed.walk("VEVENT")
    assert str(event["SUMMARY"]) == page.title
    assert event["DTSTART"].params["TZID"] == "Europe/Minsk"
    assert event.decoded("DTSTART") == datetime.combine(page.start_date, time(19), MINSK)
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=3)
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event["RRULE"]["UNTIL"][0].tzinfo is not None
    assert "Лапичи" in str(event["LOCATION"])
    assert str(event["URL"]).endswith(page.url)
    [zone] = feed.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Minsk"
    assert [sub["TZOFFSETTO"].to_ical() for sub in zone.subcomponents] == ["+0300"]
    again = calendar_of(client.get(link)).walk("VEVENT")[0]
    assert again["UID"] == event["UID"] and "@" in str(event["UID"])


def test_an_all_day_event_is_a_date_with_an_exclusive_end(client, demo):
    page = EventPage.objects.get(locale__language_code="ru", slug="crafts-exhibition")
    [event] = calendar_of(client.get(page.url + "ics/")).walk("VEVENT")
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == page.start_date
    assert event.decoded("DTEND") == page.end_date + timedelta(days=1)


def test_the_poster_offers_its_feed_to_subscribe(client, demo):
    html = html_of(client.get(poster("be").url + "past/"))
    link = html.select_one('head link[rel="alternate"][type="text/calendar"]')
    assert link["href"] == poster("be").url + "ics/"
    assert html.select_one(f'main a[href="{link["href"]}"]') is not None
    assert calendar_of(client.get(link["href"])).walk("VEVENT")
    assert client.get(link["href"])["X-Page-Cache"] == "hit"  # text/calendar is cached too


def test_the_feed_keeps_past_events_for_180_days(client, demo):
    today = timezone.localdate()
    kept = add_event("Прошло 179 дней назад", today - timedelta(days=179))
    dropped = add_event("Прошло 181 день назад", today - timedelta(days=181))
    feed = calendar_of(client.get(poster().url + "ics/"))
    titles = {str(event["SUMMARY"]) for event in feed.walk("VEVENT")}
    assert kept.title in titles and dropped.title not in titles
    assert "Гастроли Могилёвского областного драмтеатра" in titles  # 100 days ago
    assert "Митинг памяти у мемориала" not in titles  # 250 days ago
    assert "Танцевальный вечер «Кому за…»" in titles
    assert len({str(event["UID"]) for event in feed.walk("VEVENT")}) == len(titles)


ICAL_JS_SCRIPT = """
import ICAL from %s;
let text = '';
for await (const chunk of process.stdin) text += chunk;
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}
const out = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const iterator = event.iterator();
  const starts = [];
  for (let next = iterator.next(); next && starts.length < 6; next = iterator.next()) {
    starts.push(next.toJSDate().toISOString());
  }
  return {summary: event.summary, uid: event.uid, tz: event.startDate.zone.tzid,
          allDay: event.startDate.isDate, starts};
});
console.log(JSON.stringify(out));
"""


def parsed_by_ical_js(body):
    require_tool(NODE and ICAL_JS.exists(), "node and node_modules/ical.js")
    script = ICAL_JS_SCRIPT % json.dumps(ICAL_JS.as_uri())
    result = subprocess.run([NODE, "--input-type=module", "-e", script], input=body,
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return {event["summary"]: event for event in json.loads(result.stdout)}


def test_a_calendar_client_reads_the_feed_and_repeats_as_the_site_does(client, demo):
    feed = client.get(poster().url + "ics/").content
    events = parsed_by_ical_js(feed)
    assert len(events) == len(icalendar.Calendar.from_ical(feed).walk("VEVENT"))
    for slug in ("dance-evening", "weekend-fair", "film-club", "folk-festival"):
        page = EventPage.objects.get(locale__language_code="ru", slug=slug)
        parsed = events[page.title]
        assert parsed["tz"] == "Europe/Minsk" and not parsed["allDay"]
        ours = occurrences(page, page.start_date, page.start_date + timedelta(days=400))[:6]
        assert parsed["starts"] == [
            occurrence.starts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            for occurrence in ours], slug
    assert events["Выставка «Мастера Осиповичского края»"]["allDay"]


def test_ical_js_reads_a_monthly_31st_and_a_last_weekday_as_we_do(client, demo):
    add_event("Тридцать первое", date(2027, 1, 31), start_time=time(23, 30),
              repeat=Repeat.MONTHLY_DAY, repeat_until=date(2027, 12, 31))
    add_event("Последний вторник", date(2026, 12, 29), start_time=time(10),
              repeat=Repeat.MONTHLY_WEEKDAY)
    events = parsed_by_ical_js(client.get(poster().url + "ics/").content)
    assert events["Тридцать первое"]["starts"][:3] == [
        "2027-01-31T20:30:00.000Z", "2027-03-31T20:30:00.000Z", "2027-05-31T20:30:00.000Z"]
    assert events["Последний вторник"]["starts"][:3] == [
        "2026-12-29T07:00:00.000Z", "2027-01-26T07:00:00.000Z", "2027-02-23T07:00:00.000Z"]


# --- Time and the page cache ---------------------------------------------------------------------

def test_an_event_that_ended_leaves_the_cached_lists_without_a_publish(client, demo, clock):
    day = timezone.localdate() + timedelta(days=1)
    event = add_event("Утренник до полудня", day, start_time=time(0, 5), end_time=time(0, 10))
    clock(day.year, day.month, day.day, 0, 1)
    first = client.get(poster().url)
    assert first["X-Page-Cache"] == "miss"
    assert event.title in listed_titles(html_of(first))
    assert client.get(poster().url)["X-Page-Cache"] == "hit"
    home = client.get("/ru/")
    assert event.title in html_of(home).select_one(".home-events").get_text()
    assert client.get("/ru/")["X-Page-Cache"] == "hit"
    clock(day.year, day.month, day.day, 0, 10, 1)
    after = client.get(poster().url)
    assert after["X-Page-Cache"] == "miss"
    assert event.title not in listed_titles(html_of(after))
    assert event.title not in html_of(client.get("/ru/")).select_one(".home-events").get_text()


def test_an_event_page_and_the_past_list_turn_when_it_ends(client, demo, clock):
    day = timezone.localdate() + timedelta(days=1)
    event = add_event("Вечерний концерт", day, start_time=time(18), end_time=time(20))
    past = poster().url + "past/"
    clock(day.year, day.month, day.day, 19)
    assert "Вечерний концерт" not in listed_titles(html_of(client.get(past)))
    before = html_of(client.get(event.url))
    assert before.select_one(".event__over") is None
    assert "18:00–20:00" in before.select_one(".event__facts").get_text()
    assert client.get(event.url)["X-Page-Cache"] == "hit"
    clock(day.year, day.month, day.day, 20, 0, 1)
    assert "Вечерний концерт" in listed_titles(html_of(client.get(past)))
    after = client.get(event.url)
    assert after["X-Page-Cache"] == "miss"
    assert html_of(after).select_one(".event__over") is not None


def test_the_home_page_shows_the_next_three_public_events(client, demo):
    html = html_of(client.get("/be/"))
    block = html.select_one(".home-events")
    assert len(block.select(".event-card")) == 3
    assert block.select_one("h2 a")["href"] == poster("be").url


# --- Special version, search, sitemaps, public rule -----------------------------------------------

def test_the_special_version_renders_every_view(client, demo):
    page = EventPage.objects.get(locale__language_code="be", slug="dance-evening")
    for path in (poster("be").url, poster("be").url + "past/",
                 poster("be").url + "calendar/2026/12/", page.url):
        html = html_of(client.get("/special" + path))
        assert html.select_one("main") is not None
        links = [a["href"] for a in html.select("main a[href^='/']")]
        assert links and all(link.startswith("/special/be/") for link in links), path
    feed = client.get("/special" + poster("be").url + "ics/")
    assert b"/special/" not in feed.content and calendar_of(feed).walk("VEVENT")


def test_search_finds_an_event_by_words_of_its_description(client, demo):
    html = html_of(client.get("/ru/search/", {"q": "вальсы польки"}))
    titles = [a.get_text(strip=True) for a in html.select(".search-result__title a")]
    assert "Танцевальный вечер «Кому за…»" in titles


def test_sitemaps_list_the_poster_and_sitemap_xml_the_events(client, demo):
    page = EventPage.objects.get(locale__language_code="ru", slug="lapichi-concert")
    assert page.full_url in sitemap_text(client)
    site_map = html_of(client.get(demo.sitemap("ru").url))
    assert poster().title in site_map.get_text() and page.title not in site_map.get_text()


def test_drafts_and_private_events_are_shown_nowhere(client, demo):
    day = timezone.localdate() + timedelta(days=1)
    add_event("Черновое событие", day, live=False)
    private = add_event("Закрытое событие", day)
    PageViewRestriction.objects.create(page=private, restriction_type="password",
                                       password="secret")
    texts = [
        html_of(client.get(poster().url)).get_text(),
        html_of(client.get(poster().url + f"calendar/{day.year}/{day.month}/")).get_text(),
        html_of(client.get("/ru/")).get_text(),
        client.get(poster().url + "ics/").content.decode(),
        html_of(client.get("/ru/search/", {"q": "Закрытое событие"})).select_one(
            "main").get_text(),
        sitemap_text(client),
    ]
    for text in texts:
        assert "Черновое событие" not in text and "Закрытое событие" not in text


def test_event_pages_pass_the_nu_html_checker(client, demo, tmp_path):
    page = EventPage.objects.get(locale__language_code="ru", slug="dance-evening")
    pages = {
        "upcoming": poster().url, "upcoming_2": poster("ru").url + "page/2/",
        "filtered": poster("be").url + "?category=sport", "junk": poster().url + "?category=x",
        "past": poster("en").url + "past/", "calendar": poster().url + "calendar/2026/12/",
        "event": page.url, "special_event": "/special" + page.url,
        "special_calendar": "/special" + poster("be").url + "calendar/2027/1/",
        "home": "/ru/",
    }
    answers = {kind: client.get(url) for kind, url in pages.items()}
    assert {kind: answer.status_code for kind, answer in answers.items()} == dict.fromkeys(
        answers, 200)
    problems = [problem for problem in nu_problems(
        tmp_path, answers, ["ispolkom/events/static/css/events.css"])
        if not from_alert_banner(tmp_path, problem)]
    assert problems == [], "\n".join(problems)


def from_alert_banner(folder, problem):
    """The site-wide banner of the alerts app is on every page; its own tests check it."""
    name, line, _rest = problem.split(":", 2)
    lines = (folder / name).read_text().splitlines()
    near = lines[int(line) - 1:int(line) + 1] if line.isdigit() else []  # vnu may count one less
    return any('class="alert' in text for text in near)


# --- Fuzz ----------------------------------------------------------------------------------------

FUZZ = hypothesis_settings(max_examples=40, deadline=None, database=None,
                           suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])


@pytest.mark.slow
@FUZZ
@given(year=st.integers(min_value=-10, max_value=10**12), month=st.integers(-5, 10**6),
       category=QUERY_VALUES, place=QUERY_VALUES, special=st.booleans())
def test_fuzzed_months_and_filters_never_fail(client, demo, year, month, category, place,
                                              special):
    base = ("/special" if special else "") + "/ru/events/"
    for path in (f"{base}calendar/{year}/{month}/", base, base + "past/"):
        response = client.get(path, {"category": category, "place": place})
        assert_answered_sanely(response.status_code, response.content, "GET", path)
