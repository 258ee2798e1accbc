"""Editing a news item as a press secretary does: through the admin, then the public page."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.rich_text import RichText

from ispolkom.news.editors import NEWS_EDITOR
from ispolkom.news.models import NewsArticlePage


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_user("press", password="x")
    user.groups.add(Group.objects.get(name=NEWS_EDITOR))
    client.force_login(user)
    return user


def add_form(**fields):
    """The add form of a news article as the admin posts it, with `fields` filled in."""
    data = {
        "title": "Snow clearing plan approved", "slug": "", "date": "2036-02-16 09:00",
        "lead": "", "body-count": "0", "tags": "", "source_name": "", "source_url": "",
        "main_image_alt": "", "action-publish": "publish",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
    }
    return data | fields


def publish(client, section, **fields):
    response = client.post(f"/admin/pages/add/news/newsarticlepage/{section.pk}/",
                           add_form(**fields))
    assert response.status_code == 302, response.content.decode()[:3000]
    return NewsArticlePage.objects.order_by("-pk").first()


def page(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser")


# Date alone unless the editor shows the time

def test_the_editor_offers_to_show_the_time_next_to_the_date(client, demo, editor):
    form = page(client, f"/admin/pages/add/news/newsarticlepage/{demo.section('en').pk}/")
    date_field = form.select_one('[name="date"]')
    show_time = form.select_one('input[name="show_time"][type="checkbox"]')
    assert date_field is not None and show_time is not None
    assert not show_time.has_attr("checked")


def test_article_shows_the_date_alone_by_default(client, demo, editor):
    article = publish(client, demo.section("en"), slug="date-alone", lead="Lead.")
    assert not article.show_time
    date = page(client, article.url).select_one(".article__date time")
    assert date.get_text() == "16 February 2036"
    assert date["datetime"] == "2036-02-16T09:00:00+03:00"
    card = page(client, demo.section("en").url).select_one(".news-card__date time")
    assert card.get_text() == "16 February 2036"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "16 February 2036, 09:00"), ("ru", "16 февраля 2036, 09:00"),
    ("be", "16 лютага 2036, 09:00"),
])
def test_article_shows_the_time_when_the_editor_asks(client, demo, editor, language, expected):
    article = publish(client, demo.section(language), slug="with-time", lead="Lead.",
                      show_time="on")
    assert article.show_time
    assert page(client, article.url).select_one(".article__date time").get_text() == expected


# The lead is optional: lists show the beginning of the text

AGENCY_BODY = [
    "Минский облисполком утвердил план благоустройства на 2023 год. В него вошли 40 "
    "объектов в Осиповичском районе.",
    "Работы начнутся в апреле и завершатся к осени, сообщили в райисполкоме. Финансирование "
    "выделено из местного бюджета в полном объёме.",
    "Третий абзац.", "Четвёртый абзац.", "Пятый абзац.",
]


def body_fields(paragraphs):
    fields = {"body-count": str(len(paragraphs))}
    for number, text in enumerate(paragraphs):
        fields |= {f"body-{number}-type": "paragraph", f"body-{number}-deleted": "",
                   f"body-{number}-order": str(number), f"body-{number}-id": "",
                   f"body-{number}-value": rich_text_json(text)}
    return fields


def rich_text_json(text):
    import json
    return json.dumps({"blocks": [{"key": "a1b2c", "type": "unstyled", "depth": 0,
                                   "text": text, "inlineStyleRanges": [],
                                   "entityRanges": [], "data": {}}], "entityMap": {}})


def test_an_agency_article_without_a_lead(client, demo, editor):
    section = demo.section("ru")
    article = publish(client, section, slug="agency", title="План благоустройства",
                      **body_fields(AGENCY_BODY))
    assert article.lead == ""
    summary = article.summary
    assert summary.startswith("Минский облисполком утвердил план")
    assert len(summary) <= 200 and summary.endswith(".")
    html = page(client, article.url)
    assert html.select(".article__lead") == []
    assert [p.get_text() for p in html.select(".article__body p")][:2] == AGENCY_BODY[:2]
    assert html.select_one('meta[name="description"]')["content"] == summary
    assert html.select_one('meta[property="og:description"]')["content"] == summary
    assert f'"description": "{summary}"' in html.select_one(
        'script[type="application/ld+json"]').string
    card = page(client, section.url).select_one(".news-card")
    assert card.select_one(".news-card__lead").get_text() == summary
    home_cards = page(client, demo.home("ru").url).select(".news-card__lead")
    assert summary in [lead.get_text() for lead in home_cards]
    feed = client.get(section.url + "rss/").content.decode()
    assert f"<description>{summary}</description>" in feed


def test_a_lead_still_wins(client, demo, editor):
    article = publish(client, demo.section("en"), slug="with-lead", lead="Own lead.",
                      **body_fields(["Body text."]))
    assert article.summary == "Own lead."
    assert page(client, article.url).select_one(".article__lead").get_text() == "Own lead."


def test_an_article_with_no_text_at_all_shows_no_empty_lead(client, demo, editor):
    article = publish(client, demo.section("en"), slug="empty")
    assert article.summary == ""
    html = page(client, article.url)
    assert html.select(".article__lead") == []
    card = page(client, demo.section("en").url).select_one(".news-card")
    assert card.select_one(".news-card__title").get_text() == article.title
    assert card.select_one(".news-card__lead") is None


# Slugs are capped

LONG_TITLE = ("Osipovichi district executive committee approved the plan of improvement of "
              "streets, squares, parks and courtyards for the year with forty objects in the "
              "town and in the villages of the district, including Lapichi and Yasen, and more")


def test_a_long_title_gives_a_short_slug(client, demo, editor):
    from django.utils.text import slugify

    section = demo.section("en")
    generated = slugify(LONG_TITLE)  # what the admin's script writes into the slug field
    assert len(LONG_TITLE) >= 200 and len(generated) > 60
    article = publish(client, section, title=LONG_TITLE, slug=generated, lead="Lead.")
    assert len(article.slug) <= 60
    assert generated.startswith(article.slug + "-")  # cut at a hyphen, not inside a word
    assert client.get(article.url).status_code == 200
    again = publish(client, section, title=LONG_TITLE, slug=generated, lead="Lead.")
    assert again.pk != article.pk and again.slug != article.slug and len(again.slug) <= 60
    assert client.get(again.url).status_code == 200


def test_transliterated_slugs_are_capped_too(client, demo, editor):
    slug = "ispolkom-utverdil-plan-blagoustrojstva-ulic-ploshchadej-parkov-i-dvorov-na-god"
    article = publish(client, demo.section("ru"), title="Исполком утвердил план", slug=slug)
    assert article.slug == "ispolkom-utverdil-plan-blagoustrojstva-ulic-ploshchadej"


def test_published_slugs_never_change(demo):
    article = demo.article("en")
    article.slug = "a-" * 40 + "published"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.slug == "a-" * 40 + "published"


def test_articles_made_in_code_get_capped_slugs(demo):
    section = demo.section("en")
    article = NewsArticlePage(title="Long", slug="b-" * 50 + "end", lead="Lead.")
    section.add_child(instance=article)
    assert len(article.slug) <= 60 and article.slug.startswith("b-b-")


# Pasted text gives clean paragraphs

WORD_HTML = """<p class=MsoNormal style="margin-bottom:0cm;line-height:normal"><span
style="font-size:12.0pt;font-family:'Times New Roman',serif;mso-fareast-language:RU">В
Осиповичах открыли новый спортивный комплекс.<o:p></o:p></span></p>
<p class=MsoNormal style="margin-bottom:0cm"><o:p>&nbsp;</o:p></p>
<p class=MsoNormal style="text-align:justify"><b><span style="font-size:12.0pt">Комплекс</span></b>
<span style="font-size:12.0pt;color:#1F1F1F">рассчитан на 200 посетителей.</span></p>
<p class=MsoNormal><span style="font-size:12.0pt">&nbsp;</span></p>"""

GOOGLE_DOCS_HTML = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f1c">'
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;">'
    'Первый абзац.</span></p><br>'
    '<p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;">&nbsp;</span></p>'
    '<p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;">Второй абзац.</span>'
    '</p></b><br class="Apple-interchange-newline">')


def stored_paragraphs(article):
    article.refresh_from_db()
    return "".join(block.value.source for block in article.body
                   if block.block_type == "paragraph")


@pytest.mark.parametrize(("pasted", "paragraphs"), [
    (WORD_HTML, ["В Осиповичах открыли новый спортивный комплекс.",
                 "Комплекс рассчитан на 200 посетителей."]),
    (GOOGLE_DOCS_HTML, ["Первый абзац.", "Второй абзац."]),
    ("<p>Раз.</p><p></p><p><br></p><p> &nbsp; </p><p><b><span>&nbsp;</span></b></p>"
     "<p>Два.</p>", ["Раз.", "Два."]),
])
def test_pasted_documents_are_stored_as_clean_paragraphs(demo, pasted, paragraphs):
    article = demo.article("ru")
    article.body = [("paragraph", RichText(pasted))]
    article.save()
    html = stored_paragraphs(article)
    soup = BeautifulSoup(html, "html.parser")
    assert [" ".join(p.get_text().split()) for p in soup.find_all("p")] == paragraphs
    assert "style=" not in html and "class=" not in html and "<br" not in html
    assert "<b><p" not in html and "&nbsp;" not in html.replace("\xa0", "&nbsp;")


def test_plain_text_with_blank_lines_pasted_in_the_editor(client, demo, editor):
    """Draftail turns each blank line of a plain-text paste into an empty block."""
    import json

    lines = ["Первый абзац.", "", "Второй абзац.", "", "", "Третий абзац.", " "]
    value = json.dumps({"entityMap": {}, "blocks": [
        {"key": f"k{number}", "type": "unstyled", "depth": 0, "text": text,
         "inlineStyleRanges": [], "entityRanges": [], "data": {}}
        for number, text in enumerate(lines)]})
    article = publish(client, demo.section("ru"), slug="pasted", lead="Лид.",
                      **{"body-count": "1", "body-0-type": "paragraph", "body-0-deleted": "",
                         "body-0-order": "0", "body-0-id": "", "body-0-value": value})
    html = page(client, article.url)
    assert [p.get_text() for p in html.select(".article__body p")] == [
        "Первый абзац.", "Второй абзац.", "Третий абзац."]
    assert article.revisions.count() == 1
    assert "<p" + ' data-block-key="k1"' not in stored_paragraphs(article)


# Publish is the main button

def main_action(client, url):
    footer = page(client, url).select_one("footer")
    button = footer.select_one('button[type="submit"]')
    return button.get("name"), " ".join(button.get_text().split())


def test_publish_is_the_main_button_for_news_editors(client, demo, editor):
    add_url = f"/admin/pages/add/news/newsarticlepage/{demo.section('ru').pk}/"
    assert main_action(client, add_url)[0] == "action-publish"
    edit_url = f"/admin/pages/{demo.article('ru').pk}/edit/"
    assert main_action(client, edit_url)[0] == "action-publish"


def test_save_draft_stays_the_main_button_for_those_who_may_not_publish(client, demo):
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    user = get_user_model().objects.create_user("author", password="x")
    group = Group.objects.create(name="Authors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=demo.section("ru"),
            permission=Permission.objects.get(codename=permission))
    user.groups.add(group)
    client.force_login(user)
    add_url = f"/admin/pages/add/news/newsarticlepage/{demo.section('ru').pk}/"
    name, _label = main_action(client, add_url)
    assert name != "action-publish"


# The day alone is enough

@pytest.mark.parametrize("entered", ["2036-02-16", "16.02.2036"])
def test_the_day_alone_is_a_publication_date(client, demo, editor, entered):
    article = publish(client, demo.section("ru"), slug="by-day", lead="Лид.", date=entered)
    local = timezone.localtime(article.date)
    assert (local.date().isoformat(), local.hour, local.minute) == ("2036-02-16", 0, 0)
    assert page(client, article.url).select_one(".article__date time").get_text() == (
        "16 февраля 2036")


def picker_config(client, url):
    import json
    import re

    script = re.search(r'initDateTimeChooser\("id_date", (\{.*?\})\);', client.get(url)
                       .content.decode())
    return json.loads(script.group(1))


def test_the_date_picker_steps_by_five_minutes_and_never_rewrites_a_typed_date(
        client, demo, editor):
    add_url = f"/admin/pages/add/news/newsarticlepage/{demo.section('ru').pk}/"
    config = picker_config(client, add_url)
    # The picker's own check would put today in place of 16.02.2023; the form checks instead.
    assert (config["step"], config["format"], config["validateOnBlur"]) == (5, "d.m.Y H:i", False)


def test_the_other_fields_keep_wagtails_widgets(client, demo, editor):
    """The form's own date field must not cost the slug its script (it follows the title)."""
    form = page(client, f"/admin/pages/add/news/newsarticlepage/{demo.section('ru').pk}/")
    assert form.select_one("#id_slug")["data-controller"] == "w-slug"


