"""A title without a name ("le leader de La France insoumise", "l'ancien Premier ministre
britannique") resolved through world knowledge: the person who held that office on the article's
date, when the article names that person elsewhere.

The facts are ``chronique.knowledge`` (one row per term); only the full title forms count (a bare
"le président" names nobody in particular). A description inside the cast resolution can only mean
a person the article names; without a publication date every holder of the office competes, and the
answer stands only when exactly one of them is named in the article.

A title the article never pairs with a name ("le Premier ministre japonais a appelé …") designates
the holder of the day all the same (``unnamed_holders``): an entity with the holder's canonical name
whose mentions are the titles, so that the speaker, the events and the corpus know who it is. That
needs a given (not estimated) publication date, one holder that day, a title not followed by a name,
a complement or an adjective ("le Premier ministre congolais"), no other year in its sentence, no
other holder of the office named and no trace of the holder's family name in the article, and for
the titles of the French state ("le chef de l'État"), which other countries' offices share, an
article that names no other country.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from ...article import Article, Entity, Mention, new_entity_id
from ...knowledge import (Term, known_offices, terms, terms_by_office, title_alternation, title_capitals, title_key,
                          titles_by_key)
from ...lang.fr.demonyms import COUNTRY_NAMES, DEMONYM_COUNTRIES, NATIONALITY_WORDS
from ...lang.fr.fold import fold, fold_same_length, fold_words
from ...lang.fr.honorifics import CURRENT_WORDS, FORMER_WORDS, TITLE_OPENERS
from ...lang.fr.names import given_compatible, person_name
from ...nlp.offsets import token_index_at

ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
# Days after a term's end when copy may still call the holder by the title (hand-over, late copy).
GRACE = timedelta(days=3)
# Bodies of French parties and cities in the table ("fr-ps", "fr-paris").
LOCAL_BODY_PREFIX = "fr-"
# The French state, whose generic titles ("le Premier ministre") other countries' offices share.
FRENCH_STATE = "fr"
FRENCH_NAMES = frozenset(fold(n) for n in DEMONYM_COUNTRIES[fold("français")])
OTHER_COUNTRY_NAMES = COUNTRY_NAMES - FRENCH_NAMES
# Words after a title that make it another office: a complement, a name, an adjective.
COMPLEMENT_WORDS = frozenset({"de", "du", "des", "d'"})
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Characters between a title and a name apposed to it ("le Premier ministre, X,").
APPOSED_GAP = 3
_FORMER = frozenset(fold_words(w) for w in FORMER_WORDS)


def office_holder(description: str, article: Article) -> tuple[str, str] | None:
    """(entity id, evidence) of the person the description's title designates, or None."""
    words = fold_words(description).split()
    while words and words[0] in TITLE_OPENERS:
        words = words[1:]
    former = bool(words) and words[0] in _FORMER
    if words and (former or words[0] in CURRENT_WORDS):
        words = words[1:]
    title = " ".join(words)
    offices = _offices_of(title) or (_short_offices(title) if former else [])
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
    return eid, f"office {state} {when}: {_term_source(term)}"


def _term_source(term: Term) -> str:
    return f"{term.body} {term.office} (knowledge/offices.tsv line {term.line})"


def unnamed_holders(article: Article, doc: Doc) -> list[Entity]:
    """The office holders of the day that the article designates only by a full title: one new
    entity each (the holder's canonical name), whose mentions are those titles, with the evidence."""
    day = publication_day(article)
    if day is None or article.published.estimated or not len(doc):
        return []
    text = article.text
    people = [e for e in article.entities if e.type == "PER"]
    taken = [(m.start, m.end, e.type) for e in article.entities for m in e.mentions]
    name_starts = [m.start for e in people for m in e.mentions]
    french_scope = _about_france_only(article)
    found: dict[Term, list[Mention]] = {}
    folded, titles = _titles_found(text)
    for start, end in titles:
        mention_end = _title_mention_end(text, start, end, taken)
        if mention_end is None or any(end <= s <= end + APPOSED_GAP for s in name_starts):
            continue
        title = text[start:end]
        offices = _offices_of(title)
        holders = {t.person: t for t in _holders_of(offices, day)}
        if len(holders) != 1:
            continue
        (term,) = holders.values()
        if term.body == FRENCH_STATE and not french_scope:
            continue
        if any(_same_person(e, t) for e in people for key in offices for t in terms_by_office().get(key, ())) \
                or _surname_written(term, folded):
            continue  # the holder is named (the cast resolution links the title), or another holder may be meant
        if _qualified(doc, end) or _other_year(doc, start, day):
            continue
        evidence = f"office holder on {day.isoformat()}: {_term_source(term)}"
        found.setdefault(term, []).append(Mention(start, mention_end, text[start:mention_end], "nominal", evidence))
    ids = {e.id for e in article.entities}
    return [Entity(new_entity_id(ids), "PER", term.person, tuple(mentions)) for term, mentions in found.items()]


