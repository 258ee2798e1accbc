"""Reading the article pages of an OLD district site (issue 14, section 2): dates as the old
sites print them, the templates of the old CMS (family A, family B, /special/, /printv/),
the extraction library for any other page, and pages that are not articles.

The pages here are small ones written in the families' markup; the saved mirrors under
tests/fixtures/legacy/ are read at the end, against their hand-written expected text.
Run with -s to see the token F1 of every mirrored file and the minimum and mean per method."""

import datetime
import json
import random
from pathlib import Path
from statistics import mean
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from ispolkom.syndication.legacy.dates import parse_date
from ispolkom.syndication.legacy.extract import (
    NotAnArticle,
    extract_article,
    plain_body_text,
    token_f1,
)

MINSK = ZoneInfo("Europe/Minsk")
LEGACY = Path(__file__).parent / "fixtures" / "legacy"
HOSTS = {"old-site": "old.osipovichi.example", "old-site-by": "old.district.example"}
SITE = "http://old.osipovichi.example"
ARTICLE_URL = f"{SITE}/ru/news-rayon-ru/view/novyj-skver-15636/"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


# Dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("29 апреля 2020", datetime.date(2020, 4, 29)),
    ("Опубликовано 3 мая 2021 г.", datetime.date(2021, 5, 3)),
    ("1 СЕНТЯБРЯ 2022 года", datetime.date(2022, 9, 1)),
    ("16 февр. 2023", datetime.date(2023, 2, 16)),
    ("16 лютага 2023", datetime.date(2023, 2, 16)),
    ("2 студзеня 2024", datetime.date(2024, 1, 2)),
    ("9 траўня 2024", datetime.date(2024, 5, 9)),
    ("21 жніўня 2023", datetime.date(2023, 8, 21)),
    ("1 верасня 2023", datetime.date(2023, 9, 1)),
    ("1 верасьня 2023", datetime.date(2023, 9, 1)),
    ("31 сьнежня 2022", datetime.date(2022, 12, 31)),
    ("7 лістапада 2019", datetime.date(2019, 11, 7)),
    ("Снежань 5, 2021", datetime.date(2021, 12, 5)),
    ("16 лiпеня 2023", datetime.date(2023, 7, 16)),  # a Latin "i" typed for "і"
    ("16 February 2023", datetime.date(2023, 2, 16)),
    ("16 Feb 2023", datetime.date(2023, 2, 16)),
    ("February 16, 2023", datetime.date(2023, 2, 16)),
    ("16 SEPT 2023", datetime.date(2023, 9, 16)),
    ("06.02.2025", datetime.date(2025, 2, 6)),
    ("6.2.2025", datetime.date(2025, 2, 6)),
    ("2024-08-13", datetime.date(2024, 8, 13)),
])
def test_dates_without_a_time_are_dates(text, expected):
    assert parse_date(text) == (expected, False)


@pytest.mark.parametrize("text", [
    "13.08.2024 | 14:44", "13.08.2024, 14:44", "13.08.2024 14:44", "2024-08-13T14:44:00+03:00",
    "2024-08-13T11:44:00Z", "2024-08-13T14:44", "13 августа 2024, 14:44", "13 жніўня 2024 14:44",
    "13 August 2024 at 14:44",
])
def test_dates_with_a_time_are_aware_in_minsk(text):
    value, has_time = parse_date(text)
    assert has_time
    assert value == datetime.datetime(2024, 8, 13, 14, 44, tzinfo=MINSK)
    assert value.utcoffset() == datetime.timedelta(hours=3)


def test_an_impossible_date_is_passed_over_for_the_next():
    assert parse_date("31.02.2024, перенесено на 01.03.2024") == (datetime.date(2024, 3, 1), False)
    assert parse_date("30 февраля 2024") is None
    assert parse_date("2024-02-30") is None
    assert parse_date("13.08.2024 | 25:70") == (datetime.date(2024, 8, 13), False)


@pytest.mark.parametrize("text", [
    "", None, "Просмотров: 134", "16 февраля, Минск /Корр. БЕЛТА/.", "решение № 392",
    "12 бананов 2023", "99.99.2024", "tel. 8 (02235) 2-00-00", "© 2024",
])
def test_text_without_a_date(text):
    assert parse_date(text) is None


