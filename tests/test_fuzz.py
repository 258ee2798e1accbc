"""No input makes a public page answer 500.

Hypothesis sends malformed requests through Django's test client (real URL routing and every
middleware) to each public route type, in every language, regular and special: garbage path
segments, impossible page numbers, long and broken query strings, NUL bytes, garbage cookies
and headers, unknown Host headers, and methods the read-only views do not take. Every answer
must be 2xx, 3xx or 4xx, and a refusal must be our friendly page in the address's language.

test_fuzz_live.py sends what this client cannot: raw bytes to a real server.
"""

import collections
import os
import re
import time
from urllib.parse import quote, urlencode, urlsplit

import pytest
from django.test import Client, override_settings
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from .conftest import LANGUAGES
from .support.fuzzing import (
    ANY_TEXT,
    BODIES,
    CONTENT_TYPES,
    COOKIE_HEADER,
    DATES,
    GARBAGE_HEADERS,
    HOSTILE_NEXT,
    HOSTS,
    LONG_TEXT,
    PAGE_NUMBERS,
    PARAMETER_NAMES,
    PATH_GARBAGE,
    QUERY_VALUES,
    RAW_QUERY,
    SPECIAL_COOKIE,
    TOKEN_LIKE,
    UNSAFE_METHODS,
    admin_login,
    assert_answered_sanely,
    language_of,
    latin1,
    list_pages,
    public_routes,
    report,
)

# FUZZ_EXAMPLES=1000 hunts longer; the default keeps the file near a minute.
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None, database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
SENT = collections.Counter()


@pytest.fixture(scope="module", autouse=True)
def report_requests_sent(request):
    yield
    report(request.config, f"test_fuzz: {SENT['requests']} requests sent through the test client")


def send(client, method, path, **extra):
    SENT["requests"] += 1
    response = client.generic(method, path, **extra)
    body = b"" if response.streaming else response.content  # a streamed document is a 200
    assert_answered_sanely(response.status_code, body, method, path)
    return response


def get(client, path, **extra):
    return send(client, "GET", path, **extra)


@pytest.mark.slow
@FUZZ
@given(data=st.data(), garbage=PATH_GARBAGE, replace_last=st.booleans())
def test_garbage_in_the_path(client, demo, data, garbage, replace_last):
    route = data.draw(st.sampled_from(public_routes(demo)), label="route")
    base = route.rstrip("/").rpartition("/")[0] + "/" if replace_last else route
    get(client, base + garbage)


@pytest.mark.slow
@FUZZ
@given(data=st.data(), number=PAGE_NUMBERS)
def test_any_page_number(client, demo, data, number):
    page = data.draw(st.sampled_from(list_pages(demo)), label="list page")
    get(client, f"{page}page/{number}/")
    get(client, page, QUERY_STRING=latin1(urlencode({"page": number})))
    search = f"{'/special' if page.startswith('/special/') else ''}/{language_of(page)}/search/"
    get(client, search, QUERY_STRING=latin1(urlencode({"q": "район", "page": number})))


@pytest.mark.slow
@FUZZ
@given(special=st.booleans(), language=st.sampled_from(LANGUAGES), real_section=st.booleans(),
       parameters=st.fixed_dictionaries({}, optional={
           "q": st.one_of(ANY_TEXT, LONG_TEXT, st.sampled_from(["район", "раён", "district",
                                                                "\"", "*", "AND", "NEAR("])),
           "section": st.one_of(ANY_TEXT, st.integers(-10**20, 10**20).map(str)),
           "date_from": DATES, "date_to": DATES, "page": PAGE_NUMBERS,
       }))
@example(special=False, language="ru", real_section=False,
         parameters={"q": "район", "date_to": "9999-12-31"})
@example(special=True, language="en", real_section=True,
         parameters={"q": "district", "date_from": "0001-01-01", "date_to": "0001-01-01"})
def test_search_with_any_parameters(client, demo, special, language, real_section, parameters):
    if real_section and "section" not in parameters:
        parameters["section"] = str(demo.section(language).pk)
    path = f"{'/special' if special else ''}/{language}/search/"
    get(client, path, QUERY_STRING=latin1(urlencode(parameters)))


PROCEDURE_NUMBERS = st.from_regex(r"\A\d{1,3}(\.\d{1,3}){0,4}(-\d{1,3})?\Z")


@pytest.mark.slow
@FUZZ
@given(special=st.booleans(), language=st.sampled_from(LANGUAGES),
       q=st.one_of(ANY_TEXT, LONG_TEXT, PROCEDURE_NUMBERS, st.sampled_from(
           ["1.1.5", "18.12-1", "0.0", "99999999999999999999.1", "справка"])),
       category=st.one_of(ANY_TEXT, st.sampled_from(["housing", "", "..", "%00"])))
def test_the_procedures_catalogue_with_any_query(client, demo, special, language, q, category):
    catalogue = f"{'/special' if special else ''}/{language}/one-window/"
    get(client, catalogue, QUERY_STRING=latin1(urlencode({"q": q})))
    get(client, catalogue + "category/" + quote(category, safe="") + "/")


@pytest.mark.slow
@FUZZ
@given(special=st.booleans(), language=st.sampled_from(LANGUAGES), number=PAGE_NUMBERS,
       tail=st.one_of(ANY_TEXT, st.sampled_from(["archive", "archive/page", "..", "%00"])))
