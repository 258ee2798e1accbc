"""Every way in: the admin's login, the site's login (/<lang>/_util/login/, also under
/special/) and page passwords. Two-step verification is checked at the admin's door whatever
the way in; guessing is limited per address and per user name or page; the address is the
one the trusted proxy saw."""

import importlib
import re
from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.test import Client, override_settings
from django.urls import clear_url_caches
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry, PageViewRestriction

from ispolkom.news.editors import NEWS_EDITOR
from tests.support.forms import submitted_fields

PASSWORD = "correct horse battery staple"
ADMIN_LOGIN = "/admin/login/"
SITE_LOGINS = ["/ru/_util/login/", "/be/_util/login/", "/special/ru/_util/login/"]
DOORS = [ADMIN_LOGIN, *SITE_LOGINS]
TOO_MANY_SIGN_INS = {"ru": "Слишком много неудачных попыток входа",
                     "be": "Занадта шмат няўдалых спроб уваходу"}


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("press", password=PASSWORD)
    user.groups.add(Group.objects.get(name=NEWS_EDITOR))
    return user


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser("chief", password=PASSWORD)


def give_device(user):
    """A confirmed authenticator app and ten recovery codes, as the set-up page leaves them."""
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    recovery = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(10)]
    for code in codes:
        recovery.token_set.create(token=code)
    return device, codes


def current_code(device, offset=0):
    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down retries after a wrong code
    return f"{totp(device.bin_key, t0=device.t0, step=device.step, drift=offset):06d}"


def forget_failed_codes(user):
    """django-otp makes the next try wait after a wrong recovery code; tests need not."""
    StaticDevice.objects.filter(user=user).update(throttling_failure_count=0,
                                                  throttling_failure_timestamp=None)


def sign_in(client, door, password=PASSWORD, code=None, username="press", address="10.0.0.7",
            **headers):
    data = {"username": username, "password": password}
    if code is not None:
        data["otp_token"] = code
    return client.post(door, data, REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="ru", **headers)


def signed_in(client):
    return "_auth_user_id" in client.session


@contextmanager
def admin_at(path):
    import ispolkom.urls

    try:
        with override_settings(ADMIN_PATH=path):
            clear_url_caches()
            importlib.reload(ispolkom.urls)
            yield
    finally:
        clear_url_caches()
        importlib.reload(ispolkom.urls)


def language_of(door):
    return "be" if "/be/" in door else "ru"


