"""Fetching and reading agency feeds as they really arrive, against a local HTTP server:
RSS 2.0, Atom and RDF; full text from content:encoded, turbo:content or yandex:full-text;
every way Cyrillic gets mislabelled; error pages with 200; feeds cut off half-way; slow,
huge and unreachable servers; and the agency's dateline."""

import gzip
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from ispolkom.syndication import fetch as fetching
from ispolkom.syndication.fetch import FetchError, fetch
from ispolkom.syndication.reader import MOJIBAKE, NotAFeed, read_feed, strip_dateline

FIXTURES = Path(__file__).parent / "fixtures" / "syndication"
RSS = "application/rss+xml"
PLUS_3 = timedelta(hours=3)


def fixture(name):
    return (FIXTURES / name).read_bytes()


class Route:
    def __init__(self, body=b"", status=200, headers=None, delay=0.0, trickle=0.0, etag=None):
        self.body, self.status, self.headers = body, status, dict(headers or {})
        self.delay, self.trickle, self.etag = delay, trickle, etag


class FeedHandler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        server = self.server
        server.requests.append((self.path, dict(self.headers)))
        route = server.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.end_headers()
            return
        time.sleep(route.delay)
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.end_headers()
            return
        self.send_response(route.status)
        headers = {"Content-Length": str(len(route.body)), **route.headers}
        if route.etag:
            headers["ETag"] = route.etag
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            if not route.trickle:
                self.wfile.write(route.body)
                return
            for byte in route.body:  # a server that never stops sending, slowly
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(route.trickle)
        except OSError:
            pass  # the client gave up, as it should

    def log_message(self, *args):
        pass


class FeedServer:
    def __init__(self):
        self.http = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
        self.http.daemon_threads = True
        self.http.routes, self.http.requests = {}, []
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, path, body=b"", content_type=RSS, **options):
        headers = {"Content-Type": content_type} if content_type else {}
        headers.update(options.pop("headers", {}))
        self.http.routes[path] = Route(body, headers=headers, **options)
        return self.url(path)

    def url(self, path):
        return f"http://127.0.0.1:{self.http.server_address[1]}{path}"

    @property
    def requests(self):
        return self.http.requests

    def stop(self):
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture(scope="module")
def server():
    feeds = FeedServer()
    yield feeds
    feeds.stop()


@pytest.fixture(autouse=True)
def local_server_allowed(settings):
    """The test server is on 127.0.0.1, which production refuses."""
    settings.SYNDICATION_ALLOW_PRIVATE = True


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def fetched_feed(server, path, body, content_type=RSS):
    fetched = fetch(server.serve(path, body, content_type))
    return read_feed(fetched.body, fetched.content_type)


# Fetching ----------------------------------------------------------------------------------

def test_fetch_gives_the_body_and_the_headers_of_a_feed(server):
    url = server.serve("/belta.rss", fixture("belta_ru.rss"), f"{RSS}; charset=utf-8",
                       headers={"Last-Modified": "Thu, 16 Feb 2023 07:20:00 GMT"}, etag='"v1"')
    fetched = fetch(url)
    assert (fetched.status, fetched.body) == (200, fixture("belta_ru.rss"))
    assert fetched.content_type == "application/rss+xml; charset=utf-8"
    assert (fetched.etag, fetched.modified) == ('"v1"', "Thu, 16 Feb 2023 07:20:00 GMT")
    assert fetched.url == url
    assert "ispolkom" in server.requests[-1][1]["User-Agent"]


def test_a_conditional_get_of_an_unchanged_feed_answers_304_with_the_etag(server):
    url = server.serve("/etag.rss", fixture("belta_ru.rss"), etag='"belta-42"')
    first = fetch(url)
    again = fetch(url, etag=first.etag, modified="Thu, 16 Feb 2023 07:20:00 GMT")
    assert (again.status, again.body, again.etag) == (304, b"", '"belta-42"')
    sent = server.requests[-1][1]
    assert sent["If-None-Match"] == '"belta-42"'
    assert sent["If-Modified-Since"] == "Thu, 16 Feb 2023 07:20:00 GMT"


