"""White space and invisible characters: the first cleaning step, so every later rule sees plain text.

No-break (U+00A0), narrow no-break (U+202F, French typography before ``;:!?»``), thin and other
exotic spaces become a plain space; zero-width characters, soft hyphens and BOMs disappear;
line ends become ``\\n``; runs of spaces collapse; control characters become spaces.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLES = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# C0/C1 controls other than \n (already normalised), and lone surrogates that cannot be encoded.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_SPACE_AROUND_LINE_BREAK = re.compile(r" *\n *")


def normalise_spaces(text: str) -> str:
    """``text`` with one kind of space and one kind of line break (``\\n``)."""
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLES.sub("", _SPACES.sub(" ", text))
    text = _CONTROLS.sub(" ", text)
    text = _RUNS_OF_SPACES.sub(" ", text)
    return _SPACE_AROUND_LINE_BREAK.sub("\n", text)
