"""The old site's archive moves in (issue 14, section 2): `import_legacy` from a saved mirror
or from the live old site (a local HTTP server here), and every old address redirecting."""

import datetime
import io
import json
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction, Site

from ispolkom.core.editors import site_collection
from ispolkom.news.models import NewsArticlePage
from ispolkom.syndication.legacy import importer as legacy_importer
from ispolkom.syndication.models import LegacyArticle, LegacyImport

LEGACY = Path(__file__).parent / "fixtures" / "legacy"
EXPECTED = json.loads((LEGACY / "expected.json").read_text("utf-8"))
LISTS = json.loads((LEGACY / "lists.json").read_text("utf-8"))
SECTIONS = {"news-rayon-ru": "district", "news-rayon-be": "district",
            "news-rayon-en": "district", "region-news-ru": "region", "republic-ru": "republic",
            "news_raion": "district", "lenta_novostei-ru": "district", "novosti": "district"}


def articles_of(mirror):
    return [article for article in EXPECTED if article["mirror"] == mirror]


@pytest.fixture(autouse=True)
def private_addresses_allowed(settings, monkeypatch, tmp_path):
    """The old site in these tests is a server on 127.0.0.1, which production refuses."""
    settings.SYNDICATION_ALLOW_PRIVATE = True
    settings.MEDIA_ROOT = str(tmp_path / "media")
    monkeypatch.chdir(tmp_path)  # the default report is written to the current folder


@pytest.fixture
def host(db):
    return Site.objects.get(is_default_site=True).hostname


def run(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_legacy", *args, stdout=out, stderr=err, **options)
    return out.getvalue().strip(), err.getvalue()


def imported(mirror_article):
    found = LegacyArticle.objects.get(old_id=mirror_article["old_id"],
                                      language=mirror_article["language"])
    return found.page.specific


class MirrorServer:
    """The old site, served from a saved mirror the way wget laid it out."""

    def __init__(self, folder):
        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(folder), **kwargs)

            def send_head(self):
                path = self.path.split("?", 1)[0]
                if not path.endswith("/") and Path(self.translate_path(path + ".html")).exists():
                    self.path = path + ".html"  # wget's --adjust-extension
                return super().send_head()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def old_site():
    server = MirrorServer(LEGACY / "old-site-by")
    yield server
    server.close()


# --- From a saved mirror ------------------------------------------------------------------

@pytest.mark.parametrize("mirror", ["old-site", "old-site-by"])
def test_a_mirror_imports_every_article_in_its_language_and_section(demo, host, tmp_path,
                                                                     mirror):
    """/ru/news_raion/ and /by/news_raion/ share a slug: each goes to its own language."""
    output, _err = run(str(LEGACY / mirror), site=host, report=str(tmp_path / "report.txt"))
    expected = articles_of(mirror)
    assert output == f"created {len(expected)}, skipped 0, failed 0"
    for article in expected:
        page = imported(article)
        assert page.live and page.title == article["title"]
        assert page.locale.language_code == article["language"]
        assert page.get_parent().slug == SECTIONS[article["section"]]
        moment = timezone.localtime(page.date)
        assert moment.strftime("%Y-%m-%dT%H:%M" if "T" in article["date"] else "%Y-%m-%d") == (
            article["date"])
        assert page.show_time == ("T" in article["date"])
    assert (tmp_path / "report.txt").read_text("utf-8").splitlines()[1] == output


def test_a_static_page_of_the_old_site_is_not_news(demo, host):
    run(str(LEGACY / "old-site"), site=host)
    assert not NewsArticlePage.objects.filter(title="Руководство").exists()
    assert LegacyArticle.objects.count() == len(articles_of("old-site"))


