"""The special version's public interface: where it lives and which variant a request asks
for. Other apps import from here (or read request.is_special / request.special_settings,
which special.middleware sets once per request), never from the middleware."""

from contextlib import contextmanager

from ispolkom.framework import script_prefix

from .preferences import COOKIE_NAME, SpecialSettings

PREFIX = "/special"
SETTINGS_PATH = PREFIX + "/settings/"  # the panel's choices are applied here (urls.py)


def mount_point(request):
    """Where the whole site is mounted: "" normally, "/site" under SCRIPT_NAME=/site."""
    return request.META.get("SCRIPT_NAME", "").rstrip("/")


def split_special(path_info):
    """('/ru/news/', True) for '/special/ru/news/'; (path, False) for anything else."""
    if path_info == PREFIX or path_info.startswith(PREFIX + "/"):
        return path_info[len(PREFIX):] or "/", True
    return path_info, False


def read_variant(request):
    """Marks `request` with the version it asks for, once: request.is_special, and
    request.special_settings (the panel's choices, normalized; None in the regular version).
    Strips the prefix from path_info, so that URLs resolve as in the regular version."""
    request.path_info, request.is_special = split_special(request.path_info)
    request.special_settings = (SpecialSettings.from_cookie(request.COOKIES.get(COOKIE_NAME))
                                if request.is_special else None)


@contextmanager
def regular_urls(request):
    """Build URLs as the regular version does: canonical links, feeds, sharing."""
    with script_prefix(mount_point(request) + "/"):
        yield