def date_line(client, article):
    return page(client, article.url).select_one(".article__date time").get_text()


@pytest.mark.parametrize(("entered", "show_time", "shown"), [
    ("16.02.2036", "", "16 февраля 2036"),
    ("16.02.2036", "on", "16 февраля 2036"),  # no time was given to show
    ("16.02.2036 09:35", "on", "16 февраля 2036, 09:35"),
    ("16.02.2036 09:35", "", "16 февраля 2036"),
    (" 2036-02-16T09:35 ", "on", "16 февраля 2036, 09:35"),
    ("2036-02-16 09:35:00", "on", "16 февраля 2036, 09:35"),
])
def test_typed_publication_dates(client, demo, editor, entered, show_time, shown):
    fields = {"show_time": show_time} if show_time else {}
    article = publish(client, demo.section("ru"), slug="typed", lead="Лид.", date=entered,
                      **fields)
    assert date_line(client, article) == shown


def test_an_english_admin_takes_the_day_as_typed_in_belarus(client, demo, editor):
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=editor).update(preferred_language="en")
    UserProfile.objects.get_or_create(user=editor, defaults={"preferred_language": "en"})
    article = publish(client, demo.section("en"), slug="typed", lead="Lead.", date="03.04.2036")
    assert date_line(client, article) == "3 April 2036"


