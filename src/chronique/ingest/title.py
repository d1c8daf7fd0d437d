"""The title: a first line followed by a blank line, and the copy of it that scraping often
leaves at the top of the body (removed once)."""

from __future__ import annotations

import re

# A title is one line; past this many characters a "first line" is a paragraph that happens
# to be followed by a blank line. The longest OrangeSum title is about 200 characters.
MAX_TITLE_CHARS = 300

_FOLD_PUNCT = re.compile(r"[\s\"'«»“”‘’.,;:!?…\-–—]+")


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, rest)`` when the first non-empty line is followed by a blank line, else ``(None, text)``."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if (sep and rest.startswith("\n") and first and rest.strip() and len(first) <= MAX_TITLE_CHARS):
        return first, rest
    return None, stripped


def comparison_form(text: str) -> str:
    """Comparison form: case-folded, punctuation and spaces collapsed (for title repeats)."""
    return _FOLD_PUNCT.sub(" ", text.casefold()).strip()


def strip_repeated_title(title: str | None, first_block: str) -> str | None:
    """The first block without its leading copy of ``title``; None when it does not start with one.

    The copy is either the whole block or a prefix glued to the next sentence
    (``Le titreLe corps``) or separated by a space; "" means the block was only the title.
    """
    if not title:
        return None
    folded_title = comparison_form(title)
    if not folded_title:
        return None
    if comparison_form(first_block) == folded_title:
        return ""
    # Prefix copy: compare on the raw characters (the title's own punctuation included).
    n = len(title)
    if len(first_block) > n and first_block[:n].casefold() == title.casefold():
        rest = first_block[n:]
        nxt = rest.lstrip()
        # The remainder must start a new sentence, else the "title" was the sentence's first words.
        if nxt and (nxt[0].isupper() or nxt[0] in "«\"“"):
            return nxt
    return None
