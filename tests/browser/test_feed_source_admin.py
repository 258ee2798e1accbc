"""Issue 14, "a source added in the admin fills its section on schedule", as people do it: an
administrator (two-step verification on) adds the agency's feed in the admin, choosing the
section through the page chooser; the timer's command fills the section; a visitor reads the
news on a desktop and on a phone; the admin shows the run; the next run, within the
interval, imports nothing. The feed comes from a server in this process, never the internet."""

import re
import subprocess
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.test_syndication import FIRST_TITLE, SECOND_TITLE, THIRD_TITLE, belta_feed_server

from .conftest import MANAGE

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 640}
ADMIN = f"/{settings.ADMIN_PATH}/"
PASSWORD = "a long administrator passphrase"
SOURCE = "БелТА"
SECTION = "Новости республики"  # /ru/news/republic/
SECTION_PATH = "/ru/news/republic/"
TITLES = [FIRST_TITLE, SECOND_TITLE, THIRD_TITLE]  # every entry of belta-ru.xml
WHEN = r"\d{1,2} [а-я]+ \d{4} г\. \d{1,2}:\d{2}"  # "7 декабря 2026 г. 13:54"
FIRST_LINK = "/regions/view/posevnaja-1001/"  # the first entry's <link>, after {{BASE}}

CREATE_ADMINISTRATOR = """
import os
from django.contrib.auth import get_user_model
from ispolkom.security import two_step
user = get_user_model().objects.create_superuser("feed-admin", "feed-admin@example.org",
                                                 os.environ["PW"])
print("codes:" + ",".join(two_step.turn_on(user, two_step.pending_device(user))))
"""

# The shared demo site goes back to what the other browser tests expect.
REMOVE_IMPORT = f"""
from ispolkom.news.models import NewsArticlePage
from ispolkom.syndication.models import FeedSource
FeedSource.objects.filter(name={SOURCE!r}).delete()
for article in NewsArticlePage.objects.filter(title__in={TITLES!r}):
    article.delete()
"""


@pytest.fixture(scope="module")
def feed():
    server = belta_feed_server()
    yield server
    server.close()


@pytest.fixture(scope="module")
def administrator(site_env, site_url):
    """A superuser's name and recovery codes; what they import is removed afterwards."""
    done = manage(site_env, "shell", "-c", CREATE_ADMINISTRATOR, PW=PASSWORD)
    yield "feed-admin", re.search(r"codes:(\S+)", done).group(1).split(",")
    manage(site_env, "shell", "-c", REMOVE_IMPORT)


def manage(site_env, *command, **env):
    done = subprocess.run(MANAGE + list(command), env={**site_env, **env}, check=True,
                          capture_output=True, text=True, timeout=300)
    return done.stdout


def import_feeds(site_env):
    """The timer's command, as the timer runs it; the local feed is on loopback."""
    return manage(site_env, "import_feeds", SYNDICATION_ALLOW_PRIVATE="1").splitlines()


def sign_in(page, site_url, username, code):
    page.goto(site_url + ADMIN + "login/")
    page.get_by_label("Имя пользователя").fill(username)
    page.get_by_label("Пароль").fill(PASSWORD)
    page.get_by_label("Код подтверждения").fill(code)
    with page.expect_navigation():
        page.get_by_role("button", name="Войти").click()
    assert urlsplit(page.url).path == ADMIN


def add_source(page, feed_url):
    with page.expect_navigation():
        page.get_by_role("navigation").get_by_role("link", name="Источники лент").click()
    with page.expect_navigation():
        page.get_by_role("link", name="Добавить источник ленты").first.click()
    page.get_by_role("textbox", name="Название источника").fill(SOURCE)
    page.get_by_role("textbox", name="Адрес ленты").fill(feed_url)
    page.get_by_role("button", name="Выберите страницу (Раздел новостей)").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("textbox").fill(SECTION)  # the modal searches as one types
    # The demo's, not the other committees' sections of the same name (their links are absolute).
    chooser.locator(f'a.choose-page[data-url="{SECTION_PATH}"]').click()
    chooser.wait_for(state="hidden")
    chosen = page.locator("[data-field-input]", has=page.locator("input[name=section]"))
    assert SECTION in chosen.inner_text()
    assert page.get_by_role("spinbutton", name="Проверять каждые (минут)").input_value() == "60"
    with page.expect_navigation():
        page.get_by_role("button", name="Сохранить").click()
    errors = page.locator(".error-message, .w-field__errors").all_inner_texts()
    assert page.locator(".messages .success").count() == 1, errors
    assert SOURCE in page.locator(".messages .success").inner_text()