def test_the_articles_text_images_and_attachments_arrive(demo, host, client):
    run(str(LEGACY / "old-site"), site=host)
    for article in articles_of("old-site"):
        page = imported(article)
        html = BeautifulSoup(client.get(page.url).content, "html.parser")
        main = html.select_one("main") or html
        text = " ".join(main.get_text(" ").split())
        first_paragraph = article["body"].split("\n\n")[0]
        assert " ".join(first_paragraph.split())[:80] in text
        shown = [block for block in page.body if block.block_type == "figure"]
        assert len(shown) + bool(page.main_image) == len(article["images"]), article["path"]
        documents = [link for link in main.select("a[href^='/documents/']")]
        assert len(documents) == len(article["attachments"]), article["path"]
        for link in documents:
            assert client.get(link["href"]).status_code == 200


def test_the_old_sites_pictures_and_files_go_to_the_sites_collection(demo, host):
    """Where the site's editors find them; the root collection is no committee's."""
    kinds = [get_image_model().objects, get_document_model().objects]
    before = [set(objects.values_list("pk", flat=True)) for objects in kinds]
    run(str(LEGACY / "old-site"), site=host)
    collection = site_collection(Site.objects.get(hostname=host))[0]
    for objects, known in zip(kinds, before, strict=True):
        brought = objects.exclude(pk__in=known)
        assert brought.exists() and not brought.exclude(collection=collection).exists()


def test_a_second_run_creates_nothing_and_a_dry_run_writes_nothing(demo, host):
    total = len(articles_of("old-site"))
    pages = NewsArticlePage.objects.count()
    output, _err = run(str(LEGACY / "old-site"), site=host, dry_run=True)
    assert output == f"created {total}, skipped 0, failed 0"
    assert NewsArticlePage.objects.count() == pages
    assert not LegacyArticle.objects.exists() and not LegacyImport.objects.exists()
    assert not list(Path.cwd().glob("legacy-import-*"))  # no report file either
    assert run(str(LEGACY / "old-site"), site=host)[0] == f"created {total}, skipped 0, failed 0"
    assert run(str(LEGACY / "old-site"), site=host)[0] == f"created 0, skipped {total}, failed 0"
    assert NewsArticlePage.objects.count() == pages + total


def test_an_old_section_can_be_sent_to_a_chosen_section(demo, host, client):
    run(str(LEGACY / "old-site-by"), site=host, map=["lenta_novostei-ru=/ru/news/region/"])
    weather = next(article for article in articles_of("old-site-by")
                   if article["section"] == "lenta_novostei-ru")
    region = demo.section("ru", "region")
    assert imported(weather).get_parent().pk == region.pk
    assert client.get("/ru/lenta_novostei-ru/page/4/")["Location"] == region.url
    belarusian = next(article for article in articles_of("old-site-by")
                      if article["language"] == "be")
    assert imported(belarusian).get_parent().pk == demo.section("be", "district").pk


def test_a_map_that_is_not_old_equals_section_is_a_clear_error(demo, host):
    with pytest.raises(CommandError, match="OLD=SECTION"):
        run(str(LEGACY / "old-site"), site=host, map=["/ru/news/region/"])


def test_one_language_only(demo, host):
    output, _err = run(str(LEGACY / "old-site"), site=host, language="be")
    assert output == "created 3, skipped 0, failed 0"
    assert set(LegacyArticle.objects.values_list("language", flat=True)) == {"be"}


def test_an_interrupted_run_resumes_where_it_stopped(demo, host, monkeypatch):
    real = legacy_importer.LegacyImporter.run
    calls = []

    def stops_at_the_fourth(self, address):
        calls.append(address)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(self, address)

    monkeypatch.setattr(legacy_importer.LegacyImporter, "run", stops_at_the_fourth)
    with pytest.raises(CommandError, match="--resume"):
        run(str(LEGACY / "old-site"), site=host)
    assert LegacyArticle.objects.count() == 3
    assert LegacyImport.objects.get().position == 3
    monkeypatch.setattr(legacy_importer.LegacyImporter, "run", real)
    # The run goes on from the addresses it found: the mirror is not read for them again.
    monkeypatch.setattr("ispolkom.syndication.legacy.sources.Folder.articles",
                        lambda *args, **kwargs: pytest.fail("crawled again"))
    output, err = run(str(LEGACY / "old-site"), site=host, resume=True)
    total = len(articles_of("old-site"))
    assert output == f"created {total - 3}, skipped 0, failed 0"
    assert "resuming at 3" in err
    assert LegacyImport.objects.get().finished is not None


