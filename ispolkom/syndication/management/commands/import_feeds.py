from django.core.management.base import BaseCommand

from ispolkom.core.timers import RunsOnceCommand
from ispolkom.syndication.runs import due_sources, run_source


class Command(RunsOnceCommand, BaseCommand):
    help = ("Import every active feed source that is due (run it from a timer every few "
            "minutes on every app server: one run at a time). One line per source; "
            "failures are recorded on the source.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Say what would be imported; write nothing.")

    def handle(self, *args, dry_run, **options):
        for source in due_sources():
            counts, error = run_source(source, dry_run=dry_run)
            if counts is None:
                self.stdout.write(f"{source.name}: another run is importing it")
            elif error:
                self.stdout.write(f"{source.name}: failed: {error}")
            else:
                self.stdout.write(f"{source.name}: {counts}")
