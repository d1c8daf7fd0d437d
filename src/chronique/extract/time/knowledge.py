"""Office holders named with their title: windows of time an article can have been written in.

"le ministre de l'Intérieur Christophe Castaner" can only have been written while Castaner held
that office; the facts (one row per term, and the French titles of each office) are read from
``chronique.knowledge``. A holder of several separate terms gives one window per term, never one
span from the first start to the last end ("le président américain Donald Trump": 2017-2021 and
from 2025, not the Biden years). A qualifier of the title moves the window:

- "l'ancien / l'ex-président": after the end of a term (until the same person's next term);
- "le président élu", "le Premier ministre désigné": the weeks before a term starts;
- "le nouveau chancelier": the first months of a term;
- "le futur chancelier": the year before a term starts;
- "le président sortant", "démissionnaire": during a term (a caretaker stays "sortant" for
  months after a vote: Israel 2019-2020), with less weight than a plain title;
- "alors ministre": the term had begun (the clause tells of the past, publication is later);
- "feu", "défunt", "candidat": no window at all.

Each match gives an ``OfficeClue``: the windows (the union of the matching terms, read through
the qualifier) and a weight, how much a publication day outside them costs (``infer``). Titles
are matched before a name ("le chancelier allemand Olaf Scholz", "la chancelière Merkel") or
after it in apposition ("Olaf Scholz, le chancelier allemand"); names and titles without regard
to accents, case or hyphens, since news copy often drops them ("Edouard Philippe").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ...knowledge import Term, terms, title_alternation, titles_by_key
from ...lang.fr.fold import fold_same_length, fold_words
from ...lang.fr.names import person_name

# How a qualifier reads the terms (French words of titles; see the module docstring).
CURRENT, FORMER, ELECT, NEW, FUTURE, OUTGOING, THEN, NO_CLUE = (
    "current", "former", "elect", "new", "future", "outgoing", "then", "none")
# Folded words right before the title ("l'ancien ministre", "l'ex-président", "alors ministre").
QUALIFIERS_BEFORE: dict[str, str] = {
    "ancien": FORMER, "ancienne": FORMER, "ex": FORMER, "ephemere": FORMER,
    "futur": FUTURE, "future": FUTURE,
    "nouveau": NEW, "nouvel": NEW, "nouvelle": NEW,
    "actuel": CURRENT, "actuelle": CURRENT,
    "alors": THEN,
    "feu": NO_CLUE, "defunt": NO_CLUE, "defunte": NO_CLUE, "candidat": NO_CLUE, "candidate": NO_CLUE,
    "eternel": NO_CLUE, "eternelle": NO_CLUE, "regrette": NO_CLUE, "regrettee": NO_CLUE,
}
# Folded words right after it ("le président élu", "le Premier ministre sortant").
QUALIFIERS_AFTER: dict[str, str] = {
    "elu": ELECT, "elue": ELECT, "designe": ELECT, "designee": ELECT,
    "nouvellement elu": NEW, "nouvellement elue": NEW,
    "sortant": OUTGOING, "sortante": OUTGOING, "demissionnaire": OUTGOING,
    "par interim": CURRENT,
}
# Days of the windows. Calibrated on public facts, not on articles: a US president-elect is
# "élu" from early November to 20 January (about 75 days); a new head of government stays
# "nouveau" for a few months.
GRACE_DAYS = 3        # after a term ends (copy written on the day of the hand-over, late corrections)
ELECT_DAYS = 80       # before a term starts, for "élu", "désigné"
ELECT_AFTER_DAYS = 7  # ... and still "élu" a few days into it
NEW_DAYS = 200        # after a term starts, for "nouveau"
FUTURE_DAYS = 400     # before a term starts, for "futur"
# What publishing outside the windows costs, by qualifier (``infer`` leaves a date unknown when
# the cheapest day costs 1.0 or more): a title in the present is firm; "ancien" and the
# fuzzier qualifiers are often loose ("l'ancien président" of something else).
WEIGHTS: dict[str, float] = {CURRENT: 0.8, FORMER: 0.6, ELECT: 0.6, OUTGOING: 0.5, NEW: 0.4, FUTURE: 0.4, THEN: 0.4}
# Roman numerals after a name: another person ("le roi Abdallah II" is not king Abdallah).
ROMAN = re.compile(r"^(?:[ivx]+|ier|er)$")
NAME_WORDS = 6        # a name is at most this many words
QUALIFIER_BEFORE_RE = re.compile(
    r"(?:^|[\s'(])(?P<q>" + "|".join(sorted(QUALIFIERS_BEFORE, key=len, reverse=True)) + r")[\s-]*$")
QUALIFIER_AFTER_RE = re.compile(
    r"\s+(?P<q>" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS_AFTER, key=len, reverse=True))
    + r")(?![\w-])")
DEAD_BEFORE = re.compile(r"(?:^|\s)feue?\s+(?:le|la|l')\s*$")  # "feu le président"
GAP_AFTER_TITLE = re.compile(r"\s*,?\s+(?:m\.\s*|mme\s+)?")
ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:l'|le|la|les)\s*$")
APPOSITION_BEFORE = re.compile(r"\s*[,(]\s*$")
WORD = re.compile(r"[\w.'-]+")

Window = tuple[date, date | None]   # first and last possible day (None: open)


@dataclass(frozen=True)
class OfficeClue:
    """``text`` names ``person`` with a title of ``offices``: publication lies in ``windows``."""
    text: str
    start: int
    end: int
    person: str
    offices: tuple[tuple[str, str], ...]
    qualifier: str
    windows: tuple[Window, ...]
    weight: float

    def allows(self, day: date) -> bool:
        return any(lo <= day and (hi is None or day <= hi) for lo, hi in self.windows)

    def describe(self) -> str:
        spans = ", ".join(f"{lo.isoformat()} to {hi.isoformat() if hi else 'now'}" for lo, hi in self.windows)
        return f"'{self.text}' ({self.person}, {self.qualifier}): published {spans}"


@lru_cache(maxsize=1)
def _index():
    """(title regex, title key -> {(office key, short?)}, name key -> {person}, person -> terms)."""
    title_offices = titles_by_key()
    title_re = re.compile(r"(?:(?<![\w-])|(?<=\bex-))(?:" + title_alternation() + r")(?![\w-])")
    names: dict[str, set[str]] = defaultdict(set)
    by_person: dict[str, list[Term]] = defaultdict(list)
    for t in terms():
        by_person[t.person].append(t)
        for name in t.names:
            names[fold_words(name)].add(t.person)
        surname = person_name(t.person).surname
        if len(fold_words(t.person).split()) > 1 and not ROMAN.match(surname.split()[-1]):
            names[surname].add(t.person)
    return title_re, dict(title_offices), dict(names), {p: tuple(ts) for p, ts in by_person.items()}


def _name_after(folded: str, text: str, pos: int, names: dict[str, set[str]]) -> tuple[int, set[str]] | None:
    """The longest known name starting at ``pos`` (end offset, persons), unless more of a name
    follows: a roman numeral ("le roi Abdallah II") or a capitalised word ("le Premier ministre
    Philippe Couillard" is not Édouard Philippe)."""
    words: list[tuple[int, int]] = []
    for m in WORD.finditer(folded, pos):
        if m.start() != (words[-1][1] + 1 if words else pos) or (words and not folded[m.start() - 1].isspace()):
            break
        words.append(m.span())
        if len(words) == NAME_WORDS:
            break
    for k in range(len(words), 0, -1):
        end = words[k - 1][1]
        key = fold_words(folded[pos:end])
        if key not in names:
            continue
        if k < len(words):
            nxt = words[k]
            if ROMAN.match(folded[nxt[0]:nxt[1]].rstrip(".")) or text[nxt[0]].isupper():
                return None
        return end, names[key]
    return None


def _name_before(folded: str, text: str, pos: int, names: dict[str, set[str]]) -> tuple[int, set[str]] | None:
    """The longest known name ending at ``pos`` (start offset, persons)."""
    words = [m for m in WORD.finditer(folded, max(0, pos - 80), pos)]
    words = [w for w in words if w.end() <= pos]
    if not words or words[-1].end() != pos:
        return None
    for k in range(min(NAME_WORDS, len(words)), 0, -1):
        start = words[-k].start()
        key = fold_words(folded[start:pos])
        if key in names:
            return start, names[key]
    return None


def _windows(ts: list[Term], qualifier: str) -> tuple[Window, ...]:
    """The days one person's terms allow, read through the qualifier of the title."""
    ts = sorted(ts, key=lambda t: t.start)
    grace = timedelta(days=GRACE_DAYS)
    out: list[Window] = []
    for i, t in enumerate(ts):
        end = t.end
        if qualifier == CURRENT:
            out.append((t.start, end + grace if end else None))
        elif qualifier == ELECT:
            out.append((t.start - timedelta(days=ELECT_DAYS), t.start + timedelta(days=ELECT_AFTER_DAYS)))
        elif qualifier == NEW:
            out.append((t.start - timedelta(days=GRACE_DAYS), t.start + timedelta(days=NEW_DAYS)))
        elif qualifier == FUTURE:
            out.append((t.start - timedelta(days=FUTURE_DAYS), t.start + grace))
        elif qualifier == OUTGOING:  # a caretaker can stay "sortant" for months: the whole term
            out.append((t.start, end + grace if end else None))
        elif qualifier == FORMER and end:
            nxt = next((u.start for u in ts[i + 1:] if u.start >= end), None)
            out.append((end, nxt))
        elif qualifier == THEN:
            out.append((t.start, None))
    return _merge(out)


def _merge(windows: list[Window]) -> tuple[Window, ...]:
    merged: list[Window] = []
    for lo, hi in sorted(windows, key=lambda w: w[0]):
        if merged and (merged[-1][1] is None or lo <= merged[-1][1] + timedelta(days=1)):
            last_lo, last_hi = merged[-1]
            merged[-1] = (last_lo, None if last_hi is None or hi is None else max(last_hi, hi))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def office_clues(text: str) -> list[OfficeClue]:
    """Every office holder named with a title, once per (person, qualifier), with the windows of
    the terms that title fits (the union over the persons a surname alone may name)."""
    title_re, title_offices, names, by_person = _index()
    folded = fold_same_length(text).lower()
    found: dict[tuple[str, str], OfficeClue] = {}
    for m in title_re.finditer(folded):
        s, e = m.span()
        kinds = title_offices[fold_words(m.group(0))]
        qualifier, qstart = CURRENT, s
        if q := QUALIFIER_BEFORE_RE.search(folded, max(0, s - 25), s):
            qualifier, qstart = QUALIFIERS_BEFORE[q.group("q")], q.start("q")
        elif DEAD_BEFORE.search(folded, max(0, s - 12), s):
            qualifier = NO_CLUE
        after = e
        if q := QUALIFIER_AFTER_RE.match(folded, e):
            qualifier, after = QUALIFIERS_AFTER[fold_words(q.group("q"))], q.end()
        persons, span, short_ok = None, None, True
        gap = GAP_AFTER_TITLE.match(folded, after)
        if gap and (hit := _name_after(folded, text, gap.end(), names)):
            persons, span = hit[1], (qstart, hit[0])
        else:
            short_ok = False  # "Scholz, le chancelier": a bare title says too little after a name
            head = folded[:qstart]
            if art := ARTICLE_BEFORE.search(head):
                head = head[:art.start() + (1 if art.group(0)[:1].isspace() else 0)]
            if app := APPOSITION_BEFORE.search(head):
                if hit := _name_before(folded, text, app.start(), names):
                    persons, span = hit[1], (hit[0], e)
        if not persons or qualifier == NO_CLUE:
            continue
        keys = {k for k, short in kinds if short_ok or not short}
        matched = [(p, [t for t in by_person[p] if t.key in keys]) for p in sorted(persons)]
        matched = [(p, ts) for p, ts in matched if ts]
        if not matched:
            continue  # the name is known, but not with this title
        windows = _merge([w for _, ts in matched for w in _windows(ts, qualifier)])
        if not windows:
            continue  # "l'ancien président X" while X never left: the title is of something else
        person = " / ".join(p for p, _ in matched)
        if (person, qualifier) in found:
            continue
        found[(person, qualifier)] = OfficeClue(
            text[span[0]:span[1]], span[0], span[1], person,
            tuple(sorted({t.key for _, ts in matched for t in ts})), qualifier, windows, WEIGHTS[qualifier])
    return sorted(found.values(), key=lambda c: c.start)
