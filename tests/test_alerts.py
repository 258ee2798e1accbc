"""Alert banners: order, scope, expiry on cached pages, hiding without JavaScript, the
emergency that cannot be hidden, the Emergency publishers group, the special version."""

import time
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction, Site

from ispolkom.alerts.models import Alert
from ispolkom.alerts.publishers import EMERGENCY_PUBLISHERS
from ispolkom.alerts.views import NOT_DISMISSIBLE
from ispolkom.core import freshness
from tests.support.fuzzing import ANY_TEXT, COOKIE_HEADER, HOSTILE_NEXT, latin1
from tests.support.nu_checker import nu_problems
from tests.test_sign_in import PASSWORD, current_code, give_device, sign_in

NOTICE_TEXT = "Перебои с водой"  # the demo's active banner


def now():
    return datetime.fromtimestamp(freshness.wall_clock_ns() / 1e9, UTC)


def make_alert(text, kind=Alert.NOTICE, start=None, end=None, publish=True, **fields):
    start = start or now() - timedelta(minutes=5)
    alert = Alert(kind=kind, text_ru=text, live=publish, text_be=text + " (be)", start=start,
                  end=end or start + timedelta(days=1),
                  site=Site.objects.get(is_default_site=True), **fields)
    alert.full_clean()
    alert.save()
    if publish:
        alert.save_revision().publish()
    return alert


def label(kind, language="ru"):
    """The banner's label in `language` (ru «Внимание!», «Предупреждение», «Объявление»)."""
    with translation.override(language):
        return str(Alert.HEADINGS[kind])


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def banners(response):
    """(kind label, text) of each banner, in page order."""
    return [(section.select_one(".alert__kind").get_text(strip=True),
             section.select_one(".alert__text").get_text(" ", strip=True))
            for section in soup(response).select("div.alert")]


def shown(client, url, text):
    response = client.get(url)
    assert response.status_code == 200, url
    return any(text in banner_text for _kind, banner_text in banners(response))


def move_clock(monkeypatch, moment):
    offset = int((moment - datetime.now(UTC)).total_seconds() * 1e9)  # from the real clock
    monkeypatch.setattr(freshness, "wall_clock_ns", lambda: time.time_ns() + offset)


def test_the_demo_shows_its_active_banner_and_not_the_scheduled_one(client, demo):
    page = client.get("/ru/about/")
    assert [kind for kind, _text in banners(page)] == [label(Alert.NOTICE)]
    assert NOTICE_TEXT in banners(page)[0][1]
    assert "Штормовое" not in page.content.decode()
    assert "Перабоі з вадой" in banners(client.get("/be/about/"))[0][1]
    assert Alert.objects.filter(live=True, start__gt=now()).exists()  # the scheduled one


def test_banners_go_by_importance_then_start(client, demo):
    make_alert("Вторая новость", start=now())  # after the demo's notice
    make_alert("Пожар на складе", kind=Alert.EMERGENCY, start=now() - timedelta(minutes=2))
    make_alert("Сильный ветер", kind=Alert.WARNING, start=now() - timedelta(minutes=3))
    found = banners(client.get("/ru/contacts/"))
    assert [kind for kind, _text in found] == [
        label(Alert.EMERGENCY), label(Alert.WARNING), label(Alert.NOTICE), label(Alert.NOTICE)]
    texts = [text.split(" ", 1)[1] for _kind, text in found]
    assert [text.split()[0] for text in texts] == ["Пожар", "Сильный", "Перебои", "Вторая"]


def test_the_first_banner_comes_before_the_header_and_the_page_heading(client, demo):
    make_alert("Пожар на складе", kind=Alert.EMERGENCY)
    page = soup(client.get("/ru/about/"))
    body = page.body.find_all(True, recursive=False)
    assert "skip-link" in body[0]["class"]
    assert body[1].select_one("div.alert--emergency") is not None
    assert page.select_one("div.alert").find_next("header") is not None
    emergency = page.select_one("div.alert--emergency")
    assert emergency.select_one('[role="alert"]') is not None
    assert emergency["aria-labelledby"] == emergency.select_one(".alert__kind")["id"]
    notice = page.select("div.alert")[1]
    assert notice.select_one('[role="alert"]') is None and notice.get("aria-labelledby")


