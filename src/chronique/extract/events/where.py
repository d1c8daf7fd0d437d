"""Where an event happened: a named place (a LOC entity) from the trigger's clause or the story.

The place complements read in the trigger's own arguments ("à Paris", "en Corse") are taken by
``arguments._arguments``; this module looks a little further:

- a place complement hanging a little off the trigger ("un sommet avec le président Lula à
  Brasilia", where the parser hangs "à Brasilia" on "président"), and "sur X" where it names a
  place (``lexicon.SUR_PLACE_TYPES``, or a city written without article: "rencontré sur Biarritz");
- the antecedent of a relative "où" ("en Irlande, où X a rencontré Y": in Ireland);
- the dateline's place ("LYON (AFP) –"), for the events of the story day.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...article import Article
from ...lang.fr.fold import fold_words
from ..entities.tables import fold
from . import lexicon as lx
from .actors import NESTED_CLAUSE_DEPS, PLACE_CASES, Resolver, case_of

# A place complement is looked for at most this many links below the trigger's clause head
# (two: "sommet avec le président Lula à Brasilia"; deeper ones belong to other phrases).
PLACE_DEPTH = 2
_WHERE = frozenset({"où"})


def is_loc(tok: Token, r: Resolver) -> bool:
    hit = r.index.mention_at(tok.idx)
    return hit is not None and hit[1].type == "LOC"


def place_case(tok: Token, etype: str, r: Resolver) -> bool:
    """``tok`` heads a place complement of an event of type ``etype``: "à/en/dans X", or "sur X"
    for the types done on a place ("frappes sur X") and for a bare city name ("sur Biarritz");
    elsewhere "sur X" is the topic ("critiqué sur la Chine")."""
    case = case_of(tok)
    if case in PLACE_CASES:
        return True
    if case != "sur" or not is_loc(tok, r):
        return False
    if etype in lx.SUR_PLACE_TYPES:
        return True
    bare = not any(c.dep_ == "det" for c in tok.children)
    return bare and tok.pos_ == "PROPN" and etype not in lx.SUR_TOPIC_TYPES


def clause_head(tok: Token, governing: Token | None) -> Token:
    return tok if tok.pos_ in ("VERB", "AUX") else (governing or tok)


def place_nearby(root: Token, etype: str, r: Resolver) -> str | None:
    """A LOC entity in a place complement at most ``PLACE_DEPTH`` links below ``root`` (the
    trigger's clause head), outside subjects, coordinated and nested clauses."""
    stack = [(c, 1) for c in root.children]
    while stack:
        t, depth = stack.pop()
        # the object is searched too: "a frappé des positions à Alep"
        if t.dep_ in NESTED_CLAUSE_DEPS or t.dep_ in ("nsubj", "nsubj:pass", "conj"):
            continue
        if t.pos_ == "PROPN" and place_case(t, etype, r):
            hit = r.index.mention_at(t.idx)
            if hit is not None and hit[1].type == "LOC":
                return hit[1].id
        if depth < PLACE_DEPTH:
            stack.extend((c, depth + 1) for c in t.children)
    return None


def relative_where(root: Token, r: Resolver) -> str | None:
    """The place a relative "où" stands for: "…en Irlande, où X a rencontré Y" happens in Ireland.
    The antecedent is the named place just before "où" (the parser often hangs the relative
    clause on the main verb, so the antecedent is read off the text, not the tree)."""
    rel = next((c for c in root.children if c.lower_ in _WHERE and c.i < root.i), None)
    if rel is None:
        return None
    k = rel.i - 1
    while k >= 0 and rel.doc[k].is_punct:
        k -= 1
    if k < 0:
        return None
    hit = r.index.mention_at(rel.doc[k].idx)
    return hit[1].id if hit is not None and hit[1].type == "LOC" else None


def dateline_place(article: Article) -> str | None:
    """The LOC entity named by the dateline ("LYON (AFP)" → Lyon), when the article has it."""
    if not article.dateline:
        return None
    place = fold(article.dateline.split("(")[0].strip(" ,-–—:"))
    if not place:
        return None
    for ent in article.entities:
        if ent.type == "LOC" and (fold(ent.name) == place or any(fold(m.text) == place for m in ent.mentions)):
            return ent.id
    return None


def story_setting(article: Article) -> str | None:
    """Where the story happens: the dateline's place, else the one place its headline names
    ("Nouveaux troubles à Dijon …"), the place "sur place" refers to."""
    place = dateline_place(article)
    if place is not None or not article.title:
        return place
    title = f" {fold_words(article.title)} "
    named = [e.id for e in article.entities if e.type == "LOC" and f" {fold_words(e.name)} " in title]
    return named[0] if len(named) == 1 else None