def test_the_direct_lines_archive_with_any_page(client, demo, special, language, number, tail):
    lines = f"{'/special' if special else ''}/{language}/appeals/direct-lines/"
    get(client, f"{lines}archive/page/{quote(str(number), safe='')}/")
    get(client, lines + quote(tail, safe="/") + "/")


QUESTION_FIELDS = st.sampled_from(["name", "contact", "text", "consent", "website", "token"])


@pytest.mark.slow
@FUZZ
@given(special=st.booleans(), language=st.sampled_from(LANGUAGES), fresh_token=st.booleans(),
       fields=st.dictionaries(QUESTION_FIELDS, st.one_of(ANY_TEXT, LONG_TEXT, TOKEN_LIKE),
                              max_size=6))
def test_the_question_form_with_any_fields(demo, special, language, fresh_token, fields):
    from ispolkom.feedback.forms import issue_token
    from ispolkom.feedback.models import FeedbackPage

    page = FeedbackPage.objects.get(locale__language_code=language)
    if fresh_token and "token" not in fields:  # else the token refuses nearly every try
        fields["token"] = issue_token(page, now=time.time() - 60)
    client = Client(REMOTE_ADDR=f"10.9.{len(SENT) % 250}.{SENT['requests'] % 250}")
    send(client, "POST", ("/special" if special else "") + page.url,
         data=urlencode(fields), content_type="application/x-www-form-urlencoded")


@pytest.mark.slow
@FUZZ
@given(data=st.data(), query=RAW_QUERY)
def test_any_query_string(client, demo, data, query):
    route = data.draw(st.sampled_from(public_routes(demo)), label="route")
    get(client, route, QUERY_STRING=query)


@pytest.mark.slow
@FUZZ
@given(data=st.data(), cookie=COOKIE_HEADER, session=st.none() | TOKEN_LIKE.map(latin1),
       headers=GARBAGE_HEADERS)
def test_garbage_cookies_and_headers(client, demo, data, cookie, session, headers):
    route = data.draw(st.sampled_from(public_routes(demo)), label="route")
    if session is not None:  # a session cookie makes Django look the key up in the database
        cookie = f"sessionid={session}; {cookie}"
    get(client, route, HTTP_COOKIE=cookie, **headers)
    get(client, admin_login(), HTTP_COOKIE=cookie, **headers)


@pytest.mark.slow
@FUZZ
@given(data=st.data(), host=HOSTS)
def test_unknown_hosts(client, demo, data, host):
    route = data.draw(st.sampled_from(public_routes(demo)), label="route")
    # The test settings allow any host; production names its own.
    with override_settings(ALLOWED_HOSTS=["testserver", "127.0.0.1", "localhost"]):
        get(client, route, HTTP_HOST=host)


@pytest.mark.slow
@FUZZ
@given(data=st.data(), method=UNSAFE_METHODS, body=BODIES, content_type=CONTENT_TYPES,
       enforce_csrf=st.booleans())
def test_methods_that_read_only_views_do_not_take(demo, data, method, body, content_type,
                                                  enforce_csrf):
    route = data.draw(st.sampled_from(public_routes(demo)), label="route")
    client = Client(enforce_csrf_checks=enforce_csrf)
    response = send(client, method, route, data=body, content_type=content_type)
    if response.status_code == 405:
        assert {"GET", "HEAD"} <= set(re.split(r",\s*", response["Allow"]))


@pytest.mark.slow
@FUZZ
@given(target=HOSTILE_NEXT, choices=st.dictionaries(PARAMETER_NAMES, QUERY_VALUES, max_size=4),
       cookie=SPECIAL_COOKIE.map(latin1), fetch=st.booleans())
def test_special_settings_never_leave_the_site(client, demo, target, choices, cookie, fetch):
    query = latin1(urlencode({**choices, "next": target}))
    extra = {"HTTP_X_REQUESTED_WITH": "fetch"} if fetch else {}
    response = get(client, "/special/settings/", QUERY_STRING=query,
                   HTTP_COOKIE=f"special={cookie}", **extra)
    if response.status_code in (301, 302):
        location = urlsplit(response["Location"])
        assert (location.scheme, location.netloc) == ("", ""), response["Location"]
        assert location.path.startswith("/special/"), response["Location"]
        assert not location.path.startswith(("//", "/\\")), response["Location"]


# Inputs the fuzz once turned into a 500 or a bare error page, kept as fixed cases.
ONCE_FAILED = [
    ("GET", "/ru/search/", {"QUERY_STRING": "q=x&date_to=9999-12-31"}, 200),
    ("GET", "/admin/login/", {"HTTP_COOKIE": "sessionid=abcdefgh\x00ij"}, 200),  # PostgreSQL
    ("TRACE", "/be/about/", {}, 405),
    ("POST", "/en/search/", {}, 405),
    ("PUT", "/special/settings/", {}, 405),
    ("GET", "/special/be/news/", {"HTTP_HOST": "evil.example"}, 400),
    ("POST", "/ru/news/", {}, 403),  # no CSRF token
]


@pytest.mark.parametrize(("method", "path", "extra", "status"), ONCE_FAILED)
def test_inputs_that_once_failed(demo, method, path, extra, status):
    client = Client(enforce_csrf_checks=status == 403)  # else CSRF refuses the 405 cases first
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        response = send(client, method, path, **extra)
    assert response.status_code == status