def test_the_first_date_wins():
    assert parse_date("Дата: 16.02.2023. Обновлено 17 февраля 2023")[0] == datetime.date(
        2023, 2, 16)


# Pages in the families' markup ---------------------------------------------------------------

CHROME_TOP = """<div class="header"><img src="/images/site/gerb.png" alt="Герб">
<div class="site_name">Осиповичский районный исполнительный комитет</div>
<div class="contacts">г. Осиповичи, ул. Сумченко, 51. Приемная: 8 (02235) 2-00-00.
Прием граждан 04.03.2023</div>
<a href="/special/ru/news-rayon-ru/">Версия для слабовидящих</a>
<a href="/ru/">Рус</a> | <a href="/be/">Бел</a> | <a href="/en/">Eng</a></div>
<ul class="top_menu"><li><a href="/ru/odno-okno-ru/">Одно окно</a></li>
<li><a href="/ru/obrashcheniya-ru/">Обращения граждан</a></li></ul>
<div class="left_menu"><a href="/ru/docs-ru/">Официальные документы</a>
<a href="/ru/afisha-ru/">Афиша на 01.03.2023</a></div>"""
CHROME_AFTER = """<div class="share">Поделиться: <a href="https://vk.com/share">VK</a></div>
<a href="/printv/ru/news-rayon-ru/view/novyj-skver-15636/">Версия для печати</a>
<div class="news_tags">Теги: благоустройство, сквер</div><div>Просмотров: 134</div>"""
OTHER_NEWS = """<div class="right_col"><h3>Другие новости</h3>
<div class="news_title"><a href="/ru/news-rayon-ru/view/subbotnik-15600/">Субботник</a></div>
<span class="news_date">12 февраля 2023</span>
<div class="news_title"><a href="/ru/news-rayon-ru/view/yarmarka-15590/">Ярмарка</a></div>
<span class="news_date">10 февраля 2023</span></div>
<div class="banners"><img src="/images/site/banner-belarus.jpg" alt="Баннер">
<img src="/counter/hit.gif" width="1" height="1"></div>
<div class="footer">г. Осиповичи, ул. Сумченко, 51 © 2024</div>"""
BODY = """<p>В субботу на улице Сумченко открыли <strong>новый сквер</strong>: дорожки,
скамейки и детская площадка появились на месте пустыря.</p>
<p><a href="/images/news/skver-big.jpg"><img src="/images/news/skver.jpg" alt="Сквер"></a></p>
<p class="img_caption">Сквер в день открытия</p>
<p>Работы вели <em>коммунальщики</em> и <a href="/ru/news-rayon-ru/view/subbotnik-15600/">
волонтеры</a> из трудовых коллективов района.</p>
<h3>Что появилось</h3>
<ul><li>сорок лип;</li><li>двенадцать скамеек.</li></ul>
<div class="photo"><img src="../../../../images/news/lipy.jpg" alt="Липы">
<div class="photo_caption">Липы вдоль аллеи</div></div>
<table><tr><th>Что</th><th>Сколько</th></tr><tr><td>Липы</td><td>40</td></tr></table>
<p>Решение райисполкома: <a href="/files/reshenie-392.pdf">Скачать решение (PDF, 120 КБ)</a>,
план: <a href="/files/plan.docx">план работ</a>.</p>"""
BODY_TEXT = """В субботу на улице Сумченко открыли новый сквер: дорожки, скамейки и детская
площадка появились на месте пустыря.
Работы вели коммунальщики и волонтеры из трудовых коллективов района.
Что появилось
сорок лип;
двенадцать скамеек.
Что Сколько
Липы 40
Решение райисполкома: Скачать решение (PDF, 120 КБ), план: план работ."""
TITLE = "В Осиповичах открыли новый сквер"
IMAGES = [(f"{SITE}/images/news/skver.jpg", "Сквер в день открытия"),
          (f"{SITE}/images/news/lipy.jpg", "Липы вдоль аллеи")]
ATTACHMENTS = [(f"{SITE}/files/reshenie-392.pdf", "Скачать решение (PDF, 120 КБ)"),
               (f"{SITE}/files/plan.docx", "план работ")]


