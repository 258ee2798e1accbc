"""Wagtail's `publish_scheduled`, once at a time across the install: timers on every app
server start it each minute (core/timers.py)."""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from ispolkom.core.timers import RunsOnceCommand


class Command(RunsOnceCommand, WagtailCommand):
    pass
