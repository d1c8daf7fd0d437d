"""Turning command-line inputs into ``RawArticle`` objects, or ``InputError`` for the bad ones.

``read_inputs`` yields either a ``RawArticle`` or an ``InputError`` per article, so that one
bad file or JSON line is reported and the batch goes on.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import EmptyInputError, FormatError, InputError, TooLargeError
from .decode import decode_bytes
from .html import raw_from_html
from .metadata import parse_published
from .raw import RawArticle

# A dispatch is a few kilobytes; a whole novel is ~1 MB. Past this the input is not an article.
MAX_INPUT_BYTES = 5_000_000
# Longest article id: ids are URL path segments (``/articles/{id}``); press ids are short codes or URLs.
MAX_ID_CHARS = 200
# Text compresses 3 to 10 times (OrangeSum: 5.5); a gzip input over the size limit that expands
# more than this is a decompression bomb.
MAX_GZIP_RATIO = 100

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
ARCHIVE_SUFFIXES = {".warc", ".arc"}  # web archives, maybe gzipped: read by ``warc``
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# Characters a name must not carry into a message or the JSON as they are: C0/C1 controls
# (a newline would split an error line in two), DEL and the Unicode line separators.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def display_name(name: str) -> str:
    """A file name as messages, the JSON and the store show it: valid UTF-8, on one line.

    A name whose bytes are not UTF-8 (``x-\\xe9.txt`` from a Latin-1 system: Python keeps those
    bytes as lone surrogates, which no UTF-8 output accepts) shows them as ``\\xe9``; control
    characters, a newline included, are written as escapes (``\\n``, ``\\x07``).
    """
    try:
        data = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte: not from the file system
        data = name.encode("utf-8", "backslashreplace")
    text = data.decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def read_inputs(inputs: Iterable[str], stdin=None) -> Iterator[RawArticle | InputError]:
    """Every article of every input, in order; directories are walked recursively and sorted."""
    for name in inputs:
        shown = display_name(name)
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_article_file(p)
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield EmptyInputError("directory holds no .txt, .html, .json, .jsonl or .warc files", shown)
            for p in files:
                yield from read_file(p)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputError("no such file or directory", shown)


def _is_article_file(path: Path) -> bool:
    """Inside a directory only article files count: a README.md or a LICENSE beside them is skipped
    (a file named on the command line is read whatever its name, and refused when unknown)."""
    if path.name in SKIPPED_NAMES:
        return False
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    return bool(suffix) and (suffix in KNOWN_SUFFIXES or suffix in ARCHIVE_SUFFIXES)


def read_file(path: Path) -> Iterator[RawArticle | InputError]:
    source = display_name(str(path))
    name = path.name.lower()
    if Path(name[:-3] if name.endswith(".gz") else name).suffix in ARCHIVE_SUFFIXES:
        from .warc import read_archive

        yield from read_archive(path, source, MAX_INPUT_BYTES)
        return
    if Path(name[:-3] if name.endswith(".gz") else name).suffix in JSONL_SUFFIXES:
        yield from _read_json_lines_file(path, source, gz=name.endswith(".gz"))
        return
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise TooLargeError(f"{size:,} bytes is over the {MAX_INPUT_BYTES:,}-byte limit for one input", source)
        data = path.read_bytes()
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(f"cannot read: {err.strerror or err}", source)
        return
    suffix = path.suffix.lower()
    if suffix == ".gz":
        try:
            data = gunzip_bounded(data, source)
        except InputError as err:
            yield err
            return
        suffix = Path(path.stem).suffix.lower()
    yield from read_bytes(data, source, suffix)


def gunzip_bounded(data: bytes, source: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The decompressed bytes of a gzip file, read as a stream and refused (``TooLargeError``) as
    soon as they pass ``limit``: a few kilobytes may hold gigabytes (a gzip bomb), so the limit
    holds for what comes out, not for the compressed size."""
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise FormatError(f"broken gzip file: {err}", source) from None
    if len(out) > limit:
        raise TooLargeError(f"over the {limit:,}-byte limit for one input once decompressed "
                            f"({len(data):,} bytes compressed)", source)
    return out