def page(content, head='<meta charset="utf-8">', title="Новости района - Осиповичский РИК"):
    return (f'<!DOCTYPE html><html lang="ru"><head>{head}<title>{title}</title></head>'
            f"<body>{content}</body></html>")


FAMILY_A = page(f"""{CHROME_TOP}<div class="content">
<div class="breadcrumbs"><a href="/ru/">Главная</a> / <a href="/ru/news-ru/">Новости</a> /
<a href="/ru/news-rayon-ru/">Новости района</a> /</div>
<h1 class="news_view_title">В Осиповичах  открыли
 новый сквер</h1><div class="news_view_date">16 февраля 2023</div>
<div class="news_view_text">{BODY}</div>{CHROME_AFTER}</div>{OTHER_NEWS}""")
FAMILY_B = page(f"""{CHROME_TOP}<div class="content_left">
<div class="breadcrumbs">Главная / Новости / Новости района /</div>
<h1>{TITLE}</h1><div class="date">13.08.2024 | 14:44</div>{BODY}{CHROME_AFTER}</div>
<div class="content_right">{OTHER_NEWS}</div>""")
SPECIAL = page(f"""<div class="special_panel"><b>Настройки</b>
<div>Настройки шрифта: <a href="?font=arial">Arial</a> | <a href="?font=times">Times New Roman</a>
</div><div>Размер шрифта: <a href="?size=1">A</a> <a href="?size=2">A</a> <a href="?size=3">A</a>
</div><div>Межбуквенное расстояние: Стандартное | Увеличенное | Большое</div>
<div>Цветовая схема: Черным по белому | Белым по черному</div></div>
<div class="site_name">Осиповичский районный исполнительный комитет</div>
<div class="breadcrumbs">Главная / Новости / Новости района</div>
<div class="special_content"><div class="date">16 февраля 2023</div><h1>{TITLE}</h1>
<div>{BODY.replace("../", "../../", 1)}</div>{CHROME_AFTER}</div>
<div class="footer">© 2024</div>""")
PRINT = page(f"""<div class="print_header">Осиповичский районный исполнительный комитет
<img src="/images/site/gerb.png" alt="Герб"></div><h1>{TITLE}</h1><p>06.02.2025</p>
{BODY.replace("../", "../../", 1)}
<p><a href="javascript:window.print()">Печать</a></p><div class="print_footer">© 2024
Осиповичский райисполком</div>""")
NEWER = page(f"""<header class="site-header"><img src="/static/img/gerb.svg" alt="Герб">
<a href="/">Осиповичский районный исполнительный комитет</a>
<nav><a href="/ru/">Главная</a> <a href="/ru/novosti/">Новости</a>
<a href="/ru/dokumenty/">Документы</a> <a href="/ru/obrashcheniya/">Обращения</a></nav></header>
<main><article><header><h1>{TITLE}</h1>
<time datetime="2024-08-13T14:44:00+03:00">13 августа 2024</time></header>
<p>В субботу на улице Сумченко открыли новый сквер: дорожки, скамейки и детская площадка
появились на месте пустыря, который годами зарастал бурьяном и мусором.</p>
<figure><img src="/media/news/skver.jpg" alt="Сквер"><figcaption>Сквер в день открытия
</figcaption></figure>
<p>Работы вели коммунальщики и волонтеры из трудовых коллективов района. Посадили сорок лип
и кусты сирени, установили освещение и урны вдоль всех дорожек сквера.</p>
<p>Весь план благоустройства на год: <a href="/media/files/plan.pdf">план (PDF)</a>. Жители
могут предложить свои места для новых скверов через сайт или по телефону горячей линии.</p>
</article>
<aside><h3>Другие новости</h3><ul><li><a href="/ru/novosti/view/a-1">Субботник</a>
<time datetime="2024-08-12">12 августа</time></li></ul></aside></main>
<footer>Осиповичи, ул. Сумченко, 51 © 2024</footer>""",
               head='<meta charset="utf-8"><meta property="og:title" content="Сквер">',
               title=f"{TITLE} | Осиповичский районный исполнительный комитет")


def test_family_a():
    article = extract_article(FAMILY_A.encode(), ARTICLE_URL, "text/html; charset=utf-8")
    assert article.method == "family"
    assert article.title == TITLE
    assert (article.published, article.has_time) == (datetime.date(2023, 2, 16), False)
    assert_body(article)