def without_tokens(response):
    """The page with what differs on every answer (CSRF tokens, CSP nonces) taken out."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    html = re.sub(r'"CSRF_TOKEN": "[^"]*"', "", html)  # the admin's script configuration
    return re.sub(r'nonce="[^"]*"', "", html)


def assert_refused_with_retry_after(response, language="ru"):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 15 * 60
    assert TOO_MANY_SIGN_INS[language] in response.content.decode()


# --- two-step verification at the admin's door ----------------------------------------------

@pytest.mark.parametrize("door", DOORS)
def test_a_password_alone_does_not_open_the_admin_through_any_door(client, editor, door):
    give_device(editor)
    response = sign_in(client, door)
    assert response.status_code == 200  # the form again
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize("door", DOORS)
def test_the_code_opens_the_admin_through_every_door(client, editor, door):
    device, _codes = give_device(editor)
    assert sign_in(client, door, code=current_code(device)).status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("door", [*SITE_LOGINS, "/en/_util/login/"])
def test_the_site_login_asks_for_the_code_in_the_language_of_its_address(client, db, door):
    page = client.get(door)
    assert page.status_code == 200
    html = page.content.decode()
    assert f'<html lang="{door.split("/")[-4]}"' in html
    assert 'name="otp_token"' in html
    assert f'action="{door}"' in html  # the special version's form stays in it


@pytest.mark.parametrize("admin_path", ["admin", "office"])
def test_a_session_signed_in_without_the_code_is_signed_out_at_the_admin(client, editor,
                                                                          admin_path):
    """Whatever made the session (another login view, an old session, a programmatic
    login): the admin wants a verified device from a user who has one."""
    give_device(editor)
    with admin_at(admin_path):
        client.force_login(editor)
        response = client.get(f"/{admin_path}/pages/")
        assert response.status_code == 302
        assert response["Location"].startswith(f"/{admin_path}/login/?next=")
        assert not signed_in(client)
        login_page = client.get(response["Location"])
        assert login_page.status_code == 200
        assert 'name="otp_token"' in login_page.content.decode()


@pytest.mark.parametrize("door", [ADMIN_LOGIN, "/ru/_util/login/"])
def test_the_login_answers_alike_until_the_code_is_checked(client, editor, door):
    device, _codes = give_device(editor)
    wrong_password = sign_in(client, door, password="not the password", code="")
    no_code = sign_in(client, door, code="")
    wrong_code = sign_in(client, door, code=f"{(int(current_code(device)) + 1) % 10**6:06d}")
    assert wrong_password.status_code == no_code.status_code == wrong_code.status_code == 200
    assert without_tokens(wrong_password) == without_tokens(no_code) == without_tokens(wrong_code)
    assert not signed_in(client)


def test_a_recovery_code_signs_in_once(client, editor):
    _device, codes = give_device(editor)
    typed = f"{codes[0][:4].upper()}-{codes[0][4:].upper()}"  # as people copy it
    assert sign_in(client, ADMIN_LOGIN, code=typed).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.logout()
    assert sign_in(client, ADMIN_LOGIN, code=codes[0]).status_code == 200  # used up
    assert not signed_in(client)
    forget_failed_codes(editor)
    assert sign_in(client, ADMIN_LOGIN, code=codes[1]).status_code == 302


def test_new_recovery_codes_need_a_code_and_replace_the_old_ones(client, editor):
    _device, codes = give_device(editor)
    assert sign_in(client, ADMIN_LOGIN, code=codes[0]).status_code == 302
    refused = client.post("/admin/account/two-step/", {"code": "000000",
                                                       "action": "recovery_codes"})
    assert refused.status_code == 200
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(codes[1:])
    renewed = client.post("/admin/account/two-step/", {"code": codes[1],
                                                       "action": "recovery_codes"})
    assert renewed.status_code == 200
    new_codes = set(StaticToken.objects.values_list("token", flat=True))
    assert len(new_codes) == 10 and not new_codes & set(codes)
    assert all(code in renewed.content.decode() for code in new_codes)
    assert client.get("/admin/").status_code == 200  # still verified
    client.logout()
    assert sign_in(client, ADMIN_LOGIN, code=codes[2]).status_code == 200
    forget_failed_codes(editor)
    assert sign_in(client, ADMIN_LOGIN, code=new_codes.pop()).status_code == 302


def set_up_two_step(client, user):
    """Through the set-up page, as the editor does it; returns the page with the codes."""
    assert client.get("/admin/account/two-step/").status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    return client.post("/admin/account/two-step/", {"code": current_code(device)})


@override_settings(TWO_STEP_REQUIRED=True)
def test_when_two_step_is_required_only_its_set_up_page_opens(client, editor):
    assert sign_in(client, ADMIN_LOGIN).status_code == 302  # no device yet: the password
    for url in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/account/two-step/")
    assert client.get("/admin/account/two-step/").status_code == 200
    codes_page = set_up_two_step(client, editor)
    assert codes_page.status_code == 200
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert client.get("/admin/pages/").status_code == 200  # this session proved the code
    assert client.post("/admin/logout/").status_code == 302
    assert sign_in(client, ADMIN_LOGIN).status_code == 200  # now the code is needed


@override_settings(TWO_STEP_REQUIRED=True)
def test_when_two_step_is_required_signing_out_still_works(client, editor):
    assert sign_in(client, ADMIN_LOGIN).status_code == 302
    assert client.post("/admin/logout/").status_code == 302
    assert not signed_in(client)


def test_an_administrator_resets_a_lost_phone(client, editor, administrator):
    device, codes = give_device(editor)
    editors_session = Client()
    assert sign_in(editors_session, ADMIN_LOGIN, code=current_code(device)).status_code == 302
    assert editors_session.get("/admin/").status_code == 200

    client.force_login(administrator)
    reset_url = f"/admin/security/two-step/reset/{editor.pk}/"
    assert reset_url in client.get("/admin/users/").content.decode()
    assert client.get(reset_url).status_code == 200
    assert client.post(reset_url).status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    entry = ModelLogEntry.objects.get(action="security.two_step_reset")
    assert (entry.object_id, entry.user_id) == (str(editor.pk), administrator.pk)

    # The session verified with the removed device loses the admin ...
    response = editors_session.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(ADMIN_LOGIN)
    assert not signed_in(editors_session)
    # ... and at the next sign-in the editor is sent to set two-step verification up again.
    assert sign_in(editors_session, ADMIN_LOGIN, code=codes[0]).status_code == 302
    assert editors_session.get("/admin/pages/")["Location"] == "/admin/account/two-step/"
    assert set_up_two_step(editors_session, editor).status_code == 200
    assert editors_session.get("/admin/pages/").status_code == 200


def test_only_administrators_reset_two_step(client, editor, administrator):
    give_device(administrator)
    reset_administrator = f"/admin/security/two-step/reset/{administrator.pk}/"
    client.force_login(editor)
    refused = client.post(reset_administrator)
    # Wagtail answers a refusal in the admin by sending back to the dashboard.
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    # Managing users is not enough to remove a superuser's second factor.
    manager = get_user_model().objects.create_user("people", password=PASSWORD)
    manager.user_permissions.add(Permission.objects.get(codename="access_admin"),
                                 Permission.objects.get(codename="change_user"))
    client.force_login(manager)
    refused = client.post(reset_administrator)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert TOTPDevice.objects.filter(user=administrator).exists()
    assert reset_administrator not in client.get("/admin/users/").content.decode()
    give_device(editor)
    reset = client.post(f"/admin/security/two-step/reset/{editor.pk}/")
    assert (reset.status_code, reset["Location"]) == (302, "/admin/users/")
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_turning_two_step_off_signs_other_sessions_out_of_the_admin(client, editor):
    device, codes = give_device(editor)
    other_session = Client()
    assert sign_in(other_session, ADMIN_LOGIN, code=codes[0]).status_code == 302
    assert sign_in(client, ADMIN_LOGIN, code=current_code(device)).status_code == 302
    client.post("/admin/account/two-step/", {"code": codes[1], "action": "turn_off"})
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert client.get("/admin/").status_code == 200
    assert other_session.get("/admin/").status_code == 302
    assert not signed_in(other_session)


def account_form(client):
    """Every field of the account page as the browser would send it."""
    soup = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    return submitted_fields(soup.find("form", id="w-editor-form"))


def test_a_password_change_signs_the_other_sessions_out(client, editor):
    device, codes = give_device(editor)
    other_session = Client()
    assert sign_in(other_session, ADMIN_LOGIN, code=codes[0]).status_code == 302
    assert sign_in(client, ADMIN_LOGIN, code=current_code(device)).status_code == 302
    new_password = "another horse, another staple"
    response = client.post("/admin/account/", {
        **account_form(client), "name_email-first_name": "Пресс", "name_email-last_name": "Служба",
        "name_email-email": "press@example.by", "password-old_password": PASSWORD,
        "password-new_password1": new_password, "password-new_password2": new_password,
    })
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new_password)
    assert client.get("/admin/").status_code == 200  # this session stays, still verified
    assert other_session.get("/admin/").status_code == 302


@pytest.mark.parametrize("door", DOORS)
def test_overlong_sign_in_fields_get_the_form_again(client, db, door):
    """PostgreSQL refuses a user name longer than the lockout's log holds."""
    response = client.post(door, {"username": "a" * 5000, "password": "x" * 5000,
                                  "otp_token": "1" * 5000})
    assert response.status_code == 200


