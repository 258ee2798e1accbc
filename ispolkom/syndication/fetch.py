"""Fetching a feed or an image from another site, within limits.

The server fetches addresses that editors type in, so it must never become a proxy into its
own network: only http(s), and only public addresses, checked after DNS resolution and again
after every redirect; the connection goes to the very address that was checked (a second
lookup could answer differently). Loopback, private, link-local and metadata addresses are
refused unless the operator sets SYNDICATION_ALLOW_PRIVATE=1 (the tests and the local demo).

The whole fetch, slow servers included, ends within `timeout` seconds, and a body larger
than `limit` is refused after reading one byte more than the limit. Every failure is a
FetchError with a one-line message an operator can act on.
"""

import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

USER_AGENT = "ispolkom/1.0 (feed import of a district executive committee's website)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
NOT_MODIFIED = 304


@dataclass
class Fetched:
    status: int  # 200, or 304 when the conditional GET found nothing new
    body: bytes
    content_type: str  # the header as sent, e.g. "application/rss+xml; charset=windows-1251"
    etag: str | None
    modified: str | None  # the Last-Modified header
    url: str  # after redirects


class FetchError(Exception):
    """What went wrong, in one line (str(error))."""


def fetch(url, etag=None, modified=None, timeout=20, limit=MAX_BYTES):
    """GET `url` (conditionally, with the ETag and Last-Modified of the previous answer)."""
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    for _redirect in range(MAX_REDIRECTS + 1):
        connection, response = send(url, headers, deadline, timeout)
        try:
            location = response.getheader("Location")
            if response.status in REDIRECTS and location:
                url = urljoin(url, location.strip())
                continue
            if response.status == NOT_MODIFIED:
                return answer(response, url, NOT_MODIFIED, b"")
            if not 200 <= response.status < 300:
                raise FetchError(_("The server at %(url)s answered HTTP %(code)s %(reason)s.")
                                 % {"url": url, "code": response.status,
                                    "reason": one_line(response.reason)})
            body = read_body(response, limit, deadline, url, timeout)
            return answer(response, url, 200, body)
        finally:
            connection.finish()
    raise FetchError(_("Too many redirects from %(url)s.") % {"url": url})


def answer(response, url, status, body):
    return Fetched(status=status, body=body, content_type=response.getheader("Content-Type", ""),
                   etag=response.getheader("ETag"), modified=response.getheader("Last-Modified"),
                   url=url)


def send(url, headers, deadline, timeout):
    """(connection, response) of one GET of `url`; the caller closes the connection."""
    parts, host = checked_url(url)
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    connection_class = PublicHTTPSConnection if secure else PublicHTTPConnection
    connection = connection_class(host, port, timeout=max(remaining(deadline, url, timeout), 0.01))
    watchdog = threading.Timer(remaining(deadline, url, timeout), connection.abort)
    watchdog.daemon = True
    connection.watchdog = watchdog
    watchdog.start()
    try:
        connection.request("GET", path, headers=headers)
        return connection, connection.getresponse()
    except Exception as error:
        connection.finish()
        raise failure(error, url, host, deadline, timeout) from error


def read_body(response, limit, deadline, url, timeout):
    """The body, unpacked if gzipped, refused once it grows past `limit` bytes."""
    encoding = (response.getheader("Content-Encoding") or "").strip().lower()
    window = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS,
              "deflate": zlib.MAX_WBITS}.get(encoding)
    unpack = zlib.decompressobj(window) if window else None  # a zip bomb stops at the limit
    parts, size = [], 0
    try:
        while True:
            chunk = response.read(CHUNK)
            if not chunk:
                break
            if unpack is not None:
                chunk = unpack.decompress(chunk, limit + 1 - size)
            size += len(chunk)
            parts.append(chunk)
            if size > limit:
                raise too_large(url, limit)
            remaining(deadline, url, timeout)
        if unpack is not None and len(tail := unpack.flush()) + size > limit:
            raise too_large(url, limit)
        parts.append(tail if unpack is not None else b"")
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, zlib.error) as error:
        raise failure(error, url, urlsplit(url).hostname, deadline, timeout) from error
    return b"".join(parts)


