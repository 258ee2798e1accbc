"""Limits on guessing: page passwords, and sign-in per address and per user name.

Counters live in caches["limits"] (Redis, or a database table), so every worker and process
sees the same count. A guess is counted before it is checked, so guesses sent in parallel
cannot slip past the count, and a right guess is given back: what stays counted is the wrong
ones. The window opens with the first guess and does not move while guessing goes on.
"""

import math
import time
from hashlib import sha256

from django.conf import settings
from django.core.cache import caches
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ispolkom import framework
from ispolkom.core.errors import error_page

from .addresses import client_address

TOO_MANY_SIGN_INS = (
    _("Too many failed sign-in attempts"),
    ngettext_lazy(
        "Signing in from your address or with this user name is paused. Try again in "
        "%(minutes)d minute.",
        "Signing in from your address or with this user name is paused. Try again in "
        "%(minutes)d minutes.",
        "minutes",
    ),
)
TOO_MANY_PAGE_PASSWORDS = (
    _("Too many wrong passwords"),
    ngettext_lazy(
        "Too many wrong passwords for this page were sent from your address. Try again in "
        "%(minutes)d minute.",
        "Too many wrong passwords for this page were sent from your address. Try again in "
        "%(minutes)d minutes.",
        "minutes",
    ),
)


class GuessLimit:
    def __init__(self, scope, setting):
        self.scope = scope
        self.setting = setting  # the name of a (failures, seconds) setting

    def take(self, *who):
        """Counts a guess by `who`; the seconds to wait if it is over the limit, else 0."""
        allowed, window = getattr(settings, self.setting)
        key = self.key(who)
        seconds_left = self.seconds_left(key, window)
        counted = self.add(key, 1, seconds_left)
        return seconds_left if counted > allowed else 0

    def give_back(self, *who):
        """The guess was right: it does not count against `who`."""
        _allowed, window = getattr(settings, self.setting)
        key = self.key(who)
        self.add(key, -1, self.seconds_left(key, window))

    def key(self, who):
        digest = sha256("\n".join(str(part) for part in who).encode()).hexdigest()[:40]
        return f"guesses:{self.scope}:{digest}"

    @staticmethod
    def seconds_left(key, window):
        cache, now = caches["limits"], time.time()
        cache.add(f"{key}:ends", now + window, window)
        ends = cache.get(f"{key}:ends") or now + window
        return max(1, math.ceil(ends - now))

    @staticmethod
    def add(key, delta, seconds_left):
        """The counter plus `delta`; 0 when the store is unreachable (Redis down: no limit,
        but no error page either)."""
        cache = caches["limits"]
        if delta > 0:
            cache.add(key, 0, seconds_left)
        try:
            counted = cache.incr(key, delta)
        except ValueError:  # the window closed in between
            if delta < 0:
                return 0  # nothing left to give back
            counted = delta
            cache.set(key, counted, seconds_left)
        if framework.incr_resets_expiry(cache):
            # The generic incr() (the database cache's) stores the sum with the default
            # timeout. Redis and local memory keep the expiry themselves (and django-redis
            # would let touch() raise when Redis is down).
            cache.touch(key, seconds_left)
        return counted or 0


PAGE_PASSWORD = GuessLimit("page-password", "PAGE_PASSWORD_LIMIT")
SIGN_IN_BY_ADDRESS = GuessLimit("sign-in-address", "SIGN_IN_ADDRESS_LIMIT")
SIGN_IN_BY_USERNAME = GuessLimit("sign-in-username", "SIGN_IN_USERNAME_LIMIT")


def too_many(request, text, seconds):
    """The localized 429 page: `text` is a heading and a message counting minutes."""
    heading, message_template = text
    minutes = math.ceil(seconds / 60)
    # Formatted when the page is rendered, in the page's language.
    message = lazy(lambda: message_template % {"minutes": minutes}, str)()
    response = error_page(request, 429, (heading, message))
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def sign_in_username(request):
    return request.POST.get("username", "").strip().lower()


def take_sign_in(request):
    """Counts a sign-in attempt; the 429 page if the address or the user name is over its
    limit. The address first, so an address already refused adds nothing to the counts of
    the user names it tries."""
    seconds = SIGN_IN_BY_ADDRESS.take(client_address(request))
    username = sign_in_username(request)
    if not seconds and username:
        seconds = SIGN_IN_BY_USERNAME.take(username)
    return too_many(request, TOO_MANY_SIGN_INS, seconds) if seconds else None


def give_back_sign_in(request):
    SIGN_IN_BY_ADDRESS.give_back(client_address(request))
    if username := sign_in_username(request):
        SIGN_IN_BY_USERNAME.give_back(username)