@pytest.mark.parametrize("status", [404, 500, 503])
def test_an_http_error_is_a_fetch_error_naming_the_code(server, status):
    url = server.serve(f"/error-{status}", b"<h1>Error</h1>", "text/html", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        fetch(url)


def test_a_server_that_does_not_answer_in_time_is_a_fetch_error(server):
    url = server.serve("/slow.rss", fixture("belta_ru.rss"), delay=3)
    started = time.monotonic()
    with pytest.raises(FetchError, match="No answer .* within 1 seconds"):
        fetch(url, timeout=1)
    assert time.monotonic() - started < 2.5


def test_the_timeout_is_for_the_whole_fetch_not_for_each_read(server):
    # every byte comes within the timeout, the whole body never does
    url = server.serve("/trickle.rss", fixture("belta_ru.rss"), trickle=0.2)
    started = time.monotonic()
    with pytest.raises(FetchError, match="No answer"):
        fetch(url, timeout=1)
    assert time.monotonic() - started < 2.5


def test_a_body_over_the_limit_is_refused(server):
    url = server.serve("/huge.rss", b"<rss>" + b" " * 5000 + b"</rss>")
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        fetch(url, limit=1000)
    assert fetch(url, limit=6000).status == 200


def test_a_gzipped_body_is_unpacked_and_a_gzip_bomb_stops_at_the_limit(server):
    feed = fixture("belta_ru.rss")
    url = server.serve("/gzip.rss", gzip.compress(feed), headers={"Content-Encoding": "gzip"})
    assert fetch(url).body == feed
    bomb = server.serve("/bomb.rss", gzip.compress(b"\0" * 5_000_000),
                        headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than"):
        fetch(bomb, limit=100_000)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://ftp.belta.by/news.rss",
                                 "javascript:alert(1)", "", "belta.by/rss", "http://"])
def test_only_http_and_https_addresses_are_fetched(url):
    with pytest.raises(FetchError, match="http and https"):
        fetch(url)


@pytest.mark.parametrize("url", ["http://belta.by:99999/rss", "http://bad..name.by/rss",
                                 "http://" + "x" * 70 + ".by/rss"])
def test_an_invalid_address_is_a_fetch_error(url):
    with pytest.raises(FetchError, match="not a valid address"):
        fetch(url)


def test_redirects_are_followed_but_never_to_another_scheme(server):
    target = server.serve("/moved.rss", fixture("belta_ru.rss"))
    start = server.serve("/old.rss", status=301, headers={"Location": "/moved.rss"})
    assert fetch(start).url == target
    sneaky = server.serve("/sneaky.rss", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="http and https"):
        fetch(sneaky)
    loop = server.serve("/loop.rss", status=302, headers={"Location": "/loop.rss"})
    with pytest.raises(FetchError, match="Too many redirects"):
        fetch(loop)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://localhost:9/feed",
                                 "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/",
                                 "http://192.168.0.1/rss", "http://[::1]:9/",
                                 "http://[::ffff:127.0.0.1]:9/"])
def test_private_and_metadata_addresses_are_refused(settings, url):
    settings.SYNDICATION_ALLOW_PRIVATE = False
    with pytest.raises(FetchError, match="private network"):
        fetch(url, timeout=2)


def test_the_operator_may_allow_private_addresses_by_environment(settings, server, monkeypatch):
    del settings.SYNDICATION_ALLOW_PRIVATE
    url = server.serve("/env.rss", fixture("belta_ru.rss"))
    monkeypatch.delenv("SYNDICATION_ALLOW_PRIVATE", raising=False)
    with pytest.raises(FetchError, match="private network"):
        fetch(url)
    monkeypatch.setenv("SYNDICATION_ALLOW_PRIVATE", "1")
    assert fetch(url).status == 200


def test_a_redirect_into_the_private_network_is_refused(settings, server, monkeypatch):
    # the test server stands for a public site; its redirect points inside the network
    settings.SYNDICATION_ALLOW_PRIVATE = False
    monkeypatch.setattr(fetching, "is_public", lambda address: address == "127.0.0.1")
    url = server.serve("/to-metadata", status=302,
                       headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    with pytest.raises(FetchError, match="169.254.169.254 is an address of a private network"):
        fetch(url, timeout=2)


def test_a_refused_connection_is_a_fetch_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="refused the connection"):
        fetch(f"http://127.0.0.1:{port}/rss")


