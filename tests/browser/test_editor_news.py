"""A press secretary re-creates the real system's seed article through the admin, as they
would: signed in with two-step verification, the body pasted as plain text, the day alone as
the date, then Publish. A visitor then reads it on a desktop and on a phone."""

import re
import subprocess
from urllib.parse import quote, urlsplit

import pytest

from .conftest import MANAGE

pytestmark = pytest.mark.browser

PASSWORD = "a long press secretary passphrase"

# Our own wording on the subject of the seed article: an agency story of 16 February 2023,
# five paragraphs, no lead, a title long enough to give a long slug.
TITLE = ("Аграрии Осиповичского района завершают подготовку техники и семян к весенней "
         "полевой кампании")
PARAGRAPHS = [
    "Сельскохозяйственные организации района завершают подготовку к весенней полевой "
    "кампании. Технику проверяют, семена испытывают на всхожесть.",
    "По данным управления по сельскому хозяйству, отремонтирована большая часть тракторов "
    "и сеялок. Остальные машины будут готовы до конца месяца.",
    "Хозяйства полностью обеспечены семенами ранних зерновых. Удобрения завозят по графику.",
    "Для механизаторов проводят занятия по охране труда и работе на новой технике.",
    "Сев ранних яровых начнут, как только позволит погода.",
]
SOURCE_URL = "https://www.belta.by/regions/view/vesennjaja-kampanija-osipovichi-2023/"

# A News editor with two-step verification on; prints their recovery codes.
CREATE_EDITOR = """
import os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from ispolkom.news.editors import NEWS_EDITOR
from ispolkom.security import two_step
user = get_user_model().objects.create_user("press-secretary", password=os.environ["PW"])
user.groups.add(Group.objects.get(name=NEWS_EDITOR))
print("codes:" + ",".join(two_step.turn_on(user, two_step.pending_device(user))))
"""

PASTE = """([selector, text]) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  document.querySelector(selector).dispatchEvent(
    new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}"""


@pytest.fixture(scope="module")
def press_secretary(site_env, site_url):
    done = subprocess.run(MANAGE + ["shell", "-c", CREATE_EDITOR],
                          env={**site_env, "PW": PASSWORD}, check=True, capture_output=True,
                          text=True, timeout=120)
    return "press-secretary", re.search(r"codes:(\S+)", done.stdout).group(1).split(",")


@pytest.fixture(scope="module")
def published(browser, site_url, press_secretary):
    """The article as the press secretary publishes it; its public path."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    try:
        username, codes = press_secretary
        sign_in(page, site_url, username, codes[0])
        open_add_form(page, site_url, "Новости района")
        write_article(page)
        publish = page.locator("footer button[type=submit]").first
        assert publish.get_attribute("name") == "action-publish" and publish.is_visible()
        with page.expect_navigation():
            publish.click()
        errors = page.locator(".w-field--error").evaluate_all(
            "els => els.map(e => e.dataset.contentpath + ': ' + e.innerText)")
        assert page.locator(".messages .success").count() == 1, errors
    finally:
        context.close()
    return find_on_section_list(browser, site_url, "/ru/news/district/")


def sign_in(page, site_url, username, code):
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=otp_token]", code)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert urlsplit(page.url).path.rstrip("/") == "/admin"


def open_add_form(page, site_url, section_title):
    page.goto(site_url + "/admin/pages/search/?q=" + quote(section_title))
    edit = page.locator("a[href*='/edit/']", has_text=section_title).first.get_attribute("href")
    section_id = re.search(r"/pages/(\d+)/edit/", edit).group(1)
    # A section takes only news articles: "Add child page" opens the article's form.
    page.goto(f"{site_url}/admin/pages/{section_id}/add_subpage/")
    page.wait_for_selector("#id_date")


def write_article(page):
    page.fill("#id_title", TITLE)
    page.keyboard.press("Tab")  # the slug follows the title when the field is left
    page.click("#body-root .c-sf-add-button")
    page.locator(".w-combobox__option", has_text="Текст").first.click()
    editor = "#body-root .public-DraftEditor-content"
    page.click(editor)
    page.evaluate(PASTE, [editor, "\n\n".join(PARAGRAPHS)])
    # Draftail keeps what the form sends in a hidden field, written a moment after a change.
    page.wait_for_function(
        "text => document.querySelector('input[name=\"body-0-value\"]').value.includes(text)",
        arg=PARAGRAPHS[-1])
    date = page.locator("#id_date")
    date.fill("")
    date.press_sequentially("16.02.2023")
    page.keyboard.press("Escape")
    page.click("#id_source_name")  # leaving the date field: the picker must keep what was typed
    assert date.input_value() == "16.02.2023"
    page.fill("#id_source_name", "БЕЛТА")
    page.fill("#id_source_url", SOURCE_URL)


def find_on_section_list(browser, site_url, section):
    """The article's card as a visitor finds it, following "Older news"; its link."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    try:
        page.goto(site_url + section)
        while not page.locator(".news-card__title a", has_text=TITLE).count():
            older = page.locator("a[rel=next]")
            assert older.count(), "the article is not on the section's list"
            page.goto(site_url + older.first.get_attribute("href"))
        card = page.locator(".news-card", has=page.locator(".news-card__title a",
                                                            has_text=TITLE))
        assert card.locator(".news-card__date").inner_text() == "16 февраля 2023"
        summary = card.locator(".news-card__lead").inner_text()
        assert summary.startswith(PARAGRAPHS[0].split(".")[0])  # the body's first sentences
        return card.locator(".news-card__title a").get_attribute("href")
    finally:
        context.close()