def checked_url(url):
    """(parts, ASCII host name) of `url` if it is an http(s) address, else FetchError."""
    try:
        parts = urlsplit((url or "").strip())
        parts.port  # noqa: B018 (a port out of range raises ValueError here)
    except ValueError as error:
        raise invalid_address(url) from error
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(_("Only http and https addresses can be fetched, not “%(url)s”.")
                         % {"url": one_line(url)[:200]})
    try:
        host = parts.hostname.encode("idna").decode("ascii")  # обращения.бел
    except UnicodeError as error:
        raise invalid_address(url) from error
    return parts, host


def private_allowed():
    setting = getattr(settings, "SYNDICATION_ALLOW_PRIVATE", None)
    if setting is not None:
        return bool(setting)
    return os.environ.get("SYNDICATION_ALLOW_PRIVATE", "").strip().lower() in ("1", "true", "yes")


def is_public(address):
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def public_connection(host, port, timeout):
    """A socket connected to `host`, refused if it resolves to a non-public address."""
    addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    allow_private = private_allowed()
    last_error = None
    for family, kind, protocol, _name, address in addresses:
        if not allow_private and not is_public(address[0]):
            raise FetchError(_("%(host)s is an address of a private network (%(address)s); the "
                               "server fetches only public addresses.")
                             % {"host": host, "address": address[0]})
        sock = socket.socket(family, kind, protocol)
        try:
            sock.settimeout(timeout)
            sock.connect(address)
            return sock
        except OSError as error:
            sock.close()
            last_error = error
    raise last_error or OSError("no address")


class PublicHTTPConnection(http.client.HTTPConnection):
    watchdog = None
    # The socket, kept here too: http.client lets go of it when the server says it will
    # close, while the response goes on reading from it.
    opened = None

    def connect(self):
        self.sock = self.opened = public_connection(self.host, self.port, self.timeout)

    def abort(self):
        """Called by the watchdog when the time is up: a blocked read returns at once."""
        if self.opened is not None:
            try:
                self.opened.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def finish(self):
        if self.watchdog is not None:
            self.watchdog.cancel()
        self.close()
        if self.opened is not None:
            self.opened.close()


class PublicHTTPSConnection(PublicHTTPConnection):
    default_port = 443

    def connect(self):
        super().connect()
        self.sock = self.opened = ssl.create_default_context().wrap_socket(
            self.sock, server_hostname=self.host)


def remaining(deadline, url, timeout):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(no_answer(url, timeout))
    return left


def no_answer(url, timeout):
    return _("No answer from %(url)s within %(seconds)s seconds.") % {
        "url": url, "seconds": f"{timeout:g}"}


def failure(error, url, host, deadline, timeout):
    """The FetchError for an exception raised while talking to `host`."""
    if isinstance(error, FetchError):
        return error
    # the watchdog shuts the socket at the deadline: whatever the read then says, it was time
    if isinstance(error, socket.timeout) or time.monotonic() >= deadline - 0.05:
        return FetchError(no_answer(url, timeout))
    if isinstance(error, socket.gaierror):
        return FetchError(_("The name %(host)s could not be found (DNS).") % {"host": host})
    if isinstance(error, ConnectionRefusedError):
        return FetchError(_("%(host)s refused the connection.") % {"host": host})
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return FetchError(_("The secure connection to %(host)s failed: %(reason)s.")
                          % {"host": host, "reason": one_line(error)})
    if isinstance(error, OSError | http.client.HTTPException | zlib.error):
        return FetchError(_("The connection to %(host)s failed: %(reason)s.")
                          % {"host": host, "reason": one_line(error) or type(error).__name__})
    raise error  # not a network failure: a bug, let it show


def invalid_address(url):
    return FetchError(_("“%(url)s” is not a valid address.") % {"url": one_line(url)[:200]})


def too_large(url, limit):
    return FetchError(_("The answer from %(url)s is larger than %(limit)s.")
                      % {"url": url, "limit": size_text(limit)})


def one_line(text):
    return " ".join(str(text or "").split())


def size_text(limit):
    if limit >= 1024 * 1024:
        return _("%(count)s MB") % {"count": f"{limit / 1024 / 1024:g}"}
    return _("%(count)s bytes") % {"count": limit}