def test_special_version_shows_banners_before_the_panel_and_the_header(client, demo):
    make_alert("Пожар на складе", kind=Alert.EMERGENCY)
    response = client.get("/special/ru/about/")
    assert response.status_code == 200
    html = response.content.decode()
    page = soup(response)
    first = page.select_one("div.alert--emergency")
    assert first is not None
    assert html.index("alert--emergency") < html.index('class="site-header')
    assert page.select_one(".sv-panel") is not None
    assert html.index("alert--emergency") < html.index('class="sv-panel')
    form = page.select_one("div.alert--notice form")
    assert form["action"].startswith("/special/ru/alerts/")
    assert form.select_one('[name="next"]')["value"] == "/special/ru/about/"


def test_a_section_banner_shows_in_the_section_and_its_translations_only(client, demo):
    section = demo.section("ru")
    make_alert("Перекрыта улица", kind=Alert.WARNING, section=section)
    assert shown(client, section.url, "Перекрыта улица")
    assert shown(client, demo.article("ru").url, "Перекрыта улица")
    assert shown(client, demo.section("be").url, "Перекрыта улица (be)")
    assert shown(client, demo.section("en").url, "Перекрыта улица")  # English falls back
    for url in ("/ru/about/", "/ru/", "/ru/search/?q=район"):
        assert not shown(client, url, "Перекрыта улица"), url


def test_draft_unpublished_and_private_section_banners_never_show(client, demo):
    make_alert("Черновик объявления", publish=False)
    assert not shown(client, "/ru/about/", "Черновик")
    published = make_alert("Снятое объявление")
    assert shown(client, "/ru/about/", "Снятое")
    published.unpublish()
    assert not shown(client, "/ru/about/", "Снятое")
    private = demo.standard("ru", "history")
    PageViewRestriction.objects.create(page=private, restriction_type="password",
                                       password="x")
    for other in private.get_translations():
        PageViewRestriction.objects.create(page=other, restriction_type="password",
                                           password="x")
    make_alert("Для своих", section=private)
    assert not shown(client, "/ru/about/", "Для своих")
    assert not shown(client, "/ru/sitemap/", "Для своих")


def test_the_end_must_come_after_the_start(db):
    start = now()
    with pytest.raises(ValidationError) as problem:
        make_alert("Наоборот", start=start, end=start - timedelta(hours=1))
    assert "end" in problem.value.message_dict


def test_publishing_deleting_a_banner_reaches_cached_pages(client, demo):
    url = "/ru/about/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    alert = make_alert("Новое объявление")
    assert shown(client, url, "Новое объявление")
    alert.delete()
    assert not shown(client, url, "Новое объявление")


def test_cached_pages_show_and_drop_banners_on_schedule_without_a_publish(client, demo,
                                                                         monkeypatch):
    ends = make_alert("Кончится скоро", end=now() + timedelta(hours=1))
    starts = make_alert("Начнётся позже", kind=Alert.WARNING,
                        start=now() + timedelta(hours=2), end=now() + timedelta(hours=3))
    url = "/ru/contacts/"
    first = client.get(url)
    assert "Кончится скоро" in first.content.decode()
    assert "Начнётся позже" not in first.content.decode()
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit" and again.content == first.content
    generation = freshness.generations([ends.site_id])[ends.site_id]

    move_clock(monkeypatch, ends.end + timedelta(seconds=1))
    after_end = client.get(url)
    assert "Кончится скоро" not in after_end.content.decode()
    assert "Начнётся позже" not in after_end.content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"  # cached again until the next change

    move_clock(monkeypatch, starts.start + timedelta(seconds=1))
    assert shown(client, url, "Начнётся позже")
    move_clock(monkeypatch, starts.end + timedelta(seconds=1))
    assert not shown(client, url, "Начнётся позже")
    # No publish happened: the same generation, so the memo (the menu, list counts) was
    # kept while the banners changed.
    monkeypatch.setattr(freshness, "MEMO_SECONDS", 0)
    assert freshness.generations([ends.site_id])[ends.site_id] == generation


def test_the_memo_keeps_no_banner(client, demo, monkeypatch):
    """Values kept by freshness.remember (the menu) are rendered once per generation; a banner
    that ends within it must not live on through them."""
    alert = make_alert("Память не держит", end=now() + timedelta(minutes=30))
    for url in ("/ru/", "/ru/about/", "/ru/sitemap/"):
        assert shown(client, url, "Память не держит"), url
    move_clock(monkeypatch, alert.end + timedelta(seconds=1))
    for url in ("/ru/", "/ru/about/", "/ru/sitemap/", "/ru/search/?q=район", "/ru/no-such/"):
        assert "Память не держит" not in client.get(url).content.decode(), url


