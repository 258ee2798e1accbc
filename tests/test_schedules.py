"""Dates and hours (app schedules): public holidays of Belarus and the days editors declare,
recurring dates across month and year ends, their wording in ru/be/en, and opening hours
in Minsk's time zone."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from django.utils.translation import gettext

from ispolkom.schedules import hours
from ispolkom.schedules.holidays import is_day_off, orthodox_easter, radunitsa
from ispolkom.schedules.models import Holiday
from ispolkom.schedules.recurrence import MonthlyRule, Rule, WeeklyRule, describe, next_dates

MINSK = ZoneInfo("Europe/Minsk")
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def at(year, month, day, hour=0, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=MINSK)


# --- Holidays --------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "day"), [(2024, date(2024, 5, 14)), (2025, date(2025, 4, 29)),
                                           (2026, date(2026, 4, 21)), (2027, date(2027, 5, 11))])
def test_radunitsa_is_the_tuesday_nine_days_after_orthodox_easter(year, day):
    assert radunitsa(year) == day
    assert day.weekday() == TUESDAY
    assert orthodox_easter(year) == day - timedelta(days=9)


@pytest.mark.django_db
@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 7),
                                 date(2026, 3, 8), date(2026, 4, 21), date(2026, 5, 1),
                                 date(2026, 5, 9), date(2026, 7, 3), date(2026, 11, 7),
                                 date(2026, 12, 25)])
def test_the_public_holidays_of_belarus_are_days_off(day):
    assert is_day_off(day)


@pytest.mark.django_db
@pytest.mark.parametrize("day", [date(2026, 1, 3), date(2026, 1, 4), date(2026, 4, 12),
                                 date(2026, 4, 14), date(2026, 12, 24), date(2027, 4, 21)])
def test_ordinary_days_and_weekends_are_not_days_off(day):
    assert not is_day_off(day)


@pytest.mark.django_db
def test_days_editors_declare_win_over_the_built_in_list():
    Holiday.objects.create(date=date(2026, 1, 5), kind=Holiday.DAY_OFF, name_ru="Перенос")
    Holiday.objects.create(date=date(2026, 11, 7), kind=Holiday.WORKING_DAY)
    assert is_day_off(date(2026, 1, 5))
    assert not is_day_off(date(2026, 11, 7))
    assert not is_day_off(date(2026, 1, 6))


# --- Recurring dates -----------------------------------------------------------------------

@pytest.mark.django_db
def test_the_second_and_fourth_wednesday_cross_the_year_end():
    rule = MonthlyRule(WEDNESDAY, (2, 4))
    assert next_dates(rule, date(2026, 12, 10)) == [
        date(2026, 12, 23), date(2027, 1, 13), date(2027, 1, 27)]
    # "On or after": the day itself counts.
    assert next_dates(rule, date(2026, 12, 23), count=1) == [date(2026, 12, 23)]


@pytest.mark.django_db
def test_every_week_crosses_the_month_end():
    assert next_dates(WeeklyRule(MONDAY), date(2026, 11, 25), count=3) == [
        date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14)]


@pytest.mark.django_db
def test_the_last_friday_of_each_month():
    assert next_dates(Rule(FRIDAY, (-1,)), date(2026, 1, 1)) == [
        date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]


@pytest.mark.django_db
def test_a_fifth_weekday_is_skipped_in_months_that_lack_one():
    assert next_dates(Rule(MONDAY, (5,)), date(2026, 1, 1), count=4) == [
        date(2026, 3, 30), date(2026, 6, 29), date(2026, 8, 31), date(2026, 11, 30)]


@pytest.mark.django_db
def test_a_holiday_on_the_rules_day_is_skipped_and_the_next_one_taken():
    # Radunitsa 2026 is Tuesday 21 April.
    assert next_dates(WeeklyRule(TUESDAY), date(2026, 4, 15)) == [
        date(2026, 4, 28), date(2026, 5, 5), date(2026, 5, 12)]
    # The first Thursday of 2026 is New Year's Day: the next first Thursday is in February.
    assert next_dates(Rule(THURSDAY, (1,)), date(2026, 1, 1), count=2) == [
        date(2026, 2, 5), date(2026, 3, 5)]


@pytest.mark.django_db
def test_an_editor_added_day_off_is_honoured_and_a_working_day_restores_a_date():
    Holiday.objects.create(date=date(2026, 12, 8), kind=Holiday.DAY_OFF)
    assert next_dates(WeeklyRule(TUESDAY), date(2026, 12, 7), count=2) == [
        date(2026, 12, 15), date(2026, 12, 22)]
    Holiday.objects.create(date=date(2027, 1, 7), kind=Holiday.WORKING_DAY)
    assert date(2027, 1, 7) in next_dates(WeeklyRule(THURSDAY), date(2027, 1, 1))


def test_rules_refuse_impossible_weekdays_and_weeks():
    for weekday, weeks in [(7, ()), (-1, ()), (MONDAY, (0,)), (MONDAY, (6,)), (MONDAY, (-2,))]:
        with pytest.raises(ValueError):
            Rule(weekday, weeks)


@pytest.mark.parametrize(("rule", "wording"), [
    (WeeklyRule(TUESDAY), {"ru": "каждый вторник", "be": "кожны аўторак",
                           "en": "every Tuesday"}),
    (WeeklyRule(WEDNESDAY), {"ru": "каждую среду", "be": "кожную сераду",
                             "en": "every Wednesday"}),
    (WeeklyRule(SUNDAY), {"ru": "каждое воскресенье", "be": "кожную нядзелю",
                          "en": "every Sunday"}),
    (MonthlyRule(WEDNESDAY, (4, 2)), {"ru": "2-я и 4-я среда месяца",
                                      "be": "2-я і 4-я серада месяца",
                                      "en": "2nd and 4th Wednesday of the month"}),
    (MonthlyRule(TUESDAY, (1, 3)), {"ru": "1-й и 3-й вторник месяца",
                                    "be": "1-ы і 3-і аўторак месяца",
                                    "en": "1st and 3rd Tuesday of the month"}),
    (Rule(FRIDAY, (-1,)), {"ru": "последняя пятница месяца", "be": "апошняя пятніца месяца",
                           "en": "last Friday of the month"}),
    (Rule(MONDAY, (1, -1)), {"ru": "1-й и последний понедельник месяца",
                             "be": "1-ы і апошні панядзелак месяца",
                             "en": "1st and last Monday of the month"}),
])
def test_rules_are_described_in_each_language(rule, wording):
    for language, text in wording.items():
        assert describe(rule, language) == text
        with translation.override(language):
            assert describe(rule) == text


# --- Opening hours ---------------------------------------------------------------------------

LUNCH = (time(13), time(14))
# The demo's one window: Mon, Tue, Thu, Fri 8–17, Wed 8–20, lunch 13–14; Sat 9–13.
ONE_WINDOW = [hours.Row(day, time(8), time(20) if day == WEDNESDAY else time(17), *LUNCH)
              for day in (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)] + [
    hours.Row(SATURDAY, time(9), time(13))]
WEEKDAYS_ONLY = ONE_WINDOW[:5]


@pytest.mark.django_db
def test_open_now_until_lunch():
    now = at(2026, 12, 7, 10, 15)  # a Monday
    assert hours.is_open(ONE_WINDOW, now)
    assert hours.next_opening(ONE_WINDOW, now) == now
    assert hours.next_change(ONE_WINDOW, now) == at(2026, 12, 7, 13)


@pytest.mark.django_db
def test_during_the_lunch_break_it_opens_after_lunch():
    now = at(2026, 12, 7, 13, 30)
    assert not hours.is_open(ONE_WINDOW, now)
    assert hours.next_opening(ONE_WINDOW, now) == at(2026, 12, 7, 14)
    assert hours.next_change(ONE_WINDOW, now) == at(2026, 12, 7, 14)
    assert hours.is_open(ONE_WINDOW, at(2026, 12, 7, 14))  # opening minute open,
    assert not hours.is_open(ONE_WINDOW, at(2026, 12, 7, 13))  # closing minute closed


@pytest.mark.django_db
def test_after_closing_it_opens_the_next_day():
    now = at(2026, 12, 7, 17, 1)
    assert not hours.is_open(ONE_WINDOW, now)
    assert hours.next_opening(ONE_WINDOW, now) == at(2026, 12, 8, 8)
    # Wednesday closes late.
    assert hours.is_open(ONE_WINDOW, at(2026, 12, 9, 19, 30))
    assert hours.next_change(ONE_WINDOW, at(2026, 12, 9, 19, 30)) == at(2026, 12, 9, 20)


@pytest.mark.django_db
def test_friday_evening_opens_on_monday():
    friday = at(2026, 12, 11, 18)
    assert hours.next_opening(WEEKDAYS_ONLY, friday) == at(2026, 12, 14, 8)
    assert hours.next_opening(ONE_WINDOW, friday) == at(2026, 12, 12, 9)
    assert hours.next_opening(ONE_WINDOW, at(2026, 12, 12, 13)) == at(2026, 12, 14, 8)


@pytest.mark.django_db
def test_a_holiday_opens_on_the_next_working_day():
    # Friday 25 December is a holiday; so are 1, 2 (Sat) and 7 January 2027.
    assert hours.next_opening(WEEKDAYS_ONLY, at(2026, 12, 24, 18)) == at(2026, 12, 28, 8)
    assert not hours.is_open(ONE_WINDOW, at(2026, 12, 25, 10))
    assert hours.next_opening(ONE_WINDOW, at(2026, 12, 31, 18)) == at(2027, 1, 4, 8)
    assert hours.next_opening(ONE_WINDOW, at(2027, 1, 6, 21)) == at(2027, 1, 8, 8)


@pytest.mark.django_db
def test_an_editor_added_day_off_closes_the_office():
    Holiday.objects.create(date=date(2026, 12, 8), kind=Holiday.DAY_OFF)
    assert not hours.is_open(ONE_WINDOW, at(2026, 12, 8, 10))
    assert hours.next_opening(ONE_WINDOW, at(2026, 12, 7, 18)) == at(2026, 12, 9, 8)


@pytest.mark.django_db
def test_a_transferred_working_saturday_keeps_weekday_hours():
    # Saturday 19 December 2026 declared a working day (for a Monday taken off): the office
    # opens as on a usual weekday, 8–17 with lunch, not 9–13; Sunday stays closed.
    Holiday.objects.create(date=date(2026, 12, 19), kind=Holiday.WORKING_DAY)
    Holiday.objects.create(date=date(2026, 12, 20), kind=Holiday.WORKING_DAY)
    assert hours.is_open(ONE_WINDOW, at(2026, 12, 19, 16))
    assert not hours.is_open(ONE_WINDOW, at(2026, 12, 19, 13, 30))
    assert hours.next_change(ONE_WINDOW, at(2026, 12, 19, 16)) == at(2026, 12, 19, 17)
    assert hours.is_open(WEEKDAYS_ONLY, at(2026, 12, 20, 9))
    # An ordinary Saturday keeps its own short hours.
    assert not hours.is_open(ONE_WINDOW, at(2026, 12, 12, 16))
    assert hours.is_open(ONE_WINDOW, at(2026, 12, 12, 10))


@pytest.mark.django_db
def test_minsk_keeps_utc_plus_three_all_year():
    # Europe changes its clocks on 29 March 2026; Minsk does not.
    opens = hours.next_opening(WEEKDAYS_ONLY, at(2026, 3, 27, 18))
    assert opens == at(2026, 3, 30, 8)
    assert opens.utcoffset() == timedelta(hours=3)
    assert opens.astimezone(UTC) == datetime(2026, 3, 30, 5, tzinfo=UTC)
    # A moment given in UTC is read on Minsk's clock: 05:30 UTC is 8:30 in Minsk.
    assert hours.is_open(WEEKDAYS_ONLY, datetime(2026, 7, 6, 5, 30, tzinfo=UTC))
    assert not hours.is_open(WEEKDAYS_ONLY, datetime(2026, 7, 6, 4, 30, tzinfo=UTC))


@pytest.mark.django_db
def test_no_hours_never_open():
    assert hours.next_opening([], at(2026, 12, 7, 10)) is None
    assert hours.next_change([], at(2026, 12, 7, 10)) is None
    assert not hours.is_open([], at(2026, 12, 7, 10))


@pytest.mark.django_db
@pytest.mark.parametrize(("now", "line"), [
    (at(2026, 12, 7, 15), "Open now until 17:00"),
    (at(2026, 12, 7, 13, 30), "Lunch break until 14:00"),
    (at(2026, 12, 7, 7), "Opens today at 8:00"),
    (at(2026, 12, 11, 18), "Opens Saturday at 9:00"),
    (at(2026, 12, 12, 13), "Opens Monday at 8:00"),
])
def test_the_line_about_now(now, line):
    with translation.override("en"):
        assert hours.status(ONE_WINDOW, now) == (line, line.startswith("Open now"))


@pytest.mark.django_db
def test_the_line_names_a_date_more_than_a_week_away():
    rows = [hours.Row(FRIDAY, time(9), time(12))]
    Holiday.objects.create(date=date(2026, 12, 18), kind=Holiday.DAY_OFF)
    # 18 December declared, 25 December and 1 January public holidays.
    now = at(2026, 12, 11, 13)
    assert hours.next_opening(rows, now) == at(2027, 1, 8, 9)
    with translation.override("en"):
        assert hours.status(rows, now) == ("Opens 8 January at 9:00", False)
    with translation.override("ru"):
        assert hours.status(rows, now) == (
            gettext("Opens %(day)s at %(time)s") % {"day": "8 января", "time": "9:00"}, False)


def test_the_week_is_a_compact_table():
    with translation.override("en"):
        table = hours.weekly_table(ONE_WINDOW)
    assert table == [("Mon–Tue", "8:00–17:00", "13:00–14:00"),
                     ("Wed", "8:00–20:00", "13:00–14:00"),
                     ("Thu–Fri", "8:00–17:00", "13:00–14:00"),
                     ("Sat", "9:00–13:00", None), ("Sun", None, None)]
    with translation.override("ru"):
        assert hours.weekly_table(WEEKDAYS_ONLY[:1] + WEEKDAYS_ONLY[3:])[0:3] == [
            ("Пн", "8:00–17:00", "13:00–14:00"), ("Вт–Ср", None, None),
            ("Чт–Пт", "8:00–17:00", "13:00–14:00")]


def test_opening_hours_for_schema_org_split_at_lunch():
    specs = hours.opening_hours_specification(ONE_WINDOW)
    monday = [spec for spec in specs if spec["dayOfWeek"].endswith("/Monday")]
    assert [(spec["opens"], spec["closes"]) for spec in monday] == [
        ("08:00", "13:00"), ("14:00", "17:00")]
    saturday = [spec for spec in specs if spec["dayOfWeek"].endswith("/Saturday")]
    assert [(spec["opens"], spec["closes"]) for spec in saturday] == [("09:00", "13:00")]
    assert not any(spec["dayOfWeek"].endswith("/Sunday") for spec in specs)


@pytest.mark.django_db
def test_rows_may_be_plain_tuples():
    rows = [(MONDAY, time(8), time(17), (time(13), time(14))), (TUESDAY, time(8), time(12))]
    assert hours.is_open(rows, at(2026, 12, 7, 12)) and not hours.is_open(rows, at(2026, 12, 7, 13))
    assert hours.next_change(rows, at(2026, 12, 7, 18)) == at(2026, 12, 8, 8)


def test_editors_keep_declared_days_as_a_snippet():
    from wagtail.snippets.models import get_snippet_models

    assert Holiday in get_snippet_models()
    with translation.override("be"):
        day = Holiday(date=date(2026, 1, 5), name_ru="Перенос", name_be="Перанос")
        assert str(day) == "05.01.2026 Перанос"
