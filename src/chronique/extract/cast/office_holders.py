"""A title without a name ("le leader de La France insoumise", "l'ancien Premier ministre
britannique") resolved through world knowledge: the person who held that office on the article's
date, when the article names that person elsewhere.

The facts are ``chronique.knowledge`` (one row per term); only the full title forms count (a bare
"le président" names nobody in particular), and only people the article names can be meant: the
knowledge never invents a participant. Without a publication date every holder of the office
competes, and the answer stands only when exactly one of them is named in the article.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ...article import Article, Entity
from ...knowledge import Term, known_offices, terms, terms_by_office, title_alternation, title_key, titles_by_key
from ...lang.fr.fold import fold_same_length, fold_words
from ...lang.fr.honorifics import CURRENT_WORDS, FORMER_WORDS, TITLE_OPENERS
from ...lang.fr.names import given_compatible, person_name

ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
# Days after a term's end when copy may still call the holder by the title (hand-over, late copy).
GRACE = timedelta(days=3)
# Bodies of French parties and cities in the table ("fr-ps", "fr-paris").
LOCAL_BODY_PREFIX = "fr-"
_FORMER = frozenset(fold_words(w) for w in FORMER_WORDS)


def office_holder(description: str, article: Article) -> tuple[str, str] | None:
    """(entity id, evidence) of the person the description's title designates, or None."""
    words = fold_words(description).split()
    while words and words[0] in TITLE_OPENERS:
        words = words[1:]
    former = bool(words) and words[0] in _FORMER
    if words and (former or words[0] in CURRENT_WORDS):
        words = words[1:]
    offices = [key for key, short in titles_by_key().get(title_key(" ".join(words)), ()) if not short]
    if not offices:
        return None
    day = publication_day(article)
    held = [t for key in offices for t in terms_by_office().get(key, ()) if _fits(t, day, former)]
    named = {e.id: (e, t) for t in held for e in article.entities if e.type == "PER" and _same_person(e, t)}
    if len(named) != 1:
        return None
    (eid, (_, term)), = named.items()
    when = f"on {day.isoformat()}" if day else "at some date"
    state = "former holder" if former else "holder"
    return eid, f"office {state} {when}: {term.body} {term.office} (knowledge/offices.tsv line {term.line})"


def titles_held(entity: Entity, day: date | None) -> tuple[str, ...]:
    """The titles (``title_key`` form) of the state offices the person held on ``day``: "premier
    ministre", "chef du gouvernement" for the Prime Minister of the day. A description of another
    role ("le leader syndical", "le patron de la CFDT") is not that person. Party and city offices
    are left out: they are held beside others (a party's leader is also a mayor)."""
    if day is None or entity.type != "PER":
        return ()
    out: list[str] = []
    for term in _terms_by_surname().get(person_name(entity.name).surname, ()):
        if not term.body.startswith(LOCAL_BODY_PREFIX) and term.holds_on(day) and _same_person(entity, term):
            office = known_offices()[term.key]
            out += [title_key(form) for form in office.titles + office.short]
    return tuple(out)


@lru_cache(maxsize=1)
def _terms_by_surname() -> dict[str, tuple[Term, ...]]:
    grouped: dict[str, list[Term]] = {}
    for term in terms():
        for surname in {person_name(name).surname for name in term.names}:
            grouped.setdefault(surname, []).append(term)
    return {k: tuple(v) for k, v in grouped.items()}


def titles_in(text: str) -> list[str]:
    """The full office titles written in ``text``, with their article ("le Premier ministre")."""
    folded = fold_same_length(text).lower()
    return [text[m.start():m.end()] for m in _title_pattern().finditer(folded)]


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:(?:l'|le|la|les)\s*)(?:" + title_alternation(full_only=True) + r")(?![\w-])")


def publication_day(article: Article) -> date | None:
    value = article.published.value or ""
    try:
        return date.fromisoformat(value[:10]) if ISO_DAY.match(value) else None
    except ValueError:  # "2023-02-30" from some feed: no day to read the terms at
        return None


def _fits(term: Term, day: date | None, former: bool) -> bool:
    if day is None:
        return True
    if former:
        return term.end is not None and term.end <= day
    return term.start <= day and (term.end is None or day < term.end + GRACE)


def _same_person(entity: Entity, term: Term) -> bool:
    """The entity's name is one of the term's names, or the same surname with compatible (or no) first names."""
    key = fold_words(entity.name)
    if key in _name_keys(term):
        return True
    mine, theirs = person_name(entity.name), person_name(term.person)
    return mine.surname == theirs.surname and given_compatible(mine.given, theirs.given)


@lru_cache(maxsize=4096)
def _name_keys(term: Term) -> frozenset[str]:
    return frozenset(fold_words(n) for n in term.names)
