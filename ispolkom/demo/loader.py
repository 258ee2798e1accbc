"""Builds the Osipovichi demo site from the data files in ispolkom/demo/data/: identity, one
tree per language, pages and news. Images are drawn by ispolkom.demo.images."""

import datetime

from anyascii import anyascii
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from ispolkom.core.editors import ensure_site_groups, site_collection
from ispolkom.core.languages import codes, default
from ispolkom.core.models import DistrictIdentity, HomePage, SiteMapPage, StandardPage
from ispolkom.news.editors import ensure_news_editor_group
from ispolkom.news.models import (
    NewsArticlePage,
    NewsIndexPage,
    NewsLibraryPage,
    NewsSectionPage,
)
from ispolkom.news.wagtail_hooks import SHARED

from . import (
    alerts,
    appeals,
    committees,
    data,
    directory,
    documents,
    events,
    feedback,
    images,
    procedures,
)


def ascii_slug(text, limit=80):
    return slugify(anyascii(text))[:limit].strip("-") or "page"


def publish(page):
    page.save_revision().publish()
    return page


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in texts]


def add_translations(parent_by_language, build, slug=None):
    """Add one page per language under each language's parent, linked as translations.

    `build(language)` returns the unsaved page; the first one's translation_key is shared.
    """
    pages = {}
    key = None
    for language in codes():
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


