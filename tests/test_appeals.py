"""Appeals, personal receptions and direct phone lines: the demo's pages in ru and be and
/special/, the next reception dates around year ends and holidays, the archive of lines, the
series an editor adds in the admin, the ready text of a new appeals page, the public rule."""

import datetime
import html as html_module
import re
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageViewRestriction

from ispolkom.appeals.models import (
    AppealsPage,
    DirectLine,
    DirectLinesPage,
    Reception,
    ReceptionSchedulePage,
)
from ispolkom.core.freshness import seconds_left
from ispolkom.core.models import HomePage
from ispolkom.directory.models import PersonPage
from tests.support.nu_checker import nu_problems
from tests.support.sitemaps import sitemap_text

TODAY = "ispolkom.appeals.models.today"
JSON_ESCAPE = re.compile(r"\\+u([0-9a-fA-F]{4})")
WEDNESDAY, SATURDAY = 2, 5


def html_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def schedule(language):
    return ReceptionSchedulePage.objects.get(locale__language_code=language)


def lines_page(language):
    return DirectLinesPage.objects.get(locale__language_code=language)


def chairman(language):
    return PersonPage.objects.get(locale__language_code=language, slug="kavalevich")


def dates_of(cell):
    return [time["datetime"] for time in cell.select("time")]


@pytest.fixture
def admin(client, db):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(user)
    return user


# --- The demo's pages ----------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["", "/special"])
@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_the_three_pages_render_in_each_language_and_version(client, demo, prefix, language):
    appeals = html_of(client.get(f"{prefix}/{language}/appeals/"))
    assert appeals.select_one('main a[href="https://обращения.бел/"]')
    links = [a["href"] for a in appeals.select("main .subpages a")]
    assert f"{prefix}/{language}/appeals/receptions/" in links
    assert f"{prefix}/{language}/appeals/direct-lines/" in links
    receptions = html_of(client.get(f"{prefix}/{language}/appeals/receptions/"))
    assert len(receptions.select("table.receptions tbody tr")) == 6
    lines = html_of(client.get(f"{prefix}/{language}/appeals/direct-lines/"))
    assert lines.select("table.direct-lines tbody tr")
    person = receptions.select_one("table.receptions tbody tr a")
    assert person["href"] == prefix + chairman(language).url


def test_the_appeals_page_is_an_appeals_page_with_its_texts(client, demo):
    page = AppealsPage.objects.get(locale__language_code="be")
    assert page.url == "/be/appeals/" and page.title == "Звароты грамадзян і юрыдычных асоб"
    html = html_of(client.get(page.url))
    assert "прамую тэлефонную лінію" in html.select_one("main").get_text()
    assert html.select_one("main table") is None  # the schedule is structured now


def test_the_schedule_describes_rules_and_links_phones(client, demo):
    html = html_of(client.get(schedule("ru").url))
    first = html.select_one("table.receptions tbody tr")
    assert "Председатель райисполкома" in first.th.get_text()
    assert "Ковалевич Андрей Николаевич" in first.th.get_text()
    cells = first.select("td")
    assert cells[0].get_text(strip=True) == "1-я и 3-я среда месяца, 08:00–13:00"
    assert len(dates_of(cells[1])) == 3
    assert "каб. 201" in cells[2].get_text()
    assert first.select_one('a[href="tel:+375223525744"]').get_text() == "+375 2235 2-57-44"
    be = html_of(client.get(schedule("be").url))
    rules = [row.select("td")[0].get_text(strip=True)
             for row in be.select("table.receptions tbody tr")]
    assert rules[0] == "1-я і 3-я серада месяца, 08:00–13:00"
    assert rules[1] == "кожны аўторак, 08:00–13:00"