def test_family_b_in_windows_1251():
    content = FAMILY_B.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251")
    article = extract_article(content, f"{SITE}/ru/news_raion/view/novyj-skver-1000012345/")
    assert article.method == "family"
    assert article.title == TITLE
    assert article.published == datetime.datetime(2024, 8, 13, 14, 44, tzinfo=MINSK)
    assert article.has_time
    assert_body(article)


def test_special_version_with_its_panel():
    article = extract_article(SPECIAL, f"{SITE}/special{ARTICLE_URL[len(SITE):]}")
    assert (article.title, article.method) == (TITLE, "family")
    assert article.published == datetime.date(2023, 2, 16)
    assert_body(article)
    assert "Цветовая" not in article.body_html


def test_print_version():
    article = extract_article(PRINT.encode(), f"{SITE}/printv{ARTICLE_URL[len(SITE):]}")
    assert (article.title, article.method) == (TITLE, "family")
    assert article.published == datetime.date(2025, 2, 6)
    assert_body(article)
    assert "Печать" not in article.body_html


def assert_body(article):
    """The body of BODY: text, images in place with their captions folded in, links made
    absolute, files as attachments, and nothing of the chrome."""
    assert plain_body_text(article.body_html) == " ".join(BODY_TEXT.split(" ")).replace(
        "детская\nплощадка", "детская площадка")
    assert article.images == IMAGES
    assert article.attachments == ATTACHMENTS
    body = BeautifulSoup(article.body_html, "html.parser")
    figures = body.find_all("figure")
    assert [(figure.img["src"], figure.figcaption.get_text()) for figure in figures] == IMAGES
    assert figures[0].find_previous_sibling("p").get_text().startswith("В субботу")
    assert figures[0].find_next_sibling("p").get_text().startswith("Работы")
    assert figures[1].find_previous_sibling().name == "ul"
    assert not body.find(class_=True) and not body.find(style=True)
    assert body.find("strong").get_text() == "новый сквер"
    assert body.find("em").get_text() == "коммунальщики"
    assert body.find("h3").get_text() == "Что появилось"
    assert [a["href"] for a in body.find_all("a")] == [
        f"{SITE}/ru/news-rayon-ru/view/subbotnik-15600/", *(url for url, _text in ATTACHMENTS)]
    text = body.get_text()
    for chrome in ("Поделиться", "Версия для печати", "Теги", "Просмотров", "Другие новости",
                   "Главная", "Одно окно", "Осиповичский", "©", "Субботник", TITLE,
                   "16 февраля", "13.08.2024", "06.02.2025", "Сквер в день открытия"):
        assert chrome not in plain_body_text(article.body_html), chrome
    assert "Сквер в день открытия" in text  # as the figure's caption only


def test_fallback_for_an_unknown_newer_template():
    article = extract_article(NEWER.encode(), f"{SITE}/ru/novosti/view/novyj-skver-23083/")
    assert article.method == "fallback"
    assert article.title == TITLE  # the heading, not og:title or <title>
    assert article.published == datetime.datetime(2024, 8, 13, 14, 44, tzinfo=MINSK)
    assert article.images == [(f"{SITE}/media/news/skver.jpg", "Сквер в день открытия")]
    assert article.attachments == [(f"{SITE}/media/files/plan.pdf", "план (PDF)")]
    text = plain_body_text(article.body_html)
    assert text.startswith("В субботу на улице Сумченко")
    assert "освещение" in text and "горячей линии" in text
    for chrome in ("Другие новости", "Субботник", "Документы", "©", TITLE, "Сквер в день"):
        assert chrome not in text, chrome
    figure = BeautifulSoup(article.body_html, "html.parser").figure
    assert figure.figcaption.get_text() == "Сквер в день открытия"
    assert figure.find_previous_sibling("p").get_text().startswith("В субботу")


def test_fallback_title_without_a_heading_is_the_title_without_the_site_name():
    content = NEWER.replace("<h1>", "<div>").replace("</h1>", "</div>").replace(
        '<meta property="og:title" content="Сквер">', "")
    article = extract_article(content, f"{SITE}/ru/novosti/view/novyj-skver-23083/")
    assert article.title == TITLE


