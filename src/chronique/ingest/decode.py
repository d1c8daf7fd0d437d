"""Bytes to text: UTF-8 (with or without BOM), Windows-1252 / Latin-1, or a mix of them; never a crash.

One pass decodes UTF-8 and hands every byte that is not valid UTF-8 to Windows-1252 (Latin-1 for
the five bytes Windows-1252 leaves undefined). A pure UTF-8 file, a pure Windows-1252 or
Latin-1 file (where every accented byte is invalid UTF-8) and a UTF-8 file with a few stray
legacy bytes (a pasted quote) all come out right: decoding the whole file as Windows-1252
because of one bad byte would garble every other accent (``Ã©``).
"""

from __future__ import annotations

import codecs

from ..errors import EmptyInputError, EncodingError

# Share of control characters (other than tab/newline/CR/FF) past which the bytes are binary.
# Text files have none; 1 % leaves room for a few stray bytes in a long scraped file.
BINARY_CONTROL_SHARE = 0.01
# Only the head of a file is checked for NUL bytes and control characters (cheap on 5 MB inputs).
SNIFF_BYTES = 4096
SNIFF_CHARS = 20_000

_ERROR_HANDLER = "chronique-cp1252"


def _legacy_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    bad = err.object[err.start:err.end]
    return "".join(_legacy_char(b) for b in bad), err.end


def _legacy_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in Windows-1252
        return bytes([byte]).decode("latin-1")


codecs.register_error(_ERROR_HANDLER, _legacy_bytes)


def decode_bytes(data: bytes, source: str) -> str:
    if not data.strip():
        raise EmptyInputError("empty input", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(data.decode("utf-16"), source)
        except UnicodeDecodeError:
            raise EncodingError("broken UTF-16 text", source) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\x00" in data[:SNIFF_BYTES]:
        raise EncodingError("binary file (NUL bytes), not text", source)
    return _check_text(data.decode("utf-8", errors=_ERROR_HANDLER), source)


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInputError("empty input", source)
    sample = text[:SNIFF_CHARS]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7f <= ord(c) < 0xa0)
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise EncodingError("binary file (control characters), not text", source)
    return text
