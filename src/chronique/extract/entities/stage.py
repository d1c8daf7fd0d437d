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
from ...lang.fr.first_names import name_gender
from ...lang.fr.gender import BOTH, FEM, MASC, compatible
from ...lang.fr.numbers import ARTICLE_WORDS
from ..registry import register
from ..stage import Stage
from .candidates import build_candidates, entity_token_map
from .lexicon import is_common_word
from .resolve import canonical_name, resolve
from .roles import DETERMINERS, head_end, head_key, is_honorific, name_follows, role_end, role_key
from .tokens import Tokens

log = logging.getLogger(__name__)


@register
class EntityStage(Stage):
    name = "entities"
    requires = ("doc",)
    assigns = ("entities",)

    def __init__(self) -> None:
        is_common_word("")  # load the lexicon now, not inside the first article's timing

    def __call__(self, article: Article, doc: Doc) -> Article:
        try:
            entities = extract_entities(doc, article.text)
        except Exception:  # a rule bug must not lose the article: fall back to the model's spans
            log.exception("entity rules failed; keeping the model's entities")
            entities = _model_entities(doc)
        return article.with_layers(entities=entities)


def extract_entities(doc: Doc, text: str | None = None) -> tuple[Entity, ...]:
    """The entities of ``doc``; ``text``, the text it was parsed from, spares rebuilding it."""
    if len(doc) == 0:
        return ()
    tk = Tokens(doc, text)
    cands, _roles = build_candidates(tk)
    clusters = resolve(tk, cands)
    clusters.sort(key=lambda cl: min(c.cs for c in cl.cands))
    text = tk.string
    entities = []
    holders: dict[str, list[tuple[int, int]]] = {}   # role key -> [(cluster index, first char)]
    heads: dict[str, list[tuple[int, int]]] = {}
    mentions_of: list[list[Mention]] = []
    taken: list[tuple[int, int]] = []
    name_tokens = _name_token_map(tk, clusters)
    for n, cl in enumerate(clusters):
        ms = []
        for c in sorted(cl.cands, key=lambda c: c.cs):
            ms.append(Mention(c.cs, c.ce, text[c.cs:c.ce], "name"))
            taken.append((c.cs, c.ce))
            if c.title is not None and cl.type() == "PER":
                a, b = c.title
                b = _cut_at_names(tk, a, b, name_tokens, n)
                if b <= a:
                    continue
                s, e = tk.start[a], tk.end[b - 1]
                if e <= s:
                    continue
                ms.append(Mention(s, e, text[s:e], "title"))
                taken.append((s, e))
                if not is_honorific(tk, a):
                    fa, fb = c.title  # the full role ("maire de Lyon") is what a later "le maire de Lyon" repeats
                    holders.setdefault(role_key(tk, fa, fb), []).append((n, s))
                    heads.setdefault(head_key(tk, fa, fb), []).append((n, s))
        mentions_of.append(ms)
    _nominal_mentions(tk, holders, heads, mentions_of, taken)
    _drop_overlaps(mentions_of)
    for n, cl in enumerate(clusters):
        ms = tuple(sorted(set(mentions_of[n]), key=lambda m: (m.start, -m.end)))
        entities.append(Entity(id=f"e{n + 1}", type=cl.type(), name=canonical_name(tk, cl), mentions=ms))
    return tuple(entities)


def _name_token_map(tk: Tokens, clusters: list) -> list[int]:
    """For every token, the index of the cluster whose name covers it (-1 for none)."""
    owner = [-1] * tk.n
    for n, cl in enumerate(clusters):
        for c in cl.cands:
            for k in range(c.i, min(c.j, tk.n)):
                owner[k] = n
    return owner


def _cut_at_names(tk: Tokens, a: int, b: int, name_tokens: list[int], own: int) -> int:
    """End of a title span cut before any other entity's name inside it: "sénateur LREM des
    Bouches-du-Rhône" → "sénateur", "maire de Lyon" → "maire". A title mention never contains
    another entity (else the person would "contain" the place), and never ends on "de"/"du"."""
    for k in range(a, b):
        if name_tokens[k] != -1 and name_tokens[k] != own:
            b = k
            break
    while b > a and (tk.key[b - 1].replace("’", "'") in ("de", "du", "des", "d'", "la", "le", "l'", "les", ",", "et")
                     or not tk.is_word(b - 1)):
        b -= 1
    return b


def _drop_overlaps(mentions_of: list[list[Mention]]) -> None:
    """Final invariant: no mention of one entity overlaps a mention of another. Names win over
    titles and nominals; between two names the earlier entity keeps its mention."""
    rank = {"name": 0, "title": 1, "nominal": 2}
    spans = sorted(((rank.get(m.kind, 3), n, m) for n, ms in enumerate(mentions_of) for m in ms),
                   key=lambda x: (x[0], x[1], x[2].start))
    owner: dict[int, int] = {}  # character -> entity: linear in the length of the mentions
    keep: set[tuple[int, int, int, str]] = set()
    for _, n, m in spans:
        if any(owner.get(ch, n) != n for ch in range(m.start, m.end)):
            log.debug("dropping %s mention %r overlapping another entity", m.kind, m.text)
            continue
        for ch in range(m.start, m.end):
            owner[ch] = n
        keep.add((n, m.start, m.end, m.kind))
    for n, ms in enumerate(mentions_of):
        ms[:] = [m for m in ms if (n, m.start, m.end, m.kind) in keep]


# Gender a definite article gives a role phrase ("la ministre"); "l'" and "les" say nothing.
DETERMINER_GENDER = {"la": FEM, "le": MASC}


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
        det = tk.key[i - 1].replace("’", "'")
        # "un ministre" is some minister, never the one the article named
        if det not in DETERMINERS or det in ARTICLE_WORDS or head_end(tk, i) is None or is_honorific(tk, i):
            i += 1
            continue
        end = role_end(tk, i, tk.n, ent_of) or head_end(tk, i)
        s, e = tk.start[i], tk.end[end - 1]
        if any(a < e and s < b for a, b in taken) or (end < tk.n and tk.cap[end] and tk.pos[end] == "PROPN") \
                or name_follows(tk.doc, end):
            i = end
            continue
        if end - i == 1:
            # a bare head ("le ministre", "le président"): only when one person holds that head
            options = {n for n, first in heads.get(tk.key[i], []) if first < s}
        else:
            options = {n for n, first in holders.get(role_key(tk, i, end), []) if first < s}
        gender = DETERMINER_GENDER.get(det)
        options = {n for n in options if compatible(gender, _person_gender(mentions_of[n]))}
        if len(options) == 1:  # ("la ministre" is not the man called "le ministre" before)
            n = options.pop()
            mentions_of[n].append(Mention(s, e, tk.string[s:e], "nominal"))
        i = end


def _person_gender(mentions: list[Mention]) -> str | None:
    """The gender of the first name that opens one of the person's names, if known."""
    gender = next((g for m in mentions if m.kind == "name" for g in (name_gender(m.text),) if g), None)
    return None if gender == BOTH else gender


def _model_entities(doc: Doc) -> tuple[Entity, ...]:
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG", "LOC", "MISC"):
            groups.setdefault((ent.text, ent.label_), []).append(Mention(ent.start_char, ent.end_char, ent.text, "name"))
    return tuple(Entity(id=f"e{i}", type=label, name=name, mentions=tuple(ms))
                 for i, ((name, label), ms) in enumerate(groups.items(), 1))


__all__ = ["EntityStage", "extract_entities"]
