"""Settings for a real server under test (test_fuzz_live.py): the test settings, answering
only its own host names as production does, so that an unknown Host header is refused."""

from ispolkom.settings.test import *  # noqa: F403

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
