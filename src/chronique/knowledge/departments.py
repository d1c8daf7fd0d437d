"""The departments of France (``departments.tsv``: INSEE code, name, region), as French copy names
them: "un collège de l'Eure", "Thionville (Moselle)". The entity layer reads them as places where
the model misses them (``extract/entities/missed.known_places``).

How to extend: add a row and run ``tests/test_knowledge_departments.py``, which checks that codes
and names are unique. A malformed row raises ``FormatError`` naming ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .table import rows

DEPARTMENTS_FILE = Path(__file__).with_name("departments.tsv")


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    region: str


def load(path: Path = DEPARTMENTS_FILE) -> list[Department]:
    return [Department(*cells) for cells in rows(path, 3, "code, name, region")]


@lru_cache(maxsize=1)
def department_names() -> frozenset[str]:
    """The departments' names, as written ("Loir-et-Cher", "Val-d'Oise")."""
    return frozenset(d.name for d in load())
