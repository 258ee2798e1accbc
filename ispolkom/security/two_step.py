"""Two-step verification for editors, on django-otp: time-based codes (RFC 6238) from an
authenticator app, and single-use recovery codes for when the phone is not at hand."""

from base64 import b32encode

import django_otp
import segno
from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import TwoStepReset

DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery codes"
RECOVERY_CODE_COUNT = 10


def is_on(user):
    """Whether signing in as `user` needs a code (an app or recovery codes)."""
    return django_otp.user_has_device(user)


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user):
    """The device being set up; a fresh secret until the editor proves they stored it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def normalized(code):
    """Codes as people type them: with spaces or hyphens, in either case."""
    return "".join(str(code or "").replace("-", " ").split()).lower()


def verify(user, code):
    """The device of `user` that accepts `code`, or None. Six digits are checked against the
    app; anything else against the recovery codes, each of which works once. django-otp
    slows down repeated failures and refuses an app code that was already used."""
    code = normalized(code)
    if not code:
        return None
    model = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    for device in model.objects.devices_for_user(user, confirmed=True):
        if django_otp.verify_token(user, device.persistent_id, code):
            return device
    return None


def verify_pending(device, code):
    code = normalized(code)
    return code.isdigit() and device.verify_token(code)


@transaction.atomic
def turn_on(user, device):
    """Confirms the app's device; returns the new recovery codes to show once."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TwoStepReset.objects.filter(user=user).delete()
    return new_recovery_codes(user)


@transaction.atomic
def new_recovery_codes(user):
    """Replaces the recovery codes. The device stays, so a session that was verified with a
    recovery code stays verified."""
    device = StaticDevice.objects.filter(user=user).first() or StaticDevice.objects.create(
        user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def turn_off(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


@transaction.atomic
def reset(user, by):
    """An administrator's reset (a lost phone): the devices go, and the user must set up
    two-step verification again before using the admin."""
    turn_off(user)
    TwoStepReset.objects.update_or_create(user=user, defaults={"reset_by": by})


def must_set_up(user):
    """Whether `user`, who has no device, may use nothing in the admin but the set-up page."""
    return settings.TWO_STEP_REQUIRED or was_reset(user)


def was_reset(user):
    return TwoStepReset.objects.filter(user=user).exists()


def secret_for_display(device):
    """The key in base32, in groups of four, for apps that cannot scan a QR code."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    return segno.make(device.config_url, error="m").svg_inline(scale=4, border=2)