def titled_mentions(article: Article, doc: Doc) -> dict[str, list[Mention]]:
    """Entity id → the full titles that designate a person the article names: a title of an office
    whose one holder of the day is named elsewhere in the article ("… a reçu Vladimir Poutine. Avec
    le président russe, il a évoqué …"), and "son homologue russe" — the one person of the article
    who holds an office of that country that day, or whose title names the nationality. The same
    guards as ``unnamed_holders`` (a given date, no name, complement or adjective after the title, no
    other year in the sentence, the French state's titles only where no other country is named)."""
    day = publication_day(article)
    if day is None or article.published.estimated or not len(doc):
        return {}
    people = [e for e in article.entities if e.type == "PER"]
    if not people:
        return {}
    text = article.text
    taken = [(m.start, m.end, e.type) for e in article.entities for m in e.mentions]
    name_starts = [m.start for e in people for m in e.mentions if m.kind == "name"]
    french_scope = _about_france_only(article)
    folded, titles = _titles_found(text)
    out: dict[str, list[Mention]] = {}

    def add(start: int, end: int, eid: str, evidence: str) -> None:
        end = _title_mention_end(text, start, end, taken)
        if end is not None and not _other_year(doc, start, day):
            out.setdefault(eid, []).append(Mention(start, end, text[start:end], "nominal", evidence))

    for start, end in titles:
        if any(end <= s <= end + APPOSED_GAP for s in name_starts) or _qualified(doc, end):
            continue
        holders = _holders_of(_offices_of(text[start:end]), day)
        named = {(e.id, t) for t in holders for e in people if _same_person(e, t)}
        if len({eid for eid, _ in named}) == 1 and (french_scope or all(t.body != FRENCH_STATE for _, t in named)):
            eid, term = min(named, key=lambda x: x[1].line)
            add(start, end, eid, f"office holder on {day.isoformat()}: {_term_source(term)}")
    for m in COUNTERPART.finditer(folded):
        eid = _counterpart(m.group(2), people, day)
        if eid is not None:
            add(m.start(), m.end(), eid, f"the person of the article from the country of {m.group(2)!r}")
    return out


# "son homologue russe", "leur homologue allemande": the counterpart from the country of the adjective.
COUNTERPART = re.compile(r"(?<![\w-])(?:son|sa|leur) (homologue) ([a-z-]+)")


def _title_mention_end(text: str, start: int, end: int, taken: list[tuple[int, int, str]]) -> int | None:
    """The end of the mention a title ``start:end`` makes of its holder: the whole title, or the
    title cut before a name it holds ("la présidente | de la Commission européenne", "le maire |
    de Paris": the organisation or the place keeps its own mention); None when a mention of the
    article overlaps the title otherwise (a person's name, a name running past it)."""
    inner = [(a, b, kind) for a, b, kind in taken if a < end and start < b]
    if not inner:
        return end
    if any(a <= start or b > end or kind == "PER" for a, b, kind in inner):
        return None
    head = _TRAILING_COMPLEMENT.sub("", text[start:min(a for a, _, _ in inner)])
    return start + len(head) if head.strip() else None


