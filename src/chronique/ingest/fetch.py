"""Fetching pages and feeds over HTTP(S) with httpx, as a polite and careful client.

Polite: a user agent that says who is asking, ``robots.txt`` obeyed (per RFC 9309: an absent
file allows everything, a server error or an unreachable one forbids everything until the next
run), one request at a time with ``FetchSettings.host_delay`` seconds between two requests to the
same host, conditional requests (``If-None-Match``/``If-Modified-Since``) when the caller
knows an earlier answer's ``ETag``/``Last-Modified``. Careful: only ``http``/``https`` (also
after a redirect), at most ``max_redirects`` redirects and no loop, a connect/read timeout and a
deadline for the whole body (a server that sends a byte a second is not waited on forever), a
size limit checked on the declared length and again while reading. Each failure is a
``FetchError`` naming the address and the reason; nothing is retried here (a re-run retries).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import FetchError, TooLargeError
from .urls import normal_url

USER_AGENT = "Chronique/0.1 (French news reader; robots.txt obeyed)"
# The name matched against ``User-agent:`` lines of robots.txt.
ROBOTS_AGENT = "Chronique"


@dataclass(frozen=True)
class FetchSettings:
    """How pages and feeds are fetched; the defaults suit a newsroom's own list of sources."""

    timeout: float = 20.0        # seconds to connect, and between two reads of the body
    deadline: float = 60.0       # seconds for a whole answer, body included
    max_bytes: int = 5_000_000   # an article page is a few hundred kilobytes; same limit as a file
    max_redirects: int = 5
    host_delay: float = 1.0      # seconds between two requests to the same host
    user_agent: str = USER_AGENT
    obey_robots: bool = True


@dataclass(frozen=True)
class Answer:
    """A fetched document, or ``not_modified`` when a conditional request was answered 304."""

    url: str                     # the address asked for (normal form)
    final_url: str               # after redirects (normal form)
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


@dataclass
class Fetcher:
    """One client for a run: its connection pool, the robots.txt files read and the last request
    time of each host. ``clock``/``sleep`` are the real ones but can be swapped in tests."""

    settings: FetchSettings = field(default_factory=FetchSettings)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep

    def __post_init__(self) -> None:
        import httpx

        s = self.settings
        self._httpx = httpx
        self._client = httpx.Client(timeout=httpx.Timeout(s.timeout), follow_redirects=False,
                                    headers={"User-Agent": s.user_agent})
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- one document ----------------------------------------------------------------------
    def get(self, url: str, *, accept: tuple[str, ...], etag: str | None = None,
            last_modified: str | None = None) -> Answer:
        """The document at ``url`` if its content type starts with one of ``accept`` (``()``:
        any). ``FetchError``/``TooLargeError`` otherwise, naming ``url``."""
        start = normal_url(url)
        current, seen = start, {start}
        for _ in range(self.settings.max_redirects + 1):
            self._check_robots(current, start)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, response_headers, body = self._request(current, headers, start)
            if status in (301, 302, 303, 307, 308):
                location = response_headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} redirect without a Location", start)
                target = urljoin(current, location)
                try:
                    current = normal_url(target)
                except FetchError as err:
                    raise FetchError(f"redirected to {target!r}: {err.reason}", start) from None
                if current in seen:
                    raise FetchError(f"redirect loop at {current}", start)
                seen.add(current)
                etag = last_modified = None  # validators belong to the address asked for
                continue
            if status == 304:
                return Answer(url=start, final_url=current, not_modified=True,
                              etag=response_headers.get("etag"), last_modified=response_headers.get("last-modified"))
            if not 200 <= status < 300:
                raise FetchError(f"HTTP {status}", start if current == start else f"{start} (via {current})")
            content_type = response_headers.get("content-type", "")
            kind = content_type.split(";")[0].strip().lower()
            if accept and not kind.startswith(accept):
                raise FetchError(f"not a page to read: content type {kind or 'missing'!r}", start)
            return Answer(url=start, final_url=current, body=body, content_type=content_type,
                          etag=response_headers.get("etag"), last_modified=response_headers.get("last-modified"))
        raise FetchError(f"more than {self.settings.max_redirects} redirects", start)

    def _request(self, url: str, headers: dict[str, str], name: str) -> tuple[int, dict[str, str], bytes]:
        """One GET: status, headers (lower-case names) and the body read within the limits."""
        httpx = self._httpx
        self._wait_for_host(url)
        limit, began = self.settings.max_bytes, self.clock()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise TooLargeError(f"{int(declared):,} bytes announced, over the {limit:,}-byte limit", name)
                chunks, size = [], 0
                if response.status_code < 300:
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise TooLargeError(f"body over the {limit:,}-byte limit", name)
                        if self.clock() - began > self.settings.deadline:
                            raise FetchError(f"answer not complete after {self.settings.deadline:g} s", name)
                        chunks.append(chunk)
                return response.status_code, {k.lower(): v for k, v in response.headers.items()}, b"".join(chunks)
        except httpx.TimeoutException:
            raise FetchError(f"timed out (no answer within {self.settings.timeout:g} s)", name) from None
        except httpx.DecodingError as err:
            raise FetchError(f"broken compressed body ({err})", name) from None
        except httpx.HTTPError as err:
            raise FetchError(f"cannot connect: {err or type(err).__name__}", name) from None
        finally:
            self._last_request[_host(url)] = self.clock()

    def _wait_for_host(self, url: str) -> None:
        last = self._last_request.get(_host(url))
        if last is not None:
            wait = self.settings.host_delay - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)

    # -- robots.txt --------------------------------------------------------------------------
    def _check_robots(self, url: str, name: str) -> None:
        if not self.settings.obey_robots:
            return
        host = _host(url)
        if host not in self._robots:
            self._robots[host] = self._read_robots(url)
        rules = self._robots[host]
        if rules is None:
            raise FetchError("robots.txt could not be read (server error): the site is not fetched this run", name)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchError("forbidden by the site's robots.txt", name)

    def _read_robots(self, url: str) -> RobotFileParser | None:
        """The host's rules: allow-all for a missing file (4xx), None (forbid) for 5xx or no answer."""
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rules = RobotFileParser(robots_url)
        try:
            status, _, body = self._request(robots_url, {}, robots_url)
        except TooLargeError:
            status, body = 200, b""
        except FetchError:
            return None
        if 400 <= status < 500 or 300 <= status < 400:
            rules.parse([])
        elif status >= 500:
            return None
        else:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()