def listed(page, site_url):
    """The source's row on the list of feed sources: {column heading: text}."""
    page.goto(site_url + ADMIN + "snippets/syndication/feedsource/")
    table = page.get_by_role("table")  # the one in sight, not the hidden shortcuts' table
    headings = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    row = table.locator("tbody tr", has=page.get_by_role("link", name=SOURCE))
    assert row.count() == 1
    return dict(zip(headings, (c.strip() for c in row.locator("td").all_inner_texts()),
                    strict=True))


def section_titles(browser, site_url):
    """{title: [paths]} of the articles on the section's list, following "Older news" (the
    agency's February items come after the demo's newer ones), as a visitor sees it."""
    context = browser.new_context(viewport=DESKTOP, locale="ru-RU")
    page = context.new_page()
    titles, path = {}, SECTION_PATH
    try:
        while path:
            assert page.goto(site_url + path).status == 200
            for link in page.locator(".news-card__title a").all():
                titles.setdefault(link.inner_text(), []).append(link.get_attribute("href"))
            older = page.locator("a[rel=next]")
            path = older.first.get_attribute("href") if older.count() else None
    finally:
        context.close()
    return titles


def read_article(browser, site_url, path, viewport):
    context = browser.new_context(viewport=viewport, locale="ru-RU")
    page = context.new_page()
    try:
        assert page.goto(site_url + path).status == 200
        heading = page.locator("h1").inner_text()
        source = page.locator(".article__source a")
        shown = (heading, source.inner_text(), source.get_attribute("href"))
        return shown, page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()


def test_a_source_added_in_the_admin_fills_its_section_on_schedule(
        browser, site_env, site_url, feed, administrator):
    username, codes = administrator
    admin = browser.new_context(viewport=DESKTOP, locale="ru-RU")
    try:
        page = admin.new_page()
        sign_in(page, site_url, username, codes[0])
        add_source(page, feed.url("/rss.xml"))
        row = listed(page, site_url)
        assert row["Раздел новостей"] == f"{SECTION} (ru)"
        assert row["Последний запуск"] == ""  # not run yet
        assert row["Создано новостей"] == "0"

        assert f"{SOURCE}: created 3, updated 0, skipped 0, failed 0" in import_feeds(site_env)

        titles = section_titles(browser, site_url)
        assert all(len(titles.get(title, [])) == 1 for title in TITLES), sorted(titles)
        [first] = titles[FIRST_TITLE]
        shown, _width = read_article(browser, site_url, first, DESKTOP)
        assert shown == (FIRST_TITLE, SOURCE, feed.url(FIRST_LINK))
        shown, width = read_article(browser, site_url, first, PHONE)
        assert shown[0] == FIRST_TITLE
        assert width <= PHONE["width"], f"the article scrolls sideways on a phone: {width}px"

        row = listed(page, site_url)
        assert re.fullmatch(WHEN, row["Последний запуск"]), row
        assert (row["Создано новостей"], row["Последняя ошибка"]) == ("3", "")
        with page.expect_navigation():
            page.get_by_role("link", name=SOURCE).click()
        last_import = page.get_by_role("region", name="Последний импорт").inner_text()
        assert re.search(rf"Последний запуск\n{WHEN}\n", last_import), last_import
        assert re.search(r"Создано новостей\n3\n", last_import), last_import

        fetched = len(feed.requests)
        lines = import_feeds(site_env)  # the next tick of the timer, well within 60 minutes
        assert not [line for line in lines if line.startswith(f"{SOURCE}:")], lines
        assert len(feed.requests) == fetched  # not due: the feed is not even asked
        titles = section_titles(browser, site_url)
        assert all(len(titles.get(title, [])) == 1 for title in TITLES)
        assert listed(page, site_url)["Создано новостей"] == "3"
    finally:
        admin.close()
