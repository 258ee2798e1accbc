"""The events calendar on a 360 px phone: the month table turns into a list of the days that
have events, each named with its weekday, and nothing is wider than the screen."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["ru", "be"])
def test_the_month_calendar_is_a_list_on_a_phone(browser, site_url, page_paths, language):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(site_url + page_paths[language]["events_calendar"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    days = page.locator(".calendar td:not(.calendar__day--free):not(.calendar__day--other)")
    assert days.count() > 0
    first = days.first
    assert first.evaluate("cell => getComputedStyle(cell).display") == "block"
    assert first.locator(".calendar__weekday").is_visible()
    free = page.locator(".calendar td.calendar__day--free:not(.calendar__day--other)")
    assert free.count() > 0
    assert set(free.evaluate_all("cells => cells.map(c => getComputedStyle(c).display)")) == {
        "none"}
    context.close()
