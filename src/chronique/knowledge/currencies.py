"""Currencies whose French name several countries share (``currencies.tsv``): "riyals" in an
article about Yemen are Yemeni rials (YER), in one about Qatar Qatari riyals (QAR).

How to extend: add a row and run ``tests/test_knowledge_currencies.py``. A malformed row raises
``FormatError`` naming ``file:line``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lang.fr.fold import fold
from .table import rows

CURRENCIES_FILE = Path(__file__).with_name("currencies.tsv")
_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class SharedCurrency:
    forms: tuple[str, ...]
    code: str
    countries: tuple[str, ...]


def load(path: Path = CURRENCIES_FILE) -> list[SharedCurrency]:
    return [SharedCurrency(tuple(f.strip() for f in forms.split("|")), code,
                           tuple(c.strip() for c in countries.split("|")))
            for forms, code, countries in rows(path, 3, "forms, ISO 4217 code, countries",
                                               lambda cells: _CODE.fullmatch(cells[1]) is not None)]


@lru_cache(maxsize=1)
def _by_form() -> dict[str, tuple[SharedCurrency, ...]]:
    table: dict[str, tuple[SharedCurrency, ...]] = {}
    for currency in load():
        for form in currency.forms:
            table[form.lower()] = table.get(form.lower(), ()) + (currency,)
    return table


def shared_currency_names() -> dict[str, str]:
    """Each name of a shared currency → the code it stands for when no country says otherwise."""
    return {form: currencies[0].code for form, currencies in _by_form().items()}


def is_shared_currency(name: str) -> bool:
    return name.lower() in _by_form()


def currency_in(name: str, places: list[str]) -> str | None:
    """The code of the shared currency ``name`` ("riyals") in an article naming ``places`` (in the
    order of their first mention): the currency of the first of them that uses that name; None for
    a name of no shared currency or an article naming none of its countries."""
    currencies = _by_form().get(name.lower())
    if not currencies:
        return None
    by_country = {fold(country): c.code for c in currencies for country in c.countries}
    return next((by_country[fold(p)] for p in places if fold(p) in by_country), None)
