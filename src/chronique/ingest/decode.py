"""Bytes to text: UTF-8 (with or without BOM), else the legacy encoding the bytes show, never a crash."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import EmptyInputError, EncodingError

# Share of control characters (other than tab/newline/CR) past which the bytes are binary.
BINARY_CONTROL_SHARE = 0.01
LEGACY_ENCODINGS = ("cp1252", "latin_1")


def decode_bytes(data: bytes, source: str) -> str:
    if not data.strip():
        raise EmptyInputError("empty input", source)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _check_text(data.decode("utf-16"), source)
    if b"\x00" in data[:4096]:
        raise EncodingError("binary file (NUL bytes), not text", source)
    try:
        return _check_text(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    encodings = ([best.encoding] if best is not None else []) + list(LEGACY_ENCODINGS)
    for encoding in encodings:
        try:
            return _check_text(data.decode(encoding), source)
        except UnicodeDecodeError:
            continue
    raise EncodingError("cannot decode as UTF-8, Windows-1252 or Latin-1", source)


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInputError("empty input", source)
    sample = text[:20_000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise EncodingError("binary file (control characters), not text", source)
    return text
