"""What a subheading looks like: a line framed by dashes, or a short line without final punctuation.

Used on lines of their own and on the run-in pieces that ``glue`` cuts out of scraped text
(``…de la réforme ».Une rentrée sous tension ?Dès lundi``).
"""

from __future__ import annotations

import re

from .layout_lexicon import NOT_SUBHEADING_PREFIXES

# Calibrated on the OrangeSum subheadings of gold/dev (2 to 8 words, at most 52 characters) with
# room for longer magazine-style ones; a 15-word unpunctuated line is a broken paragraph.
MAX_SUBHEADING_WORDS = 12
MAX_SUBHEADING_CHARS = 100

# ``- Les doutes de Berlin -``, ``— Les doutes de Berlin —``, ``-- Titre --``.
_DASH_FRAMED = re.compile(r"^[-–—]{1,2}\s*(?P<inner>\S(?:.*\S)?)\s*[-–—]{1,2}$")
# A subheading may end with a question or exclamation mark or a closing quote, not with these.
_BAD_ENDINGS = frozenset(".,;:…")
# A video embed caption glued in the body: ``Titre ?par CNEWS``, ``Titre.par franceinfo`` (or its source
# alone, cut from a caption glued to it: ``par BFMTV``).
_EMBED_CAPTION = re.compile(r"[?!.…»\"]\s?par\s+\S|^par [A-Z0-9]{2,}$")
# A caption whose source lost its space or stop (``nouvelle berlinepar Auto Magazine``, ``publié par X``).
_GLUED_CAPTION = re.compile(r"[\w)]par\s+\S|\spubli[ée]e?s? par\s")
# A stop glued to what follows inside the piece (``des voix.12 mars``): two lines run together.
_GLUED_STOP = re.compile(r"(?<![0-9])[.!?…]\w")
# Scraped code, hashtags and handles (``Node": "pvp``, ``#NousToutes``) are never headings.
_CODE_CHARS = re.compile(r"[{}<>=|\\#@/_]")
# Two sentences in one piece: a terminator followed by a space and a capital.
_TWO_SENTENCES = re.compile(r"[.!?…]\s+[«\"“]?[A-ZÀ-ÖØ-Þ]")


def unframe_dashes(line: str) -> str | None:
    """The inner text of a dash-framed line (``- Les doutes de Berlin -``), else None."""
    m = _DASH_FRAMED.match(line)
    if m is None:
        return None
    inner = m.group("inner")
    return inner if any(c.isalpha() for c in inner) and len(inner) <= MAX_SUBHEADING_CHARS else None


def is_embed_caption(piece: str) -> bool:
    return _EMBED_CAPTION.search(piece) is not None


def looks_like_subheading(piece: str) -> bool:
    """A short piece, one phrase, starting like a heading and not ending like a sentence."""
    piece = piece.strip()
    if not piece or len(piece) > MAX_SUBHEADING_CHARS or "\n" in piece:
        return False
    words = piece.split()
    if len(words) > MAX_SUBHEADING_WORDS:
        return False
    first = piece[0]
    if not (first.isupper() or first.isdigit() or first in "«\"“" or first == "+" and piece[1:2].isdigit()):
        return False
    if piece[-1] in _BAD_ENDINGS or piece[-1] in "-–—":
        return False
    if first in "«“" and piece[-1] not in "»”":
        return False  # an opened quotation that goes on: a sentence, not a pull quote
    if piece.count("«") != piece.count("»") or piece.count('"') % 2:
        return False
    lowered = piece.casefold()
    if lowered.startswith(NOT_SUBHEADING_PREFIXES):
        return False
    if _CODE_CHARS.search(piece) or is_embed_caption(piece) or _TWO_SENTENCES.search(piece) \
            or _GLUED_CAPTION.search(piece) or _GLUED_STOP.search(piece):
        return False
    return any(c.isalpha() for c in piece)
