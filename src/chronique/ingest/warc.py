"""Web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``) read with warcio.

Every HTML ``response`` record is a page: its main text, title and date as for an ``.html`` file
(``html``), its id and ``url`` from the record's target address, and its ``WARC-Date`` as the
publication date when the page gives none (``published_from`` "warc"; that is when it was
archived, an upper bound). Every other record (``request``, ``metadata``, ``warcinfo``,
``revisit``, a redirect, an image, a script) holds no article: it comes out as a ``SkippedInput``
naming what it was, counted and never failed. An archive is a collection read as a stream, the
input limit holding for each record. A truncated or corrupt archive gives the records before
the damage and one ``FormatError`` saying where reading stopped.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from ..errors import FetchError, FormatError, InputError, SkippedInput, TooLargeError
from .charset import decode_declared
from .html import raw_from_html
from .pages import HTML_TYPES
from .raw import RawArticle
from .urls import article_id_for_url, normal_url


def read_archive(path: Path, source: str, max_record_bytes: int) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream, arc2warc=True), 1):
                yield _article_or_skip(record, f"{source}#{number}", max_record_bytes)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as err:
        where = f"after record {number}" if number else "at its start"
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        yield FormatError(f"truncated or broken web archive: reading stopped {where} ({reason})", source)
        return
    if number == 0:
        yield FormatError("no WARC or ARC records", source)


def _article_or_skip(record, name: str, max_record_bytes: int) -> RawArticle | InputError:
    if record.rec_type != "response":
        return SkippedInput(f"{record.rec_type} record", name)
    http = record.http_headers
    if http is None:
        return SkippedInput("response record without HTTP headers", name)
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return SkippedInput(f"HTTP {status or '?'} response", name)
    content_type = http.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return SkippedInput(f"not HTML ({content_type.split(';')[0].strip() or 'no content type'})", name)
    body = record.content_stream().read(max_record_bytes + 1)
    if len(body) > max_record_bytes:
        return TooLargeError(f"record over the {max_record_bytes:,}-byte limit for one input", name)
    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended before the record's declared length
        return FormatError("truncated web archive: the file ends inside this record", name)
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
