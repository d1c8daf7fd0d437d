"""Cleaning: from the raw body to the immutable ``text`` all offsets refer to, with its blocks.

Steps, each a small function: normalise spaces, take the title line, split paragraphs.
Blocks are joined with a blank line (``\\n\\n``) in the cleaned text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..article import Block
from .raw import RawArticle

BLOCK_SEPARATOR = "\n\n"

# No-break, narrow no-break, thin, figure and other exotic spaces → a plain space.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLES = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    dateline: str | None
    blocks: tuple[Block, ...]


def normalise_spaces(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLES.sub("", _SPACES.sub(" ", text))
    return re.sub(r"[ \t]+", " ", text)


def split_title(text: str) -> tuple[str | None, str]:
    """A first line followed by a blank line is the title."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    if sep and rest.lstrip(" \t").startswith("\n") and first.strip() and rest.strip():
        return first.strip(), rest
    return None, stripped


def clean(raw: RawArticle) -> CleanText:
    text = normalise_spaces(raw.text)
    title = normalise_spaces(raw.title).strip() if raw.title else None
    if raw.title_in_text and title is None:
        title, text = split_title(text)
    paragraphs = [p.strip() for p in _BLANK_LINES.split(text) if p.strip()]
    return assemble(paragraphs, title=title, dateline=None)


def assemble(pieces: list[str] | list[tuple[str, str]], title: str | None, dateline: str | None) -> CleanText:
    """Join blocks (plain strings are paragraphs, or ``(kind, text)`` pairs) into the cleaned text."""
    blocks = []
    parts = []
    pos = 0
    for piece in pieces:
        kind, body = piece if isinstance(piece, tuple) else ("paragraph", piece)
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        parts.append(body)
        blocks.append(Block(kind, pos, pos + len(body)))
        pos += len(body)
    return CleanText("".join(parts), title, dateline, tuple(blocks))
