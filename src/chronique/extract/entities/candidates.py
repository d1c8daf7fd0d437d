"""Name candidates: the model's entity spans corrected one by one, plus a few patterns it misses.

Each correction is a general rule: cut a span at punctuation, verbs and glued sentence
breaks; split a title off a name ("Premier ministre Edouard Philippe"); strip determiners and
sector words ("du Havre", "géant Amazon"); drop days, months, demonyms, role phrases and
capitalised common words that only open a sentence (kept "weak" and decided later, when the
rest of the article may show the word is a name after all).

This module assembles the candidates; the steps live beside it: ``span_cleaning`` (one model
span corrected), ``span_edges`` (where a span really starts and ends), ``name_filter`` (which
spans are names) and ``type_votes`` (titles, context cues and coordination as type evidence).
"""

from __future__ import annotations

from .cand import Cand
from .institutions import widen_to_institutions
from .missed import (acronyms_defined_after, bare_acronyms, defined_acronyms, domains, known_names, known_places,
                     lone_first_names, named_affairs, outlet_words, portfolio_bodies, quoted_names)
from .span_cleaning import _clean
from .tokens import Tokens
from .type_votes import _attach_title, _context_votes, _coordination_votes, listed_place_votes

LABELS = ("PER", "ORG", "LOC", "MISC")


def entity_token_map(tk: Tokens) -> list[int]:
    return tk.entity_of()


def build_candidates(tk: Tokens) -> tuple[list[Cand], list[tuple[int, int]]]:
    """Corrected name candidates, and the token spans of the role phrases found inside model spans."""
    ent_of = entity_token_map(tk)
    cands: list[Cand] = []
    roles: list[tuple[int, int]] = []
    for ent in tk.doc.ents:
        if ent.label_ not in LABELS:
            continue
        for c in _clean(tk, ent.start, ent.end, ent.label_, ent_of, roles):
            cands.append(c)
    cands.extend(domains(tk, cands))
    cands.extend(quoted_names(tk, cands))
    cands.extend(defined_acronyms(tk, cands))
    cands.extend(acronyms_defined_after(tk, cands))
    cands.extend(bare_acronyms(tk, cands))
    cands.extend(known_names(tk, cands))
    cands.extend(known_places(tk, cands))
    cands.extend(outlet_words(tk, cands))
    widen_to_institutions(tk, cands)
    cands.extend(named_affairs(tk, cands))
    cands.extend(portfolio_bodies(tk, cands))
    cands.extend(lone_first_names(tk, cands))
    cands.sort(key=lambda c: c.cs)
    out: list[Cand] = []
    for c in cands:  # overlapping candidates: the earlier (model) one wins
        if out and c.cs < out[-1].ce:
            continue
        out.append(c)
    for c in out:
        _attach_title(tk, c, ent_of)
        _context_votes(tk, c)
    _coordination_votes(tk, out)
    listed_place_votes(tk, out)
    return out, roles
