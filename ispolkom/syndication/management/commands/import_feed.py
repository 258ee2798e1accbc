from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError

from ispolkom.news.models import NewsSectionPage
from ispolkom.syndication.fetch import FetchError, fetch
from ispolkom.syndication.importer import import_entries
from ispolkom.syndication.reader import NotAFeed, read_feed


class Command(BaseCommand):
    help = ("Import one feed once into a news section. Prints "
            "'created N, updated N, skipped N, failed N'.")

    def add_arguments(self, parser):
        parser.add_argument("url", help="The feed's address (http or https).")
        parser.add_argument("--section", required=True,
                            help="The news section's page id or URL path, e.g. /ru/news/republic/.")
        parser.add_argument("--dry-run", action="store_true",
                            help="Say what would be imported; write nothing.")

    def handle(self, *args, url, section, dry_run, **options):
        target = find_section(section)
        try:
            fetched = fetch(url)
            feed = read_feed(fetched.body, fetched.content_type)
        except FetchError as error:  # its message names the address
            raise CommandError(str(error)) from error
        except NotAFeed as error:
            raise CommandError(f"{url}: {error}") from error
        for warning in feed.warnings:
            self.stderr.write(f"warning: {warning}")
        counts = import_entries(target, feed, dry_run=dry_run)
        for line in counts.errors:
            self.stderr.write(f"failed: {line}")
        self.stdout.write(str(counts))


def find_section(given):
    """The section by id, or by the path of its URL; with several sites, a full URL's host
    tells which site's section is meant."""
    given = given.strip()
    if given.isdigit():
        found = list(NewsSectionPage.objects.filter(pk=int(given)))
    else:
        parts = urlsplit(given)
        path, host = parts.path.rstrip("/") + "/", (parts.hostname or "").lower()
        found = [candidate for candidate in NewsSectionPage.objects.all()
                 if at_address(candidate, host, path)]
    if len(found) > 1:
        raise CommandError(f"Several sites have a news section at {given!r}: give its page id "
                           "or its full address with the host, e.g. http://HOST/ru/news/republic/.")
    if not found:
        raise CommandError(f"No news section {given!r}: give its page id or its URL path, "
                           "e.g. /ru/news/republic/.")
    return found[0]


def at_address(section, host, path):
    _site_id, root_url, page_path = section.get_url_parts() or (None, None, None)
    return page_path == path and (not host or urlsplit(root_url or "").hostname == host)