def read_bytes(data: bytes, source: str, suffix: str) -> Iterator[RawArticle | InputError]:
    """Articles in ``data`` read as a file with ``suffix`` (``.txt``, ``.html``, ``.json``, ``.jsonl``)."""
    try:
        if suffix not in KNOWN_SUFFIXES:
            raise FormatError(f"unknown file type {suffix!r} (expected .txt, .html, .json, .jsonl or .warc; "
                              f"a feed is read with --feed)", source)
        text = decode_bytes(data, source)
        if suffix in JSONL_SUFFIXES:
            yield from _read_json_lines(text, source)
            return
        if suffix in JSON_SUFFIXES:
            yield from _read_json_document(text, source)
            return
        if suffix in HTML_SUFFIXES:
            yield raw_from_html(text, source)
            return
        yield RawArticle(text=text, source=source, format="text")
    except InputError as err:
        yield err


def _read_stdin(stream) -> Iterator[RawArticle | InputError]:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        yield TooLargeError(f"over the {MAX_INPUT_BYTES:,}-byte limit for one input", "<stdin>")
        return
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        suffix = ".jsonl"
    elif stripped.startswith(b"["):
        suffix = ".json"
    elif stripped[:1] == b"<":
        suffix = ".html"
    else:
        suffix = ".txt"
    yield from read_bytes(data, "<stdin>", suffix)


def _read_json_document(text: str, source: str) -> Iterator[RawArticle | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # A .json file holding JSON lines is common enough to accept.
        yield from _read_json_lines(text, source)
        return
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items, 1):
        name = source if len(items) == 1 else f"{source}[{i}]"
        try:
            yield raw_from_json_object(item, name, fmt="json")
        except InputError as err:
            yield err


def _read_json_lines_file(path: Path, source: str, gz: bool) -> Iterator[RawArticle | InputError]:
    """A JSON-lines file (maybe gzipped) is a collection: read as a stream, line by line, the
    input limit holding for each article's line, so that a corpus of any size is read in constant
    memory. A gzipped file whose first ``MAX_INPUT_BYTES`` come out of a few kilobytes (a ratio
    over ``MAX_GZIP_RATIO``, which no text reaches) is a gzip bomb, refused before any article."""
    import gzip
    import zlib

    seen_any = False
    try:
        with open(path, "rb") as raw, (gzip.GzipFile(fileobj=raw) if gz else raw) as stream:
            head = stream.read(MAX_INPUT_BYTES + 1)
            if gz and len(head) > MAX_INPUT_BYTES and len(head) > MAX_GZIP_RATIO * raw.tell():
                yield TooLargeError(f"over the {MAX_INPUT_BYTES:,}-byte limit for one input once decompressed "
                                    f"from {raw.tell():,} compressed bytes: no text compresses that much "
                                    f"(a gzip bomb?)", source)
                return
            for lineno, line in enumerate(_bounded_lines(head, stream), 1):
                name = f"{source}:{lineno}"
                if line is None:
                    yield TooLargeError(f"line over the {MAX_INPUT_BYTES:,}-byte limit for one input", name)
                    continue
                if not line.strip():
                    continue
                seen_any = True
                try:
                    yield from _read_json_lines(decode_bytes(line, name), name, lineno)
                except InputError as err:
                    yield err
    except (OSError, EOFError, zlib.error) as err:
        yield InputError(f"cannot read: {getattr(err, 'strerror', None) or err}", source)
        return
    if not seen_any:
        yield EmptyInputError("no JSON lines", source)


def _bounded_lines(head: bytes, stream) -> Iterator[bytes | None]:
    """The lines of ``head`` and then of the rest of ``stream``, never reading more than
    ``MAX_INPUT_BYTES`` at a time; None for a line over that (the rest of it is skipped)."""
    import io

    pending = io.BytesIO(head)
    carry = b""
    while True:
        part = pending.readline() if pending is not None else b""
        if not part:
            pending = None
            part = stream.readline(MAX_INPUT_BYTES + 1 - len(carry))
            if not part:
                if carry:
                    yield carry
                return
        line, carry = carry + part, b""
        if line.endswith(b"\n"):
            yield line
        elif len(line) > MAX_INPUT_BYTES:
            while part and not part.endswith(b"\n"):  # skip the rest of the overlong line
                part = stream.readline(MAX_INPUT_BYTES + 1)
            yield None
        else:
            carry = line  # the head ended inside this line, or the file ends without a newline


