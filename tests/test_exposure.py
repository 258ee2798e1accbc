"""What an outsider can reach or make the site say (issue 9, finding 8): settings changed from
another site, links built from a forged Host header, private documents as bare files, Django's
technical pages on the `make run` server, web pages uploaded as documents, and the headers
of document downloads."""

import importlib
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.urls import clear_url_caches, reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Site
from wagtail.users.models import UserProfile

import ispolkom.urls
from tests.support.live_server import free_port, running_server
from tests.support.scratch_databases import ScratchPostgres, ScratchSQLite
from tests.support.sitemaps import sitemap_text

# --- 8a. The special version's settings change only from the site itself ------------------

SETTINGS_URL = "/special/settings/"
KEPT = "font:serif.size:2.spacing:1.line:3.scheme:blue.images:on"
CHOICE = {"images": "off", "scheme": "green", "next": "/special/ru/news/"}


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},  # a sibling subdomain is another site too
    {"Sec-Fetch-Site": "cross-site", "Referer": "http://testserver/special/ru/"},
    {"Origin": "https://evil.example"},
    {"Origin": "null"},  # a sandboxed frame or a data: page
    {"Referer": "https://evil.example/page.html"},
    {"Referer": "http://testserver.evil.example/special/ru/"},
    {"Referer": "http://["},
])
def test_another_site_cannot_change_a_visitors_settings(client, demo, headers):
    client.cookies["special"] = KEPT
    response = client.get(SETTINGS_URL, CHOICE, headers=headers)
    assert (response.status_code, response["Location"]) == (302, "/special/ru/news/")
    assert "special" not in response.cookies
    page = BeautifulSoup(client.get("/special/ru/news/").content, "html.parser")
    assert "sv-scheme-blue" in page.html["class"]  # what the visitor chose, untouched
    assert "sv-images-on" in page.html["class"]


def test_another_sites_script_cannot_change_them_either(client, demo):
    response = client.get(SETTINGS_URL, CHOICE, headers={
        "Sec-Fetch-Site": "cross-site", "X-Requested-With": "fetch"})
    assert "special" not in response.cookies


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "same-origin"},  # a click in the panel
    {"Sec-Fetch-Site": "none"},  # a typed address or a bookmark
    {"Referer": "http://testserver/special/ru/news/"},
    {"Origin": "http://testserver"},
    {"Referer": "http://TestServer/special/ru/"},
    {},  # a browser that sends none of these
])
def test_the_visitors_own_choice_still_applies(client, demo, headers):
    response = client.get(SETTINGS_URL, CHOICE, headers=headers)
    assert (response.status_code, response["Location"]) == (302, "/special/ru/news/")
    assert response.cookies["special"].value == (
        "font:sans.size:1.spacing:1.line:1.scheme:green.images:off")


# --- 8b. Absolute URLs name the Site's configured address, never the Host header ----------

FORGED_HOSTS = ["127.0.0.1:9999", "localhost:1234"]


def site_root():
    return Site.objects.get(is_default_site=True).root_url


def assert_on_site(url, host):
    assert url.startswith(site_root() + "/"), url
    assert urlsplit(url).netloc != host and host not in url, url


@pytest.mark.parametrize("host", FORGED_HOSTS)
def test_robots_txt_names_the_sites_sitemap(client, demo, host):
    text = client.get("/robots.txt", HTTP_HOST=host).content.decode()
    assert f"Sitemap: {site_root()}/sitemap.xml" in text.splitlines()
    assert host not in text


@pytest.mark.parametrize("host", FORGED_HOSTS)
def test_sitemap_names_the_sites_address(client, demo, host):
    index = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    assert f"<loc>{site_root()}/sitemaps/pages-1.xml</loc>" in index
    assert host not in index
    text = sitemap_text(client, HTTP_HOST=host)
    assert f"<loc>{site_root()}/" in text
    assert host not in text


@pytest.mark.parametrize("host", FORGED_HOSTS)
def test_open_graph_names_the_sites_address(client, demo, host):
    from ispolkom.news.models import NewsArticlePage

    article = NewsArticlePage.objects.live().filter(main_image__isnull=False).first()
    html = BeautifulSoup(client.get(article.url, HTTP_HOST=host).content, "html.parser")
    og = {meta["property"]: meta["content"] for meta in html.select("meta[property]")}
    assert_on_site(og["og:image"], host)
    assert urlsplit(og["og:image"]).path.startswith(settings.MEDIA_URL + "images/")
    assert_on_site(og["og:url"], host)
    assert_on_site(html.select_one('link[rel="canonical"]')["href"], host)
    assert host not in html.select_one('script[type="application/ld+json"]').string


