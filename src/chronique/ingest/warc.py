"""Web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``) read with warcio.

Every HTML ``response`` record is a page: its main text, title and date as for an ``.html`` file
(``html``), its id and ``url`` from the record's target address, and its ``WARC-Date`` as the
publication date when the page gives none (``published_from`` "warc"; that is when it was
archived, an upper bound). Every other record (``request``, ``metadata``, ``warcinfo``,
``revisit``, a redirect, an image, a script) holds no article: it comes out as a ``SkippedInput``
naming what it was, counted and never failed. An archive is a collection read as a stream, the
input limit holding for each record; gzipped per record (as crawlers write them) or as a whole. A truncated or corrupt archive gives the records before
the damage and one ``FormatError`` saying where reading stopped.
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path
from typing import Iterator

from ..errors import FetchError, FormatError, InputError, SkippedInput, TooLargeError
from .charset import decode_declared
from .html import raw_from_html
from .pages import HTML_TYPES
from .raw import RawArticle
from .urls import article_id_for_url, normal_url

GZIP_MAGIC = b"\x1f\x8b"
READ_BYTES = 1 << 16
TRUNCATED_RECORD = "truncated web archive: the file ends inside this record"


def read_archive(path: Path, source: str, max_record_bytes: int) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
            gunzip = _Gunzip(raw) if gzipped else None
            stream = io.BufferedReader(gunzip) if gunzip else raw
            item: RawArticle | InputError | None = None
            for number, record in enumerate(ArchiveIterator(stream, arc2warc=True), 1):
                item = _article_or_skip(record, f"{source}#{number}", max_record_bytes)
                yield item
            cut_record = isinstance(item, FormatError) and item.reason == TRUNCATED_RECORD
            if gunzip is not None and gunzip.truncated and not cut_record:
                raise EOFError("the file ends inside a gzip member")
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as err:
        where = f"after record {number}" if number else "at its start"
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        yield FormatError(f"truncated or broken web archive: reading stopped {where} ({reason})", source)
        return
    if number == 0:
        yield FormatError("no WARC or ARC records", source)


class _Gunzip(io.RawIOBase):
    """The decompressed bytes of a gzip file of one or many members (crawlers gzip each record;
    ``gzip crawl.warc`` makes one member), noting ``truncated`` when the file ends inside a member
    instead of raising: warcio would take the error for the end of the archive and drop the
    record being read, and the records before the cut are worth keeping."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.inflate = zlib.decompressobj(31)
        self.in_member = False
        self.truncated = False
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending:
            chunk = self.raw.read(READ_BYTES)
            if not chunk:
                self.truncated = self.in_member
                return 0
            while chunk:
                self.in_member = True
                self.pending += self.inflate.decompress(chunk)
                if not self.inflate.eof:
                    break
                chunk, self.in_member = self.inflate.unused_data, False
                self.inflate = zlib.decompressobj(31)
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


def _article_or_skip(record, name: str, max_record_bytes: int) -> RawArticle | InputError:
    skip = _skip_reason(record)
    if skip is not None:
        return FormatError(TRUNCATED_RECORD, name) if _cut(record) else SkippedInput(skip, name)
    content_type = record.http_headers.get_header("Content-Type") or ""
    body = record.content_stream().read(max_record_bytes + 1)
    if len(body) > max_record_bytes:
        return TooLargeError(f"record over the {max_record_bytes:,}-byte limit for one input", name)
    if _cut(record):
        return FormatError(TRUNCATED_RECORD, name)
    target = record.rec_headers.get_header("WARC-Target-URI")
    try:
        url = normal_url(target) if target else None
    except FetchError:
        url = None
    try:
        raw = raw_from_html(decode_declared(body, content_type, name), name)
    except InputError as err:
        return err
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    published, origin = (raw.published, "html") if raw.published else (warc_date, "warc" if warc_date else None)
    return RawArticle(text=raw.text, source=name, id=article_id_for_url(url) if url else None, title=raw.title,
                      published=published, published_from=origin, url=url or raw.url, outlet=raw.outlet,
                      format="warc", title_in_text=False)


def _skip_reason(record) -> str | None:
    """Why a record holds no article, None for an HTML page."""
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    http = record.http_headers
    if http is None:
        return "response record without HTTP headers"
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP {status or '?'} response"
    content_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return f"not HTML ({content_type or 'no content type'})"
    return None


def _cut(record) -> bool:
    """The file ended before the record's declared length (its unread rest is read through first,
    as warcio would to reach the next record)."""
    stream = record.raw_stream
    while stream.read(READ_BYTES):
        pass
    return getattr(stream, "limit", 0) > 0
