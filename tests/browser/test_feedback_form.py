"""A citizen sends a question from a 360 px phone, with and without JavaScript: the form
fits the screen, the honeypot stays out of sight and out of reach, mistakes come back as
errors next to the fields, and a question sent ends on the confirmation page. (In English:
the labels are the catalogues' msgids, so the test does not wait for the translations.)"""

import pytest

from .test_accessibility import violations

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 640}
MIN_SECONDS = 3.2  # the time token refuses a form sent sooner (FEEDBACK_MIN_SECONDS = 3)


@pytest.fixture(params=[True, False], ids=["with JavaScript", "without JavaScript"])
def phone(browser, request):
    context = browser.new_context(viewport=PHONE, is_mobile=request.param,
                                  has_touch=request.param, java_script_enabled=request.param)
    page = context.new_page()
    page.javascript = request.param
    yield page
    context.close()


def fits_the_screen(page):
    """Every part of the form within the phone's width (measured without page scripts,
    which a page without JavaScript cannot run)."""
    parts = page.locator("form.feedback-form > :not(.feedback-form__trap, [type=hidden])")
    boxes = [parts.nth(index).bounding_box() for index in range(parts.count())]
    return boxes and all(box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
                         for box in boxes)


def accessible(page):
    """axe's report (it runs as a script: only where the page may run them)."""
    return violations(page) if page.javascript else []


def fill(page, name):
    page.get_by_label("Your name").fill(name)
    page.get_by_label("E-mail or phone").fill("+375 29 555-12-34")
    page.get_by_label("Your question").fill("Когда откроется после ремонта бассейн?")


@pytest.mark.parametrize("prefix", ["", "/special"])
def test_a_question_sent_from_a_phone_reaches_the_confirmation(phone, site_url, prefix):
    phone.goto(site_url + prefix + "/en/appeals/question/")
    assert fits_the_screen(phone)
    trap = phone.locator("input[name=website]")
    assert not trap.is_visible() or trap.bounding_box()["x"] < -1000
    assert accessible(phone) == []

    fill(phone, "Пётр Без Согласия")
    phone.wait_for_timeout(MIN_SECONDS * 1000)
    phone.get_by_role("button", name="Send the question").click()
    phone.wait_for_load_state()
    assert phone.locator("#id_consent[aria-invalid=true]").count() == 1
    assert phone.get_by_label("Your name").input_value() == "Пётр Без Согласия"
    assert fits_the_screen(phone)
    assert accessible(phone) == []

    phone.get_by_label("I agree to the processing of my personal data").check()
    phone.get_by_role("button", name="Send the question").click()
    phone.wait_for_url("**/en/appeals/question/thanks/")
    assert phone.url == site_url + prefix + "/en/appeals/question/thanks/"
    assert phone.locator("h1").inner_text() == "Your question has been sent"
    assert accessible(phone) == []


def test_tab_skips_the_honeypot(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/be/appeals/question/")
    page.locator("input[name=consent]").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.name || document.activeElement.tagName")
    context.close()
    assert focused != "website"
