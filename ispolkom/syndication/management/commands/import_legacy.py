from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.models import Site

from ispolkom.core.freshness import invalidate_sites
from ispolkom.syndication.fetch import FetchError
from ispolkom.syndication.legacy.importer import LegacyImporter, Report
from ispolkom.syndication.legacy.sources import SourceError, open_source
from ispolkom.syndication.management.commands.import_feed import find_section
from ispolkom.syndication.models import LegacyImport


class Command(BaseCommand):
    help = ("Import the news archive of a committee's old site (a saved mirror's folder, or a "
            "start URL on the old site) into a site; the old addresses then redirect to the "
            "new pages. Prints 'created N, skipped N, failed N' and saves the report.")

    def add_arguments(self, parser):
        parser.add_argument("source", help="A folder with a saved mirror, or an http(s) URL.")
        parser.add_argument("--site", required=True, help="The new site's host name.")
        parser.add_argument("--language", choices=["ru", "be", "en"],
                            help="Import the articles of this language only.")
        parser.add_argument("--dry-run", action="store_true",
                            help="Say what would be imported; write nothing.")
        parser.add_argument("--resume", action="store_true",
                            help="Go on with the last interrupted run of this source.")
        parser.add_argument("--report", help="Where to save the report (default: "
                            "legacy-import-HOST-TIME.txt in the current folder).")
        parser.add_argument("--map", action="append", default=[], metavar="OLD=SECTION",
                            help="Send an old section's articles to a news section (page id "
                            "or URL path), e.g. --map news_raion=/ru/news/district/.")

    def handle(self, *args, source, site, language, dry_run, resume, report, map, **options):
        target = find_site(site)
        section_map = parsed_map(map)
        try:
            old_site = open_source(source, language or "")
            run, addresses = self.run_for(old_site, target, language or "", dry_run, resume)
        except (SourceError, FetchError) as error:
            raise CommandError(str(error)) from error
        outcome = Report()
        importer = LegacyImporter(old_site, target, outcome, dry_run, section_map)
        progress = Progress(self.stderr, len(addresses))
        done = run.position if run else 0
        try:
            for position in range(done, len(addresses)):
                importer.run(addresses[position])
                if run:
                    LegacyImport.objects.filter(pk=run.pk).update(position=position + 1)
                progress.show(position + 1, outcome)
        except KeyboardInterrupt:
            self.finish(run, outcome, report, target, dry_run, interrupted=True)
            raise CommandError("interrupted: run the same command with --resume to go on") from None
        self.finish(run, outcome, report, target, dry_run)

    def run_for(self, old_site, site, language, dry_run, resume):
        """(the run's record or None on a dry run, the article addresses to import)."""
        if resume:
            run = LegacyImport.objects.filter(site=site, source=old_site.label,
                                              language=language,
                                              finished__isnull=True).order_by("-pk").first()
            if run is not None:
                self.stderr.write(f"resuming at {run.position} of {len(run.found)}")
                return (None if dry_run else run), run.found
            self.stderr.write("nothing to resume: starting anew")
        addresses = old_site.articles(progress=None)
        if dry_run:
            return None, addresses
        return LegacyImport.objects.create(site=site, source=old_site.label[:1000],
                                           language=language, found=addresses), addresses

    def finish(self, run, outcome, path, site, dry_run, interrupted=False):
        heading = f"import_legacy into {site.hostname}" + (" (dry run)" if dry_run else "") + (
            " (interrupted)" if interrupted else "")
        text = outcome.text(heading)
        if not dry_run:
            # A bulk change: each article renewed its neighbours as it was published, but a
            # whole archive may outgrow what the page marks keep (core/freshness.py).
            invalidate_sites({site.pk})
        if run is not None:
            LegacyImport.objects.filter(pk=run.pk).update(
                report=text, finished=None if interrupted else timezone.now())
        for address, reason in outcome.failures:
            self.stderr.write(f"failed: {address}: {reason}")
        if path or not dry_run:
            saved = Path(path or f"legacy-import-{site.hostname}-"
                         f"{timezone.localtime():%Y%m%d-%H%M%S}.txt")
            saved.write_text(text, encoding="utf-8")
            self.stderr.write(f"report: {saved}")
        self.stdout.write(str(outcome))


def find_site(hostname):
    host, _colon, port = hostname.partition(":")
    sites = Site.objects.filter(hostname__iexact=host)
    if port:
        sites = sites.filter(port=port)
    site = sites.first()
    if site is None:
        known = ", ".join(Site.objects.values_list("hostname", flat=True))
        raise CommandError(f"No site {hostname!r}; the sites are: {known}.")
    return site


def parsed_map(pairs):
    """{(language, old section slug): NewsSectionPage} from OLD=SECTION pairs: the old
    section of the new section's language."""
    mapping = {}
    for pair in pairs:
        old, equals, section = pair.partition("=")
        if not equals or not old.strip():
            raise CommandError(f"--map {pair!r}: write it as OLD=SECTION, e.g. "
                               "news_raion=/ru/news/district/.")
        target = find_section(section)
        mapping[(target.locale.language_code, old.strip().lower())] = target
    return mapping


class Progress:
    """A bar on a terminal; in a log, a line at every tenth of the way."""

    WIDTH = 30

    def __init__(self, stream, total):
        self.stream, self.total = stream, total
        self.terminal = stream.isatty()
        self.step = max(total // 10, 1)

    def show(self, done, outcome):
        line = f"{done}/{self.total} {outcome}"
        if self.terminal:
            filled = self.WIDTH * done // max(self.total, 1)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stream.write(f"\r[{bar}] {line}", ending="\n" if done == self.total else "")
        elif done % self.step == 0 or done == self.total:
            self.stream.write(line)
