"""Entities: which system entity answers which gold entity, and their P/R/F1.

A system entity answers a gold entity when its name or one of its name mentions matches one of the
gold entity's aliases (or its name) by the span rule. Scores are over (gold entity, type)
pairs per article; a system entity that answers two gold entities (with different mentions),
or one and its ``must_not_merge_with``, is a wrong merge.
"""

from __future__ import annotations

from typing import Any

from ..article import NAME_KINDS, Article, Entity
from .gold import as_list, optional
from .normalise import contains_words, norm, span_match
from .scores import CategoryScore


def _surfaces(entity: Entity) -> list[str]:
    """The forms that write the entity's name. Pronouns, descriptions and role titles designate it
    without naming it ("le maire" of "le maire de Bordeaux" is not "Le Maire", "président de l'autorité
    fédérale …" not the authority)."""
    return [entity.name] + [m.text for m in entity.mentions if m.kind == "name"]


def _designations(entity: Entity) -> list[str]:
    """Every form that designates the entity, for a speaker the gold gives by a description."""
    return [entity.name] + [m.text for m in entity.mentions]


def _aliases(gold_entity: dict[str, Any]) -> list[str]:
    return [gold_entity["name"]] + [a for a in as_list(gold_entity.get("aliases")) if isinstance(a, str) and a]


def _accepted_types(gold_entity: dict[str, Any]) -> set[str]:
    return set(gold_entity.get("accept_types") or []) | {gold_entity.get("type")}


class EntityAlignment:
    """Gold entity names ↔ system entity ids for one article (used by quotes and events too)."""

    def __init__(self, gold_entities: list[dict[str, Any]], system: tuple[Entity, ...]):
        self.gold = [g for g in gold_entities if isinstance(g, dict) and g.get("name")]
        self.system = system
        self.gold_names = {norm(g["name"]): g for g in self.gold}
        # For each gold entity (by index), the system entities answering it.
        self.answers: list[list[Entity]] = [
            [e for e in system if any(span_match(a, s) for a in _aliases(g) for s in _surfaces(e))]
            for g in self.gold
        ]

    def gold_entity(self, name: str | None) -> dict[str, Any] | None:
        return self.gold_names.get(norm(name))

    def system_ids(self, name: str | None) -> set[str]:
        """Ids of the system entities standing for ``name``: a gold entity's answers, else the
        system entities whose name or mentions match ``name`` itself."""
        if not name:
            return set()
        gold = self.gold_entity(name)
        if gold is not None:
            return {e.id for e in self.answers[self.gold.index(gold)]}
        return {e.id for e in self.system if any(span_match(name, s) for s in _designations(e))}


def wrong_merges(align: EntityAlignment) -> list[str]:
    """System entities that merge two gold entities, each reached by a mention that does not also
    fit the other (a mention matching both, or a part of the other's name — the family name
    "Fillon" of "François Fillon" and "Marie Fillon" — is ambiguous, not evidence), or that hold a
    ``must_not_merge_with`` string beside their gold entity."""
    out = []
    for e in align.system:
        surfaces = _surfaces(e)
        hit = [gi for gi, answers in enumerate(align.answers) if e in answers]
        reasons = []
        for a_i, gi in enumerate(hit):
            for gj in hit[a_i + 1:]:
                gold_i, gold_j = _aliases(align.gold[gi]), _aliases(align.gold[gj])
                only_i = [s for s in surfaces if _matches(gold_i, s) and not _fits(gold_j, s)]
                only_j = [s for s in surfaces if _matches(gold_j, s) and not _fits(gold_i, s)]
                if only_i and only_j:
                    reasons.append(f"{align.gold[gi]['name']} + {align.gold[gj]['name']}")
        for gi in hit:
            mine = _aliases(align.gold[gi])
            for other in as_list(align.gold[gi].get("must_not_merge_with")):
                other_gold = align.gold_entity(other)
                forms = _aliases(other_gold) if other_gold else [other]
                # Both sides need a mention of their own: "Maxwell" of "Mme Maxwell" answers
                # "Robert Maxwell" too, but is no evidence that the entity is him.
                if any(_matches(mine, s) and not _fits(forms, s) for s in surfaces) \
                        and any(_matches(forms, s) and not _fits(mine, s) for s in surfaces):
                    reason = " + ".join(sorted([align.gold[gi]["name"], other]))
                    if reason not in reasons and f"{other} + {align.gold[gi]['name']}" not in reasons:
                        reasons.append(reason)
        if reasons:
            out.append(f"{e.name!r} ({e.id}) merges {'; '.join(dict.fromkeys(reasons))}")
    return out


def _matches(forms: list[str], surface: str) -> bool:
    return any(span_match(f, surface) for f in forms)


def _fits(forms: list[str], surface: str) -> bool:
    """``surface`` matches one of ``forms``, or is whole words of one (a family name in a full name)."""
    return any(span_match(f, surface) or contains_words(norm(f), norm(surface)) for f in forms)


def _named_in_article(entity: Entity, article: Article) -> bool:
    """Does the article write the entity's name? An office holder the article designates only by
    a title ("le Premier ministre japonais", resolved through world knowledge) is not a name of the
    text, which is what the gold lists (titles alone are not entities)."""
    return any(m.kind in NAME_KINDS for m in entity.mentions) or norm(entity.name) in norm(article.title or "") \
        or entity.name in article.text


def score_entities(gold: dict[str, Any], article: Article, align: EntityAlignment) -> CategoryScore:
    cat = CategoryScore()
    prf = cat.prf("entities")
    cat.metrics.setdefault("wrong_merges", 0)
    cat.metrics.setdefault("not_entity_hits", 0)
    cat.metrics.setdefault("split_entities", 0)
    answered_ok: set[str] = set()  # system ids that answer some gold entity with an accepted type
    for g, answers in zip(align.gold, align.answers):
        good = [e for e in answers if e.type in _accepted_types(g)]
        if good:
            prf.tp += 1
            answered_ok.update(e.id for e in good)
            if len({norm(e.name) for e in good}) > 1:
                cat.count("split_entities")
                cat.errors.append(f"split: {g['name']!r} answered by {sorted({e.name for e in good})}")
        elif not optional(g):
            prf.fn += 1
            if answers:
                cat.errors.append(f"type: {g['name']!r} is {g['type']}, system says "
                                  f"{sorted({e.type for e in answers})}")
            cat.misses.append(f"{g['name']!r} {g['type']}")
    # False positives: system (name, type) pairs answering no gold entity with an accepted type.
    seen: set[tuple[str, str]] = set()
    not_entities = [s for s in gold.get("not_entities", []) if isinstance(s, str)]
    for e in article.entities:
        key = (norm(e.name), e.type)
        if e.id in answered_ok or key in seen or not _named_in_article(e, article):
            continue
        seen.add(key)
        prf.fp += 1
        why = ""
        if any(span_match(n, s) for n in not_entities for s in _designations(e)):
            cat.count("not_entity_hits")
            why = " (listed in not_entities)"
        cat.false_positives.append(f"{e.name!r} {e.type}{why}")
    merges = wrong_merges(align)
    cat.count("wrong_merges", len(merges))
    cat.errors.extend("wrong merge: " + m for m in merges)
    return cat


__all__ = ["EntityAlignment", "score_entities", "wrong_merges"]