# --- limits on guessing: page passwords ----------------------------------------------------

@pytest.fixture
def protected_article(demo):
    article = demo.article("ru")
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="open sesame")
    return article, restriction


def page_password_url(prefix, restriction, page):
    return f"{prefix}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def send_page_password(client, url, password, address="10.0.0.7"):
    return client.post(url, {"password": password, "return_url": "/ru/"}, REMOTE_ADDR=address)


@pytest.mark.parametrize("prefix", ["/ru", "/special/ru", "/be"])
def test_page_password_guesses_are_limited_per_page_and_address(client, demo, protected_article,
                                                                 prefix):
    article, restriction = protected_article
    url = page_password_url(prefix, restriction, article)
    for guess in range(10):
        assert send_page_password(client, url, f"guess {guess}").status_code == 200
    refused = send_page_password(client, url, "open sesame")  # right, but not even checked
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 15 * 60
    language = prefix[-2:]
    assert refused["Content-Language"] == language
    assert f'<html lang="{language}"' in refused.content.decode()
    passed = client.session.get(restriction.passed_view_restrictions_session_key, [])
    assert restriction.pk not in passed
    # Another visitor is not held back, and this one may still open other pages.
    assert send_page_password(client, url, "open sesame", address="10.0.0.8").status_code == 302
    other = demo.standard("ru")
    other_restriction = PageViewRestriction.objects.create(
        page=other, restriction_type=PageViewRestriction.PASSWORD, password="other")
    other_url = page_password_url(prefix, other_restriction, other)
    assert send_page_password(client, other_url, "other").status_code == 302


def test_right_page_passwords_do_not_count(client, protected_article):
    article, restriction = protected_article
    url = page_password_url("/ru", restriction, article)
    for _visit in range(12):
        assert send_page_password(client, url, "open sesame").status_code == 302