def test_the_next_dates_follow_today(client, demo):
    with mock.patch(TODAY, return_value=datetime.date(2026, 12, 20)):
        html = html_of(client.get(schedule("ru").url))
    chairman_dates = dates_of(html.select("table.receptions tbody tr")[0].select("td")[1])
    assert chairman_dates == ["2027-01-06", "2027-01-20", "2027-02-03"]


# --- Next dates across year ends and holidays ---------------------------------------------

def reception(weekday, weeks=""):
    return Reception(weekday=weekday, weeks=weeks, time_from=datetime.time(8),
                     time_to=datetime.time(13), position="Председатель")


def test_next_dates_cross_the_year_end(db):
    second_and_fourth = reception(WEDNESDAY, "2,4")
    assert second_and_fourth.next_dates(datetime.date(2026, 12, 20)) == [
        datetime.date(2026, 12, 23), datetime.date(2027, 1, 13), datetime.date(2027, 1, 27)]
    last_friday = reception(4, "-1")
    assert last_friday.next_dates(datetime.date(2026, 12, 26)) == [
        datetime.date(2027, 1, 29), datetime.date(2027, 2, 26), datetime.date(2027, 3, 26)]


def test_next_dates_skip_christmas_and_radunitsa(db):
    # 7 January 2027 is a Thursday, the first of the month: that reception does not happen.
    first_thursday = reception(3, "1")
    assert first_thursday.next_dates(datetime.date(2027, 1, 1)) == [
        datetime.date(2027, 2, 4), datetime.date(2027, 3, 4), datetime.date(2027, 4, 1)]
    every_tuesday = reception(1)  # Radunitsa 2026: Tuesday 21 April
    assert every_tuesday.next_dates(datetime.date(2026, 4, 20)) == [
        datetime.date(2026, 4, 28), datetime.date(2026, 5, 5), datetime.date(2026, 5, 12)]
    every_wednesday = reception(WEDNESDAY)  # 7 January 2026 is a Wednesday
    assert every_wednesday.next_dates(datetime.date(2026, 1, 1))[0] == datetime.date(2026, 1, 14)


def test_the_schedule_is_good_until_the_next_midnight_in_minsk(client, demo, no_banners):
    # (the demo's scheduled banner would start before that midnight: tests/test_alerts.py)
    with mock.patch(TODAY, return_value=datetime.date(2026, 12, 31)):
        response = client.get(schedule("be").url)
    assert response.good_until.isoformat() == "2027-01-01T00:00:00+03:00"
    assert seconds_left(response, response.good_until - datetime.timedelta(hours=1)) == 3600


# --- Direct lines ------------------------------------------------------------------------------

def test_the_demo_has_a_saturday_line_every_week_of_the_year(demo):
    page = lines_page("ru")
    year = page.direct_lines.first().date.year
    dates = list(page.direct_lines.order_by("date").values_list("date", flat=True))
    assert all(day.weekday() == SATURDAY and day.year == year for day in dates)
    assert dates[0] <= datetime.date(year, 1, 7) and dates[-1] >= datetime.date(year, 12, 24)
    assert len(dates) >= 50
    assert all(line.official_name for line in page.direct_lines.all())


def test_upcoming_lines_first_past_ones_in_the_archive(client, demo):
    page = lines_page("ru")
    year = page.direct_lines.first().date.year
    with mock.patch(TODAY, return_value=datetime.date(year, 7, 1)):
        html = html_of(client.get(page.url))
        rows = [row.time["datetime"] for row in html.select("table.direct-lines tbody tr")]
        assert rows == sorted(rows) and rows[0] == f"{year}-07-04"
        archive_link = html.select_one(".direct-lines__archive a")["href"]
        assert archive_link == page.url + "archive/"
        archive = html_of(client.get(archive_link))
        past = [row.time["datetime"] for row in archive.select("table.direct-lines tbody tr")]
        assert past == sorted(past, reverse=True) and len(past) == 20
        assert past[0] == f"{year}-06-27"
        older = archive.select_one('.pagination a[rel="next"]')["href"]
        assert older == page.url + "archive/page/2/"
        second = html_of(client.get(older))
        assert second.select("table.direct-lines tbody tr")
        assert client.get(page.url + "archive/page/1/").status_code == 404
        assert client.get(page.url + "archive/page/99/").status_code == 404
        assert client.get(page.url + "archive/page/0/").status_code == 404


