"""A citizen on a 360 px phone hides a notice banner, with JavaScript off (the form and the
cookie) and on (no reload); an emergency has no button."""

import subprocess

import pytest

from .conftest import MANAGE
from .test_accessibility import violations

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 640}
NOTICE = "div.alert--notice"


def hidden_cookies(context):
    return [cookie for cookie in context.cookies() if cookie["name"].startswith("alert-hidden-")]


@pytest.fixture
def fresh_phone(browser):
    """A phone of its own for each test: hidden banners must not carry over."""
    contexts = []

    def open_phone(javascript):
        context = browser.new_context(viewport=PHONE, is_mobile=True,
                                      java_script_enabled=javascript)
        contexts.append(context)
        return context, context.new_page()

    yield open_phone
    for context in contexts:
        context.close()


def test_hiding_a_notice_without_javascript_on_a_phone(fresh_phone, site_url):
    context, phone = fresh_phone(javascript=False)
    for path in ("/ru/contacts/", "/ru/about/"):  # both now in the phone's own cache
        phone.goto(site_url + path)
    banner = phone.locator(NOTICE)
    assert banner.is_visible()
    box = banner.bounding_box()
    assert box["y"] < 5 and box["height"] <= 90, box  # first, and two or three short lines
    heading = phone.locator("main h1").bounding_box()
    assert heading["y"] + heading["height"] <= PHONE["height"], heading

    banner.get_by_role("button").click()
    phone.wait_for_load_state()
    assert phone.url == site_url + "/ru/about/"
    assert phone.locator(NOTICE).count() == 0
    [cookie] = hidden_cookies(context)
    assert cookie["sameSite"] == "Lax" and cookie["httpOnly"] and cookie["expires"] > 0
    phone.goto(site_url + "/ru/contacts/")  # seen before hiding: not from the phone's cache
    assert phone.locator(NOTICE).count() == 0
    phone.goto(site_url + "/special/ru/about/")
    assert phone.locator(NOTICE).count() == 0

    _other, stranger = fresh_phone(javascript=False)
    stranger.goto(site_url + "/ru/contacts/")
    assert stranger.locator(NOTICE).is_visible()


def test_hiding_a_notice_with_javascript_needs_no_reload(fresh_phone, site_url):
    context, phone = fresh_phone(javascript=True)
    phone.goto(site_url + "/ru/about/")
    phone.evaluate("window.notReloaded = true")
    phone.locator(NOTICE).get_by_role("button").click()
    phone.locator(NOTICE).wait_for(state="detached")
    assert phone.evaluate("window.notReloaded") is True
    assert len(hidden_cookies(context)) == 1
    phone.reload()
    assert phone.locator(NOTICE).count() == 0


ADD_BANNERS = """
from datetime import timedelta
from django.utils import timezone
from wagtail.models import Page, Site
from ispolkom.alerts.models import Alert
demo = Site.objects.get(is_default_site=True).root_page  # not another committee's history
section = demo.get_descendants().get(url_path__endswith="/about/history/")
for kind, text in ((Alert.WARNING, "Сильный ветер до 25 м/с."),
                   (Alert.EMERGENCY, "Пожар на складе: не подходите к ул. Заводской.")):
    alert = Alert.objects.create(kind=kind, text_ru=text, section=section, live=False,
                                 site=Site.objects.get(is_default_site=True),
                                 start=timezone.now(), end=timezone.now() + timedelta(hours=1),
                                 link="https://example.org/news/")
    alert.save_revision().publish()
"""
REMOVE_BANNERS = ("from ispolkom.alerts.models import Alert; "
                  "Alert.objects.filter(section__isnull=False).delete()")


def site_shell(site_env, code):
    subprocess.run([*MANAGE, "shell", "-c", code], env=site_env, check=True,
                   capture_output=True, timeout=120)


def test_every_kind_of_banner_passes_axe_and_an_emergency_has_no_button(
        fresh_phone, site_url, site_env, page_paths):
    site_shell(site_env, ADD_BANNERS)
    try:
        _context, phone = fresh_phone(javascript=True)  # axe runs as a script
        phone.goto(site_url + page_paths["ru"]["child_page"])
        kinds = phone.locator(".alert").evaluate_all(
            "banners => banners.map(banner => banner.className)")
        assert kinds == ["alert alert--emergency", "alert alert--warning", "alert alert--notice"]
        assert phone.locator(".alert--emergency button").count() == 0
        assert phone.locator(".alert--emergency [role=alert]").count() == 1
        assert violations(phone) == []
        phone.goto(site_url + "/special" + page_paths["ru"]["child_page"])
        assert violations(phone) == []
    finally:
        site_shell(site_env, REMOVE_BANNERS)