# The complement marker a title ends with once cut before the name it holds ("de la", "du", "de l'").
_TRAILING_COMPLEMENT = re.compile(r"\s*(?:\bde\s+l['’]|\bd['’]|\b(?:de|du|des)(?:\s+(?:la|le|les))?)\s*$", re.I)


def _counterpart(adjective: str, people: list[Entity], day: date) -> str | None:
    """The one person of the article who holds an office of the adjective's country on ``day``
    (``knowledge/titles.tsv`` titles that use the adjective give the country), or whose title
    mention uses the adjective ("le président azerbaïdjanais Ilham Aliev")."""
    if adjective not in DEMONYM_COUNTRIES:
        return None
    bodies = _bodies_of_adjective(adjective)
    found = {e.id for e in people
             if any(m.kind == "title" and adjective in fold_words(m.text).split() for m in e.mentions)
             or any(t.body in bodies and _fits(t, day, False) and _same_person(e, t)
                    for t in _terms_by_surname().get(person_name(e.name).surname, ()))}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=256)
def _bodies_of_adjective(adjective: str) -> frozenset[str]:
    """The bodies whose titles use the nationality adjective ("russe" → ru)."""
    return frozenset(key[0] for key, office in known_offices().items()
                     if any(adjective in fold_words(form).split() for form in office.titles))


def _about_france_only(article: Article) -> bool:
    """Does the article name no country but France? Then the French state's generic titles ("le chef
    de l'État"), which other countries' offices share, are France's."""
    return not any(e.type == "LOC" and fold(e.name) in OTHER_COUNTRY_NAMES for e in article.entities)


def _offices_of(title: str) -> list[tuple[str, str]]:
    return [key for key, short in titles_by_key().get(title_key(title), ()) if not short]


def _short_offices(title: str) -> list[tuple[str, str]]:
    """The offices a bare title names ("l'ancien président": a former president of any country, who
    counts when the article names exactly one — not Hollande beside Obama)."""
    return [key for key, short in titles_by_key().get(title_key(title), ()) if short]


def _holders_of(offices: list[tuple[str, str]], day: date) -> list[Term]:
    return [t for key in offices for t in terms_by_office().get(key, ()) if _fits(t, day, False)]


def _surname_written(term: Term, folded_text: str) -> bool:
    """Is the holder's family name in the text, in a form the entity layer missed ("le couple Macron")?"""
    surname = fold_same_length(term.person.split()[-1]).lower()
    return re.search(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", folded_text) is not None


def _qualified(doc: Doc, end: int) -> bool:
    """Is the title followed by what makes it another office: a name, a complement or an adjective
    ("le Premier ministre Édouard Philippe", "le président de la République du Congo", "… congolaise")?"""
    k = token_index_at(doc, end - 1) + 1
    if k >= len(doc):
        return False
    tok = doc[k]
    word = fold(tok.text)
    return tok.text[:1].isupper() or tok.pos_ == "ADJ" or word in COMPLEMENT_WORDS or word.startswith("d'") \
        or word in NATIONALITY_WORDS


def _other_year(doc: Doc, start: int, day: date) -> bool:
    """Does the title's sentence name a year other than the article's ("en 2012, le chef de l'État …")?"""
    sent = doc[max(token_index_at(doc, start), 0)].sent
    return any(int(y) != day.year for y in YEAR.findall(sent.text))


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
    return [text[start:end] for start, end in _titles_found(text)[1]]


@lru_cache(maxsize=4)
def _titles_found(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text folded (same length) and the spans of the full office titles in it: one scan per
    article for the cast's two passes and the event actors."""
    folded = fold_same_length(text).lower()
    return folded, tuple((m.start(), m.end()) for m in _title_pattern().finditer(folded)
                         if _capitalised_as_listed(text[m.start():m.end()]))


def _capitalised_as_listed(title: str) -> bool:
    """The body nouns the table writes with a capital (``title_capitals``: "Commission") are
    capitalised in the text: "le président de la commission" chairs some committee, not the EU's."""
    required = title_capitals().get(title_key(title), frozenset())
    return not required or all(w[0].isupper() for w in re.findall(r"[^\W\d_]+", title)
                               if fold_words(w) in required)


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
