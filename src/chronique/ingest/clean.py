"""Cleaning: from the raw body to the immutable ``text`` all offsets refer to, with its blocks.

Steps, in order, each in its own module:

1. ``spaces``: one kind of space and line break (no-break and narrow spaces become spaces);
2. ``title``: a first line followed by a blank line is the title (``.txt`` rule); a copy of the
   title at the top of the body is removed once (``title_repeated``);
3. line layout (here): blank lines separate paragraphs; inside one, a line break is kept when the
   line ends a sentence or is short, else it is a hard wrap and becomes a space; a line framed
   by dashes (``- Les doutes de Berlin -``) is a subheading without its dashes;
4. page furniture at the top (``Publié le 13 juillet 2023``) is dropped, then
   ``dateline``: ``BERLIN (AFP) -`` at the start of the body goes to ``dateline``;
5. ``subheading``: a short line without final punctuation between paragraphs is a subheading;
6. ``glue``: run-in subheadings and sentences glued by scraping are cut out or spaced.

Blocks are joined with a blank line (``\\n\\n``) in the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Block
from .dateline import split_dateline
from .glue import KnownWord, segment
from .layout_lexicon import LEADING_FURNITURE_PREFIXES, MAX_FURNITURE_CHARS
from .raw import RawArticle
from .spaces import normalise_spaces
from .subheading import looks_like_subheading, unframe_dashes
from .title import split_title, strip_repeated_title

BLOCK_SEPARATOR = "\n\n"
# A line at least this long that does not end a sentence is hard-wrapped prose, joined to the
# next line; shorter unpunctuated lines are headings or credits and stay lines of their own.
# (Hard-wrapped dispatches use 60 to 80 columns; subheadings are under 60 characters.)
WRAP_MIN_CHARS = 60

_BLANK_LINES = re.compile(r"\n\s*\n")
_ENDS_LINE = frozenset(".!?…»\"”:;)")
_ONE_LINE = re.compile(r"\s+")


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    dateline: str | None
    blocks: tuple[Block, ...]
    title_repeated: bool = False


def clean(raw: RawArticle, known_word: KnownWord | None = None) -> CleanText:
    """The cleaned text of ``raw``, its title, dateline and blocks. Never raises on any text."""
    if known_word is None:
        from .vocab import default_known_word

        known_word = default_known_word()
    text = normalise_spaces(raw.text)
    title = _one_line(normalise_spaces(raw.title)) if raw.title else None
    if title is None and raw.title_in_text:
        candidate, rest = split_title(text)
        if candidate is not None and split_dateline(candidate)[0] is None:
            title, text = candidate, rest
    lines = line_blocks(text)
    title_repeated = False
    if title and lines and lines[0][0] == "paragraph":
        rest = strip_repeated_title(title, lines[0][1])
        if rest is not None:
            title_repeated = True
            lines = ([("paragraph", rest)] if rest else []) + lines[1:]
    skip = 0
    while skip < len(lines) and _is_furniture(lines[skip][1]):
        skip += 1
    lines = lines[skip:]
    dateline, lines = _take_dateline(lines)
    pieces: list[tuple[str, str]] = []
    last = len(lines) - 1
    for i, (kind, body) in enumerate(lines):
        if kind == "subheading" or (0 < i < last and looks_like_subheading(body)):
            pieces.append(("subheading", body))
        else:
            pieces.extend(segment(body, known_word))
    return assemble(pieces, title=title or None, dateline=dateline, title_repeated=title_repeated)


def _take_dateline(lines: list[tuple[str, str]]) -> tuple[str | None, list[tuple[str, str]]]:
    """The dateline opening the first paragraph, or the second one after a lead (then it must name
    an agency: ``PARIS (AFP) -``), and the lines without it."""
    for i in range(min(2, len(lines))):
        kind, body = lines[i]
        if kind != "paragraph":
            break
        dateline, rest = split_dateline(body)
        if dateline is not None and (i == 0 or dateline.endswith(")")):
            rest = rest.strip()
            return dateline, lines[:i] + ([("paragraph", rest)] if rest else []) + lines[i + 1:]
    return None, lines


def line_blocks(text: str) -> list[tuple[str, str]]:
    """Paragraph and dash-framed subheading lines, hard wraps joined."""
    out: list[tuple[str, str]] = []
    for chunk in _BLANK_LINES.split(text):
        buf: list[str] = []
        for line in chunk.split("\n"):
            line = line.strip()
            if not line:
                continue
            inner = unframe_dashes(line)
            if inner is not None:
                _flush(buf, out)
                out.append(("subheading", inner))
            elif buf and _is_wrap(buf[-1], line):
                buf.append(line)
            else:
                _flush(buf, out)
                buf.append(line)
        _flush(buf, out)
    return out


def _is_furniture(line: str) -> bool:
    return len(line) <= MAX_FURNITURE_CHARS and line.casefold().startswith(LEADING_FURNITURE_PREFIXES)


def _is_wrap(previous: str, line: str) -> bool:
    if previous[-1] in _ENDS_LINE:
        return False
    return line[0].islower() or len(previous) >= WRAP_MIN_CHARS


def _flush(buf: list[str], out: list[tuple[str, str]]) -> None:
    if buf:
        out.append(("paragraph", " ".join(buf)))
        buf.clear()


def _one_line(text: str) -> str | None:
    return _ONE_LINE.sub(" ", text).strip() or None


def assemble(pieces: list[str] | list[tuple[str, str]], title: str | None, dateline: str | None,
             title_repeated: bool = False) -> CleanText:
    """Join blocks (plain strings are paragraphs, or ``(kind, text)`` pairs) into the cleaned text."""
    blocks = []
    parts = []
    pos = 0
    for piece in pieces:
        kind, body = piece if isinstance(piece, tuple) else ("paragraph", piece)
        body = body.strip()
        if not body:
            continue
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        parts.append(body)
        blocks.append(Block(kind, pos, pos + len(body)))
        pos += len(body)
    return CleanText("".join(parts), title, dateline, tuple(blocks), title_repeated)