def test_an_unknown_host_name_is_a_fetch_error(monkeypatch):
    def no_such_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(FetchError, match="could not be found"):
        fetch("https://news.example.invalid/rss")


def test_https_is_spoken_over_tls_and_its_failure_is_a_fetch_error(server):
    # the test server speaks plain HTTP: the TLS handshake fails
    url = server.serve("/plain.rss", fixture("belta_ru.rss")).replace("http:", "https:")
    with pytest.raises(FetchError, match="secure connection .* failed"):
        fetch(url, timeout=3)


def test_an_international_domain_name_is_asked_for_in_punycode(server, monkeypatch):
    url = server.serve("/idn.rss", fixture("belta_ru.rss"))
    port = url.split(":")[2].split("/")[0]
    resolve = socket.getaddrinfo
    asked = []

    def local_resolver(host, *args, **kwargs):
        asked.append(host)
        return resolve("127.0.0.1", *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_resolver)
    assert fetch(f"http://обращения.бел:{port}/idn.rss").status == 200
    assert asked == ["xn--80abnmycp7evc.xn--90ais"]
    assert server.requests[-1][1]["Host"] == f"xn--80abnmycp7evc.xn--90ais:{port}"


def test_fetch_errors_are_one_line_and_translated(server):
    url = server.serve("/gone.rss", b"", status=410)
    with translation.override("ru"), pytest.raises(FetchError) as error:
        fetch(url)
    assert "\n" not in str(error.value) and "410" in str(error.value)


# Reading: the three formats and where the full text is ---------------------------------------

def test_the_belta_seed_article_arrives_as_on_the_real_site(server):
    feed = fetched_feed(server, "/seed.rss", fixture("belta_ru.rss"))
    assert feed.title == "БЕЛТА — Новости Беларуси"
    assert feed.warnings == []
    seed = feed.entries[0]
    assert seed.guid == "belta-550001"
    assert seed.title == "Беларусь и Россия будут проводить единую промышленную политику"
    assert seed.link.startswith("https://www.belta.by/economics/view/")
    assert seed.published == datetime(2023, 2, 16, 7, 15, tzinfo=UTC)
    assert seed.published.utcoffset() == PLUS_3  # Minsk time, as the agency wrote it
    assert seed.categories == ["Экономика", "Союзное государство"]
    assert seed.image_urls == [
        ("https://img.belta.by/images/storage/news/with_archive/2023/000019_550001.jpg", "")]
    # yandex:full-text is plain text: its paragraphs become HTML paragraphs
    assert seed.full_html.startswith("<p>16 февраля, Минск /Корр. БЕЛТА/. Соглашение")
    assert seed.full_html.count("<p>") == 2
    assert strip_dateline(seed.summary_html) == (
        "Соглашение о единой промышленной политике открывает предприятиям двух стран общий "
        "рынок заказов.")


def test_content_encoded_is_the_full_text_and_media_images_keep_their_captions(server):
    bridge = fetched_feed(server, "/bridge.rss", fixture("belta_ru.rss")).entries[1]
    assert bridge.full_html.startswith("<p><strong>16 февраля, Осиповичи")
    assert bridge.summary_html == "<p>Движение по мосту открыто в обе стороны.</p>"
    assert bridge.image_urls == [
        ("https://img.belta.by/images/storage/news/with_archive/2023/000019_550002.jpg",
         "Мост через Свислочь после ремонта"),
        ("https://img.belta.by/images/storage/news/with_archive/2023/000019_550002_small.jpg", ""),
    ]


def test_a_teaser_feed_has_no_full_text(server):
    weather = fetched_feed(server, "/weather.rss", fixture("belta_ru.rss")).entries[2]
    assert (weather.full_html, weather.summary_html) == (
        "", "Теплая погода продержится до выходных.")
    assert weather.guid == "" and weather.image_urls == [] and weather.categories == []