def test_a_page_that_is_not_an_article_fails_alone_with_its_reason(demo, host, tmp_path):
    mirror = tmp_path / "mirror"
    shutil.copytree(LEGACY / "old-site", mirror)
    broken = articles_of("old-site")[0]
    (mirror / broken["files"][0]).write_text("<html><body><p></p></body></html>", "utf-8")
    for other in broken["files"][1:]:
        (mirror / other).unlink()
    output, err = run(str(mirror), site=host, report=str(tmp_path / "report.txt"))
    total = len(articles_of("old-site"))
    assert output == f"created {total - 1}, skipped 0, failed 1"
    report = (tmp_path / "report.txt").read_text("utf-8")
    assert f"failed: {broken['path']}" in report and f"failed: {broken['path']}" in err
    assert not LegacyArticle.objects.filter(old_id=broken["old_id"]).exists()
    assert NewsArticlePage.objects.filter(title=broken["title"]).count() == 0


@pytest.mark.parametrize(("source", "site", "message"), [
    ("/nowhere/at/all", None, "/nowhere/at/all"),  # the site's language: matched by the name
    (str(LEGACY / "old-site"), "unknown.example", "No site 'unknown.example'"),
])
def test_a_source_or_site_that_does_not_exist_is_a_clear_error(demo, host, source, site,
                                                              message):
    with pytest.raises(CommandError, match=message):
        run(source, site=site or host)


# --- Every old address keeps working --------------------------------------------------------

def old_forms(path):
    """The forms the old site's address took: its own, without the trailing slash, with
    another slug before the id, and the special and print versions."""
    slug_and_id = path.rstrip("/").rsplit("/", 1)
    head, tail = slug_and_id[0], slug_and_id[1]
    numbers = tail.split("-")
    other_slug = f"{head}/renamed-{numbers[-2]}-{numbers[-1]}" if numbers[-1].startswith(
        ("19", "20")) and len(numbers[-1]) == 4 and numbers[-2].isdigit() else (
        f"{head}/renamed-{numbers[-1]}")
    return [(path, ""), (path.rstrip("/"), ""), (other_slug + "/", ""),
            ("/special" + path, "/special"), ("/printv" + path, "")]


@pytest.mark.parametrize("mirror", ["old-site", "old-site-by"])
def test_every_old_article_address_redirects_permanently(demo, host, client, mirror):
    run(str(LEGACY / mirror), site=host)
    for article in articles_of(mirror):
        page = imported(article)
        old_path = article["path"].replace("/be/", "/by/", 1) if mirror == "old-site-by" and (
            article["language"] == "be") else article["path"]
        for old, prefix in old_forms(old_path):
            response = client.get(old)
            assert response.status_code == 301, old
            assert response["Location"] == prefix + page.url, old
        assert client.get(old_path, follow=True).status_code == 200


@pytest.mark.parametrize("mirror", ["old-site", "old-site-by"])
def test_old_news_lists_redirect_to_their_sections(demo, host, client, mirror):
    run(str(LEGACY / mirror), site=host)
    for listing in (item for item in LISTS if item["mirror"] == mirror):
        if not listing["article_paths"]:
            continue
        section = imported(next(article for article in EXPECTED
                                if article["path"] == listing["article_paths"][0])).get_parent()
        response = client.get(listing["path"])
        assert response.status_code == 301, listing["path"]
        special = "/special" if listing["path"].startswith("/special/") else ""
        assert response["Location"] == special + section.url


