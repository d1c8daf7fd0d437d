"""A local institution named by its kind and its place: "le parquet d'Aix-en-Provence", "la
préfecture de Corse-du-Sud", "la collectivité de Corse", "le tribunal de commerce de Paris". The
model tags the place; the name is the institution's (an organisation that speaks and acts: "le
parquet d'Aix-en-Provence a confirmé …"), so the place's candidate is widened to the kind."""

from __future__ import annotations

from .cand import W_TITLE, Cand
from ...knowledge.departments import department_names
from .tables import (CAPITALS, PLACE_INSTITUTION_ACRONYMS, PLACE_INSTITUTION_HEADS, PLACE_INSTITUTION_QUALIFIERS,
                     PLACES, fold)
from .tokens import Tokens

# "de", "d'", "du", "des" before the place, as ``Tokens.key`` spells them.
_OF = frozenset({"de", "d'", "du", "des"})
# Places the tables know, whatever the model votes for them (folded).
KNOWN_PLACES = PLACES | CAPITALS | frozenset(fold(d) for d in department_names())
# How many words may stand between the kind and the place's "de" ("de commerce", "de grande instance").
MAX_QUALIFIERS = 3


def widen_to_institutions(tk: Tokens, cands: list[Cand]) -> None:
    """Widen each place candidate written "<kind> [qualifiers] de <place>" to the whole name, an ORG."""
    for c in cands:
        if c.source not in ("model", "table") or max(c.votes, key=c.votes.get, default=None) != "LOC" \
                and fold(tk.string[c.cs:c.ce]) not in KNOWN_PLACES:
            continue  # a place by the model's vote, or one the tables know ("Selon la préfecture du Doubs")
        k = c.i - 1
        if k >= 1 and tk.key[k] in ("la", "l'") and tk.key[k - 1] == "de":
            k -= 1  # "la préfecture de la Lozère"
        if k < 1 or tk.key[k] not in _OF:
            continue
        k -= 1
        steps = 0
        while k > 0 and steps < MAX_QUALIFIERS and tk.key[k] in PLACE_INSTITUTION_QUALIFIERS \
                and tk.key[k] not in PLACE_INSTITUTION_HEADS:
            k -= 1
            steps += 1
        if tk.key[k] not in PLACE_INSTITUTION_HEADS or tk.cap[k] and tk.key[k] not in PLACE_INSTITUTION_ACRONYMS:
            continue  # a capitalised head is a name the model would have read ("Conseil d'État")
        c.i, c.cs = k, tk.start[k]
        c.votes = {"ORG": W_TITLE}
        c.source = "institution"
