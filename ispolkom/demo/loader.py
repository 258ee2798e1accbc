"""Builds the Osipovichi demo site: identity, three language trees, pages and news."""

import datetime

from anyascii import anyascii
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from ispolkom.core.editors import ensure_news_editor_group
from ispolkom.core.models import DistrictIdentity, HomePage, SiteMapPage, StandardPage
from ispolkom.news.models import NewsArticlePage, NewsIndexPage, NewsSectionPage

from . import content, images

LANGUAGES = ("ru", "be", "en")

IDENTITY = {
    "name_ru": "Осиповичский районный исполнительный комитет",
    "name_be": "Асіповіцкі раённы выканаўчы камітэт",
    "name_en": "Osipovichi District Executive Committee",
    "address_ru": "213760, Могилевская область, г. Осиповичи, ул. Сумченко, 37",
    "address_be": "213760, Магілёўская вобласць, г. Асіповічы, вул. Сумчанкі, 37",
    "address_en": "37 Sumchenko Street, Osipovichi, Mogilev Region, 213760",
    "reception_phone": "+375 2235 2-57-44",
    "press_phone": "+375 2235 2-79-30",
    "hotline_phone": "+375 2235 2-68-82",
    "working_hours_ru": "пн–пт 8:00–17:00, обед 13:00–14:00",
    "working_hours_be": "пн–пт 8:00–17:00, абед 13:00–14:00",
    "working_hours_en": "Mon–Fri 8:00–17:00, lunch 13:00–14:00",
    "email": "ispolkom@osipovichi.gov.by",
}

HOME = {
    "ru": ("Главная", "Официальный сайт Осиповичского районного исполнительного комитета."),
    "be": ("Галоўная", "Афіцыйны сайт Асіповіцкага раённага выканаўчага камітэта."),
    "en": ("Main", "The official website of the Osipovichi District Executive Committee."),
}
NEWS_INDEX = {"ru": "Новости", "be": "Навіны", "en": "News"}
SECTIONS = {
    "district": {"ru": "Новости района", "be": "Навіны раёна", "en": "District news"},
    "region": {"ru": "Новости области", "be": "Навіны вобласці", "en": "Region news"},
    "republic": {"ru": "Новости республики", "be": "Навіны рэспублікі", "en": "Republic news"},
}
SITE_MAP = {"ru": "Карта сайта", "be": "Карта сайта", "en": "Site map"}
# Alternative text of the drawn illustrations (ispolkom.demo.images), per language.
SCENE_ALT = {
    "field": {"ru": "Рисунок: поле до горизонта под голубым небом",
              "be": "Малюнак: поле да гарызонту пад блакітным небам",
              "en": "Drawing: a field stretching to the horizon under a blue sky"},
    "school": {"ru": "Рисунок: кирпичные здания школы на зелёной лужайке",
               "be": "Малюнак: цагляныя будынкі школы на зялёным лужку",
               "en": "Drawing: brick school buildings on a green lawn"},
    "park": {"ru": "Рисунок: ели в городском парке",
             "be": "Малюнак: елкі ў гарадскім парку",
             "en": "Drawing: fir trees in a town park"},
    "factory": {"ru": "Рисунок: корпуса предприятия на сером фоне",
                "be": "Малюнак: карпусы прадпрыемства на шэрым фоне",
                "en": "Drawing: factory buildings against a grey sky"},
    "road": {"ru": "Рисунок: дорога с разметкой уходит к горизонту",
             "be": "Малюнак: дарога з разметкай сыходзіць да гарызонту",
             "en": "Drawing: a marked road leading to the horizon"},
    "library": {"ru": "Рисунок: здание библиотеки с освещёнными окнами",
                "be": "Малюнак: будынак бібліятэкі з асветленымі вокнамі",
                "en": "Drawing: a library building with lit windows"},
    "sport": {"ru": "Рисунок: белые трибуны у зелёного поля стадиона",
              "be": "Малюнак: белыя трыбуны каля зялёнага поля стадыёна",
              "en": "Drawing: white stands beside a green stadium pitch"},
    "hospital": {"ru": "Рисунок: белые корпуса больницы",
                 "be": "Малюнак: белыя карпусы бальніцы",
                 "en": "Drawing: white hospital buildings"},
    "river": {"ru": "Рисунок: река среди зелёных берегов",
              "be": "Малюнак: рака паміж зялёных берагоў",
              "en": "Drawing: a river between green banks"},
    "forest": {"ru": "Рисунок: еловый лес",
               "be": "Малюнак: яловы лес",
               "en": "Drawing: a spruce forest"},
}
# The chairman's and deputies' reception days (demo data), as a table on the appeals page.
RECEPTION_LABELS = {
    "ru": {"caption": "График личного приема граждан",
           "columns": ("Должность", "День", "Время"),
           "rows": (("Председатель райисполкома", "1-я и 3-я среда месяца", "8:00–13:00"),
                    ("Первый заместитель председателя", "каждый вторник", "8:00–13:00"),
                    ("Управляющий делами", "каждый четверг", "14:00–19:00"))},
    "be": {"caption": "Графік асабістага прыёму грамадзян",
           "columns": ("Пасада", "Дзень", "Час"),
           "rows": (("Старшыня райвыканкама", "1-я і 3-я серада месяца", "8:00–13:00"),
                    ("Першы намеснік старшыні", "кожны аўторак", "8:00–13:00"),
                    ("Кіраўнік спраў", "кожны чацвер", "14:00–19:00"))},
    "en": {"caption": "Schedule of personal receptions of citizens",
           "columns": ("Official", "Day", "Time"),
           "rows": (("Chairman of the district executive committee",
                     "1st and 3rd Wednesday of the month", "8:00–13:00"),
                    ("First deputy chairman", "every Tuesday", "8:00–13:00"),
                    ("Head of administration", "every Thursday", "14:00–19:00"))},
}
# `make run` serves here; production sites set their own hostname in the admin.
DEMO_HOST, DEMO_PORT = "127.0.0.1", 8000
# Menu order: pages before the news index keep their position in content.PAGES.
NEWS_MENU_POSITION = 1