@pytest.mark.parametrize("host", FORGED_HOSTS)
@pytest.mark.parametrize("special", ["", "/special"])
def test_feeds_link_the_sites_address(client, demo, host, special):
    response = client.get(special + demo.news_index("ru").url + "rss/", HTTP_HOST=host)
    assert host not in response.content.decode()
    feed = feedparser.parse(response.content)
    assert_on_site(feed.feed.link, host)
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [
        demo.news_index("ru").full_url + "rss/"]
    assert feed.entries
    for entry in feed.entries:
        assert_on_site(entry.link, host)
        assert entry.id == entry.link


# --- 8c. Uploaded files: only images are bare files; documents pass Wagtail's checks -----

@pytest.fixture
def media_served():
    """The URLs of a server that serves media itself (`make run`): ispolkom/urls.py reads
    SERVE_MEDIA when it is imported."""
    try:
        with override_settings(SERVE_MEDIA=True):
            reload_urls()
            yield
    finally:
        reload_urls()  # with the settings restored: as it was


def reload_urls():
    importlib.reload(ispolkom.urls)
    clear_url_caches()


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Internal papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD,
        password="only-staff")
    return Document.objects.create(
        title="Draft budget", collection=collection,
        file=ContentFile(b"Draft budget: confidential figures\n", name="draft-budget.txt"))


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("path", [
    "{name}",
    "images/../{name}",
    "original_images/../{name}",
    "images/..%2f{name}",
    "original_images/%2e%2e/{name}",
])
def test_a_private_document_is_no_bare_file(client, media_served, private_document, path):
    url = settings.MEDIA_URL + path.format(name=private_document.file.name)
    response = client.get(url)
    assert response.status_code in (400, 404), url  # a path that climbs out is refused
    assert b"confidential" not in body_of(response)