def test_dates_keep_their_zone_and_a_date_without_one_is_minsk_time(server):
    seed, bridge, weather = fetched_feed(server, "/dates.rss", fixture("belta_ru.rss")).entries
    assert seed.published.isoformat() == "2023-02-16T10:15:00+03:00"
    assert bridge.published == datetime(2023, 2, 16, 9, 40, tzinfo=UTC)  # "GMT"
    assert weather.published == datetime(2023, 2, 16, 18, 40, tzinfo=ZoneInfo("Europe/Minsk"))
    assert weather.published.utcoffset() == PLUS_3


@pytest.mark.parametrize("pub_date, expected", [
    ("Чт, 16 фев 2023 10:15:00 +0300", "2023-02-16T10:15:00+03:00"),
    ("Чц, 16 лют 2023 10:15:00 +0300", "2023-02-16T10:15:00+03:00"),
    ("16 февраля 2023 10:15:00 +0300", "2023-02-16T10:15:00+03:00"),
    ("2023-02-16T10:15:00+03:00", "2023-02-16T10:15:00+03:00"),
    ("2023-02-16", "2023-02-16T00:00:00+03:00"),
    ("Thu, 16 Feb 2023 07:15:00 UT", "2023-02-16T07:15:00+00:00"),
    ("вчера", None),
])
def test_dates_as_sites_write_them(pub_date, expected):
    body = f"""<rss version="2.0"><channel><title>Лента</title><item><title>Новость</title>
<pubDate>{pub_date}</pubDate></item></channel></rss>""".encode()
    (entry,) = read_feed(body, RSS).entries
    assert (entry.published.isoformat() if entry.published else None) == expected


def test_turbo_content_is_the_full_text_of_a_belarusian_feed(server):
    feed = fetched_feed(server, "/oblast.rss", fixture("oblast_be.rss"))
    (exhibition,) = feed.entries
    assert exhibition.title == "Сёння ў Магілёве адкрылі абласную выставу прадпрыемстваў"
    assert "<p>Асіповіцкія прадпрыемствы паказалі новую прадукцыю.</p>" in exhibition.full_html
    assert exhibition.summary_html == "Выстава працуе да нядзелі."
    assert exhibition.guid == exhibition.link
    assert exhibition.categories == ["Прамысловасць"]


FULL_TEXT_SOURCES = {
    "content": "<content:encoded><![CDATA[<p>content</p>]]></content:encoded>",
    "turbo": "<turbo:content><![CDATA[<p>turbo</p>]]></turbo:content>",
    "yandex": "<yandex:full-text>yandex</yandex:full-text>",
}


