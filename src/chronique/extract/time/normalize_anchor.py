"""What relative values lean on: the publication date or the last resolved timex (``Prev``).

Shared by the normalizers of each family of expressions (see ``normalize``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import DAY_RE, day_str

PUBLISHED = "published"
# The tense the stage passes for a present-tense stative verb ("reposent", "compte"): see tense.py.
STATE = "state"
# What a normalizer returns: (type, value, mod, anchor).
Value = tuple[str, str, str | None, str | None]


@dataclass(frozen=True)
class Prev:
    """The last resolved timex that later anaphora can lean on."""
    id: str
    value: str


def _day_of(prev: Prev | None, ref: date | None) -> str:
    if prev is not None and DAY_RE.match(prev.value):
        return prev.value[:10]
    if ref is not None:
        return day_str(ref)
    return "XXXX-XX-XX"


def _anchor_of(prev: Prev | None, ref: date | None) -> str | None:
    if prev is not None and DAY_RE.match(prev.value):
        return prev.id
    return PUBLISHED if ref else None
