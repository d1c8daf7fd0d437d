"""Datelines: ``BERLIN :``, ``PARIS (AFP) -``, ``Bruxelles, 5 mars (Reuters) -``,
``Paris, le 3 mars 2023 (AFP) –`` at the start of the body.

The dateline is removed from the text and kept as ``article.dateline``: the place, then the
agency in parentheses when there is one, without the date and the closing punctuation
(``"BERLIN"``, ``"PARIS (AFP)"``, ``"Bruxelles (Reuters)"``). The place keeps its case.

A place in capitals (``BERLIN``, ``NEW YORK``, ``SAINT-ÉTIENNE``) is enough; a capitalised
place (``Paris``) needs a date or a known agency (``layout_lexicon.AGENCIES``) so that an
ordinary first sentence (``Bruxelles : la Commission...``) is not cut.
"""

from __future__ import annotations

import re

from .layout_lexicon import AGENCIES, MONTHS, NOT_PLACE_WORDS, NOT_PLACES, WEEKDAYS

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)

# Up to four words joined by spaces, hyphens or apostrophes; at most 40 characters (checked after).
_UPPER_PLACE = rf"[{_UPPER}][{_UPPER}'’.]*(?:[ -][{_UPPER}][{_UPPER}'’.]*){{0,3}}"
_TITLE_PLACE = (rf"[{_UPPER}][{_LOWER}'’]+(?:[ -](?:[{_UPPER}][{_LOWER}'’]+|(?:sur|sous|lès|les|le|la|de|du|des|en|d'|l')))"
                r"{0,4}")
_DATE = (rf"(?:le\s+)?(?:(?:{_WEEKDAY})\s+)?(?:1er|\d{{1,2}})\s+(?:{_MONTH})(?:\s+\d{{4}})?"
         rf"|(?:{_WEEKDAY})")
_AGENCY = r"\((?P<agency>[^()\n]{1,40})\)"
# The mark that closes a dateline: a colon or any dash, then a space or the end of the line.
_CLOSE = r"\s*[-–—:](?:\s+|$)"

_DATELINE = re.compile(
    rf"(?P<place>{_UPPER_PLACE}|{_TITLE_PLACE})"
    rf"(?:\s*,\s*(?P<date>{_DATE}))?"
    rf"(?:\s*{_AGENCY})?"
    rf"{_CLOSE}"
)

MAX_PLACE_CHARS = 40
# Upper-case words shorter than this are party or union acronyms (``LR -``, ``UE :``), not places;
# the shortest French dateline places in capitals have three letters (PAU, AIX).
MIN_UPPER_PLACE_LETTERS = 3


def split_dateline(block: str) -> tuple[str | None, str]:
    """``(dateline, rest of the block)``, or ``(None, block)`` when the block opens with none."""
    m = _DATELINE.match(block)
    if m is None:
        return None, block
    place = m.group("place").strip()
    agency = (m.group("agency") or "").strip()
    date = m.group("date")
    rest = block[m.end():]
    if len(place) > MAX_PLACE_CHARS or place.upper() in NOT_PLACES:
        return None, block
    upper_place = place.upper() == place and any(c.isalpha() for c in place)
    if upper_place:
        if sum(c.isalpha() for c in place) < MIN_UPPER_PLACE_LETTERS:
            return None, block
        if not agency and any(w in NOT_PLACE_WORDS for w in place.split()[1:]):
            return None, block
    elif not (date or agency in AGENCIES):
        return None, block
    # What follows a dateline is a sentence: it starts with a capital, a digit or a quote.
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«\"“'"):
        return None, block
    dateline = f"{place} ({agency})" if agency else place
    return dateline, rest