def test_site_images_are_never_article_images():
    body = ('<p>Текст новости о районе, достаточно длинный для статьи.</p>'
            '<p><img src="/images/site/gerb.png" alt="Герб"></p>'
            '<img src="/images/banners/belarus.jpg"><img src="/counter/x.gif" width="1">'
            '<img src="data:image/png;base64,AAAA"><p><img src="/images/news/a.jpg" alt="А"></p>')
    content = page(f'<h1 class="news_view_title">{TITLE}</h1><div class="news_view_text">'
                   f"{body}</div>")
    article = extract_article(content, ARTICLE_URL)
    assert article.images == [(f"{SITE}/images/news/a.jpg", "А")]  # no caption: the alt
    assert article.body_html.count("<img") == 1
    assert "<figcaption>" not in article.body_html


def test_a_date_line_at_the_top_of_the_body_is_the_date():
    content = page(f'<h1 class="news_view_title">{TITLE}</h1><div class="news_view_text">'
                   "<p>16 лютага 2023</p><p>Тэкст навіны пра раён.</p></div>")
    article = extract_article(content, ARTICLE_URL)
    assert article.published == datetime.date(2023, 2, 16)
    assert plain_body_text(article.body_html) == "Тэкст навіны пра раён."


def test_no_date_on_the_page_is_no_date():
    """The header's and menus' dates are not the article's."""
    content = FAMILY_A.replace('<div class="news_view_date">16 февраля 2023</div>', "")
    article = extract_article(content, ARTICLE_URL)
    assert (article.published, article.has_time) == (None, False)


def test_a_heading_with_markup_inside():
    content = page('<h1 class="news_view_title">Сквер <em>«Лесной»</em>, от<b>крыт</b><br>'
                   'весной</h1><div class="news_view_text"><p>Текст.</p></div>')
    assert extract_article(content, ARTICLE_URL).title == "Сквер «Лесной», открыт весной"


def test_base_href_and_relative_links():
    content = page(f'<h1 class="news_view_title">{TITLE}</h1><div class="news_view_text">'
                   '<p><a href="files/a.odt">Документ</a> и <a href="#top">наверх</a> и '
                   '<a href="javascript:alert(1)">скрипт</a></p></div>',
                   head='<meta charset="utf-8"><base href="http://old.example/ru/">')
    article = extract_article(content, ARTICLE_URL)
    assert article.attachments == [("http://old.example/ru/files/a.odt", "Документ")]
    assert article.body_html == ('<p><a href="http://old.example/ru/files/a.odt">Документ</a>'
                                 " и наверх и скрипт</p>")


@pytest.mark.parametrize(("content_type", "encoded"), [
    (None, lambda html: html.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251")),
    ("text/html; charset=windows-1251", lambda html: html.replace(
        '<meta charset="utf-8">', "").encode("cp1251")),
    (None, lambda html: html.replace('<meta charset="utf-8">', "").encode("cp1251")),
    # UTF-8 bytes that claim to be windows-1251
    ("text/html; charset=windows-1251", lambda html: html.encode("utf-8")),
    (None, lambda html: html.replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    ).encode("utf-8")),
    (None, lambda html: b"\xef\xbb\xbf" + html.encode("utf-8")),
    ("text/html", lambda html: html.encode("utf-16")),
])
def test_encodings(content_type, encoded):
    article = extract_article(encoded(FAMILY_A), ARTICLE_URL, content_type)
    assert article.title == TITLE
    assert "коммунальщики" in article.body_html


# Pages that are not articles --------------------------------------------------------------

LIST_A = page(f"""{CHROME_TOP}<div class="content"><h1>Новости района</h1>
{"".join(f'''<div class="news_title"><a href="/ru/news-rayon-ru/view/n-{n}/">Новость {n}</a>
</div><span class="news_date">{n} февраля 2023</span><p>Короткий анонс новости.</p>'''
         for n in range(1, 6))}<a href="/ru/news-rayon-ru/page/2/">2</a></div>{OTHER_NEWS}""")
