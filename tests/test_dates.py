"""Dates in every month and language, as a reader sees them on the site."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import timezone, translation

MONTHS = {
    "be": ["студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня",
           "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня",
           "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "en": ["January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"],
}
CASES = [(language, month) for language in MONTHS for month in range(1, 13)]


def minsk(year, month, day, hour=12, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


@pytest.mark.parametrize(("language", "month"), CASES)
def test_news_date_in_every_month(language, month):
    template = Template("{% load site_tags %}{{ d|news_date }}")
    with translation.override(language):
        text = template.render(Context({"d": minsk(2023, month, 16)}))
    assert text == f"16 {MONTHS[language][month - 1]} 2023"


def test_the_old_belarusian_spellings_are_gone():
    template = Template("{% load site_tags %}{% for d in days %}{{ d|news_date }} {% endfor %}")
    with translation.override("be"):
        text = template.render(Context({"days": [minsk(2023, m, 1) for m in range(1, 13)]}))
    for wrong in ("сакавік ", "верасьня", "сьнежня"):
        assert wrong not in text


def article_date_text(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.select_one(".article__date time").get_text()


@pytest.mark.parametrize("language", list(MONTHS))
def test_article_pages_show_every_month(client, demo, language):
    article = demo.article(language)
    for month in range(1, 13):
        article.date = minsk(2023, month, 16, 9, 0)
        article.save_revision().publish()
        expected = f"16 {MONTHS[language][month - 1]} 2023"
        assert article_date_text(client, article.url) == expected
        assert article_date_text(client, "/special" + article.url) == expected


@pytest.mark.parametrize("language", list(MONTHS))
def test_lists_and_search_show_the_same_dates(client, demo, language):
    article = demo.article(language)
    article.date = minsk(2030, 3, 5, 9, 0)  # the newest: first in every list
    article.save_revision().publish()
    expected = f"5 {MONTHS[language][2]} 2030"
    for url in (demo.section(language).url, demo.news_index(language).url,
                demo.home(language).url):
        html = BeautifulSoup(client.get(url).content, "html.parser")
        dates = [time.get_text() for time in html.select(".news-card__date time")]
        assert expected in dates, url
    html = BeautifulSoup(client.get(f"/{language}/search/", {"q": article.title}).content,
                         "html.parser")
    assert expected in [time.get_text() for time in html.select(".search-result__meta time")]


def test_machine_values_keep_the_time(client, demo):
    article = demo.article("en")
    article.date = minsk(2023, 2, 16, 9, 0)
    article.save_revision().publish()
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert html.select_one(".article__date time")["datetime"] == "2023-02-16T09:00:00+03:00"


def test_the_feed_keeps_rfc_822_dates(client, demo):
    article = demo.article("be")
    article.date = minsk(2023, 3, 16, 9, 0)
    article.save_revision().publish()
    feed = client.get(demo.section("be").url + "rss/").content.decode()
    assert "Thu, 16 Mar 2023 06:00:00 +0000" in feed or "Thu, 16 Mar 2023 09:00:00 +0300" in feed