def test_an_empty_archive_is_a_page_not_an_error(client, demo):
    page = lines_page("be")
    with mock.patch(TODAY, return_value=datetime.date(1990, 1, 1)):
        html = html_of(client.get(page.url + "archive/"))
        assert html.select_one(".direct-lines__empty")
        assert html_of(client.get(page.url)).select_one(".direct-lines__archive") is None


def test_an_editor_adds_a_series_of_saturdays_in_the_admin(client, demo, admin):
    page = lines_page("be")
    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    assert f"/admin/appeals/direct-lines/{page.pk}/add-series/" in edit.content.decode()
    url = f"/admin/appeals/direct-lines/{page.pk}/add-series/"
    assert client.get(url).status_code == 200
    before = page.direct_lines.count()
    response = client.post(url, {"weekday": "5", "first": "2031-01-01", "last": "2031-03-31",
                                 "time_from": "09:00", "time_to": "12:00",
                                 "phone": "+375 2235 2-68-82", "topic": ""})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    page.refresh_from_db()
    assert page.direct_lines.count() == before  # only the draft has them until publication
    draft = page.get_latest_revision_as_object()
    added = sorted(line.date for line in draft.direct_lines.all() if line.date.year == 2031)
    assert len(added) == 12 and all(day.weekday() == SATURDAY for day in added)
    assert added[0] == datetime.date(2031, 1, 4)
    assert datetime.date(2031, 3, 8) not in added  # Women's Day, a Saturday that year
    # Again: the same dates are not doubled.
    client.post(url, {"weekday": "5", "first": "2031-01-01", "last": "2031-03-31",
                      "time_from": "09:00", "time_to": "12:00"})
    draft = page.get_latest_revision_as_object()
    assert len([line for line in draft.direct_lines.all() if line.date.year == 2031]) == 12
    assert DirectLinesPage(title="x").add_series(
        SATURDAY, datetime.date(2032, 1, 1), datetime.date(2032, 1, 31), datetime.time(9),
        datetime.time(12)) == 5
    assert DirectLinesPage(title="x").add_series(  # 7 November 2026 is a Saturday
        SATURDAY, datetime.date(2026, 11, 7), datetime.date(2026, 11, 7), datetime.time(9),
        datetime.time(12)) == 0


def test_the_series_form_refuses_bad_periods_with_form_errors(client, demo, admin):
    url = f"/admin/appeals/direct-lines/{lines_page('ru').pk}/add-series/"
    for fields in ({"first": "2031-03-01", "last": "2031-01-01"},
                   {"first": "2031-01-01", "last": "2035-01-01"},
                   {"first": "nonsense", "last": ""},
                   {"first": "2031-01-01", "last": "2031-02-01", "time_to": "08:00"}):
        data = {"weekday": "5", "time_from": "09:00", "time_to": "12:00"} | fields
        response = client.post(url, data)
        assert response.status_code == 200, fields
        assert b"error" in response.content
    standard = Page.objects.get(locale__language_code="ru", slug="about")
    for page_id in (999999, standard.pk):
        url = f"/admin/appeals/direct-lines/{page_id}/add-series/"
        assert client.get(url, follow=True).status_code == 404


def test_the_series_view_is_for_editors_only(client, demo):
    url = f"/admin/appeals/direct-lines/{lines_page('ru').pk}/add-series/"
    assert client.get(url).status_code == 302  # to the admin's sign-in
    user = get_user_model().objects.create_user("visitor", password="x")
    client.force_login(user)
    assert client.post(url, {"weekday": "5"}).status_code in (302, 403)
    assert not DirectLine.objects.filter(date__year=2031).exists()


