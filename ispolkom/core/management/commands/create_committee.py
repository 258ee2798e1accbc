"""A committee's site in one command; the work is in ispolkom/core/committees.py."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.http.request import validate_host

from ispolkom.core import languages
from ispolkom.core.committees import CommitteeBuilder, CommitteeError, find_site


class Command(BaseCommand):
    help = ("Create a committee's site: a Wagtail Site with its identity and, in each language, "
            "the home page, news with its sections, the standard pages and the features' "
            "pages. Safe to repeat: a second run only adds what is missing.")

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="The site's host name, with a port if not 80: "
                                             "osipovichi.gov.by, localhost:8001.")
        for code in languages.codes():
            parser.add_argument(f"--name-{code}", default="",
                                help=f"The committee's full name in {languages.name(code)}.")
        parser.add_argument("--region", metavar="HOSTNAME",
                            help="The existing site of the regional executive committee.")
        parser.add_argument("--languages", help=(
            "Comma-separated language codes, the site's default first (default: all, "
            f"{','.join(languages.codes())}; for an existing site, the languages it has)."))

    def handle(self, *args, **options):
        names = {code: options[f"name_{code}"] for code in languages.codes()}
        missing = [f"--name-{code}" for code in ("ru", "be") if not names[code].strip()]
        if missing:
            raise CommandError(f"the committee's name is required: {' and '.join(missing)}")
        codes = None
        if options["languages"] is not None:
            codes = tuple(code.strip().lower() for code in options["languages"].split(",")
                          if code.strip())
        try:
            region = find_site(options["region"]) if options["region"] else None
            builder = CommitteeBuilder(options["hostname"], names, codes, region,
                                       say=self.stdout.write)
            created = builder.build()
        except CommitteeError as error:
            raise CommandError(str(error)) from error
        host = options["hostname"]
        if created:
            items = "item" if created == 1 else "items"
            self.stdout.write(self.style.SUCCESS(f"Committee {host}: {created} {items} created."))
        else:
            self.stdout.write(f"Committee {host}: nothing to do, everything was there.")
        if not validate_host(builder.hostname, settings.ALLOWED_HOSTS):
            self.stdout.write(self.style.WARNING(
                f"Add {builder.hostname} to ALLOWED_HOSTS, or the site will answer 400."))