# --- limits on guessing: signing in --------------------------------------------------------

@pytest.mark.parametrize("door", DOORS)
def test_signing_in_is_throttled_per_address_across_user_names(client, editor, door):
    for number in range(20):
        response = sign_in(client, door, username=f"user{number}", address="10.1.1.1")
        assert response.status_code == 200
    refused = sign_in(client, door, address="10.1.1.1")  # the right password, not checked
    assert_refused_with_retry_after(refused, language_of(door))
    assert not signed_in(client)
    assert sign_in(client, door, address="10.1.1.2").status_code == 302


@pytest.mark.parametrize("door", DOORS)
def test_signing_in_is_throttled_per_user_name_across_addresses(client, editor, door):
    for number in range(20):
        response = sign_in(client, door, password="wrong", address=f"10.2.0.{number}")
        assert response.status_code == 200
    refused = sign_in(client, door, address="10.2.1.1")
    assert_refused_with_retry_after(refused, language_of(door))
    assert not signed_in(client)
    get_user_model().objects.create_user("typist", password=PASSWORD)
    assert sign_in(client, door, username="typist", address="10.2.1.1").status_code == 302


def test_the_sign_in_counts_are_shared_by_every_door_and_process(client, editor):
    for number in range(20):
        door = DOORS[number % len(DOORS)]
        sign_in(client, door, username=f"user{number}", address="10.3.0.1")
    caches["default"].clear()  # a worker's own memory: the counts are not kept there
    assert_refused_with_retry_after(sign_in(client, ADMIN_LOGIN, address="10.3.0.1"))


def test_successful_sign_ins_do_not_count(client, editor):
    for _visit in range(22):
        assert sign_in(client, ADMIN_LOGIN, address="10.4.0.1").status_code == 302
        client.logout()


# --- the client's address behind proxies ---------------------------------------------------

@pytest.mark.parametrize("proxies, forwarded, seen", [
    (1, "10.0.0.1", "10.0.0.1"),
    (1, "1.2.3.4, 10.0.0.1", "10.0.0.1"),  # the client wrote 1.2.3.4 itself
    (1, "2001:db8::1", "2001:db8::1"),
    (2, "1.2.3.4, 10.0.0.1, 192.168.0.2", "10.0.0.1"),  # a CDN, then nginx
    (2, "10.0.0.1", "127.0.0.1"),  # fewer entries than proxies
    (0, "10.0.0.1", "127.0.0.1"),  # no proxy: the header is the client's word
    (1, "not-an-address", "127.0.0.1"),
    (1, "10.0.0.1, ", "127.0.0.1"),
    (1, "", "127.0.0.1"),
])
def test_the_lockout_records_the_address_the_trusted_proxy_saw(client, editor, proxies,
                                                               forwarded, seen):
    from axes.models import AccessAttempt

    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        sign_in(client, ADMIN_LOGIN, password="wrong", address="127.0.0.1",
                HTTP_X_FORWARDED_FOR=forwarded)
    assert AccessAttempt.objects.get(username="press").ip_address == seen


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_one_visitors_guesses_do_not_lock_out_another(client, editor):
    for _attempt in range(5):
        response = sign_in(client, ADMIN_LOGIN, password="wrong", address="127.0.0.1",
                           HTTP_X_FORWARDED_FOR="10.0.0.1")
    assert response.status_code == 429
    assert sign_in(client, ADMIN_LOGIN, address="127.0.0.1",
                   HTTP_X_FORWARDED_FOR="10.0.0.2").status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_header_chooses_nothing(client, editor):
    for attempt in range(5):
        response = sign_in(client, ADMIN_LOGIN, password="wrong", address="127.0.0.1",
                           HTTP_X_FORWARDED_FOR=f"1.2.3.{attempt}, 10.0.0.1")
    assert response.status_code == 429
    assert sign_in(client, ADMIN_LOGIN, address="127.0.0.1",
                   HTTP_X_FORWARDED_FOR="10.0.0.9, 10.0.0.1").status_code == 429
    # The same for the throttle: a sprayer forging the header is one address.
    for number in range(20):
        sign_in(client, "/ru/_util/login/", username=f"user{number}", address="127.0.0.1",
                HTTP_X_FORWARDED_FOR=f"1.2.{number}.4, 10.0.0.5")
    assert_refused_with_retry_after(sign_in(client, "/ru/_util/login/", address="127.0.0.1",
                                            HTTP_X_FORWARDED_FOR="9.9.9.9, 10.0.0.5"))