def test_browsers_keep_a_page_no_longer_than_its_banners(client, demo):
    make_alert("Ненадолго", kind=Alert.EMERGENCY, end=now() + timedelta(seconds=30))
    # The demo's notice can be hidden: browsers ask again each time (304 while unchanged).
    response = client.get("/ru/contacts/")
    assert "max-age=0" in response["Cache-Control"]
    assert client.get("/ru/contacts/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def hide(client, alert, next_url, prefix=""):
    return client.post(f"{prefix}/ru/alerts/{alert.pk}/hide/", {"next": next_url})


def test_hiding_a_banner_without_javascript(client, demo):
    notice = Alert.objects.get(text_ru__startswith=NOTICE_TEXT)
    other = make_alert("Второе объявление")
    url = "/ru/about/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    response = hide(client, notice, url)
    assert response.status_code == 303 and response["Location"] == url
    cookie = response.cookies[f"alert-hidden-{notice.pk}"]
    left = (notice.end - now()).total_seconds()
    assert left - 60 <= int(cookie["max-age"]) <= left
    assert cookie["samesite"] == "Lax" and cookie["httponly"] and not cookie["secure"]

    after = client.get(url)
    assert not shown(client, url, NOTICE_TEXT) and shown(client, url, "Второе объявление")
    assert "Второе объявление" in after.content.decode()
    assert shown(client, "/ru/contacts/", "Второе объявление")
    assert not shown(client, "/ru/contacts/", NOTICE_TEXT)
    # Another visitor, without the cookie, still gets the banner (from the cached page).
    from django.test import Client

    stranger = Client()
    response = stranger.get(url)
    assert response["X-Page-Cache"] == "hit" and shown(stranger, url, NOTICE_TEXT)
    assert other.pk != notice.pk


def test_hiding_keeps_the_special_version(client, demo):
    notice = Alert.objects.get(text_ru__startswith=NOTICE_TEXT)
    response = hide(client, notice, "/special/ru/about/", prefix="/special")
    assert response.status_code == 303 and response["Location"] == "/special/ru/about/"
    assert not shown(client, "/special/ru/about/", NOTICE_TEXT)


def test_a_hidden_banner_over_https_gets_a_secure_cookie(client, demo, settings):
    notice = Alert.objects.get(text_ru__startswith=NOTICE_TEXT)
    response = client.post(f"/ru/alerts/{notice.pk}/hide/", {"next": "/ru/"}, secure=True)
    assert response.status_code == 303
    assert response.cookies[f"alert-hidden-{notice.pk}"]["secure"]


def test_an_emergency_cannot_be_hidden(client, demo):
    emergency = make_alert("Пожар на складе", kind=Alert.EMERGENCY)
    page = soup(client.get("/ru/about/"))
    assert page.select_one("div.alert--emergency form") is None
    assert page.select_one("div.alert--notice form") is not None
    response = hide(client, emergency, "/ru/about/")
    assert response.status_code == 403 and not response.cookies
    with translation.override("ru"):
        assert str(NOT_DISMISSIBLE[0]) in response.content.decode()
    assert '<html lang="ru"' in response.content.decode()
    client.cookies[f"alert-hidden-{emergency.pk}"] = "1"  # made by hand
    assert shown(client, "/ru/about/", "Пожар на складе")


@pytest.mark.parametrize("next_url", [
    "https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example",
    "javascript:alert(1)", "", "ru/about/", "/ru/\r\nSet-Cookie: x=1", "/" + "a" * 3000,
])
def test_hiding_refuses_to_send_visitors_elsewhere(client, demo, next_url):
    notice = Alert.objects.get(text_ru__startswith=NOTICE_TEXT)
    response = hide(client, notice, next_url)
    assert response.status_code == 400 and not response.cookies


def test_hiding_unknown_scheduled_or_draft_banners_is_not_found(client, demo):
    scheduled = Alert.objects.get(start__gt=now())
    draft = make_alert("Черновик", publish=False)
    for alert_id in (scheduled.pk, draft.pk, 999999, 2**40):
        response = client.post(f"/ru/alerts/{alert_id}/hide/", {"next": "/ru/"})
        assert response.status_code == 404, alert_id
    assert client.get(f"/ru/alerts/{scheduled.pk}/hide/").status_code == 405


def test_robots_txt_keeps_crawlers_off_the_hide_forms(client, demo):
    robots = client.get("/robots.txt").content.decode()
    for code in ("ru", "be", "en"):
        assert f"Disallow: /{code}/alerts/" in robots


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(alert_id=st.one_of(st.integers(min_value=0, max_value=2**70).map(str), ANY_TEXT),
       next_url=st.one_of(HOSTILE_NEXT, ANY_TEXT, st.sampled_from(["/ru/", "/special/ru/"])),
       special=st.booleans())
def test_fuzzed_hide_requests_never_fail(client, demo, alert_id, next_url, special):
    prefix = "/special" if special else ""
    response = client.post(f"{prefix}/ru/alerts/{quote(alert_id, safe='')}/hide/",
                           {"next": next_url})
    assert response.status_code in (303, 400, 403, 404)
    if response.status_code == 303:
        location = response["Location"]
        assert location == next_url and location.startswith("/")
        assert not location.startswith("//") and "\\" not in location


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cookie=st.one_of(COOKIE_HEADER, st.lists(
    st.tuples(st.just("alert-hidden-"), st.one_of(st.integers(-5, 2**70).map(str), ANY_TEXT))
    .map("".join).map(lambda name: latin1(name) + "=1"), max_size=30).map("; ".join)))
