"""Where an old site's pages come from: a saved mirror (a folder, as `wget --mirror
--adjust-extension` leaves it) or the live old site, crawled from a start URL through its
news lists. Both answer the same questions: which article addresses there are, and the bytes
of a page, an image or an attachment."""

import mimetypes
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from django.utils.translation import gettext as _

from ..fetch import FetchError, fetch
from .addresses import OldArticle, parse

PAGE_BYTES = 5 * 1024 * 1024
ASSET_BYTES = 20 * 1024 * 1024
PAGE_TIMEOUT = 20
MAX_LIST_PAGES = 50_000  # a crawl that finds more is lost in a loop, not in an archive
# Which copy of an article to read when a mirror has several: the regular page, then the
# print version (the cleanest), then the version for the visually impaired.
PREFERENCE = {"": 0, "printv": 1, "special": 2}
# A mirror is read as if served from here: extraction wants absolute addresses.
MIRROR_BASE = "http://mirror.invalid"


class SourceError(Exception):
    """The source as a whole cannot be read (one line)."""


class AssetMissing(Exception):
    pass


def open_source(given, language=""):
    if given.startswith(("http://", "https://")):
        return Website(given, language)
    return Folder(given, language)


def in_order(articles):
    """One address per article (by language and first id), the preferred copy, in the old
    site's order: by language, then id (the CMS numbers articles as they are written)."""
    chosen = {}
    for address, found in articles:
        key = (found.language, found.ids[0])
        if key not in chosen or PREFERENCE[found.version] < PREFERENCE[chosen[key][1].version]:
            chosen[key] = (address, found)
    return [address for _key, (address, _found) in sorted(chosen.items())]


class Folder:
    def __init__(self, root, language=""):
        self.root = Path(root).expanduser()
        if not self.root.is_dir():
            raise SourceError(_("%(source)s is neither a folder nor an http(s) address.")
                              % {"source": root})
        self.root = site_root(self.root)
        self.language = language
        self.label = str(root)

    def addresses(self):
        """(address, parsed) of every HTML file, its address as the old site had it."""
        for file in sorted(self.root.rglob("*")):
            if not file.is_file() or file.suffix.lower() not in ("", ".html", ".htm"):
                continue
            relative = file.relative_to(self.root).as_posix()
            if file.name.lower() in ("index.html", "index.htm"):
                address = "/" + relative.rsplit("/", 1)[0] + "/" if "/" in relative else "/"
            else:
                address = "/" + relative.rsplit(".", 1)[0] if file.suffix else "/" + relative
            yield address, parse(address)

    def articles(self, progress=None):
        return in_order((address, found) for address, found in self.addresses()
                        if isinstance(found, OldArticle)
                        and (not self.language or found.language == self.language))

    def url_of(self, address):
        return MIRROR_BASE + address

    def read(self, address):
        """(bytes, content type) of a page of the mirror."""
        return self.contents(address, PAGE_BYTES), "text/html"

    def asset(self, url):
        """(bytes, content type) of an image or attachment the mirror holds, whatever host
        the page wrote in front of it."""
        data = self.contents(url, ASSET_BYTES)
        return data, mimetypes.guess_type(urlsplit(url).path)[0] or ""

    def contents(self, url, limit):
        """The bytes of the file at `url`'s path, within the limits a fetch has."""
        file = self.file_of(urlsplit(url).path)
        if file is None:
            raise AssetMissing(_("%(url)s is not in the mirror.") % {"url": url})
        if file.stat().st_size > limit:
            raise AssetMissing(_("%(url)s is too large.") % {"url": url})
        return file.read_bytes()

    def file_of(self, path):
        relative = path.lstrip("/")
        candidates = ([relative + "index.html"] if relative.endswith("/") or not relative
                      else [relative, relative + ".html", relative + "/index.html"])
        for candidate in candidates:
            file = (self.root / candidate).resolve()
            if file.is_file() and file.is_relative_to(self.root.resolve()):
                return file
        return None


def site_root(folder):
    """wget puts a mirror under a folder named after the host: read from inside it."""
    inside = [entry for entry in folder.iterdir() if entry.is_dir()]
    if len(inside) == 1 and "." in inside[0].name and not (folder / "index.html").exists():
        return inside[0]
    return folder


class Website:
    def __init__(self, start_url, language=""):
        parts = urlsplit(start_url)
        self.start = start_url
        self.host = parts.netloc.lower()
        self.language = language
        self.label = start_url

    def url_of(self, address):
        return address if address.startswith(("http://", "https://")) else urljoin(
            self.start, address)

    def read(self, address):
        """(bytes, content type) of a page; an article the old site no longer answers at its
        regular address is read from its print or special copy, as in a mirror."""
        url = self.url_of(address)
        try:
            fetched = fetch(url, timeout=PAGE_TIMEOUT, limit=PAGE_BYTES)
        except FetchError as error:
            parts = urlsplit(url)
            found = parse(parts.path)
            if not isinstance(found, OldArticle) or found.version:
                raise
            for version in ("printv", "special"):
                try:
                    fetched = fetch(urljoin(url, f"/{version}{parts.path}"),
                                    timeout=PAGE_TIMEOUT, limit=PAGE_BYTES)
                    break
                except FetchError:
                    continue
            else:
                raise error
        return fetched.body, fetched.content_type

    def asset(self, url):
        try:
            fetched = fetch(url, timeout=PAGE_TIMEOUT, limit=ASSET_BYTES)
        except FetchError as error:
            raise AssetMissing(str(error)) from error
        return fetched.body, fetched.content_type

    def articles(self, progress=None):
        """The article addresses the news lists link to, crawled from the start page through
        list pages of this host only. The start page failing fails the source."""
        try:
            body, _type = self.read(self.start)
        except FetchError as error:
            raise SourceError(str(error)) from error
        articles, queue, seen = [], deque(), {urlsplit(self.start).path}
        self.follow(self.start, body, articles, queue, seen)
        while queue and len(seen) <= MAX_LIST_PAGES:
            url = queue.popleft()
            try:
                body, _type = self.read(url)
            except FetchError:
                continue  # a broken list page loses its links, not the import
            self.follow(url, body, articles, queue, seen)
            if progress:
                progress(len(articles))
        return in_order(articles)

    def follow(self, page_url, body, articles, queue, seen):
        """Queue the news lists `page_url` links to, and note the articles."""
        found_here = parse(urlsplit(page_url).path)
        if isinstance(found_here, OldArticle):  # a start URL that is an article
            articles.append((page_url, found_here))
        for link in BeautifulSoup(body, "html.parser").find_all("a", href=True):
            url = urljoin(page_url, link["href"].strip()).split("#", 1)[0]
            parts = urlsplit(url)
            found = parse(parts.path)
            if parts.netloc.lower() != self.host or found is None or found.version:
                continue  # other hosts, other pages, and the special and print copies
            if self.language and found.language != self.language:
                continue
            if isinstance(found, OldArticle):
                articles.append((url, found))
            elif parts.path not in seen:
                seen.add(parts.path)
                queue.append(url)
