"""The entity stage: spaCy's entities corrected by rules, one entity per referent, with the
titles and role phrases that refer to each person as extra mentions.

Mention kinds: ``name`` (a proper-name form), ``title`` (the role phrase attached to a name:
"Premier ministre" in "le Premier ministre Edouard Philippe", or an apposition), ``nominal``
(the same role used later alone, "le Premier ministre", linked only when exactly one person of
the article was given that role before).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from ...article import Article, Entity, Mention
from ..stage import Stage
from .candidates import build_candidates, entity_token_map
from .lexicon import is_common_word
from .resolve import canonical_name, resolve
from .roles import DETERMINERS, head_end, head_key, is_honorific, role_end, role_key
from .tokens import Tokens

log = logging.getLogger(__name__)


class EntityStage(Stage):
    name = "entities"
    requires = ("doc",)
    assigns = ("entities",)

    def __init__(self) -> None:
        is_common_word("")  # load the lexicon now, not inside the first article's timing

    def __call__(self, article: Article, doc: Doc) -> Article:
        try:
            entities = extract_entities(doc)
        except Exception:  # a rule bug must not lose the article: fall back to the model's spans
            log.exception("entity rules failed; keeping the model's entities")
            entities = _model_entities(doc)
        return article.with_layers(entities=entities)


def extract_entities(doc: Doc) -> tuple[Entity, ...]:
    if len(doc) == 0:
        return ()
    tk = Tokens(doc)
    cands, _roles = build_candidates(tk)
    clusters = resolve(tk, cands)
    clusters.sort(key=lambda cl: min(c.cs for c in cl.cands))
    text = tk.string
    entities = []
    holders: dict[str, list[tuple[int, int]]] = {}   # role key -> [(cluster index, first char)]
    heads: dict[str, list[tuple[int, int]]] = {}
    mentions_of: list[list[Mention]] = []
    taken: list[tuple[int, int]] = []
    for n, cl in enumerate(clusters):
        ms = []
        for c in sorted(cl.cands, key=lambda c: c.cs):
            ms.append(Mention(c.cs, c.ce, text[c.cs:c.ce], "name"))
            taken.append((c.cs, c.ce))
            if c.title is not None and cl.type() == "PER":
                a, b = c.title
                s, e = tk.start[a], tk.end[b - 1]
                if e <= s:
                    continue
                ms.append(Mention(s, e, text[s:e], "title"))
                taken.append((s, e))
                if not is_honorific(tk, a):
                    holders.setdefault(role_key(tk, a, b), []).append((n, s))
                    heads.setdefault(head_key(tk, a, b), []).append((n, s))
        mentions_of.append(ms)
    _nominal_mentions(tk, holders, heads, mentions_of, taken)
    for n, cl in enumerate(clusters):
        ms = tuple(sorted(set(mentions_of[n]), key=lambda m: (m.start, -m.end)))
        entities.append(Entity(id=f"e{n + 1}", type=cl.type(), name=canonical_name(tk, cl), mentions=ms))
    return tuple(entities)


def _nominal_mentions(tk: Tokens, holders: dict, heads: dict, mentions_of: list[list[Mention]],
                      taken: list[tuple[int, int]]) -> None:
    """Role phrases used alone after a person was given that role: "le ministre", "le Premier
    ministre". Linked only when one person holds the role (or, for a bare head, the head)."""
    if not holders:
        return
    taken.sort()
    ent_of = entity_token_map(tk)
    i = 1
    while i < tk.n:
        if tk.key[i - 1].replace("’", "'") not in DETERMINERS or head_end(tk, i) is None or is_honorific(tk, i):
            i += 1
            continue
        end = role_end(tk, i, tk.n, ent_of) or head_end(tk, i)
        s, e = tk.start[i], tk.end[end - 1]
        if any(a < e and s < b for a, b in taken) or (end < tk.n and tk.cap[end] and tk.pos[end] == "PROPN"):
            i = end
            continue
        if end - i == 1:
            # a bare head ("le ministre", "le président"): only when one person holds that head
            options = {n for n, first in heads.get(tk.key[i], []) if first < s}
        else:
            options = {n for n, first in holders.get(role_key(tk, i, end), []) if first < s}
        if len(options) == 1:
            n = options.pop()
            mentions_of[n].append(Mention(s, e, tk.string[s:e], "nominal"))
        i = end


def _model_entities(doc: Doc) -> tuple[Entity, ...]:
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG", "LOC", "MISC"):
            groups.setdefault((ent.text, ent.label_), []).append(Mention(ent.start_char, ent.end_char, ent.text, "name"))
    return tuple(Entity(id=f"e{i}", type=label, name=name, mentions=tuple(ms))
                 for i, ((name, label), ms) in enumerate(groups.items(), 1))


__all__ = ["EntityStage", "extract_entities"]