@pytest.mark.parametrize("present, expected", [
    (("content", "turbo", "yandex"), "<p>content</p>"),
    (("turbo", "yandex"), "<p>turbo</p>"),
    (("yandex",), "<p>yandex</p>"),
    ((), ""),
])
def test_the_full_text_comes_from_content_then_turbo_then_yandex(present, expected):
    item = "".join(FULL_TEXT_SOURCES[name] for name in reversed(present))
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:turbo="http://turbo.yandex.ru" xmlns:yandex="http://news.yandex.ru"><channel>
<title>Лента</title><item><title>Новость</title><description>Анонс</description>{item}</item>
</channel></rss>""".encode()
    (entry,) = read_feed(body, RSS).entries
    assert entry.full_html == expected
    assert entry.summary_html == "Анонс"


def test_an_atom_feed(server):
    feed = fetched_feed(server, "/news.atom", fixture("news_ru.atom"), "application/atom+xml")
    session, games = feed.entries
    assert session.title == "Сессия облсовета утвердила программу развития"  # HTML title → text
    assert session.guid == "tag:mogilev-region.gov.by,2023:news-101"
    assert session.link == "https://mogilev-region.gov.by/ru/news/sessiya-101"
    assert session.published.isoformat() == "2023-02-16T10:15:00+03:00"
    assert session.full_html == ("<p>Депутаты рассмотрели 12 вопросов.</p>"
                                 "<p>Программа рассчитана на пять лет.</p>")
    assert session.summary_html == "Депутаты рассмотрели 12 вопросов."
    assert session.image_urls == [("https://mogilev-region.gov.by/media/101.png", "")]
    assert session.categories == ["Власть"]
    assert games.published == datetime(2023, 2, 16, 7, 15, tzinfo=UTC)  # only <updated>, "Z"


def test_an_rdf_feed(server):
    feed = fetched_feed(server, "/news.rdf", fixture("news_ru.rdf"), "application/rdf+xml")
    (projects,) = feed.entries
    assert feed.title == "Министерство промышленности — новости"
    assert projects.title == "Отобраны первые совместные проекты в станкостроении"
    assert projects.link == "https://minprom.gov.by/news/301"
    assert projects.published.isoformat() == "2023-02-16T15:30:00+03:00"
    assert projects.categories == ["Промышленность"]


def test_feedparsers_own_fixtures():
    (enclosures,) = read_feed(fixture("feedparser/item_enclosure_multiple.xml")).entries
    assert [url for url, _caption in enclosures.image_urls] == [
        "http://example.com/1", "http://example.com/2"]
    (thumbnail,) = read_feed(fixture("feedparser/media_thumbnail.xml")).entries
    assert thumbnail.image_urls == [("http://example.com/thumbnail.jpg", "")]
    assert thumbnail.title == "Example Atom"
    (rdf,) = read_feed(fixture("feedparser/rdf_item_title.xml")).entries
    assert rdf.title == "Example title"
    assert read_feed(fixture("feedparser/utf-16le-bom.xml")).entries == []


def test_only_images_are_taken_from_enclosures():
    body = """<rss version="2.0"><channel><title>Лента</title><item><title>Подкаст</title>
<enclosure url="https://belta.by/a.mp3" type="audio/mpeg" length="1"/>
<enclosure url="https://belta.by/b.jpg" length="1"/>
<enclosure url="https://belta.by/c" type="image/webp" length="1"/>
</item></channel></rss>""".encode()
    (entry,) = read_feed(body, RSS).entries
    assert [url for url, _caption in entry.image_urls] == [
        "https://belta.by/b.jpg", "https://belta.by/c"]


# Reading: encodings ------------------------------------------------------------------------

BELARUSIAN_TITLE = "Сёння ў Асіповічах адкрылі новую школу"
RUSSIAN_TITLE = "Президент провёл совещание по вопросам промышленности"
DESCRIPTION = "Ёлка, «цудоўная» — ўсё №1; Прэзідэнт Беларусі наведаў раён."


def encoded(encoding, declaration=None):
    prologue = f'<?xml version="1.0" encoding="{declaration}"?>\n' if declaration else ""
    return (prologue + fixture("encodings_be.rss").decode("utf-8")).encode(encoding)


ENCODINGS = {
    "utf-8 declared": (encoded("utf-8", "utf-8"), RSS),
    "utf-8 undeclared": (encoded("utf-8"), RSS),
    "utf-8 with a BOM": (b"\xef\xbb\xbf" + encoded("utf-8", "utf-8"), "text/xml"),
    "cp1251 in the header": (encoded("cp1251"), f"{RSS}; charset=windows-1251"),
    "cp1251 in the XML declaration": (encoded("cp1251", "windows-1251"), RSS),
    "cp1251 in the XML declaration, text/xml": (encoded("cp1251", "windows-1251"), "text/xml"),
    "cp1251 undeclared": (encoded("cp1251"), RSS),
    "cp1251 undeclared, text/xml": (encoded("cp1251"), "text/xml"),
    "cp1251 undeclared, no content type": (encoded("cp1251"), None),
    "cp1251 declared utf-8": (encoded("cp1251", "utf-8"), f"{RSS}; charset=utf-8"),
    "utf-8 declared windows-1251 in the header": (
        encoded("utf-8"), f"{RSS}; charset=windows-1251"),
    "utf-8 declared windows-1251 in the XML declaration": (
        encoded("utf-8", "windows-1251"), RSS),
    "utf-8 declared windows-1251 in both": (
        encoded("utf-8", "windows-1251"), "text/xml; charset=windows-1251"),
    "utf-8 declared cp1251, served as text/html": (
        encoded("utf-8", "cp1251"), "text/html; charset=cp1251"),
    "cp1251 declared iso-8859-1": (encoded("cp1251", "iso-8859-1"), f"{RSS}; charset=iso-8859-1"),
    "utf-16 without a byte order mark": (encoded("utf-16-le", "utf-16"), "text/xml"),
    "utf-16 with a byte order mark": (encoded("utf-16", "utf-16"), RSS),
    "utf-8 once read as cp1251 and saved so": (
        encoded("utf-8").decode("cp1251").encode("utf-8"), f"{RSS}; charset=utf-8"),
}


@pytest.mark.parametrize("case", ENCODINGS)
def test_cyrillic_comes_out_right_however_it_is_labelled(server, case):
    body, content_type = ENCODINGS[case]
    path = "/encoding/" + "-".join(case.replace(",", "").split()) + ".rss"
    feed = fetched_feed(server, path, body, content_type)
    assert feed.title == "Навіны Асіповіцкага раёна"
    assert [entry.title for entry in feed.entries] == [BELARUSIAN_TITLE, RUSSIAN_TITLE]
    assert feed.entries[0].summary_html == DESCRIPTION
    for text in [feed.title, *(entry.title + entry.summary_html for entry in feed.entries)]:
        assert not MOJIBAKE.search(text)
    assert feed.warnings == []


def test_undeclared_koi8r_from_feedparsers_fixtures():
    (entry,) = read_feed(fixture("feedparser/koi8r.xml"), "application/xml").entries
    assert entry.title == "Как пережить новогоднюю ночь"


def test_a_title_that_cannot_be_read_is_left_out_with_a_warning():
    body = """<rss version="2.0"><channel><title>Лента</title>
