"""Who the headline puts at the centre of the story: the people and organisations it names.

A role nobody was given yet ("Le député de La France insoumise dénonce …" opening the text) is
the person of the headline ("…, s'agace Corbière"); criticism without a named object targets them.
"""

from __future__ import annotations

from ...article import Article
from ...lang.fr.fold import fold


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
