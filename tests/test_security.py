"""Security headers, the hardened admin (lockout, two-step codes, its own path) and the
audit log, as a visitor, an attacker and an editor meet them."""

import importlib
import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import clear_url_caches
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ispolkom.news.editors import NEWS_EDITOR

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {parts[0]: parts[1:] for parts in directives if parts}


def public_urls(demo):
    urls = []
    for language in ("ru", "be", "en"):
        urls += demo.urls_of_every_type(language)
        urls.append(f"/special{demo.article(language).url}")
    return urls + ["/robots.txt", "/sitemap.xml", "/sitemaps/pages-1.xml", "/ru/no-such-page/"]


# --- headers ---------------------------------------------------------------------------

def test_every_public_page_carries_the_strict_header_set(client, demo):
    for url in public_urls(demo):
        response = client.get(url, HTTP_HOST="127.0.0.1")
        assert response.status_code in (200, 404), url
        csp = policy(response)
        for directive in ("script-src", "style-src"):
            assert csp[directive] == ["'self'"], (url, directive)
        assert csp["default-src"] == ["'self'"]
        assert csp["object-src"] == ["'none'"]
        assert csp["frame-ancestors"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]


def test_pages_from_the_cache_carry_the_same_headers(client, demo):
    url = demo.article("be").url
    first = client.get(url, HTTP_HOST="127.0.0.1")
    second = client.get(url, HTTP_HOST="127.0.0.1")
    assert second["X-Page-Cache"] == "hit"
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"):
        assert second[header] == first[header]


def test_public_templates_have_no_inline_script_or_style(client, demo):
    """What the strict policy would block must not be in our pages in the first place."""
    for url in public_urls(demo):
        html = client.get(url, HTTP_HOST="127.0.0.1").content.decode()
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
        for attributes, body in scripts:
            assert "src=" in attributes or 'type="application/ld+json"' in attributes, url
            assert "src=" not in attributes or not body.strip(), url
        assert "<style" not in html and " style=" not in html, url
        assert not re.search(r"\son[a-z]+=", html), url


