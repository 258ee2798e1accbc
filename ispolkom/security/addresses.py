"""The client's address: the one definition used by the lockout (django-axes), the guessing
limits and anything else that needs to know who is asking."""

from ipaddress import ip_address

from django.conf import settings


def client_address(request):
    """The address that the nearest of our TRUSTED_PROXY_COUNT proxies saw connecting.

    Each proxy appends the address it saw to X-Forwarded-For, so with N proxies the client's
    address is the N-th entry from the right. Entries further left were written by the
    client and choose nothing. Without proxies, or when the header is short or holds no
    valid address there, the address of the connection itself (REMOTE_ADDR) is used.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    entries = [entry.strip() for entry in header.split(",")] if header.strip() else []
    if proxies <= 0 or len(entries) < proxies:
        return remote
    try:
        return str(ip_address(entries[-proxies]))
    except ValueError:
        return remote