<item><title>Нормальная новость</title><link>https://belta.by/1</link></item>
<item><title>Ð¡Ð \ufffd\ufffd</title><link>https://belta.by/2</link></item>
</channel></rss>""".encode()
    feed = read_feed(body, RSS)
    assert [entry.title for entry in feed.entries] == ["Нормальная новость"]
    assert feed.warnings == [
        "An item with an unreadable (wrongly encoded) title was left out: https://belta.by/2"]


def test_legitimate_belarusian_is_not_taken_for_mojibake():
    for text in ["Сёння", "Сёлета ў Рэспубліцы", "РЭС «Асіповічы»", "Мінск — Магілёў"]:
        assert not MOJIBAKE.search(text), text


# Reading: what is not a feed, and broken feeds ---------------------------------------------

@pytest.mark.parametrize("body, content_type, message", [
    (fixture("error_page.html"), "text/html; charset=utf-8", "HTML page"),
    (fixture("error_page.html"), RSS, "HTML page"),
    (b"<h1>502 Bad Gateway</h1>", "text/html", "HTML page"),
    (b"", RSS, "empty"),
    (b"  \r\n ", RSS, "empty"),
    (b"Service temporarily unavailable", "text/plain", "not an RSS, Atom or RDF"),
    (b'<?xml version="1.0"?><sitemap><url/></sitemap>', "application/xml",
     "not an RSS, Atom or RDF"),
    (b"/etc/passwd", "text/plain", "not an RSS, Atom or RDF"),  # never opened as a file
])
def test_what_is_not_a_feed_says_so(server, body, content_type, message):
    with pytest.raises(NotAFeed, match=message):
        fetched_feed(server, "/not-a-feed", body, content_type)


def test_a_feed_cut_off_mid_item_keeps_its_complete_items_with_a_warning(server):
    whole = fixture("belta_ru.rss")
    cut = whole[:whole.index("Теплая".encode())]
    feed = fetched_feed(server, "/cut.rss", cut)
    assert [entry.guid for entry in feed.entries] == ["belta-550001", "belta-550002"]
    assert feed.entries[1].image_urls[0][1] == "Мост через Свислочь после ремонта"
    assert feed.warnings == ["The feed was cut off: 2 complete items were read, the incomplete "
                             "rest was left out."]


def test_a_feed_cut_off_inside_cdata_before_any_item_gives_no_items():
    feed = read_feed(fixture("feedparser/rss_incomplete_cdata.xml"), "text/xml")
    assert feed.entries == []
    assert feed.title == "can feedparser read this xml"
    assert "cut off: 0 complete items" in feed.warnings[0]


def test_a_feed_cut_off_inside_the_full_text_html():
    whole = fixture("belta_ru.rss").decode()
    cut = whole[:whole.index("Дорожники заменили")].encode()
    feed = read_feed(cut, RSS)
    assert [entry.guid for entry in feed.entries] == ["belta-550001"]
    assert len(feed.warnings) == 1


def test_a_complete_but_malformed_feed_is_read_leniently_with_a_warning():
    body = """<rss version="2.0"><channel><title>Лента</title>