def read_article(browser, site_url, path, viewport):
    context = browser.new_context(viewport=viewport, locale="ru-RU")
    page = context.new_page()
    response = page.goto(site_url + path)
    assert response.status == 200
    return context, page


def test_the_published_agency_article_reads_as_written(browser, site_url, published):
    slug = urlsplit(published).path.rstrip("/").rsplit("/", 1)[-1]
    assert 0 < len(slug) <= 60 and re.fullmatch(r"[a-z0-9-]+", slug)
    context, page = read_article(browser, site_url, published, {"width": 1280, "height": 900})
    try:
        assert page.locator("h1").inner_text() == TITLE
        assert page.locator(".article__date").inner_text() == "16 февраля 2023"  # no time
        assert page.locator(".article__lead").count() == 0
        body = page.locator(".article__body p").all_inner_texts()
        assert body == PARAGRAPHS  # five paragraphs, none empty between them
        source = page.locator(".article__source a")
        assert (source.inner_text(), source.get_attribute("href")) == ("БЕЛТА", SOURCE_URL)
    finally:
        context.close()


def test_the_agency_article_on_a_phone(browser, site_url, published):
    context, page = read_article(browser, site_url, published, {"width": 360, "height": 640})
    try:
        heading = page.locator("h1")
        assert heading.inner_text() == TITLE
        assert page.locator(".article__date").inner_text() == "16 февраля 2023"
        assert page.locator(".article__body p").all_inner_texts() == PARAGRAPHS
        widest = page.evaluate("document.documentElement.scrollWidth")
        assert widest <= 360, f"the page scrolls sideways: {widest}px"
        for paragraph in page.locator(".article__body p").all():
            box = paragraph.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    finally:
        context.close()


def test_the_date_picker_opens_on_the_articles_own_day(browser, site_url, published,
                                                       press_secretary):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    try:
        username, codes = press_secretary
        sign_in(page, site_url, username, codes[1])
        page.goto(site_url + "/admin/pages/search/?q=" + quote(TITLE[:40]))
        page.locator("a[href*='/edit/']", has_text=TITLE).first.click()
        date = page.locator("#id_date")
        assert date.input_value() == "16.02.2023"  # the day alone, as readers see it
        date.click()
        picker = page.locator(".xdsoft_datetimepicker:visible")
        assert picker.locator(".xdsoft_month span").first.inner_text() == "Февраль"
        assert picker.locator(".xdsoft_year span").first.inner_text() == "2023"
        assert picker.locator(".xdsoft_date.xdsoft_current").inner_text() == "16"
        times = picker.locator(".xdsoft_time").all_inner_texts()[:3]
        assert times == ["00:00", "00:05", "00:10"]
    finally:
        context.close()
