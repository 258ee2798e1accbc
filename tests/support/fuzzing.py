"""What the fuzz tests share: hostile inputs (hypothesis strategies), the public routes of
the demo site, and what a sane answer looks like."""

import re
import string
from html import unescape

from django.utils import translation
from django.utils.translation import gettext
from hypothesis import strategies as st

from tests.conftest import LANGUAGES

# What each refusal says, in English; the page shows the translation for its language.
FRIENDLY_HEADINGS = {
    400: ("Bad request", "The question was not sent"),  # the question form refuses abuse
    403: ("Access denied", "The form was not sent"),
    404: ("Page not found",),
    405: ("This address only shows a page",),
    429: ("Too many questions",),  # the question form's limit per address
}
LANGUAGE_OF_PATH = re.compile(r"(?:/special)?/(ru|be|en)(?:/|$)")
HTML_LANG = re.compile(r'<html lang="([^"]*)"')
HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)
ROUTES = []  # filled on first use: the demo is loaded once per session


# --- Strategies ---------------------------------------------------------------------------

def latin1(text):
    """What a WSGI server hands Django: the request's UTF-8 bytes decoded as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def repeated(piece, limit):
    """Long input without drawing every character: a drawn piece repeated up to `limit`."""
    return st.tuples(piece, st.integers(1, limit)).map(lambda drawn: (drawn[0] * drawn[1])[:limit])


# Any character a browser could encode, with the troublemakers (NUL, line breaks, quotes,
# URL and cookie delimiters) drawn far more often than chance would.
TROUBLEMAKERS = "\x00\r\n%\\\"'<>&;=?#/"
ANY_TEXT = st.text(st.one_of(st.characters(codec="utf-8"), st.sampled_from(TROUBLEMAKERS)),
                   max_size=20)
BROKEN_PERCENT = st.sampled_from([
    "%", "%%", "%z", "%zz", "%ff%fe", "%c3", "%c3%28", "%e2%82", "%ed%a0%80", "%c0%af", "%00",
    "%0d%0a", "%2e%2e%2f", "%25", "%u0436", "%2F", "%%30%30",
])
TRICKY_SEGMENTS = st.sampled_from([
    "..", ".", "//", "\\", ";", "~", "page/", "rss/", "page/0/", "page/-1/", "page/1.5/",
    "page/١/", "page/99999999999999999999999999999/", "?", "#", "\x00", "\u202e", "з",
])
PATH_GARBAGE = st.lists(st.one_of(
    ANY_TEXT, BROKEN_PERCENT, TRICKY_SEGMENTS,
    repeated(st.one_of(ANY_TEXT, BROKEN_PERCENT, TRICKY_SEGMENTS), 10_000),
), max_size=6).map("".join)
PAGE_NUMBERS = st.one_of(
    st.integers(-10**30, 10**30).map(str),
    st.sampled_from(["0", "-0", "+1", "01", "1.5", "1e3", "0x10", "٣", "²", "１２", "Ⅻ", "NaN",
                     "inf", "", " 1", "1 ", "9" * 400, "1/", "1%00", "1\x00"]),
    st.floats().map(str),
    st.text(st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=6),
)
LONG_TEXT = repeated(st.text(st.characters(codec="utf-8"), min_size=1, max_size=12), 10_000)
DATES = st.one_of(
    st.dates().map(str),
    st.datetimes().map(str),
    st.sampled_from(["0000-00-00", "0001-01-01", "9999-12-31", "2024-02-30", "2024-13-01", "-1",
                     "31.12.2024", "12/31/2024", "2024-1-1", "10000-01-01", ""]),
    ANY_TEXT,
)
PARAMETER_NAMES = st.sampled_from([
    "q", "page", "p", "section", "date_from", "date_to", "next", "reset", "font", "size",
    "spacing", "line", "scheme", "images", "format", "lang", "username", "password", "",
]) | ANY_TEXT
QUERY_VALUES = st.one_of(ANY_TEXT, BROKEN_PERCENT, PAGE_NUMBERS, LONG_TEXT)
RAW_QUERY = st.one_of(
    st.lists(st.tuples(PARAMETER_NAMES, QUERY_VALUES).map("=".join), max_size=6)
    .map("&".join).map(latin1),
    LONG_TEXT.map(latin1),
    repeated(BROKEN_PERCENT, 10_000),
    st.binary(max_size=300).map(lambda raw: raw.decode("latin-1")),
)
SPECIAL_COOKIE = st.lists(
    st.tuples(st.sampled_from(["font", "size", "spacing", "line", "scheme", "images", "", "x"]),
              st.sampled_from(["serif", "3", "off", "white-blue", "", ":", "0"]) | ANY_TEXT)
    .map(":".join),
    max_size=8,
).map(".".join)
# Shaped like Django's keys (long enough to be looked up), with troublemakers mixed in.
TOKEN_LIKE = st.text(st.sampled_from(string.ascii_lowercase + string.digits + TROUBLEMAKERS),
                     min_size=8, max_size=64)
COOKIE_HEADER = st.one_of(
    st.lists(
        st.tuples(st.sampled_from(["special", "sessionid", "csrftoken", "django_language",
                                   "messages"]) | ANY_TEXT,
                  st.one_of(SPECIAL_COOKIE, ANY_TEXT, TOKEN_LIKE, BROKEN_PERCENT,
                            repeated(ANY_TEXT, 5000)))
        .map("=".join),
        max_size=5,
    ).map("; ".join).map(latin1),
    st.binary(max_size=300).map(lambda raw: raw.decode("latin-1")),
)
HEADER_VALUES = st.one_of(ANY_TEXT.map(latin1), BROKEN_PERCENT,
                          st.binary(max_size=200).map(lambda raw: raw.decode("latin-1")),
                          repeated(ANY_TEXT, 5000).map(latin1))
GARBAGE_HEADERS = st.dictionaries(
    st.sampled_from(["HTTP_ACCEPT_LANGUAGE", "HTTP_REFERER", "HTTP_USER_AGENT",
                     "HTTP_X_REQUESTED_WITH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE",
                     "HTTP_RANGE", "HTTP_ACCEPT", "HTTP_ORIGIN", "HTTP_X_FORWARDED_FOR",
                     "HTTP_X_FORWARDED_PROTO", "HTTP_ACCEPT_ENCODING"]),
    HEADER_VALUES,
    max_size=5,
)
HOSTS = st.one_of(
    st.sampled_from(["evil.example", "127.0.0.1:99999", "[::1]", "[::1", "localhost:", ":80",
                     "a" * 300, "127.0.0.1:8000\x00", "xn--80ak6aa92e.com", "", " ", "..",
                     "127.0.0.1:-1", "127.0.0.1:abc", "testserver.", "TESTSERVER", "-.-",
                     "127.0.0.1, evil.example", "user@127.0.0.1"]),
    st.from_regex(r"\A[a-z0-9.-]{1,40}(:[0-9]{0,6})?\Z"),
    ANY_TEXT.map(latin1),
)
UNSAFE_METHODS = st.sampled_from(["HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE",
                                  "PROPFIND", "BREW", "get"])
CONTENT_TYPES = st.sampled_from([
    "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
    "application/json", "text/plain", "", "application/x-www-form-urlencoded; charset=nonsense",
    "multipart/form-data; boundary=" + "x" * 200,
])
BODIES = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.tuples(PARAMETER_NAMES, QUERY_VALUES).map("=".join), max_size=5)
    .map("&".join).map(str.encode),
    st.just(b"--x\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nx\r\n--x--\r\n"),
)
HOSTILE_NEXT = st.one_of(
    st.sampled_from([
        "//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
        "/special/\r\nSet-Cookie: evil=1", "/special/%0d%0aSet-Cookie:evil=1",
        "/special//evil.example", "/special/\\\\evil.example", "\x00/special/", "/special/\x00",
        " /special/", "/special/ru/?page=2", "/special/../../evil.example", "/SPECIAL/",
        "/special/ru/\u202e", "/special/ru/%ff%fe", "/special/ru/%", "\t/special/",
        "/special/\u3000/evil", "http:/special/", "/special/@evil.example",
    ]),
    st.tuples(st.sampled_from(["/special/", "//", "/", "http://", "", "/special/ru/"]),
              ANY_TEXT).map("".join),
    LONG_TEXT,
)


# --- Routes and answers ------------------------------------------------------------------

def public_routes(demo):
    """Every public route type in every language, regular and special."""
    if not ROUTES:
        ROUTES.extend(demo_routes(demo))
    return ROUTES


def admin():
    from django.conf import settings

    return f"/{getattr(settings, 'ADMIN_PATH', 'admin')}/"


def admin_login():
    """The one public page that reads the session."""
    return admin() + "login/"


def demo_routes(demo):
    from wagtail.documents.models import Document

    paths = ["/", "/robots.txt", "/sitemap.xml", "/health/", "/settings/", admin(),
             admin_login(), Document.objects.order_by("pk").first().url,
             "/documents/999999/none.pdf"]
    for language in LANGUAGES:
        paths += [
            *demo.urls_of_every_type(language).values(),
            f"/{language}/search/",
            demo.news_index(language).url + "rss/",
            demo.section(language).url + "rss/",
            demo.section(language).url + "page/2/",
            f"/{language}/no-such-page/",
            f"/{language}/one-window/",  # the procedures catalogue (services)
            f"/{language}/one-window/category/housing/",
            f"/{language}/leadership/",  # the leadership and structure (directory)
            f"/{language}/leadership/kavalevich/",
            f"/{language}/about/structure/",
            f"/{language}/about/structure/ideology/sport-tourism/",
            f"/{language}/appeals/question/",  # the question form (feedback)
            f"/{language}/appeals/question/thanks/",
        ]
        paths += [f"/{language}/appeals/receptions/",  # receptions and lines (appeals)
                  f"/{language}/appeals/direct-lines/",
                  f"/{language}/appeals/direct-lines/archive/",
                  f"/{language}/appeals/direct-lines/archive/page/2/"]
        paths += [f"/{language}/events/",  # the events poster (events)
                  f"/{language}/events/past/", f"/{language}/events/calendar/2026/12/",
                  f"/{language}/events/ics/", f"/{language}/events/dance-evening/",
                  f"/{language}/events/dance-evening/ics/"]
    return paths + ["/special" + path for path in paths]


def list_pages(demo):
    return [path for path in public_routes(demo) if re.search(r"/news/([^/]+/)?$", path)]


def language_of(path):
    match = LANGUAGE_OF_PATH.match(path.split("?")[0])
    return match.group(1) if match else None


def assert_answered_sanely(status, body, method, path):
    """2xx, 3xx or 4xx; a refusal is our page, in the address's language if it has one."""
    where = f"{method} {path[:300]!r}"
    assert status < 500, f"{where} answered {status}"
    if status < 400 or method == "HEAD":
        return
    assert status in FRIENDLY_HEADINGS, f"{where}: unexpected {status}"
    html = body.decode("utf-8", "replace")
    lang = HTML_LANG.search(html)
    assert lang, f"{where}: {status} is not our page: {html[:200]!r}"
    language = lang.group(1)
    assert language in LANGUAGES and language_of(path) in (None, language), (
        f"{where}: a {status} page in {language!r}")
    heading = HEADING.search(html)
    assert heading, f"{where}: the {status} page has no heading"
    with translation.override(language):
        expected = {gettext(text) for text in FRIENDLY_HEADINGS[status]}
    assert unescape(heading.group(1)).strip() in expected, f"{where}: {heading.group(1)!r}"


def report(config, line):
    """A line in pytest's output even when the test passed (output is captured otherwise)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)
