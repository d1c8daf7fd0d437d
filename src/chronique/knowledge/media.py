"""News outlets (``media.tsv``: name, kind, country), as French copy names them. A name of the table
is an organisation, never a place (``extract/entities``); a kind noun alone ("l'hebdomadaire", "la
chaîne") points back to the outlet of that kind named last (``extract/quotes``).

How to extend: add a row and run ``tests/test_knowledge_media.py``, which checks that names are
unique and kinds known. A malformed row raises ``FormatError`` naming ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .table import rows
from ..lang.fr.fold import fold

MEDIA_FILE = Path(__file__).with_name("media.tsv")
KINDS = frozenset({"quotidien", "hebdomadaire", "mensuel", "site", "chaîne", "radio", "agence"})


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    country: str


def load(path: Path = MEDIA_FILE) -> list[Outlet]:
    return [Outlet(*cells) for cells in rows(path, 3, f"name, kind (one of {', '.join(sorted(KINDS))}), country",
                                              valid=lambda cells: cells[1] in KINDS)]


@lru_cache(maxsize=1)
def outlet_kinds() -> dict[str, str]:
    """Folded name → kind, for every outlet of the table."""
    return {fold(" ".join(o.name.split())): o.kind for o in load()}


def outlet_kind(name: str) -> str | None:
    """The kind of the outlet a name gives, with or without its article ("Parisien", "Le Parisien")."""
    key = fold(" ".join(name.split()))
    kinds = outlet_kinds()
    return next((kinds[k] for k in (key, f"le {key}", f"l'{key}", f"la {key}", f"les {key}") if k in kinds), None)
