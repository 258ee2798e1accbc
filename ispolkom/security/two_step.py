"""Time-based one-time codes (RFC 6238) for editors, on top of django-otp's TOTP device."""

from base64 import b32encode

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator"


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user):
    """The device being set up; a fresh secret until the editor proves they stored it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def verify_code(device, code):
    code = "".join((code or "").split())
    # django-otp throttles repeated failures and refuses a code that was already used.
    return code.isdigit() and device.verify_token(code)


def secret_for_display(device):
    """The key in base32, in groups of four, for apps that cannot scan a QR code."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    return segno.make(device.config_url, error="m").svg_inline(scale=4, border=2)