LIST_B = page("""<div class="content_left"><div class="breadcrumbs">Главная / Новости /</div>
<h1>Новости района</h1><div class="item"><span class="news_date">13.08.2024 | 14:44</span>
<a class="news_item" href="/ru/news_raion/view/n-1000012400/">Одна новость</a>
<p>Анонс единственной новости на последней странице списка.</p></div></div>""")
LIST_NEWER = page("<main><h1>Новости</h1>" + "".join(
    f'<article><h2><a href="/ru/novosti/view/n-{n}">Новость {n}</a></h2>'
    f"<time datetime='2024-08-1{n}'>1{n} августа</time><p>Анонс новости номер {n}.</p></article>"
    for n in range(1, 6)) + "</main>")


@pytest.mark.parametrize(("content", "path"), [
    (LIST_A, "/ru/news-rayon-ru/"), (LIST_A, "/ru/news-rayon-ru/page/2/"),
    (LIST_A, "/special/ru/news-rayon-ru/"), (LIST_B, "/ru/news_raion"),
    (LIST_NEWER, "/ru/novosti/"),
])
def test_a_list_page_is_not_an_article(content, path):
    with pytest.raises(NotAnArticle, match="list of news"):
        extract_article(content.encode(), SITE + path)


def test_other_news_inside_the_content_column_is_not_the_body():
    other = OTHER_NEWS.split("</div>\n<div class=\"banners\">")[0].replace(
        '<div class="right_col">', "<div>")
    content = FAMILY_B.replace(CHROME_AFTER, CHROME_AFTER + other + "</div>")
    article = extract_article(content, f"{SITE}/ru/news_raion/view/novyj-skver-1000012345/")
    assert "Субботник" not in article.body_html
    assert article.images == IMAGES


def test_a_page_without_article_text():
    content = page("<main><h1>Страница не найдена</h1></main>")
    with pytest.raises(NotAnArticle):
        extract_article(content, f"{SITE}/ru/novosti/view/net-takoj-1/")


HUGE_NESTING = "<html><body>" + "<div>" * 100_000 + "текст" + "</div>" * 100_000
ODD_INPUTS = [
    b"", "", None, b"   \n", b"\x00" * 100, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "just some words, no markup at all",
    "<html></html>", "<html><body></body></html>", "<h1></h1><p></p>", "<p>Только текст</p>",
    HUGE_NESTING, HUGE_NESTING.encode(), "<h1>" * 50_000, "<table>" * 20_000 + "<td>x",
    "<html><body><h1>Заголовок" + "<p>абзац" * 3_000,
    b'<meta charset="no-such-charset"><h1>\xff\xfe\xfa</h1><p>\xc0\xc1\xc2</p>',
    b'<meta charset="utf-8"><h1>\xff\xfe\xfa</h1>', '<meta charset="utf-16"><h1>x</h1>',
    "<h1 class='news_view_title'></h1><div class='news_view_text'></div>",
    "<div class='content_left'><h1>Заголовок</h1></div>",
    "<html><body><img src='http://[::1'></body></html>",
    "<h1 class='news_view_title'>T</h1><div class='news_view_text'><a href='http://[x'>a</a>"
    "<img src='http://a.example:99999/x.jpg'><img src='//[bad/x.jpg'></div>",
]