def test_fuzzed_hidden_cookies_never_break_a_page(client, demo, cookie):
    response = client.get("/ru/about/", HTTP_COOKIE=cookie)
    assert response.status_code == 200


@pytest.fixture
def publisher(db):
    user = get_user_model().objects.create_user("duty", password=PASSWORD)
    user.groups.add(Group.objects.get(name=EMERGENCY_PUBLISHERS))
    return user


def test_the_group_holds_rights_on_banners_and_nothing_else(publisher):
    group = Group.objects.get(name=EMERGENCY_PUBLISHERS)
    rights = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    assert rights == {("wagtailadmin", "access_admin"), ("alerts", "add_alert"),
                      ("alerts", "change_alert"), ("alerts", "delete_alert"),
                      ("alerts", "publish_alert")}
    assert not group.page_permissions.exists()
    assert not group.collection_permissions.exists()


def test_an_emergency_publisher_signs_in_and_publishes_a_banner_only(client, demo,
                                                                     publisher):
    device, _codes = give_device(publisher)
    sign_in(client, "/admin/login/", username="duty", code=current_code(device))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/snippets/alerts/alert/").status_code == 200
    assert 'name="text_ru"' in client.get("/admin/snippets/alerts/alert/add/").content.decode()
    site = Site.objects.get(is_default_site=True)
    start = now().astimezone(freshness_zone())
    response = client.post("/admin/snippets/alerts/alert/add/", {
        "kind": str(Alert.EMERGENCY), "site": str(site.pk),
        "text_ru": "Штормовое предупреждение по району", "text_be": "", "text_en": "",
        "link": "", "start": f"{start - timedelta(minutes=5):%Y-%m-%d %H:%M}",
        "end": f"{start + timedelta(hours=5):%Y-%m-%d %H:%M}", "section": "",
        "action-publish": "action-publish",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    alert = Alert.objects.get(text_ru="Штормовое предупреждение по району")
    assert alert.live
    from django.test import Client

    assert shown(Client(), "/ru/about/", "Штормовое предупреждение по району")

    about = demo.standard("ru")
    refused = [
        f"/admin/pages/{about.pk}/edit/", f"/admin/pages/add/core/standardpage/{about.pk}/",
        "/admin/images/", "/admin/documents/", "/admin/settings/core/districtidentity/",
        "/admin/snippets/schedules/holiday/", "/admin/users/", "/admin/groups/",
        "/admin/sites/",
    ]
    for url in refused:
        assert client.get(url).status_code in (302, 403, 404), url
    assert not about.permissions_for_user(publisher).can_edit()


def freshness_zone():
    from django.utils import timezone

    return timezone.get_current_timezone()


@pytest.mark.slow  # the Nu checker starts a Java process
def test_pages_with_every_kind_of_banner_pass_the_nu_html_checker(client, demo, tmp_path):
    make_alert("Пожар на складе", kind=Alert.EMERGENCY, link="https://example.org/news/")
    make_alert("Сильный ветер", kind=Alert.WARNING)
    answers = {f"{version.strip('/')}{language}-{name}":
               client.get(f"{version}/{language}/{path}")
               for version in ("", "/special") for language in ("ru", "be")
               for name, path in (("about", "about/"), ("search", "search/?q=x"),
                                  ("not-found", "no-such-page/"))}
    assert all(b"alert--emergency" in answer.content for answer in answers.values())
    assert nu_problems(tmp_path, answers, ["ispolkom/alerts/static/css/alerts.css"]) == []
