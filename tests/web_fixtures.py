"""A real HTTP server on 127.0.0.1 for the web ingestion tests, and WARC files written with warcio.

``LocalSite`` serves what a news site and a hostile web serve: article pages (with ``ETag`` and
``Last-Modified``, answering conditional requests with 304), RSS and Atom feeds, ``robots.txt``,
redirects (a chain, a loop, one to ``ftp:``), a slow page, huge bodies (announced or streamed),
404/500, an image, pages whose declared charset is wrong. It counts requests per path and keeps
the user agents it saw. Nothing here reaches another host.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
SLOW_SECONDS = 3.0


def sample_articles() -> list[dict]:
    """The bundled sample articles that have a title and a date (JSON objects)."""
    rows = []
    for path in sorted((REPO / "samples").rglob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("title") and r.get("published")]


def article_page(title: str, text: str, published: str | None = None, canonical: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"{meta}{link}</head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>{html.escape(title)}</h1>"
            f"{paragraphs}</article><footer>Mentions légales</footer></body></html>")


def rss(items: list[tuple[str, str, str | None]], title: str = "Fil") -> str:
    """RSS 2.0 with (link, title, RFC 822 date or None) items."""
    body = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
                   + (f"<pubDate>{d}</pubDate>" if d else "") + "</item>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://127.0.0.1/</link><description>Test</description>{body}</channel></rss>")


def atom(items: list[tuple[str, str, str]]) -> str:
    """Atom 1.0 with (link, title, ISO datetime) entries."""
    body = "".join(f'<entry><title>{html.escape(t)}</title><link href="{html.escape(link)}"/>'
                   f"<id>{html.escape(link)}</id><updated>{d}</updated></entry>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title>'
            f"<id>urn:test</id><updated>2023-10-12T00:00:00Z</updated>{body}</feed>")


@dataclass
class Route:
    body: bytes | Callable[[], bytes] = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0            # seconds before answering
    stream_bytes: int = 0         # answer with this many bytes, chunked, without Content-Length
    validators: bool = False      # ETag/Last-Modified, and 304 to a matching conditional request


class LocalSite:
    """``with LocalSite() as site:`` a threaded server; ``site.url("/path")``; ``site.routes[path] = Route(...)``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.agents: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                site.agents.add(self.headers.get("User-Agent", ""))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.stream_bytes:
                    return self._stream(route)
                body = route.body() if callable(route.body) else route.body
                headers = dict(route.headers)
                if route.validators:
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    headers |= {"ETag": etag, "Last-Modified": "Thu, 12 Oct 2023 10:00:00 GMT"}
                    if self.headers.get("If-None-Match") == etag:
                        return self._send(304, b"", None, headers)
                self._send(route.status, body, route.content_type, headers)

            def _send(self, status, body, content_type, headers=None) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def _stream(self, route: Route) -> None:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"x" * 65_000 + b"</p>"
                sent = 0
                try:
                    while sent < route.stream_bytes:
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                        sent += len(chunk)
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that hangs up early (limits)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def page(self, path: str, title: str, text: str, published: str | None = None, **kw) -> None:
        self.routes[path] = Route(article_page(title, text, published, kw.pop("canonical", None)).encode("utf-8"),
                                  validators=True, **kw)

    def __enter__(self) -> "LocalSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], gzip: bool = True) -> None:
    """A WARC with (record type, target URL, content type, body) records; a response's
    ``WARC-Date`` is 2023-10-15."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for kind, url, content_type, body in records:
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                   warc_headers_dict={"WARC-Date": "2023-10-15T08:00:00Z"})
            else:
                record = writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                                   warc_content_type=content_type)
            writer.write_record(record)