def test_unknown_old_addresses_stay_404_and_never_fail(demo, host, client):
    run(str(LEGACY / "old-site"), site=host)
    for path in ("/ru/news-rayon-ru/view/unknown-99999/", "/ru/no-such-list-ru/",
                 "/ru/news-rayon-ru/view/x-99999999999999999999999/", "/printv/ru/",
                 "/by/news_raion/view/x-1/", "/special/de/news-de/view/x-15702/"):
        assert client.get(path, follow=True).status_code == 404, path


def test_a_restricted_page_is_not_revealed_by_its_old_address(demo, host, client):
    run(str(LEGACY / "old-site"), site=host, language="en")
    article = articles_of("old-site")[-1]
    PageViewRestriction.objects.create(page=imported(article), restriction_type="login")
    assert client.get(article["path"]).status_code == 404
    unpublished = imported(articles_of("old-site")[-2])
    unpublished.unpublish()
    assert client.get(articles_of("old-site")[-2]["path"]).status_code == 404


def test_an_expired_page_or_one_below_a_restricted_section_is_not_revealed(demo, host,
                                                                          client):
    """Expired before publish_scheduled has run, or hidden by its section's password."""
    run(str(LEGACY / "old-site"), site=host, language="en")
    english = [article for article in articles_of("old-site") if article["language"] == "en"]
    expired = imported(english[0])
    NewsArticlePage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(english[0]["path"]).status_code == 404
    assert client.get(english[1]["path"]).status_code == 301
    PageViewRestriction.objects.create(page=imported(english[1]).get_parent(),
                                       restriction_type="password", password="x")
    assert client.get(english[1]["path"]).status_code == 404
    assert client.get("/en/news-rayon-en/").status_code == 404


def test_a_page_of_the_new_site_wins_over_an_old_address(demo, host, client):
    """Only a 404 is looked at: an old list named like a new page leaves the page alone."""
    from ispolkom.syndication.models import LegacySection

    LegacySection.objects.create(site=Site.objects.get(hostname=host), language="ru",
                                 old_slug="news", section=demo.section("ru", "region"))
    assert client.get(demo.news_index("ru").url).status_code == 200


# --- From the live old site -----------------------------------------------------------------

def test_a_crawl_from_the_start_url_finds_the_articles_through_the_lists(demo, host,
                                                                         old_site):
    output, _err = run(old_site.base + "/ru/", site=host)
    russian = [article for article in articles_of("old-site-by") if article["language"] == "ru"]
    assert output == f"created {len(russian)}, skipped 0, failed 0"
    for article in russian:
        assert imported(article).title == article["title"]
    assert run(old_site.base + "/ru/", site=host)[0] == (
        f"created 0, skipped {len(russian)}, failed 0")


def test_a_crawl_that_cannot_start_is_a_clear_error(demo, host, old_site):
    with pytest.raises(CommandError, match="404"):
        run(old_site.base + "/nowhere/", site=host)


def test_an_article_only_in_print_form_is_read_from_there(demo, host, tmp_path):
    """Lists link the regular address; the mirror kept only the print copy."""
    server = MirrorServer(LEGACY / "old-site")
    try:
        output, _err = run(server.base + "/ru/news-rayon-ru/", site=host, language="ru")
    finally:
        server.close()
    only_printed = next(article for article in articles_of("old-site")
                        if all(file.startswith("printv/") for file in article["files"]))
    assert imported(only_printed).title == only_printed["title"]
    assert output.endswith("failed 0")


def test_dates_without_time_show_the_date_only(demo, host, client):
    run(str(LEGACY / "old-site"), site=host)
    article = next(item for item in articles_of("old-site") if "T" not in item["date"])
    page = imported(article)
    day = datetime.date.fromisoformat(article["date"])
    assert timezone.localtime(page.date).date() == day and not page.show_time
