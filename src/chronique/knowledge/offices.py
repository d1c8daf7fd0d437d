"""Office holders and their terms: facts about the world that date a text.

Two tab-separated tables in this folder make one data set:

- ``offices.tsv``: one row per term: ``body``, ``office``, ``person`` (the canonical name, as
  French copy writes it), ``variants`` (other spellings, ``|``-separated), ``start``, ``end``
  (ISO dates; the end is the successor's first day or the day the holder left; empty = in
  office on the version date), ``ref`` (Wikidata id of the person, or empty) and ``note``;
- ``titles.tsv``: per ``(body, office)``, the French forms of the title (``titles``, written
  before or after the name: "le chancelier allemand Olaf Scholz", "Olaf Scholz, le chancelier
  allemand") and the bare forms that count only right before a name (``short``: "le
  chancelier Scholz"), with an English ``label``.

The first lines of ``offices.tsv`` hold its version (``# version: N (YYYY-MM-DD)``): facts up
to that day. An uninterrupted stay in one office is one row (re-elections and reshuffles
included); a return after someone else held it is a new row, so a window never covers the
years of somebody else's term.

How to extend
-------------
- A new holder, or the end of a term: edit the rows of ``offices.tsv``; give the end of the
  outgoing term (the successor's first day) and start the new row that day. Keep one office's
  rows in date order.
- A new office: add its titles to ``titles.tsv`` (masculine and feminine forms, with their
  article; nationality adjectives are part of the title: "le Premier ministre japonais"), then
  its holders to ``offices.tsv``. ``body`` is a lowercase ISO 3166 country code, an
  international body (``eu-commission``, ``un``...), a French party (``fr-ps``...) or city
  (``fr-paris``).
- Bump the version line (number and date) and run ``tests/test_knowledge_offices.py``: it
  checks that every date parses, that terms of one office never overlap, that every office has
  titles and every title is found in a sentence naming one of its holders.

Loading is strict: a malformed row raises ``FormatError`` naming ``file:line``.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from ..errors import FormatError
from ..regex_trie import alternation_trie
from ..lang.fr.fold import fold, fold_words
from ..lang.fr.stop_words import STOP_WORDS

HOLDERS_FILE = "offices.tsv"
TITLES_FILE = "titles.tsv"
HOLDER_COLUMNS = ("body", "office", "person", "variants", "start", "end", "ref", "note")
TITLE_COLUMNS = ("body", "office", "titles", "short", "label")
VERSION_LINE = re.compile(r"^#\s*version:\s*(?P<version>\S+)\s*\((?P<date>\d{4}-\d\d-\d\d)\)")
WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")


@dataclass(frozen=True)
class Office:
    body: str
    office: str
    titles: tuple[str, ...]   # French forms, before or after the name
    short: tuple[str, ...]    # bare forms, right before the name only
    label: str


@dataclass(frozen=True)
class Term:
    """``person`` held ``office`` of ``body`` from ``start`` until ``end`` (None: still)."""
    body: str
    office: str
    person: str
    variants: tuple[str, ...]
    start: date
    end: date | None
    ref: str = ""
    note: str = ""
    line: int = 0   # line in offices.tsv, for messages

    @property
    def key(self) -> tuple[str, str]:
        return (self.body, self.office)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.person, *self.variants)

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Version:
    number: str
    as_of: date


def _read(name: str) -> list[str]:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8").splitlines()


def _rows(name: str, columns: tuple[str, ...]):
    """(line number, row dict) for each data row of a table; the header is checked."""
    lines = [(i, line) for i, line in enumerate(_read(name), start=1) if line.strip() and not line.startswith("#")]
    if not lines or tuple(lines[0][1].split("\t")) != columns:
        raise FormatError(f"header must be {' '.join(columns)}", f"{name}:{lines[0][0] if lines else 1}")
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise FormatError(f"{len(cells)} columns, {len(columns)} expected", f"{name}:{number}")
        yield number, dict(zip(columns, (c.strip() for c in cells)))


def _date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FormatError(f"not an ISO date: {text!r}", where) from None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def version() -> Version:
    for line in _read(HOLDERS_FILE):
        if m := VERSION_LINE.match(line):
            return Version(m.group("version"), _date(m.group("date"), HOLDERS_FILE))
    raise FormatError("no '# version: N (YYYY-MM-DD)' line", HOLDERS_FILE)


@lru_cache(maxsize=1)
def known_offices() -> dict[tuple[str, str], Office]:
    out: dict[tuple[str, str], Office] = {}
    for number, r in _rows(TITLES_FILE, TITLE_COLUMNS):
        key = (r["body"], r["office"])
        if key in out:
            raise FormatError(f"office {key} listed twice", f"{TITLES_FILE}:{number}")
        if not _split(r["titles"]) and not _split(r["short"]):
            raise FormatError(f"office {key} has no title", f"{TITLES_FILE}:{number}")
        out[key] = Office(r["body"], r["office"], _split(r["titles"]), _split(r["short"]), r["label"])
    return out


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    known = known_offices()
    out = []
    for number, r in _rows(HOLDERS_FILE, HOLDER_COLUMNS):
        where = f"{HOLDERS_FILE}:{number}"
        if (r["body"], r["office"]) not in known:
            raise FormatError(f"office ({r['body']}, {r['office']}) has no titles in {TITLES_FILE}", where)
        if not r["person"]:
            raise FormatError("no person", where)
        start = _date(r["start"], where)
        end = _date(r["end"], where) if r["end"] else None
        if end is not None and end <= start:
            raise FormatError(f"term ends ({end}) on or before it starts ({start})", where)
        if r["ref"] and not WIKIDATA_ID.match(r["ref"]):
            raise FormatError(f"not a Wikidata id: {r['ref']!r}", where)
        out.append(Term(r["body"], r["office"], r["person"], _split(r["variants"]), start, end,
                        r["ref"], r["note"], number))
    return tuple(out)


@lru_cache(maxsize=1)
def terms_by_office() -> dict[tuple[str, str], tuple[Term, ...]]:
    """Each office's terms, in date order."""
    grouped: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for t in terms():
        grouped[t.key].append(t)
    return {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in grouped.items()}