def ascii_slug(text, limit=80):
    return slugify(anyascii(text))[:limit].strip("-") or "page"


def publish(page):
    page.save_revision().publish()
    return page


def add_translations(parent_by_language, build, slug=None):
    """Add one page per language under each language's parent, linked as translations.

    `build(language)` returns the unsaved page; the first one's translation_key is shared.
    """
    pages = {}
    key = None
    for language in LANGUAGES:
        page = build(language)
        page.locale = Locale.objects.get(language_code=language)
        if slug:
            page.slug = slug
        if key is not None:
            page.translation_key = key
        parent_by_language[language].add_child(instance=page)
        key = page.translation_key
        pages[language] = publish(page)
    return pages


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.images = {}

    def say(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def load(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site and isinstance(site.root_page.specific, HomePage):
            self.say("Demo content is already loaded.")
            ensure_news_editor_group()
            return False
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        homes = self.build_homes(site, locales)
        self.build_identity(homes["ru"].get_site())
        self.build_pages(homes)
        sections = self.build_news_tree(homes)
        self.build_news(sections)
        add_translations(homes, lambda lang: SiteMapPage(title=SITE_MAP[lang]), slug="sitemap")
        ensure_news_editor_group()
        self.say("Demo content loaded.")
        return True

    def build_homes(self, site, locales):
        root = Page.get_first_root_node()
        welcome = site.root_page if site else None
        title, intro = HOME["ru"]
        ru_home = HomePage(title=title, intro=intro, slug="home-ru", locale=locales["ru"])
        root.add_child(instance=ru_home)
        publish(ru_home)
        if site is None:
            site = Site(is_default_site=True)
        site.hostname, site.port = DEMO_HOST, DEMO_PORT
        site.root_page = ru_home
        site.site_name = IDENTITY["name_ru"]
        site.save()
        if welcome and welcome.pk != ru_home.pk and not welcome.is_root():
            welcome.delete()
        homes = {"ru": ru_home}
        for language in ("be", "en"):
            title, intro = HOME[language]
            home = HomePage(title=title, intro=intro, slug=f"home-{language}",
                            locale=locales[language], translation_key=ru_home.translation_key)
            root.add_child(instance=home)
            homes[language] = publish(home)
        return homes

    def build_identity(self, site):
        identity = DistrictIdentity.for_site(site)
        for field, value in IDENTITY.items():
            setattr(identity, field, value)
        identity.coat_of_arms = self.image("coat-of-arms", images.coat_of_arms_png(),
                                           "Coat of arms of Osipovichi district (drawing)")
        identity.save()

    def image(self, name, data, title):
        if name not in self.images:
            existing = Image.objects.filter(title=title).first()
            self.images[name] = existing or Image.objects.create(
                title=title, file=ContentFile(data, name=f"{name}.png"))
        return self.images[name]

    def scene(self, keyword, seed):
        name = f"{keyword}-{seed}"
        return self.image(name, images.scene_png(keyword, seed), f"Demo illustration: {name}")

    def build_pages(self, homes):
        by_slug = {}
        for position, entry in enumerate(content.PAGES):
            if position == NEWS_MENU_POSITION:
                self.news_index = add_translations(
                    homes, lambda lang: NewsIndexPage(title=NEWS_INDEX[lang], show_in_menus=True),
                    slug="news")
            parents = by_slug[entry["parent"]] if entry.get("parent") else homes
            by_slug[entry["slug"]] = add_translations(
                parents, lambda lang, entry=entry: self.standard_page(entry, lang),
                slug=entry["slug"])

    def standard_page(self, entry, language):
        text = entry[language]
        body = [("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in text["body"]]
        if entry["slug"] == "appeals":
            body += self.reception_schedule(language)
        return StandardPage(title=text["title"], intro=text["intro"], body=body,
                            show_in_menus=entry.get("show_in_menus", True))

    def reception_schedule(self, language):
        """A table and an attached document, to show both kinds of body block."""
        labels = RECEPTION_LABELS[language]
        table = {
            "data": [list(labels["columns"])] + [list(row) for row in labels["rows"]],
            "first_row_is_table_header": True, "first_col_is_header": False,
            "table_caption": labels["caption"],
        }
        lines = [",".join(labels["columns"])] + [",".join(row) for row in labels["rows"]]
        document = self.document(f"reception-schedule-{language}.csv",
                                 "\n".join(lines) + "\n", labels["caption"])
        return [("table", table),
                ("attachment", {"document": document, "title": labels["caption"]})]

    def document(self, name, text, title):
        existing = Document.objects.filter(title=title).first()
        return existing or Document.objects.create(
            title=title, file=ContentFile(text.encode("utf-8"), name=name))

    def build_news_tree(self, homes):
        return {
            key: add_translations(
                self.news_index, lambda lang, titles=titles: NewsSectionPage(title=titles[lang]),
                slug=key)
            for key, titles in SECTIONS.items()
        }

    def build_news(self, sections):
        today = timezone.localdate()
        for number, item in enumerate(content.NEWS):
            hour, minute = (int(part) for part in item["time"].split(":"))
            day = today - datetime.timedelta(days=item["days_ago"])
            moment = timezone.make_aware(
                datetime.datetime.combine(day, datetime.time(hour, minute)))
            picture = self.scene(item["image"], number) if item.get("image") else None
            add_translations(
                sections[item["section"]],
                lambda lang, item=item, moment=moment, picture=picture: self.article(
                    item, lang, moment, picture),
            )
        self.say(f"{len(content.NEWS)} news items in each of {len(LANGUAGES)} languages.")

    def article(self, item, language, moment, picture):
        text = item[language]
        body = [("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in text["body"]]
        if item.get("quote"):
            said, _dash, who = item["quote"][language].rpartition(" — ")
            body.insert(1, ("quote", {"text": said or who, "attribution": who if said else ""}))
        source = item.get("source") or {}
        article = NewsArticlePage(
            title=text["title"], slug=ascii_slug(text["title"]), date=moment,
            first_published_at=moment, lead=text["lead"], body=body,
            main_image=picture,
            main_image_alt=SCENE_ALT[item["image"]][language] if picture else "",
            source_name=source.get("name", ""), source_url=source.get("url", ""),
        )
        article.tags.add(*item.get("tags", {}).get(language, []))
        return article
