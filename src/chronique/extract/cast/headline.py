"""Who the headline puts at the centre of the story: the people and organisations it names.

A role nobody was given yet ("Le député de La France insoumise dénonce …" opening the text) is
the person of the headline ("…, s'agace Corbière"); criticism without a named object targets them.
A person the headline names and the body only calls "elle" or "le chef de l'État" ("Laurence Haïm
quitte En Marche !" / "Elle a simplement indiqué …") is a person of the article all the same.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ...article import Article, Entity, new_entity_id
from ...knowledge import public_surnames, terms
from ...lang.fr.evaluation import DEATH_NOUNS, DEATH_PREDICATES, VIOLENT_DEATH_WORDS
from ...lang.fr.first_names import is_first_name
from ...lang.fr.fold import fold, fold_words
from ...lang.fr.honorifics import NAME_PARTICLES

_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words of a family name after a given name: capitalised, or a particle ("Charles de Gaulle").
_MAX_SURNAME_WORDS = 3


def headline_entities(article: Article) -> list[str]:
    """Ids of the people (by family name: "…, s'agace Corbière") and organisations the headline
    names, in headline order."""
    title = fold(article.title or "")
    if not title:
        return []
    found = []
    for e in article.entities:
        if e.type not in ("PER", "ORG"):
            continue
        key = fold(e.name).split()[-1] if e.type == "PER" else fold(e.name)
        at = _word_at(key, title)
        if at >= 0:
            found.append((at, e.id))
    return [eid for _, eid in sorted(found)]


def _word_at(word: str, text: str) -> int:
    """Where ``word`` first stands whole in ``text`` (``(?<!\\w)word(?!\\w)``), -1 for nowhere: a
    string search, not a regular expression compiled for every name of every article."""
    at = text.find(word)
    while at >= 0:
        if not _word_char(text, at - 1) and not _word_char(text, at + len(word)):
            return at
        at = text.find(word, at + 1)
    return -1


def _word_char(text: str, i: int) -> bool:
    """``text[i]`` is what ``re`` calls ``\\w`` (a letter, digit or ``_``); False off the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def story_person(centre: list[str], entities: dict, exclude: set[str], quoted: set[str] = frozenset()) -> str | None:
    """Of the headline's people (``centre``, ids; ``entities``: id → Entity), not in ``exclude``, the
    one the story mentions most — who reactions without a named object are about; ties go to one
    talked about rather than quoted (``quoted``), then to headline order."""
    people = [e for e in centre if e not in exclude and entities[e].type == "PER"]
    return min(people, key=lambda e: (-len(entities[e].mentions), e in quoted, people.index(e)), default=None)


_DEATH_OF = "|".join(DEATH_NOUNS)
_DIED = "|".join(re.escape(p) for p in DEATH_PREDICATES)
_DEATH_WORD = re.compile(rf"\b(?:{_DEATH_OF}|{_DIED})\b")
_VIOLENT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in VIOLENT_DEATH_WORDS) + ")")
# Characters between a name and what is said of it ("X, sénateur et ex-président PS de la Gironde,
# est décédé"): an apposition, not another clause.
_APPOSITION_CHARS = 200
# How far into the text the death is told again, as news ("Le sénateur X est décédé mardi …"):
# the lead and the first sentences. A story that only recalls it ("Quatre ans après la mort de X")
# is about something else.
_OPENING_CHARS = 600


def mourned_person(article: Article, centre: list[str]) -> str | None:
    """The headline's person whose death the headline tells, and the opening of the text as news,
    not by violence ("Décès d'Antoine Rufenacht" / "L'ancien maire du Havre Antoine Rufenacht … est
    mort samedi"): the story is an obituary, and what others say in it pays tribute to them."""
    title = fold(article.title or "")
    if not _DEATH_WORD.search(title):
        return None  # (most headlines: nothing more to read)
    opening = fold(article.text[:_OPENING_CHARS])
    if _VIOLENT.search(title) or _VIOLENT.search(opening):
        return None
    for eid in centre:
        entity = article.entity(eid)
        if entity is None or entity.type != "PER":
            continue
        name = re.escape(fold(entity.name).split()[-1])
        died = re.compile(rf"\b{name}\b[^.;:?!]{{0,{_APPOSITION_CHARS}}}?\b(?:{_DIED})\b")
        if (re.search(rf"\b(?:{_DEATH_OF}) (?:de |d')(?:[\w'-]+ ){{0,3}}?{name}\b", title) or died.search(title)) \
                and died.search(opening):
            return eid
    return None


def title_only_people(article: Article, day: date | None) -> list[Entity]:
    """People the headline names whom the body never names, as entities without mentions (the
    cast stage gives them the body's pronouns and descriptions that stand for them): a known given
    name and a capitalised family name ("Laurence Haïm"), or the family name of exactly one person of
    the office table, the holder on the article's date first ("le couple Macron")."""
    title = article.title or ""
    named = {fold_words(w) for e in article.entities for w in e.name.split()}
    words = [(m.group(), m.start()) for m in _TITLE_WORD.finditer(title)]
    found: list[str] = []
    i = 0
    while i < len(words):
        word = words[i][0]
        j = i + 1
        if is_first_name(word) and word[:1].isupper() and not word.isupper():
            while j < len(words) and j - i <= _MAX_SURNAME_WORDS and _surname_word(words[j][0], words[j + 1:]):
                j += 1
            while j > i + 1 and fold_words(words[j - 1][0]) in NAME_PARTICLES:
                j -= 1
        if j > i + 1:
            name = title[words[i][1]:words[j - 1][1] + len(words[j - 1][0])]
            found.append(name)
        elif word[:1].isupper() and fold_words(word) in public_surnames():
            holder = _holder_named(word, day)
            if holder:
                found.append(holder)
        i = max(j, i + 1)
    out: list[Entity] = []
    taken = {e.id for e in article.entities}
    for name in dict.fromkeys(found):
        if fold_words(name.split()[-1]) in named:
            continue  # the body names them (or someone of that family): the entity layer has them
        out.append(Entity(new_entity_id(taken), "PER", name, ()))
    return out


def _surname_word(word: str, rest: list[tuple[str, int]]) -> bool:
    """A word that continues a name: capitalised (not all capitals), or a particle before one."""
    if word[:1].isupper() and not word.isupper():
        return True
    return fold_words(word) in NAME_PARTICLES and bool(rest) and rest[0][0][:1].isupper()


@lru_cache(maxsize=1024)
def _holder_named(surname: str, day: date | None) -> str | None:
    """The one person of the office table with this family name: the holder on ``day`` when
    several are, else the only one."""
    key = fold_words(surname)
    people = [t for t in terms() if any(fold_words(n).split()[-1:] == [key] for n in t.names if n.strip())]
    if day is not None:
        current = {t.person for t in people if t.holds_on(day)}
        if len(current) == 1:
            return current.pop()
    persons = {t.person for t in people}
    return persons.pop() if len(persons) == 1 else None