<item><title>Хлеб & молоко подешевели</title><link>https://belta.by/1</link></item>
<item><title>Вторая новость</title><link>https://belta.by/2</link></item>
</channel></rss>""".encode()
    feed = read_feed(body, RSS)
    assert [entry.link for entry in feed.entries] == ["https://belta.by/1", "https://belta.by/2"]
    assert "not well-formed" in feed.warnings[0]


def test_text_printed_before_the_feed_is_ignored():
    body = b"\n\n<br>Notice: Undefined index in /var/www/rss.php\n" + fixture("belta_ru.rss")
    feed = read_feed(body, RSS)
    assert len(feed.entries) == 3 and feed.warnings == []


# The agency's dateline ---------------------------------------------------------------------

@pytest.mark.parametrize("text, rest", [
    ("16 февраля, Минск /Корр. БЕЛТА/. Президент провел совещание.",
     "Президент провел совещание."),
    ("16 февраля, Минск /БЕЛТА/. Президент провел совещание.", "Президент провел совещание."),
    ("МИНСК, 16 февраля (БЕЛТА) - Президент провел совещание.", "Президент провел совещание."),
    ("Минск, 16 февраля 2023 /БЕЛТА/ — Текст.", "Текст."),
    ("МІНСК, 16 лютага. /БЕЛТА/ – Прэзідэнт правёў нараду.", "Прэзідэнт правёў нараду."),
    ("16 лютага, Мінск /Кар. БЕЛТА/. Прэзідэнт правёў нараду.", "Прэзідэнт правёў нараду."),
    ("МАГІЛЁЎ, 3 траўня (БЕЛТА) – Выстава працуе.", "Выстава працуе."),
    ("MINSK, 16 February (BelTA) – The President held a meeting.",
     "The President held a meeting."),
])
def test_the_dateline_is_removed_and_the_rest_kept(text, rest):
    assert strip_dateline(text) == rest


def test_the_dateline_is_removed_from_html_keeping_the_markup_whole():
    html = ("<p><strong>16 февраля, Осиповичи /Корр. БЕЛТА/.</strong> Движение открыто.</p>"
            "<p>Второй абзац /БЕЛТА/.</p>")
    assert strip_dateline(html) == (
        "<p><strong></strong>Движение открыто.</p><p>Второй абзац /БЕЛТА/.</p>")
    assert strip_dateline("<p>МАГІЛЁЎ, 16 лютага. /БЕЛТА/ &ndash; Выстава.</p>") == (
        "<p>Выстава.</p>")


@pytest.mark.parametrize("text", [
    "Президент провел совещание 16 февраля в Минске.",
    "Как сообщает /БЕЛТА/, 16 февраля, Минск принял гостей.",
    "16 февраля — День памяти.",
    "",
])
def test_text_without_a_leading_dateline_is_unchanged(text):
    assert strip_dateline(text) == text


def test_an_image_caption_before_the_full_text_is_not_taken_for_it():
    feed = read_feed("""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>БелТА</title>
<item><title>Выставка в Осиповичах</title><link>https://example.by/1</link>
<media:content url="https://example.by/1.jpg" medium="image">
  <media:description>Посетители у стенда</media:description></media:content>
<content:encoded><![CDATA[<p>Полный текст новости.</p>]]></content:encoded>
</item></channel></rss>""".encode())
    [entry] = feed.entries
    assert entry.full_html == "<p>Полный текст новости.</p>"
    assert entry.image_urls == [("https://example.by/1.jpg", "Посетители у стенда")]