# The news library's name in the admin, where its editors find the shared news.
LIBRARY = {"en": "News library", "ru": "Библиотека новостей", "be": "Бібліятэка навін"}


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
            self.editor_groups(site)
            return False
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes()}
        homes = self.build_homes(site, locales)
        self.build_identity(homes[default()].get_site())
        self.build_pages(homes)
        catalogues = self.pages[data.services()["catalogue"]]
        count = procedures.build_procedures(catalogues, publish)
        self.say(f"{count} administrative procedures.")
        self.say(f"{directory.build_directory(self.pages, publish)} units of the structure.")
        appeals.build_appeals(self.pages[data.load("appeals")["appeals"]], publish)
        sections = self.build_news_tree(homes)
        self.build_news(sections)
        titles = data.site()["site_map"]
        add_translations(homes, lambda lang: SiteMapPage(title=titles[lang]), slug="sitemap")
        feedback.build_feedback(homes, add_translations)
        self.say(f"{documents.build_documents(homes, add_translations, publish)} acts.")
        alerts.build_alerts(homes[default()].get_site())
        self.say(f"{events.build_events(homes, add_translations, publish, self.scene)} events.")
        ensure_news_editor_group()
        collection = self.editor_groups(homes[default()].get_site())
        # The demo's media are its site's, for its own editors to choose.
        root = Collection.get_first_root_node()
        Image.objects.filter(collection=root).update(collection=collection)
        Document.objects.filter(collection=root).update(collection=collection)
        self.say("Demo content loaded.")
        return True

    @transaction.atomic
    def load_committees(self):
        """The Mogilev oblast's and Bobruisk district's committees beside the demo's
        (demo/committees.py), on their own hosts; `manage.py load_demo` adds them, the
        tests' shared database keeps to the one demo site."""
        site = Site.objects.get(is_default_site=True)
        committees.build_committees(site, publish, paragraphs, ascii_slug, self.say)

    def editor_groups(self, site):
        """The groups a committee gets with its site (core/editors.py); returns the site's
        collection of media."""
        for made in ensure_site_groups(site):
            self.say(str(made))
        return site_collection(site)[0]

    def build_homes(self, site, locales):
        """The default language's home becomes the default site's root; the others follow."""
        root = Page.get_first_root_node()
        welcome = site.root_page if site else None
        main = self.home(default(), locales)
        root.add_child(instance=main)
        publish(main)
        self.make_default_site(site, main)
        if welcome and welcome.pk != main.pk and not welcome.is_root():
            welcome.delete()
        homes = {default(): main}
        for language in codes():
            if language not in homes:
                home = self.home(language, locales, translation_key=main.translation_key)
                root.add_child(instance=home)
                homes[language] = publish(home)
        return homes

    def home(self, language, locales, **fields):
        text = data.site()["home"][language]
        return HomePage(title=text["title"], intro=text["intro"], slug=f"home-{language}",
                        locale=locales[language], **fields)

    def make_default_site(self, site, root_page):
        if site is None:
            site = Site(is_default_site=True)
        demo = data.site()["site"]
        site.hostname, site.port = demo["hostname"], demo["port"]
        site.root_page = root_page
        site.site_name = data.site()["identity"][f"name_{default()}"]
        site.save()

    def build_identity(self, site):
        identity = DistrictIdentity.for_site(site)
        for field, value in data.site()["identity"].items():
            setattr(identity, field, value)
        identity.coat_of_arms = self.image("coat-of-arms", images.coat_of_arms_png(),
                                           data.site()["coat_of_arms"])
        identity.save()

    def image(self, name, picture, title):
        if name not in self.images:
            existing = Image.objects.filter(title=title).first()
            self.images[name] = existing or Image.objects.create(
                title=title, file=ContentFile(picture, name=f"{name}.png"))
        return self.images[name]

    def scene(self, keyword, seed):
        name = f"{keyword}-{seed}"
        return self.image(name, images.scene_png(keyword, seed), f"Demo illustration: {name}")

    def build_pages(self, homes):
        """Standard pages in data order, with the news index at its place in the menu."""
        news_index = data.site()["news_index"]
        by_slug = self.pages = {}
        for position, entry in enumerate(data.pages()):
            if position == news_index["menu_position"]:
                self.news_index = add_translations(
                    homes,
                    lambda lang: NewsIndexPage(title=news_index["title"][lang], show_in_menus=True),
                    slug="news")
            parents = by_slug[entry["parent"]] if entry.get("parent") else homes
            by_slug[entry["slug"]] = add_translations(
                parents, lambda lang, entry=entry: self.standard_page(entry, lang),
                slug=entry["slug"])

    def standard_page(self, entry, language):
        text = entry[language]
        body = paragraphs(text["body"])
        if entry["slug"] == data.site()["table_page"]:
            body += self.phone_table(language)
        if procedures.is_catalogue(entry):
            return procedures.catalogue_page(entry, language, body)
        if appeals.is_appeals(entry):
            return appeals.appeals_page(entry, language, body)
        if directory.is_leadership(entry):
            return directory.leadership_page(entry, language, body)
        return StandardPage(title=text["title"], intro=text["intro"], body=body,
                            show_in_menus=entry.get("show_in_menus", True),
                            role=entry.get("role", ""))

    def phone_table(self, language):
        """A table and an attached document, to show both kinds of body block."""
        labels = data.site()["phone_table"][language]
        table = {
            "data": [list(labels["columns"])] + [list(row) for row in labels["rows"]],
            "first_row_is_table_header": True, "first_col_is_header": False,
            "table_caption": labels["caption"],
        }
        lines = [",".join(labels["columns"])] + [",".join(row) for row in labels["rows"]]
        document = self.document(f"phones-{language}.csv",
                                 "\n".join(lines) + "\n", labels["caption"])
        return [("table", table),
                ("attachment", {"document": document, "title": labels["caption"]})]

    def document(self, name, text, title):
        existing = Document.objects.filter(title=title).first()
        return existing or Document.objects.create(
            title=title, file=ContentFile(text.encode("utf-8"), name=name))

    def build_news_tree(self, homes):
        """The site's sections, and the news library's republic news, which every
        committee's republic section lists (stored once): the demo's republic news go there."""
        root = Page.get_first_root_node()
        libraries = add_translations({code: root for code in codes()}, lambda lang: NewsLibraryPage(
            title=LIBRARY[lang], slug=f"news-library-{lang}"))
        titles = data.site()["sections"]
        shared = add_translations(
            libraries, lambda lang: NewsSectionPage(title=titles["republic"][lang]),
            slug="republic")
        sections = {
            key: add_translations(
                self.news_index, lambda lang, key=key, titles=titles: NewsSectionPage(
                    title=titles[lang], shared_section=shared[lang] if key in SHARED else None),
                slug=key)
            for key, titles in titles.items()
        }
        return {**sections, **{key: shared for key in SHARED}}

    def build_news(self, sections):
        news = data.news()
        today = data.news_today(max(datetime.time(*map(int, item["time"].split(":")))
                                    for item in news if item["days_ago"] == 0))
        for number, item in enumerate(news):
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
        self.say(f"{len(news)} news items in each of {len(codes())} languages.")

    def article(self, item, language, moment, picture):
        text = item[language]
        body = paragraphs(text["body"])
        if item.get("quote"):
            said, _dash, who = item["quote"][language].rpartition(" — ")
            body.insert(1, ("quote", {"text": said or who, "attribution": who if said else ""}))
        source = item.get("source") or {}
        alt = data.site()["scene_alt"][item["image"]][language] if picture else ""
        article = NewsArticlePage(
            title=text["title"], slug=ascii_slug(text["title"]), date=moment,
            first_published_at=moment, lead=text["lead"], body=body,
            main_image=picture, main_image_alt=alt,
            source_name=source.get("name", ""), source_url=source.get("url", ""),
        )
        article.tags.add(*item.get("tags", {}).get(language, []))
        return article