def test_a_private_document_asks_for_its_password(client, media_served, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert b"confidential" not in body_of(response)
    assert 'name="password"' in response.content.decode()


def test_images_are_still_served_as_files(client, media_served, demo):
    image = Image.objects.first()
    original = client.get(settings.MEDIA_URL + image.file.name)
    assert original.status_code == 200
    assert original["Content-Type"].startswith("image/")
    rendition = image.get_rendition("width-200")
    assert client.get(rendition.url).status_code == 200


# --- 8d. `make run` serves the site as visitors see it -------------------------------------

MANAGE = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
TECHNICAL = ("URLconf", "Traceback", "DisallowedHost", "ALLOWED_HOSTS", "SECRET_KEY",
             "settings.py", "Django tried these URL patterns", "DEBUG = True")


def make_run_environment(**extra):
    """The environment `make run` gives manage.py: its default settings (ispolkom.settings.dev),
    and no DEBUG, whatever the caller's shell exports."""
    hidden = {"DEBUG", "DJANGO_SETTINGS_MODULE", "ALLOWED_HOSTS"}
    return {**{k: v for k, v in os.environ.items() if k not in hidden}, **extra}


def test_make_run_settings_have_debug_off():
    probe = ("from django.conf import settings; "
             "print(settings.SETTINGS_MODULE, settings.DEBUG, '*' in settings.ALLOWED_HOSTS)")
    result = subprocess.run(MANAGE + ["shell", "--no-imports", "-c", probe],
                            env=make_run_environment(), capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.split() == ["ispolkom.settings.dev", "False", "False"]


@pytest.fixture(scope="module")
def make_run_server(django_db_setup, django_db_blocker, tmp_path_factory):
    """`manage.py runserver` as `make run` starts it, on a copy of the test database."""
    work = tmp_path_factory.mktemp("make-run")
    with django_db_blocker.unblock():
        databases = ScratchPostgres() if connection.vendor == "postgresql" else ScratchSQLite(work)
        database_url = databases.copy_of_test_database("make_run")
    port = free_port()
    env = make_run_environment(DATABASE_URL=database_url, MEDIA_ROOT=str(settings.MEDIA_ROOT))
    base = f"http://127.0.0.1:{port}"
    try:
        with running_server(MANAGE + ["runserver", "--noreload", f"127.0.0.1:{port}"], env,
                            work / "server.log", base + "/robots.txt"):
            yield base
    finally:
        with django_db_blocker.unblock():
            databases.drop_all()


def fetch(url, host=None):
    """(status, body) from the live server, without raising on 4xx/5xx."""
    request = urllib.request.Request(url, headers={"Host": host} if host else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 (loopback)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def assert_friendly(body):
    body = body.decode()
    for word in TECHNICAL:
        assert word not in body, word


@pytest.mark.live
def test_make_run_shows_visitors_the_sites_own_404(make_run_server):
    status, body = fetch(make_run_server + "/ru/no-such-page/")
    assert status == 404
    assert "Страница не найдена" in body.decode()
    assert_friendly(body)


@pytest.mark.live
def test_make_run_refuses_an_unknown_host_with_the_sites_own_400(make_run_server):
    status, body = fetch(make_run_server + "/ru/", host="evil.example")
    assert status == 400
    assert "Неверный запрос" in body.decode()
    assert_friendly(body)


@pytest.mark.live
def test_make_run_serves_static_files_images_but_no_document_files(make_run_server, db):
    assert fetch(make_run_server + "/static/css/site.css")[0] == 200
    image_path = settings.MEDIA_URL + Image.objects.first().file.name
    assert fetch(make_run_server + image_path)[0] == 200
    document = Document.objects.first()
    status, body = fetch(make_run_server + settings.MEDIA_URL + document.file.name)
    assert status == 404
    assert_friendly(body)
    assert fetch(make_run_server + document.url)[0] == 200  # through Wagtail's view


# --- 8e. No web page passes as a document ---------------------------------------------------

@pytest.fixture
def editor_client(client, db):
    admin = get_user_model().objects.create_superuser("doc-editor", "doc@example.org", "x")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin)
    return client


def add_document(client, name, data):
    upload = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    # With a collection per site, an editor chooses one: the root here.
    return client.post(reverse("wagtaildocs:add"), {
        "title": "Upload", "collection": Collection.get_first_root_node().pk, "file": upload})


def form_errors(response):
    if not response.context:
        return []
    with translation.override("en"):  # the editor's language; lazy messages follow it
        return [str(error) for error in response.context["form"].errors.get("file", [])]


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEB_PAGES = {
    "notice.txt": b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
    "report.csv": b"<html><script>alert(document.cookie)</script></html>",
    "bom.csv": b"\xef\xbb\xbf \r\n\t<HTML><BODY ONLOAD=alert(1)>",
    "utf16.txt": b"\xff\xfe" + "<script>alert(1)</script>".encode("utf-16-le"),
    "frame.txt": b"  <iframe src=javascript:alert(1)>",
    "picture.txt": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "data.csv": b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                b"<script>alert(1)</script></html>",
    "comment.txt": b"<!-- --><script>alert(1)</script>",
    "polyglot.pdf": b"<html><script>alert(1)</script><!--\n" + PDF,
}


@pytest.mark.parametrize("name", WEB_PAGES)
def test_a_web_page_is_refused_whatever_its_extension(editor_client, name):
    count = Document.objects.count()
    response = add_document(editor_client, name, WEB_PAGES[name])
    assert response.status_code == 200
    assert any("is not a ." in error for error in form_errors(response)), form_errors(response)
    assert Document.objects.count() == count


def test_a_web_page_is_refused_by_the_multiple_upload_too(editor_client):
    count = Document.objects.count()
    upload = SimpleUploadedFile("minutes.txt", WEB_PAGES["notice.txt"])
    response = editor_client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"] is False and response.json()["error_message"]
    assert Document.objects.count() == count


@pytest.mark.parametrize(("name", "data"), [
    ("prices.csv", b"item,limit\nbread,<5 kg\nmilk,a<b\n"),
    ("lead.csv", b"<5,less than five\n<10,less than ten\n"),
    ("notes.txt", b"Office hours: 8:00-17:00. Use <Ctrl+P> to print.\n<bold claims>\n"),
    ("report.pdf", PDF),
])
def test_text_with_a_harmless_angle_bracket_is_accepted(editor_client, name, data):
    response = add_document(editor_client, name, data)
    assert response.status_code == 302, form_errors(response)


# --- 8f. Document downloads have honest headers ---------------------------------------------

@pytest.mark.parametrize(("name", "data", "content_type", "disposition"), [
    ("schedule.csv", b"day,hours\nMonday,8-17\n", "text/csv", "attachment"),
    ("notes.txt", b"Office hours\n", "text/plain", "attachment"),
    ("decision.pdf", PDF, "application/pdf", "inline"),
])
def test_uploaded_documents_are_served_with_honest_headers(
        editor_client, client, name, data, content_type, disposition):
    assert add_document(editor_client, name, data).status_code == 302
    document = Document.objects.latest("pk")
    response = client.get(document.url)
    assert response.status_code == 200
    assert body_of(response) == data
    assert "Content-Encoding" not in response.headers
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].split(";")[0] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert_real_etag(client, document, response)


def test_documents_saved_by_code_have_a_real_etag_too(client, db):
    """The demo and imports create documents without the admin's form."""
    document = Document.objects.create(
        title="Imported", file=ContentFile(b"a,b\n1,2\n", name="imported.csv"))
    response = client.get(document.url)
    assert "Content-Encoding" not in response.headers
    assert_real_etag(client, document, response)


@pytest.mark.parametrize("path", ["99999999999999999999999/x.txt", "0/x.txt", "7/../x.txt"])
def test_a_document_address_that_names_nothing_is_a_404(client, db, path):
    assert client.get(f"/documents/{path}").status_code == 404


def assert_real_etag(client, document, response):
    etag = response["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 2, etag
    assert client.get(document.url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    # An empty ETag would make every document "not modified" for anyone who sends one.
    assert client.get(document.url, HTTP_IF_NONE_MATCH='""').status_code == 200