# --- The ready text ----------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "words"), [
    ("ru", "Электронные обращения принимаются только через"),
    ("be", "Электронныя звароты прымаюцца толькі праз"),
])
def test_a_new_appeals_page_starts_with_the_ready_text(client, demo, admin, language, words):
    home = HomePage.objects.get(locale__language_code=language)
    response = client.get(f"/admin/pages/add/appeals/appealspage/{home.pk}/")
    assert response.status_code == 200
    # The body's editor gets its blocks as JSON inside JSON: undo both escapes.
    text = JSON_ESCAPE.sub(lambda found: chr(int(found[1], 16)),
                           html_module.unescape(response.content.decode()))
    assert words in text
    assert "обращения.бел" in text and "https://обращения.бел/" in text
    assert "300-З" in text


# --- A person's page, search, the public rule --------------------------------------------------

def test_a_persons_page_shows_their_reception_and_next_date(client, demo):
    with mock.patch(TODAY, return_value=datetime.date(2026, 12, 20)):
        html = html_of(client.get(chairman("ru").url))
    block = html.select_one(".person-receptions")
    assert "1-я и 3-я среда месяца, 08:00–13:00" in block.get_text()
    assert block.time["datetime"] == "2027-01-06"
    assert block.select_one("a")["href"] == schedule("ru").url


def test_search_finds_the_schedule_by_reception_and_by_the_chairmans_name(client, demo):
    for query in ("прием граждан", "прием", "Ковалевич"):
        assert schedule("ru").title in search_titles(client, query), query
    assert schedule("be").title in search_titles(client, "прыём Кавалевіч", "be")


def test_search_finds_the_schedule_by_a_word_written_with_yo(client, demo):
    assert schedule("ru").title in search_titles(client, "приём")


def search_titles(client, query, language="ru"):
    html = html_of(client.get(f"/{language}/search/", {"q": query}))
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


def test_the_sitemaps_list_the_pages(client, demo):
    xml = sitemap_text(client)
    assert schedule("be").full_url in xml and lines_page("ru").full_url in xml
    html = html_of(client.get(demo.sitemap("ru").url))
    assert schedule("ru").title in html.get_text() and lines_page("ru").title in html.get_text()


def test_a_private_schedule_is_hidden_and_shown_on_no_persons_page(client, demo):
    page = schedule("ru")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert not html_of(client.get(page.url)).select("table.receptions")  # a password form
    html = html_of(client.get(chairman("ru").url))
    assert html.select_one(".person-receptions") is None
    titles = [a.get_text(strip=True) for a in html_of(client.get(
        "/ru/search/", {"q": "Ковалевич"})).select(".search-result__title a")]
    assert page.title not in titles


def test_a_private_person_is_named_but_not_linked(client, demo):
    PageViewRestriction.objects.create(page=chairman("ru"), restriction_type="password",
                                       password="x")
    html = html_of(client.get(schedule("ru").url))
    first = html.select_one("table.receptions tbody tr th")
    assert "Ковалевич" in first.get_text() and first.a is None


def test_the_pages_pass_the_nu_html_checker(client, demo, tmp_path):
    with mock.patch(TODAY, return_value=datetime.date(lines_page("ru").direct_lines.first()
                                                      .date.year, 7, 1)):
        urls = ["/ru/appeals/", "/be/appeals/receptions/", "/ru/appeals/direct-lines/",
                "/be/appeals/direct-lines/archive/", "/ru/appeals/direct-lines/archive/page/2/",
                "/special/be/appeals/receptions/", chairman("ru").url]
        answers = {f"page-{number}": client.get(url) for number, url in enumerate(urls)}
    assert [answer.status_code for answer in answers.values()] == [200] * len(urls)
    assert nu_problems(tmp_path, answers, ["ispolkom/appeals/static/css/appeals.css"]) == []
