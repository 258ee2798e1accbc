"""The test settings with the notices feature app installed (tests/test_plug_in.py)."""

from ispolkom.settings.test import *  # noqa: F403

INSTALLED_APPS = ["tests.support.notices", *INSTALLED_APPS]  # noqa: F405