def test_the_admin_may_frame_its_own_previews(admin_client, demo):
    page = demo.article("ru")
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert policy(response)["frame-ancestors"] == ["'self'"]
    preview = admin_client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def run_with_production_settings(code):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ispolkom.settings.production",
        "SECRET_KEY": "x" * 64 + "production-check-only",
        "ALLOWED_HOSTS": "osipovichi.example.by",
        # The liveness answer needs no database; an empty one proves it (and the cache is
        # off, as it would look the site up).
        "DATABASE_URL": "sqlite://:memory:",
        "PAGE_CACHE": "0",
    }
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR,
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_with_production_settings():
    result = run_with_production_settings(
        "import django, sys; django.setup(); from django.core.management import call_command;"
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


PRODUCTION_PROBE = """
import json
import django
django.setup()
from django.conf import settings as s
from django.test import Client
secure = Client().get("/health/live/", secure=True, HTTP_HOST="osipovichi.example.by")
plain = Client().get("/health/live/", HTTP_HOST="osipovichi.example.by")
print(json.dumps({
    "hsts": secure.get("Strict-Transport-Security"),
    "plain": plain.status_code, "redirect": plain.get("Location"),
    "cookies": [s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE,
                s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_HTTPONLY, s.CSRF_COOKIE_SAMESITE],
}))
"""


def test_production_sends_hsts_and_secure_cookies():
    result = run_with_production_settings(PRODUCTION_PROBE)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert found["plain"] == 301 and found["redirect"].startswith("https://")
    assert found["cookies"] == [True, True, "Lax", True, True, "Lax"]


# --- lockout ---------------------------------------------------------------------------

@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("press", password=PASSWORD)
    user.groups.add(Group.objects.get(name=NEWS_EDITOR))
    return user


def sign_in(client, password, address="10.0.0.7", language="ru", **extra):
    return client.post(LOGIN, {"username": "press", "password": password, **extra},
                       REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with an error
    locked = sign_in(client, "wrong")
    assert locked.status_code == 429
    assert locked["Retry-After"] == "1800"
    assert "Слишком много неудачных попыток входа" in locked.content.decode()
    # Even the right password is refused now, from that address ...
    assert sign_in(client, PASSWORD).status_code == 429
    # ... but the editor can still sign in from elsewhere.
    assert sign_in(client, PASSWORD, address="10.0.0.8").status_code == 302


def test_lockout_page_speaks_belarusian(client, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "wrong", language="be")
    assert response.status_code == 429
    assert "Занадта шмат няўдалых спроб уваходу" in response.content.decode()


def test_a_successful_sign_in_resets_the_count(client, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200


def test_weak_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short1", "password1234", "123456789012", "press-press"):
        with pytest.raises(ValidationError):
            validate_password(weak, get_user_model()(username="press-press"))
    validate_password(PASSWORD)


# --- two-step verification ---------------------------------------------------------------

def current_code(device, offset=0):
    return f"{totp(device.bin_key, t0=device.t0, step=device.step, drift=offset):06d}"


def turn_on_two_step(client, editor):
    client.force_login(editor)
    page = client.get("/admin/account/two-step/")
    assert page.status_code == 200
    assert "<svg" in page.content.decode()  # the QR code, drawn on the server
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    refused = client.post("/admin/account/two-step/", {"code": "000000"})
    assert refused.status_code == 200 and not TOTPDevice.objects.filter(confirmed=True).exists()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down retries after a wrong code
    confirmed = client.post("/admin/account/two-step/", {"code": current_code(device)})
    assert confirmed.status_code == 200  # the recovery codes, shown once
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 10 and all(code in confirmed.content.decode() for code in codes)
    client.logout()
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_the_account_page_offers_two_step_verification(client, editor):
    client.force_login(editor)
    assert "/admin/account/two-step/" in client.get("/admin/account/").content.decode()


def test_with_two_step_on_a_password_alone_is_not_enough(client, editor):
    device = turn_on_two_step(client, editor)
    without = sign_in(client, PASSWORD, address="10.0.0.9")
    assert without.status_code == 200
    assert "_auth_user_id" not in client.session
    wrong = sign_in(client, PASSWORD, address="10.0.0.9", otp_token="123456")
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    device.throttle_reset()
    assert sign_in(client, PASSWORD, address="10.0.0.9",
                   otp_token=current_code(device, offset=1)).status_code == 302


def test_wrong_codes_count_towards_the_lockout(client, editor):
    turn_on_two_step(client, editor)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, PASSWORD, otp_token="000000")
    assert response.status_code == 429


def test_turning_two_step_off_needs_a_code(client, editor):
    device = turn_on_two_step(client, editor)
    assert sign_in(client, PASSWORD, otp_token=current_code(device, offset=1)).status_code == 302
    turn_off = {"code": "000000", "action": "turn_off"}
    assert client.post("/admin/account/two-step/", turn_off).status_code == 200
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    recovery_code = StaticToken.objects.filter(device__user=editor).first().token
    client.post("/admin/account/two-step/", {**turn_off, "code": recovery_code})
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert client.get("/admin/").status_code == 200  # this session stays signed in


# --- the admin's path --------------------------------------------------------------------

@pytest.fixture
def admin_at_office():
    import ispolkom.urls

    with override_settings(ADMIN_PATH="office"):
        clear_url_caches()
        importlib.reload(ispolkom.urls)
        yield
    clear_url_caches()
    importlib.reload(ispolkom.urls)


def test_the_admin_path_is_configurable(client, db, admin_at_office):
    assert client.get("/office/").status_code == 302
    assert client.get("/office/login/").status_code == 200
    assert client.get("/admin/", follow=True, HTTP_HOST="127.0.0.1").status_code == 404
    assert "admin" not in client.get("/robots.txt", HTTP_HOST="127.0.0.1").content.decode()
    assert policy(client.get("/office/login/"))["frame-ancestors"] == ["'self'"]


# --- audit log ---------------------------------------------------------------------------

def test_who_published_what_is_in_the_site_history(admin_client, demo, editor):
    article = demo.article("ru")
    article.title = "Расписание автобусов на зиму"
    article.save_revision(user=editor).publish(user=editor)
    history = admin_client.get("/admin/reports/site-history/").content.decode()
    assert "Расписание автобусов на зиму" in history
    assert "press" in history
    page_history = admin_client.get(f"/admin/pages/{article.pk}/history/").content.decode()
    assert "press" in page_history


def test_the_site_history_is_in_the_admin_menu(admin_client, db):
    assert "/admin/reports/site-history/" in admin_client.get("/admin/").content.decode()

