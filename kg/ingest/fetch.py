"""Polite HTTP fetching: robots.txt, a per-host delay, a timeout, retries with backoff, conditional GET, a size cap,
content types and charsets, redirects followed with the final URL kept.

Every failure is a :class:`FetchError` (an :class:`~kg.errors.InputError`) with a one-line message, so the readers
report it and go on with the other URLs.

Examples
--------
>>> is_url("https://example.org/a"), is_url("data/articles")
(True, False)
>>> decode_page("Привет".encode("windows-1251"), "windows-1251")
'Привет'
"""

from __future__ import annotations

import codecs
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from kg.errors import InputError

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
              "application/feed+json", "text/html", "text/plain")
USER_AGENT = "kg/0.1 (knowledge graphs from news; +https://w3id.org/kg-geotech)"
_GUESS_MIN_BYTES = 200  # below this a charset guess is a coin toss: Windows-1252, as browsers do
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")
#: labels a page declares for which browsers decode a superset (WHATWG encoding standard)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
              "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
              "iso-8859-9": "cp1254", "tis-620": "cp874", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
              "shift_jis": "cp932", "sjis": "cp932", "windows-31j": "cp932"}


class FetchError(InputError):
    """A URL that could not be fetched (refused, failed, too big, not a page); its message is one line.

    ``transient`` failures (429 and 5xx after the retries, timeouts, connection errors) may succeed later; the
    others (robots.txt, other 4xx, the size cap, the content type) will not.
    """

    def __init__(self, url: str, message: str, *, transient: bool = False) -> None:
        super().__init__(url, message)
        self.transient = transient


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` URL."""
    return text.lower().startswith(("http://", "https://")) and bool(urlsplit(text).netloc)


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how far to fetch."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0  # seconds for connecting and for each read
    delay: float = 1.0  # seconds between two requests to one host (robots.txt's Crawl-delay when longer)
    retries: int = 3  # further attempts after a 429 or 5xx answer
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one (Retry-After when given)
    max_wait: float = 60.0  # longest wait for one retry
    max_bytes: int = 10_000_000  # larger pages are refused
    robots: bool = True  # honour robots.txt


@dataclass
class Page:
    """A fetched response: its bytes, where it ended up, its type and charset, and its validators."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None = None
    last_modified: str | None = None
    retrieved: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @property
    def text(self) -> str:
        return decode_page(self.body, self.charset)

    @property
    def validators(self) -> dict[str, str]:
        """The ``ETag`` and ``Last-Modified`` to send next time (what the server gave)."""
        return {key: value for key, value in (("etag", self.etag), ("last_modified", self.last_modified)) if value}


def _codec(label: str | bytes | None) -> str | None:
    """The Python codec of a charset label (its superset for GB2312, Latin-1 and the like), or None if unknown.

    >>> _codec("GB2312"), _codec(b"windows-1251"), _codec("no-such-charset")
    ('gb18030', 'cp1251', None)
    """
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(body: bytes, charset: str | None = None) -> str:
    """The text of a page: by its BOM, the HTTP charset, a ``<meta charset>`` or XML declaration, UTF-8, then a
    guess (charset_normalizer); never fails.

    Examples
    --------
    >>> decode_page('<meta charset="gb2312"><p>中国</p>'.encode("gb2312"))
    '<meta charset="gb2312"><p>中国</p>'
    >>> decode_page(b"caf\\xe9")
    'café'
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(name, "replace")
    head = body[:4096]
    declared = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    for label in (charset, declared.group(1) if declared else None):
        codec = _codec(label)
        if codec:
            try:
                return body.decode(codec)
            except UnicodeDecodeError:
                continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(body) >= _GUESS_MIN_BYTES:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        if best is not None:
            return str(best)
    return body.decode("cp1252", "replace")


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None.

    >>> _retry_after("3"), _retry_after(None), _retry_after("soon")
    (3.0, None, None)
    """
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError, IndexError):
        return None


def _media_type(header: str | None) -> tuple[str, str | None]:
    """``(media type, charset)`` of a ``Content-Type`` header.

    >>> _media_type("text/html; charset=Windows-1251")
    ('text/html', 'Windows-1251')
    """
    if not header:
        return "", None
    parts = [part.strip() for part in header.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset or None


def _sniff(body: bytes) -> str:
    """A media type for a response that names none: HTML or XML when it opens like one, else unknown."""
    head = body[:512].lstrip().lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed")):
        return "application/xml"
    return "text/html" if head.startswith(b"<") else "application/octet-stream"


class _PoliteRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to a URL robots.txt allows (each hop is checked, not just the first URL)."""

    def __init__(self, fetcher: "Fetcher") -> None:
        self.fetcher = fetcher

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001,ANN201 (urllib's signature)
        if is_url(newurl) and not self.fetcher.allowed(newurl):
            raise FetchError(req.full_url, f"redirected to {newurl}, which robots.txt disallows")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Fetcher:
    """Fetches URLs one at a time, politely; keeps robots.txt rules and the last request time of each host.

    ``sleep`` and ``clock`` are injectable so that tests need not wait.
    """

    def __init__(self, settings: FetchSettings | None = None, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings or FetchSettings()
        self._sleep, self._clock = sleep, clock
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._opener = urllib.request.build_opener(_PoliteRedirects(self))
        self.requests = 0

    # --- politeness ----------------------------------------------------------------------------------------

    def _wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        delay = self.settings.delay
        rules = self._robots.get(self._origin(url))
        if rules is not None and self.settings.robots:
            crawl_delay = rules.crawl_delay(self.settings.user_agent)
            delay = max(delay, float(crawl_delay or 0)) if delay > 0 else delay
        last = self._last.get(host)
        if last is not None and delay > 0:
            remaining = last + delay - self._clock()
            if remaining > 0:
                self._sleep(remaining)

    def _done(self, url: str) -> None:
        self._last[urlsplit(url).netloc.lower()] = self._clock()

    @staticmethod
    def _origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme.lower()}://{parts.netloc.lower()}"

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets kg fetch ``url`` (it is read once per host; a missing or unreadable one allows
        everything)."""
        if not self.settings.robots:
            return True
        origin = self._origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser | None:
        robots_url = origin + "/robots.txt"
        try:
            response = self._open(robots_url, {})
        except (urllib.error.URLError, OSError, ValueError):
            return None  # 4xx (none), 5xx or unreachable: allowed
        with response:
            body = response.read(500_000)
        rules = RobotFileParser(robots_url)
        rules.parse(decode_page(body, "utf-8").splitlines())
        return rules

    # --- requests ------------------------------------------------------------------------------------------

    def _open(self, url: str, headers: dict[str, str]):  # noqa: ANN202 (an http.client response)
        self._wait_for(url)
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.settings.user_agent, **headers})
        try:
            return self._opener.open(request, timeout=self.settings.timeout)
        finally:
            self._done(url)

    def get(self, url: str, *, validators: dict[str, str] | None = None,
            accept: tuple[str, ...] = HTML_TYPES) -> Page | None:
        """Fetch ``url``; None when the server answers 304 to the ``validators`` (ETag, Last-Modified) given.

        Raises :class:`FetchError` when robots.txt disallows it, on a network error or timeout, an HTTP error
        (after the retries for 429 and 5xx), a body over the size cap, or a content type not in ``accept``.
        """
        if not is_url(url):
            raise FetchError(url, "not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(url, "disallowed by robots.txt")
        headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
        if validators and validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators and validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        for attempt in range(self.settings.retries + 1):
            try:
                response = self._open(url, headers)
            except urllib.error.HTTPError as exc:
                exc.close()
                if exc.code == 304:
                    return None
                if exc.code in _RETRY_STATUS and attempt < self.settings.retries:
                    wait = _retry_after(exc.headers.get("Retry-After"))
                    wait = self.settings.backoff * 2 ** attempt if wait is None else wait
                    self._sleep(min(wait, self.settings.max_wait))
                    continue
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise FetchError(url, f"HTTP {exc.code} {exc.reason}{tries}",
                                 transient=exc.code in _RETRY_STATUS) from None
            except (socket.timeout, TimeoutError):
                raise FetchError(url, f"timed out after {self.settings.timeout:g} s", transient=True) from None
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    raise FetchError(url, f"timed out after {self.settings.timeout:g} s", transient=True) from None
                reason = getattr(reason, "strerror", None) or reason
                raise FetchError(url, f"cannot connect: {reason}", transient=True) from None
            except (OSError, ValueError) as exc:
                raise FetchError(url, f"request failed: {exc}", transient=True) from None
            with response:
                return self._page(url, response, accept)
        raise AssertionError("unreachable")

    def _page(self, url: str, response, accept: tuple[str, ...]) -> Page:  # noqa: ANN001
        cap = self.settings.max_bytes
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > cap:
            raise FetchError(url, f"page too large ({int(length):,} bytes, the cap is {cap:,})")
        media, charset = _media_type(response.headers.get("Content-Type"))
        if media and media not in accept:
            raise FetchError(url, f"not a page kg reads (content type {media})")
        chunks, size = [], 0
        try:
            while chunk := response.read(65536):
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"page too large (over the cap of {cap:,} bytes)")
                chunks.append(chunk)
        except (socket.timeout, TimeoutError):
            message = f"timed out after {self.settings.timeout:g} s while reading"
            raise FetchError(url, message, transient=True) from None
        except OSError as exc:
            raise FetchError(url, f"connection lost while reading: {exc}", transient=True) from None
        body = b"".join(chunks)
        if not media:
            media = _sniff(body)
            if media not in accept:
                raise FetchError(url, "not a page kg reads (no content type, and it does not look like one)")
        final = response.geturl() or url
        return Page(url=url, final_url=urljoin(url, final), status=response.status, body=body, content_type=media,
                    charset=charset, etag=response.headers.get("ETag"),
                    last_modified=response.headers.get("Last-Modified"))