def overlaps() -> list[tuple[Term, Term]]:
    """Pairs of terms of one office that overlap (the table promises there are none)."""
    bad = []
    for ts in terms_by_office().values():
        for earlier, later in zip(ts, ts[1:]):
            if earlier.end is None or earlier.end > later.start:
                bad.append((earlier, later))
    return bad


@lru_cache(maxsize=1)
def titles_by_key() -> dict[str, frozenset[tuple[tuple[str, str], bool]]]:
    """Each title as matched (``title_key``) → the offices it names, and whether it is a bare
    form that counts only right before a name ("le chancelier Scholz")."""
    out: dict[str, set[tuple[tuple[str, str], bool]]] = defaultdict(set)
    for key, office in known_offices().items():
        for form in office.titles:
            out[title_key(form)].add((key, False))
        for form in office.short:
            out[title_key(form)].add((key, True))
    return {k: frozenset(v) for k, v in out.items()}


# Nouns of a body that are also common nouns: "la Commission" is the EU's, "la commission" any
# committee (rank words and portfolios are written in lowercase by some papers: not listed).
COMMON_NOUN_BODIES = frozenset({"commission", "conseil", "assemblee", "parlement", "cour", "banque", "fonds"})


@lru_cache(maxsize=1)
def title_capitals() -> dict[str, frozenset[str]]:
    """Each title (``title_key``) → its body nouns that are also common nouns and that every form
    of it writes with a capital, folded ("commission" of "la présidente de la Commission"): the text
    must write them so too, a lowercase one naming another body ("le président de la commission")."""
    out: dict[str, frozenset[str]] = {}
    for office in known_offices().values():
        for form in office.titles + office.short:
            words = re.findall(r"[^\W\d_]+", form)[1:]
            capitals = frozenset(fold_words(w) for w in words if w[0].isupper()) & COMMON_NOUN_BODIES
            key = title_key(form)
            out[key] = out[key] & capitals if key in out else capitals
    return out


@lru_cache(maxsize=2)
def title_alternation(full_only: bool = False) -> str:
    """A regular-expression alternation of every title (``title_key`` form, longest first, spaces
    matching spaces, apostrophes or hyphens), for text folded with ``fold_same_length``; with
    ``full_only``, without the bare forms that count only before a name."""
    keys = [k for k, offices in titles_by_key().items() if not full_only or any(not short for _, short in offices)]
    return alternation_trie(keys, char=lambda c: r"[\s'-]+" if c == " " else re.escape(c))


def title_key(form: str) -> str:
    """A title as matched: folded, without its article, hyphens as spaces."""
    return re.sub(r"^(?:l|le|la|les)\s+", "", fold_words(form))


@lru_cache(maxsize=1)
def public_surnames() -> frozenset[str]:
    """The folded family names of every office holder in the table (a lone "Scholz" is a person);
    not the end of a hyphenated given name that is a French word ("Kim Jong-un": "un") nor a
    regnal number ("Charles III")."""
    last = (fold_words(name).split()[-1] for t in terms() for name in t.names if name.strip())
    return frozenset(w for w in last if w not in STOP_WORDS and not _REGNAL.fullmatch(w))


@lru_cache(maxsize=1)
def public_names() -> frozenset[str]:
    """The full names of every office holder in the table, lowercase without accents, hyphens
    kept ("emmanuel macron", "jean-luc melenchon"), as the entity layer writes a name's words."""
    return frozenset(" ".join(fold(w) for w in name.replace("’", "'").split()) for t in terms() for name in t.names
                     if " " in name.strip())


_REGNAL = re.compile(r"[ivxl]+|ier|1er")


def holders_on(body: str, office: str, day: date) -> tuple[Term, ...]:
    """Who held ``office`` of ``body`` on ``day`` (one term, or none)."""
    return tuple(t for t in terms_by_office().get((body, office), ()) if t.holds_on(day))
