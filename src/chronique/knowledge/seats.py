"""Seats of power that French copy names instead of the power itself (``seats.tsv``): "Matignon"
for the Prime Minister, "le Château" for the Élysée. A quotation's "on" speaks for the seat it is
placed in ("indique-t-on à Matignon"), and a nickname is the seat the article names otherwise.

How to extend: add a row and run ``tests/test_knowledge_seats.py``, which checks that no form
names two seats. A malformed row raises ``FormatError`` naming ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import FormatError
from .table import rows
from ..lang.fr.fold import fold

SEATS_FILE = Path(__file__).with_name("seats.tsv")


@dataclass(frozen=True)
class Seat:
    country: str
    power: str
    forms: tuple[str, ...]


def load(path: Path = SEATS_FILE) -> list[Seat]:
    return [Seat(country, power, tuple(f.strip() for f in forms.split("|")))
            for country, power, forms in rows(path, 3, "country, power, forms")]


@lru_cache(maxsize=1)
def _by_form() -> dict[str, tuple[Seat, str]]:
    table: dict[str, tuple[Seat, str]] = {}
    for place in load():
        for form in place.forms:
            key = fold(form)
            if key in table and table[key][0] != place:
                raise FormatError(f"{form!r} names two seats", str(SEATS_FILE))
            table[key] = (place, form)
    return table


_ARTICLES = ("le ", "la ", "les ", "l'")


def seat(words: str) -> Seat | None:
    """The seat a phrase names ("Matignon", "le Château", "l'Elysée"), accents and article aside; a
    capitalised form only when written with its capital ("au château" is any castle)."""
    words = " ".join(words.replace("’", "'").split())
    for article in _ARTICLES:
        if words.lower().startswith(article):
            words = words[len(article):]
            break
    found = _by_form().get(fold(words))
    if found is None or not words or found[1][0].isupper() and not words[0].isupper():
        return None
    return found[0]


def is_presidency(words: str) -> bool:
    """The seat of a head of state ("l'Élysée", "le Kremlin", "la Maison-Blanche")."""
    place = seat(words)
    return place is not None and place.power.startswith("présidence")