@pytest.mark.parametrize("content", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_odd_inputs_raise_only_not_an_article(content):
    try:
        article = extract_article(content, ARTICLE_URL)
    except NotAnArticle as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert article.title and isinstance(article.body_html, str)


def test_random_bytes_raise_only_not_an_article():
    chance = random.Random(14)
    fragments = [FAMILY_A.encode(), FAMILY_B.encode("cp1251", "replace"), NEWER.encode()]
    for _round in range(30):
        content = bytearray(chance.choice(fragments))
        for _cut in range(chance.randrange(1, 30)):
            position = chance.randrange(len(content))
            content[position:position + chance.randrange(1, 200)] = chance.randbytes(
                chance.randrange(0, 20))
        try:
            extract_article(bytes(content), ARTICLE_URL, chance.choice([None, "text/html"]))
        except NotAnArticle:
            pass


@pytest.mark.parametrize("content_type", ["application/pdf", "image/jpeg", "application/json"])
def test_a_file_that_is_not_html(content_type):
    with pytest.raises(NotAnArticle, match="not HTML"):
        extract_article(FAMILY_A.encode(), ARTICLE_URL, content_type)


# Measuring ------------------------------------------------------------------------------------

def test_plain_body_text_leaves_out_captions():
    html = ("<h2>Итоги</h2><p>Первый <b>абзац</b><br>вторая строка</p><figure><img src='x'>"
            "<figcaption>Подпись</figcaption></figure><ul><li>раз</li><li>два</li></ul>")
    assert plain_body_text(html) == "Итоги\nПервый абзац\nвторая строка\nраз\nдва"
    assert plain_body_text("") == ""


def test_token_f1():
    assert token_f1("", "") == 1.0
    assert token_f1("Новый сквер", "") == 0.0
    assert token_f1("Новый сквер, открыт!", "новый СКВЕР открыт") == 1.0
    assert token_f1("раз два три четыре", "раз два") == pytest.approx(2 / 3)
    assert token_f1("да да нет", "да нет нет") == pytest.approx(2 / 3)  # counts, not sets


# The saved mirrors, against their hand-written expected text ------------------------------

def mirrored_articles():
    expected = LEGACY / "expected.json"
    if not expected.exists():
        return []
    return json.loads(expected.read_text(encoding="utf-8"))


def mirrored_lists():
    lists = LEGACY / "lists.json"
    if not lists.exists():
        return []
    return [(listed["mirror"], file) for listed in json.loads(lists.read_text(encoding="utf-8"))
            for file in listed["files"]]


@pytest.mark.skipif(not mirrored_lists(), reason="the saved mirrors are not there yet")
@pytest.mark.parametrize(("mirror", "file"), mirrored_lists(),
                         ids=[file for _mirror, file in mirrored_lists()] or None)
def test_mirrored_list_pages_are_not_articles(mirror, file):
    with pytest.raises(NotAnArticle, match="list of news"):
        extract_article((LEGACY / mirror / file).read_bytes(), file_url(mirror, file))


def file_url(mirror, file):
    """The address the mirrored file was saved from (as wget --mirror names files)."""
    path = "/" + file
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    elif path.endswith(".html"):
        path = path[: -len(".html")]
    return f"http://{HOSTS[mirror]}{path}"


def expected_date(text):
    if "T" in text:
        return datetime.datetime.fromisoformat(text).replace(tzinfo=MINSK), True
    return datetime.date.fromisoformat(text), False


MIRRORED = [(article, file) for article in mirrored_articles() for file in article["files"]]
SCORES = []  # (F1, method, file) of every mirrored file read


@pytest.mark.skipif(not MIRRORED, reason="the saved mirrors are not there yet")
@pytest.mark.parametrize(("expected", "file"), MIRRORED,
                         ids=[file for _article, file in MIRRORED] or None)
def test_mirrored_article(expected, file):
    host = f"http://{HOSTS[expected['mirror']]}"
    content = (LEGACY / expected["mirror"] / file).read_bytes()
    article = extract_article(content, file_url(expected["mirror"], file))
    score = token_f1(expected["body"], plain_body_text(article.body_html))
    SCORES.append((score, article.method, f"{expected['mirror']}/{file}"))
    assert article.title == expected["title"]
    assert (article.published, article.has_time) == expected_date(expected["date"])
    assert [url for url, _caption in article.images] == [
        host + image["src"] for image in expected["images"]]
    for (_url, caption), image in zip(article.images, expected["images"], strict=True):
        assert caption == (image["caption"] or caption)
    assert article.attachments == [(host + attachment["href"], attachment["label"])
                                   for attachment in expected["attachments"]]
    assert score >= 0.95, plain_body_text(article.body_html)


@pytest.mark.skipif(not MIRRORED, reason="the saved mirrors are not there yet")
def test_mirrored_quality_report():
    """The figures for the closing note: run with -s after the mirrored articles."""
    if not SCORES:
        pytest.skip("run together with test_mirrored_article")
    for score, method, file in sorted(SCORES):
        print(f"{score:.3f} {method:8} {file}")
    for method in ("family", "fallback"):
        scores = [score for score, used, _file in SCORES if used == method]
        if scores:
            print(f"{method}: {len(scores)} files, F1 min {min(scores):.3f}, "
                  f"mean {mean(scores):.3f}")
    assert min(score for score, _method, _file in SCORES) >= 0.95
