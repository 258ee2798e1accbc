"""Feed import (issue 14, section 1): sources, entries into news articles, the commands.
Feeds and images come from a local HTTP server started here, never from the internet."""

import datetime
import io
import threading
import time
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Site

from ispolkom.core.editors import site_collection, site_label
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from ispolkom.syndication.models import FeedSource, ImportedItem

FIXTURES = Path(__file__).parent / "fixtures" / "syndication"
RSS = "application/rss+xml; charset=utf-8"
FIRST_TITLE = "Посевная кампания в Могилевской области идет с опережением графика"
SECOND_TITLE = "В Минске прошел республиканский семинар по благоустройству"
THIRD_TITLE = "Новый мост через Свислочь откроют летом"


def png(width=40, height=30):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (30, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


class FeedServer:
    """Answers each path with (status, content type, body); `{{BASE}}` in a body becomes the
    server's address. Honours If-None-Match for the ETag it sends, and keeps the requests."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 — http.server's name
                server.requests.append((self.path, dict(self.headers)))
                status, content_type, body, *delay = server.routes.get(
                    self.path, (404, "text/plain", b"not found"))
                time.sleep(delay[0] if delay else 0)
                if isinstance(body, str):
                    body = body.encode()
                body = body.replace(b"{{BASE}}", server.base.encode())
                etag = f'"{len(body)}-{hash(body) & 0xffff}"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return self.base + path

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(autouse=True)
def private_addresses_allowed(settings, monkeypatch):
    """The test server is on 127.0.0.1, which production refuses."""
    settings.SYNDICATION_ALLOW_PRIVATE = True
    monkeypatch.setenv("SYNDICATION_ALLOW_PRIVATE", "1")


def belta_feed_server():
    """The agency's Russian feed of three items at /rss.xml, with their images."""
    server = FeedServer()
    server.routes.update({
        "/rss.xml": (200, RSS, (FIXTURES / "belta-ru.xml").read_text("utf-8")),
        "/images/field.png": (200, "image/png", png()),
        "/images/seminar.png": (200, "image/png", png(50, 50)),
        "/images/seeders.png": (200, "image/png", png(60, 40)),
    })
    return server


@pytest.fixture
def feeds(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)  # images written by a test go with it
    server = belta_feed_server()
    server.routes["/be.xml"] = (200, "application/rss+xml; charset=windows-1251",
                                (FIXTURES / "belta-be-cp1251.xml").read_bytes())
    yield server
    server.close()


def run(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err, **options)
    return out.getvalue().strip()


def import_into(feeds, section, path="/rss.xml", **options):
    return run("import_feed", feeds.url(path), section=section, **options)


def imported(title):
    return NewsArticlePage.objects.get(title=title)


def html(response):
    return BeautifulSoup(response.content, "html.parser")


# --- import_feed ---------------------------------------------------------------------------

def test_import_feed_creates_the_items_and_a_second_run_creates_nothing(demo, feeds):
    section = demo.section("ru", "republic")
    assert import_into(feeds, "/ru/news/republic/") == "created 3, updated 0, skipped 0, failed 0"
    assert import_into(feeds, str(section.pk)) == "created 0, updated 0, skipped 3, failed 0"
    articles = NewsArticlePage.objects.child_of(section).filter(
        title__in=[FIRST_TITLE, SECOND_TITLE, THIRD_TITLE])
    assert articles.count() == 3
    assert all(article.live and article.locale.language_code == "ru" for article in articles)


def test_dedupe_finds_an_item_by_link_then_by_title_and_date(demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    feed = feeds.routes["/rss.xml"][2]
    # A new guid for the same link, and the same title and date under a new link.
    changed = feed.replace("belta-test-1001", "belta-other-guid").replace(
        "/society/view/most-1003/", "/society/view/most-moved/")
    feeds.routes["/rss.xml"] = (200, RSS, changed)
    assert import_into(feeds, "/ru/news/republic/").startswith("created 0,")


def test_dry_run_writes_nothing(demo, feeds):
    counted = (NewsArticlePage.objects.count(), ImportedItem.objects.count(),
               get_image_model().objects.count())
    output = import_into(feeds, "/ru/news/republic/", dry_run=True)
    assert output == "created 3, updated 0, skipped 0, failed 0"
    assert counted == (NewsArticlePage.objects.count(), ImportedItem.objects.count(),
                       get_image_model().objects.count())
    assert not any(path.startswith("/images/") for path, _headers in feeds.requests)


@pytest.mark.parametrize("route", [
    (200, "text/html; charset=utf-8", "<!doctype html><html><body><h1>Сайт</h1></body></html>"),
    (200, RSS, ""),
    (500, "text/plain", "Internal error"),
    (404, "text/html", "<h1>Not found</h1>"),
], ids=["html-page", "empty-body", "http-500", "http-404"])
def test_a_feed_that_cannot_be_read_is_a_one_line_error(demo, feeds, route):
    feeds.routes["/rss.xml"] = route
    before = NewsArticlePage.objects.count()
    with pytest.raises(CommandError) as raised:
        import_into(feeds, "/ru/news/republic/")
    message = str(raised.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert NewsArticlePage.objects.count() == before


def test_a_feed_too_large_or_too_slow_is_a_one_line_error(demo, feeds, monkeypatch):
    from ispolkom.syndication.management.commands import import_feed

    feeds.routes["/rss.xml"] = (200, RSS, b" " * (10 * 1024 * 1024 + 1))
    # (the message is in the site's language, as operators read it)
    with pytest.raises(CommandError, match="10 (MB|МБ)"):
        import_into(feeds, "/ru/news/republic/")
    # The command waits 20 seconds; the same deadline, shorter, keeps the test quick.
    monkeypatch.setattr(import_feed, "fetch", partial(import_feed.fetch, timeout=0.5))
    feeds.routes["/rss.xml"] = (200, RSS, "<rss/>", 2)
    with pytest.raises(CommandError, match=r"0\.5 (seconds|с)"):
        import_into(feeds, "/ru/news/republic/")


@pytest.mark.parametrize("section", ["/ru/news/nowhere/", "999999", ""])
def test_an_unknown_section_is_a_clear_error(demo, feeds, section):
    with pytest.raises(CommandError, match="news section"):
        import_into(feeds, section)


def test_a_section_path_shared_by_two_sites_needs_the_host(demo, feeds):
    """Every committee's site has /ru/news/republic/: a path alone cannot say which."""
    from wagtail.models import Locale, Page, Site

    from ispolkom.core.models import HomePage
    from ispolkom.news.models import NewsIndexPage, NewsSectionPage

    russian = Locale.objects.get(language_code="ru")
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Другой район", slug="other-home", locale=russian))
    Site.objects.create(hostname="other.example", port=80, root_page=home)
    news = home.add_child(instance=NewsIndexPage(title="Новости", slug="news", locale=russian))
    other = news.add_child(instance=NewsSectionPage(title="Республика", slug="republic",
                                                    locale=russian))
    with pytest.raises(CommandError, match="Several sites"):
        import_into(feeds, "/ru/news/republic/")
    assert import_into(feeds, "http://other.example/ru/news/republic/").startswith("created 3,")
    assert NewsArticlePage.objects.get(title=FIRST_TITLE).get_parent().pk == other.pk


# --- What an article holds -----------------------------------------------------------------

def test_the_seeds_belta_article_arrives_through_a_feed_in_the_same_shape(demo, feeds):
    """The demo's republic article from BelTA, as the agency's Belarusian feed (Windows-1251)
    carries it, becomes the article the seed has: same title, lead, paragraphs and tags."""
    from ispolkom.news.summary import body_text

    section = NewsSectionPage.of_library().get(slug="republic", locale__language_code="be")
    seed = NewsArticlePage.objects.child_of(section).get(
        title="Аграрыі Беларусі выходзяць на завяршэнне ўборкі збожжавых")
    FeedSource.objects.create(name="BelTA", url=feeds.url("/be.xml"), section=section)
    assert run("import_feeds") == "BelTA: created 1, updated 0, skipped 0, failed 0"
    arrived = NewsArticlePage.objects.child_of(section).exclude(pk=seed.pk).get(title=seed.title)
    assert arrived.locale.language_code == "be" and arrived.live
    assert (arrived.lead, arrived.source_name) == (seed.lead, seed.source_name)
    assert body_text(arrived.body, 10**6) == body_text(seed.body, 10**6)  # no dateline left
    assert sorted(arrived.tags.names()) == sorted(seed.tags.names())
    assert arrived.main_image and arrived.main_image_alt == seed.title
    assert arrived.date == datetime.datetime(2026, 2, 16, 9, 0, tzinfo=datetime.UTC)


def test_the_body_is_cleaned_like_an_editors_rich_text_and_the_dateline_removed(demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    article = imported(FIRST_TITLE)
    body = str(article.body.raw_data)
    for forbidden in ("<script", "alert(", "onclick", "javascript:", "style=", "<iframe",
                      "evil.example", "Корр. БЕЛТА"):
        assert forbidden not in body, forbidden
    assert "https://www.belta.by/" in body and "<b>Семена</b>" in body
    assert article.lead == "Аграрии области засеяли первые гектары ранних зерновых."
    assert article.date == datetime.datetime(2026, 2, 16, 7, 15, tzinfo=datetime.UTC)
    assert article.source_url == feeds.url("/regions/view/posevnaja-1001/")
    assert article.source_name == "БелТА — Новости"  # the feed's own title, without a source
    assert sorted(article.tags.names()) == ["Регионы", "Сельское хозяйство"]
    page = html(demo_client_get(article.url))
    assert page.select_one(".article__source a")["href"] == article.source_url


def demo_client_get(url):
    from django.test import Client

    response = Client().get(url)
    assert response.status_code == 200, url
    return response


def test_a_teaser_leads_to_the_original(demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    article = imported(THIRD_TITLE)
    assert article.lead == "Строители завершают монтаж пролетов."
    links = html(demo_client_get(article.url)).select(".article__body a, article a")
    assert feeds.url("/society/view/most-1003/") in [a.get("href") for a in links]


def test_images_are_fetched_reencoded_and_described(demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    enclosed = imported(FIRST_TITLE)
    assert enclosed.main_image is not None
    assert enclosed.main_image_alt == FIRST_TITLE  # no caption: the title
    assert (enclosed.main_image.width, enclosed.main_image.height) == (40, 30)
    figure = [block.value for block in enclosed.body if block.block_type == "figure"]
    assert [(f["caption"], f["image"].contextual_alt_text, f["image"].width) for f in figure] == [
        ("Сеялки выходят в поле", "Сеялки выходят в поле", 60)]
    shown = html(demo_client_get(enclosed.url))
    assert shown.select_one(".article__body figure img")["alt"] == "Сеялки выходят в поле"
    from_body = imported(SECOND_TITLE)
    assert from_body.main_image_alt == "Участники семинара"
    assert "<img" not in str(from_body.body.raw_data)
    assert imported(THIRD_TITLE).main_image is None


@pytest.mark.parametrize("answer", [
    (404, "text/plain", b"gone"),
    (200, "text/html", b"<html>not an image</html>"),
    (200, "image/png", b"\x89PNG\r\n\x1a\n broken"),
    (200, "image/png", None),
], ids=["missing", "html", "broken", "too-many-pixels"])
def test_a_failing_image_never_fails_the_item(demo, feeds, answer):
    if answer[2] is None:  # a small file that would unpack to 56 million pixels
        buffer = io.BytesIO()
        PillowImage.new("1", (8000, 7000)).save(buffer, "PNG")
        answer = (200, "image/png", buffer.getvalue())
    feeds.routes["/images/field.png"] = answer
    assert import_into(feeds, "/ru/news/republic/").startswith("created 3,")
    article = imported(FIRST_TITLE)  # the next image takes the place of the one that failed
    assert (article.main_image.width, article.main_image_alt) == (60, "Сеялки выходят в поле")
    assert not [block for block in article.body if block.block_type == "figure"]


def test_an_editors_edit_survives_a_reimport_and_an_untouched_item_follows_the_feed(
        demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    edited = imported(FIRST_TITLE)
    edited.lead = "Лид, исправленный редактором."
    edited.save_revision().publish()
    feed = feeds.routes["/rss.xml"][2]
    feeds.routes["/rss.xml"] = (200, RSS, feed.replace(
        "Аграрии области засеяли", "Аграрии области уже засеяли").replace(
        "Строители завершают монтаж", "Строители завершили монтаж"))
    assert import_into(feeds, "/ru/news/republic/") == "created 0, updated 1, skipped 2, failed 0"
    assert imported(FIRST_TITLE).lead == "Лид, исправленный редактором."
    assert imported(THIRD_TITLE).lead == "Строители завершили монтаж пролетов."


def test_images_go_to_the_collection_of_the_sections_site(demo, feeds, client):
    """A committee's editors see the pictures its feeds bring, another committee's do not."""
    run("create_committee", "bobruisk.example", name_ru="Бобруйский райисполком",
        name_be="Бабруйскі райвыканкам")
    bobruisk = Site.objects.get(hostname="bobruisk.example")
    section = NewsSectionPage.objects.descendant_of(bobruisk.root_page).get(slug="republic")
    import_into(feeds, str(section.pk))
    article = NewsArticlePage.objects.child_of(section).get(title=FIRST_TITLE)
    figures = [b.value["image"] for b in article.body if b.block_type == "figure"]
    collection = site_collection(bobruisk)[0]
    assert {image.collection for image in [article.main_image, *figures]} == {collection}
    for site, shown in ((bobruisk, True), (Site.objects.get(is_default_site=True), False)):
        editor = get_user_model().objects.create_user(f"editor-{site.pk}", password="x")
        editor.groups.add(Group.objects.get(name=f"{site_label(site)}: editors"))
        client.force_login(editor)
        listing = client.get("/admin/images/").content.decode()
        assert (f"/admin/images/{article.main_image.pk}/" in listing) is shown


def test_an_update_keeps_the_images_it_fetched(demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    before = imported(FIRST_TITLE)
    images = get_image_model().objects.count()
    feeds.routes["/rss.xml"] = (200, RSS, feeds.routes["/rss.xml"][2].replace(
        "Семена</b> проверены", "Семена</b> уже проверены"))
    assert import_into(feeds, "/ru/news/republic/") == "created 0, updated 1, skipped 2, failed 0"
    after = imported(FIRST_TITLE)
    assert "уже проверены" in str(after.body.raw_data)
    assert after.main_image_id == before.main_image_id
    assert [b.value["image"].pk for b in after.body if b.block_type == "figure"] == [
        b.value["image"].pk for b in before.body if b.block_type == "figure"]
    assert get_image_model().objects.count() == images


def test_an_article_an_editor_deleted_is_not_brought_back(demo, feeds):
    import_into(feeds, "/ru/news/republic/")
    imported(THIRD_TITLE).delete()
    assert import_into(feeds, "/ru/news/republic/").startswith("created 0,")
    assert not NewsArticlePage.objects.filter(title=THIRD_TITLE).exists()


def test_one_failing_entry_is_counted_and_the_others_go_on(demo, feeds, monkeypatch):
    from ispolkom.syndication import importer

    real = importer.create_article

    def failing(source, section, rules, entry, *args):
        real(source, section, rules, entry, *args)
        if entry.title == SECOND_TITLE:  # after the page was written: it must go with it
            raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "create_article", failing)
    assert import_into(feeds, "/ru/news/republic/") == "created 2, updated 0, skipped 0, failed 1"
    assert not NewsArticlePage.objects.filter(title=SECOND_TITLE).exists()
    monkeypatch.setattr(importer, "create_article", real)
    assert import_into(feeds, "/ru/news/republic/") == "created 1, updated 0, skipped 2, failed 0"


# --- Published like any article ----------------------------------------------------------

def test_an_imported_article_is_public_in_the_list_the_rss_and_search(demo, feeds, client):
    section = demo.section("ru", "republic")
    import_into(feeds, "/ru/news/republic/")
    newest = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    NewsArticlePage.objects.filter(title=THIRD_TITLE).update(date=newest)  # first in lists
    assert THIRD_TITLE in client.get(section.url).content.decode()
    assert THIRD_TITLE in client.get(section.url + "rss/").content.decode()
    found = client.get("/ru/search/", {"q": "Свислочь"})
    assert found.status_code == 200 and THIRD_TITLE in found.content.decode()


def add_source(demo, feeds, **fields):
    return FeedSource.objects.create(**{
        "name": "BelTA", "url": feeds.url("/rss.xml"),
        "section": demo.section("ru", "republic"), **fields})


def test_a_source_publishes_or_leaves_drafts(demo, feeds, client):
    drafts = add_source(demo, feeds, publish=False)
    assert run("import_feeds") == "BelTA: created 3, updated 0, skipped 0, failed 0"
    article = imported(FIRST_TITLE)
    assert not article.live and article.has_unpublished_changes
    assert client.get(demo.section("ru", "republic").url + article.slug + "/").status_code == 404
    assert article.source_name == "BelTA"
    drafts.refresh_from_db()
    assert drafts.items_created == 3 and drafts.last_success and not drafts.last_error

    published = add_source(demo, feeds, section=demo.section("ru", "region"))
    assert run("import_feeds") == "BelTA: created 3, updated 0, skipped 0, failed 0"
    regional = NewsArticlePage.objects.child_of(published.section).get(title=FIRST_TITLE)
    assert regional.live
    assert client.get(regional.url).status_code == 200


def test_import_feeds_runs_only_due_sources_and_asks_again_conditionally(demo, feeds):
    source = add_source(demo, feeds, interval=60)
    assert run("import_feeds").startswith("BelTA: created 3,")
    assert run("import_feeds") == ""  # ran a moment ago
    FeedSource.objects.filter(pk=source.pk).update(
        last_run=timezone.now() - datetime.timedelta(minutes=61))
    assert run("import_feeds") == "BelTA: created 0, updated 0, skipped 0, failed 0"
    assert feeds.requests[-1][1].get("If-None-Match")  # answered 304, nothing read
    FeedSource.objects.filter(pk=source.pk).update(last_run=None)
    add_source(demo, feeds, name="Paused", active=False)
    assert "Paused" not in run("import_feeds")


def test_a_broken_feed_is_recorded_on_the_source_and_shown_in_the_admin(demo, feeds, client):
    feeds.routes["/rss.xml"] = (200, "text/html", "<html><body>Сайт на обслуживании</body></html>")
    source = add_source(demo, feeds)
    output = run("import_feeds")
    assert output.startswith("BelTA: failed: ") and "\n" not in output
    source.refresh_from_db()
    assert source.last_error and source.last_run and source.last_success is None
    client.force_login(get_user_model().objects.create_superuser("chief", password="x"))
    listing = client.get(reverse("wagtailsnippets_syndication_feedsource:list"))
    assert listing.status_code == 200
    assert source.last_error[:40] in html(listing).get_text()
    edit = client.get(reverse("wagtailsnippets_syndication_feedsource:edit", args=[source.pk]))
    assert source.last_error in html(edit).get_text()


def test_a_fault_in_one_source_is_recorded_and_the_next_source_still_runs(
        demo, feeds, monkeypatch):
    from ispolkom.syndication import runs

    real = runs.import_entries

    def faulty(source, feed, dry_run=False):
        if source.name == "Broken":
            raise RuntimeError("database is locked")
        return real(source, feed, dry_run=dry_run)

    monkeypatch.setattr(runs, "import_entries", faulty)
    broken = add_source(demo, feeds, name="Broken")
    add_source(demo, feeds, name="Working")
    assert run("import_feeds").splitlines() == [
        "Broken: failed: RuntimeError: database is locked",
        "Working: created 3, updated 0, skipped 0, failed 0"]
    broken.refresh_from_db()
    assert broken.last_error == "RuntimeError: database is locked" and not broken.etag


def test_two_overlapping_runs_import_a_source_once(demo, feeds):
    """A second timer (or a slow run still going) read the source before the first run
    claimed it: it leaves the source alone instead of importing the same entries again."""
    from ispolkom.syndication import runs

    source = add_source(demo, feeds)
    seen_by_second = FeedSource.objects.get(pk=source.pk)  # read before the first run
    assert run("import_feeds").startswith("BelTA: created 3,")
    counts, error = runs.run_source(seen_by_second)
    assert counts is None and error == ""
    assert ImportedItem.objects.count() == 3
    assert NewsArticlePage.objects.filter(title=FIRST_TITLE).count() == 1


def test_a_dry_run_of_the_sources_records_nothing(demo, feeds):
    source = add_source(demo, feeds)
    assert run("import_feeds", dry_run=True).startswith("BelTA: created 3,")
    source.refresh_from_db()
    assert source.last_run is None and source.items_created == 0
    assert not ImportedItem.objects.exists()


def test_the_admin_views_of_feed_sources_render_and_save(demo, feeds, client):
    client.force_login(get_user_model().objects.create_superuser("chief", password="x"))
    section = demo.section("ru", "republic")
    add_url = reverse("wagtailsnippets_syndication_feedsource:add")
    form = client.get(add_url)
    assert form.status_code == 200
    assert "None" not in html(form).select_one("form").get_text()  # no run yet: a dash
    response = client.post(add_url, {
        "name": "BelTA", "url": feeds.url("/rss.xml"), "section": section.pk,
        "interval": 30, "active": "on", "full_text": "on", "publish": "on",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    source = FeedSource.objects.get()
    assert (source.section, source.interval, source.strip_dateline) == (section, 30, False)
    edit = client.get(reverse("wagtailsnippets_syndication_feedsource:edit", args=[source.pk]))
    assert edit.status_code == 200
    assert "None" not in html(edit).select_one("form").get_text()
    listing = client.get(reverse("wagtailsnippets_syndication_feedsource:list"))
    assert listing.status_code == 200 and "BelTA" in listing.content.decode()
    row = html(listing).select_one("tbody tr")
    assert "True" not in row.get_text()
