"""Organisations named by an acronym and by a full name ("LR" / "Les Républicains").

``organisations.tsv`` in this folder holds one row per organisation: ``acronym``, ``name``,
``variants`` (``|``-separated) and, optionally, ``kind`` (the noun that stands for it alone: "le
parti", "le syndicat"). ``canonical_key(name_key(name))`` gives the one linking key of every
form of an organisation (its folded full name), so that cross-article linking puts "LR", "Les
Républicains" and "Républicains" on one entity; ``display_name`` gives the full name to show.

How to extend: add a row (an acronym only where French news uses it for that organisation
alone) and run ``tests/test_knowledge_organisations.py``, which checks that every form belongs
to one organisation only. A malformed row raises ``FormatError`` naming ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import FormatError
from ..lang.fr import fold as accents
from ..lang.fr.names import fold, strip_titles

ORGANISATIONS_FILE = Path(__file__).with_name("organisations.tsv")


@dataclass(frozen=True)
class Organisation:
    acronym: str
    name: str
    variants: tuple[str, ...]
    kind: str = ""

    @property
    def key(self) -> str:
        return name_key(self.name)

    def forms(self) -> tuple[str, ...]:
        return tuple(f for f in (self.acronym, self.name, *self.variants) if f)


def name_key(name: str) -> str:
    """A name folded as entity linking folds it: no case, accents or leading article ("les républicains")."""
    return strip_titles(name)[0] or fold(name)


def load(path: Path = ORGANISATIONS_FILE) -> list[Organisation]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (3, 4) or not cells[1].strip():
            raise FormatError("expected acronym (may be empty), name, variants (and kind) separated by tabs",
                              f"{path}:{n}")
        variants = tuple(v.strip() for v in cells[2].split("|") if v.strip())
        kind = cells[3].strip() if len(cells) == 4 else ""
        out.append(Organisation(cells[0].strip(), cells[1].strip(), variants, kind))
    return out


@lru_cache(maxsize=1)
def _by_form() -> dict[str, Organisation]:
    table: dict[str, Organisation] = {}
    for org in load():
        for form in org.forms():
            key = name_key(form)
            if key in table and table[key] != org:
                raise FormatError(f"{form!r} names two organisations", str(ORGANISATIONS_FILE))
            table[key] = org
    return table


def organisation(key: str) -> Organisation | None:
    """The organisation that a name folded by ``name_key`` ("lr", "republicains") names, if listed."""
    return _by_form().get(key)


# The longest name of a branch of a listed organisation read from its acronym at one end
# ("CGT-Cheminots", "Snuipp-FSU", "Unsa ferroviaire", "FO Police nationale").
MAX_BRANCH_PARTS = 3


def kind_of(name: str) -> str:
    """The noun that stands for the organisation ``name`` alone ("syndicat", "parti"), or "": that of
    the listed organisation, else of the listed one whose acronym opens or closes a short name — a
    branch or a federation of it ("CGT-Cheminots", "Snuipp-FSU", "Unsa ferroviaire" are unions)."""
    listed = organisation(name_key(name))
    if listed is not None:
        return listed.kind
    parts = [p for p in name.replace("-", " ").split() if len(p) > 1]
    if not 1 < len(parts) <= MAX_BRANCH_PARTS:
        return ""  # (not "Institut CGT d'histoire sociale")
    kinds = {org.kind for p in (parts[0], parts[-1]) if (org := organisation(name_key(p))) is not None
             and org.acronym and fold(org.acronym) == fold(p)}
    return kinds.pop() if len(kinds) == 1 else ""


def canonical_key(key: str) -> str:
    """The linking key shared by every form of a listed organisation; ``key`` itself otherwise."""
    org = organisation(key)
    return org.key if org else key


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """The folded full names and variants of several words ("ufc-que choisir", "reporters sans
    frontières"): names the entity layer finds whole, whatever the model cut."""
    return frozenset(accents.fold(" ".join(f.split())) for org in load() for f in (org.name, *org.variants)
                     if " " in f and f[0].isupper())  # not a description: "groupe État islamique"
