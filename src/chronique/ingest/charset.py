"""Bytes from the web to text, when a server or a record declares a charset that may be wrong.

A declared charset is a hint, not a fact: many servers send ``charset=iso-8859-1`` for UTF-8
pages, or ``utf-8`` for Windows-1252 ones. Valid UTF-8 is almost never an accident, so bytes that
decode as UTF-8 are read as UTF-8 whatever the declaration; otherwise a declared single-byte or
multi-byte charset that decodes them is used; otherwise the mixed UTF-8/Windows-1252 decoding of
``decode`` (which never fails on text).
"""

from __future__ import annotations

import codecs
import re

from .decode import _check_text, decode_bytes

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# Declarations that mean UTF-8 or the legacy Western encodings ``decode_bytes`` already reads.
_BUILT_IN = {"utf-8", "ascii", "latin-1", "iso8859-1", "cp1252"}


def declared_charset(content_type: str | None) -> str | None:
    """The Python codec named by a ``Content-Type`` value's ``charset``, None when absent or unknown."""
    found = _CHARSET.search(content_type or "")
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1)).name
    except LookupError:
        return None


def decode_declared(data: bytes, content_type: str | None, source: str) -> str:
    """``data`` as text, ``content_type``'s charset trusted only where the bytes agree with it."""
    charset = declared_charset(content_type)
    if charset is None or charset in _BUILT_IN:
        return decode_bytes(data, source)
    try:
        data.decode("utf-8")
        return decode_bytes(data, source)
    except UnicodeDecodeError:
        pass
    try:
        return _check_text(data.decode(charset), source)
    except UnicodeDecodeError:
        return decode_bytes(data, source)