def _read_json_lines(text: str, source: str, first_line: int | None = None) -> Iterator[RawArticle | InputError]:
    """Each line of ``text`` an article object; ``first_line`` when ``text`` is one line of a file
    already named ``source`` (``file:line``)."""
    seen_any = False
    for lineno, line in enumerate(text.splitlines(), first_line or 1):
        if not line.strip():
            continue
        seen_any = True
        name = source if first_line is not None else f"{source}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield FormatError(f"broken JSON line ({err.msg} at column {err.colno})", name)
            continue
        try:
            yield raw_from_json_object(item, name, fmt="jsonl")
        except InputError as err:
            yield err
    if not seen_any:
        yield EmptyInputError("no JSON lines", source)


def raw_from_json_object(item: object, source: str, fmt: str = "json") -> RawArticle:
    """One JSON article object: ``id``, ``text`` or ``html``, optional ``title``, ``published``, ``url``, ``outlet``."""
    if not isinstance(item, dict):
        raise FormatError(f"expected a JSON object, got {type(item).__name__}", source)
    for key in ("id", "title", "published", "url", "outlet", "text", "html"):
        value = item.get(key)
        if value is not None and not isinstance(value, (str, int)) or isinstance(value, bool):
            raise FormatError(f"field {key!r} must be a string", source)
    # JSON may escape lone surrogates (``"\\ud800"``): they cannot be written out as UTF-8.
    item = {k: _LONE_SURROGATES.sub("\ufffd", v) if isinstance(v, str) else v for k, v in item.items()}
    ident = check_article_id(str(item["id"]), source) if item.get("id") is not None else None
    published = _opt(item.get("published") or item.get("date"))
    if published is not None:
        try:  # a wrong date is the input's mistake to hear about, not a date to drop or to trust
            published = parse_published(published)
        except ValueError as err:
            raise FormatError(str(err), source) from None
    meta = dict(id=ident, published=published,
                url=_opt(item.get("url")), outlet=_opt(item.get("outlet")))
    if isinstance(item.get("text"), str) and item["text"].strip():
        title = _opt(item.get("title"))
        text = item["text"]
        lead = _opt(item.get("lead"))
        if lead and lead not in text[: len(lead) + 200]:
            text = lead + "\n\n" + text
        return RawArticle(text=text, source=source, title=title, title_in_text=title is None,
                          format=fmt, **meta)
    if isinstance(item.get("html"), str) and item["html"].strip():
        raw = raw_from_html(item["html"], source)
        return RawArticle(
            text=raw.text, source=source, title=_opt(item.get("title")) or raw.title,
            title_in_text=False, format="html", id=ident,
            published=meta["published"] or raw.published, url=meta["url"] or raw.url,
            outlet=meta["outlet"] or raw.outlet,
        )
    raise FormatError("no 'text' or 'html' field with content", source)


def check_article_id(ident: str, source: str) -> str:
    """An article id the store, the API and the pages can all address (``FormatError`` otherwise):
    1 to ``MAX_ID_CHARS`` characters, no control character, not ``.`` or ``..`` (which URLs
    resolve away). Any other character, ``/`` included, is kept: URLs encode it (``a%2Fb``)."""
    if not ident.strip():
        raise FormatError("field 'id' is blank", source)
    if len(ident) > MAX_ID_CHARS:
        raise FormatError(f"field 'id' is {len(ident):,} characters long, over the {MAX_ID_CHARS}-character "
                          f"limit", source)
    if _UNPRINTABLE.search(ident) or ident in (".", ".."):
        raise FormatError(f"field 'id' {display_name(ident)!r} cannot be part of a URL (control character, "
                          f"'.' or '..')", source)
    return ident


def _opt(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