@pytest.mark.parametrize("entered", [
    "31.02.2036", "16.02.2036 25:00", "вчера", "16/02/2036", "16.02.0001", "01.01.0001 00:00",
    "31.12.9999 23:59", "9" * 500, "16.02.2036\x00",
])
def test_a_wrong_date_is_a_clear_form_error(client, demo, editor, entered):
    section = demo.section("ru")
    before = NewsArticlePage.objects.count()
    response = client.post(f"/admin/pages/add/news/newsarticlepage/{section.pk}/",
                           add_form(slug="wrong", date=entered))
    assert response.status_code == 200
    assert NewsArticlePage.objects.count() == before
    field = BeautifulSoup(response.content, "html.parser").select_one("#id_date").find_parent(
        class_="w-field")
    error = " ".join(field.select_one(".w-field__errors").get_text().split())
    assert "16.02.2023 09:30" in error  # says how to write it


def edit(client, article, **fields):
    response = client.post(f"/admin/pages/{article.pk}/edit/",
                           add_form(title=article.title, slug=article.slug, lead="Лид.")
                           | fields)
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    return article


def shown_in_the_field(client, article):
    form = page(client, f"/admin/pages/{article.pk}/edit/")
    return form.select_one("#id_date")["value"]


def test_the_field_shows_what_readers_see_and_a_resave_keeps_the_place(client, demo, editor):
    article = publish(client, demo.section("ru"), slug="kept", lead="Лид.",
                      date="16.02.2036 09:35")
    placed = article.date
    assert shown_in_the_field(client, article) == "16.02.2036"
    assert edit(client, article, date="16.02.2036").date == placed  # same day, same place
    article = edit(client, article, date="16.02.2036", show_time="on")
    assert (article.date, date_line(client, article)) == (placed, "16 февраля 2036, 09:35")
    assert shown_in_the_field(client, article) == "16.02.2036 09:35"
    article = edit(client, article, date="17.02.2036")  # another day: its midnight
    local = timezone.localtime(article.date)
    assert (local.day, local.hour, local.minute, article.show_time) == (17, 0, 0, False)


def test_a_day_alone_of_today_lists_above_todays_earlier_news(client, demo, editor):
    section = demo.section("ru")
    today = timezone.localtime()
    earlier = publish(client, section, slug="earlier", title="Утренняя новость", lead="Лид.",
                      date=today.replace(hour=0, minute=5).strftime("%d.%m.%Y %H:%M"))
    form = page(client, f"/admin/pages/add/news/newsarticlepage/{section.pk}/")
    assert form.select_one("#id_date")["value"] == today.strftime("%d.%m.%Y")
    latest = publish(client, section, slug="latest", title="Свежая новость", lead="Лид.",
                     date=today.strftime("%d.%m.%Y"))
    titles = [a.get_text() for a in page(client, section.url).select(".news-card__title a")]
    assert titles.index("Свежая новость") < titles.index("Утренняя новость")
    assert latest.date > earlier.date
    assert date_line(client, latest) == date_line(client, earlier).split(",")[0]
