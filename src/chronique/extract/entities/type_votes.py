"""Evidence on a candidate's type: an attached title or honorific (a person), the tables and
the words around it (media, parties, places, "le géant", "la ville de"), first names and name
particles, datelines, and names coordinated with a firm organisation."""

from __future__ import annotations

import re

from ...knowledge import public_surnames
from ...knowledge.organisations import name_key, organisation
from ...lang.fr.first_names import first_name_gender, is_first_name
from ...nlp.syntax import noun_gender
from .cand import W_CUE, W_MODEL, W_TABLE, W_TITLE, Cand
from .missed import outlet_after_article
from .roles import is_honorific, title_after, title_before
from .tables import (ARMED_GROUPS, CAPITALS, EVENT_NAMES, EVENT_SUFFIXES, GROUP_CUES, HONORIFIC_GENDER, LOC_CUES,
                     LOC_HEADS, MEDIA, MEDIA_WITH_EDITIONS, MISC_HEADS, MISC_PREFIXES, ORG_CUE_WITH_COMPLEMENT,
                     ORG_CUES, ORG_HEADS, ORG_SUFFIXES, PARTIES, PERSON_NAME_OPENERS, PERSON_PARTICLES, PLACES, PLATFORMS, PUBLISHED_WORDS,
                     TRADE_KEYS, fold)
from .tokens import Tokens

# Place cues that also front an alliance's or a union's borders ("la frontière de l'Otan").
BORDER_CUES = frozenset({"frontiere", "poste-frontiere"})
# Words between a participle of publishing and "chez" ("publié en 2001 chez X").
PUBLISHED_REACH = 4
# What may stand between two coordinated names: "Amazon et Tardivel", "(DGA) et de la Valmorel".
# Not a comma: "député de la Somme, à TF1" and "dans l'Aisne, Amazon…" are no lists.
_COORDINATION = re.compile(r"^\)?\s*(?:et|ou)\s+(?:(?:de|du|des|à|au|aux)\s+)?(?:(?:la|le|les)\s+|l['’])?$")


def _coordination_votes(tk: Tokens, cands: list[Cand]) -> None:
    """Names joined by "et" share a kind: "les accords Amazon et Tardivel" are two companies.
    A one-word name whose only evidence is the model's PER (no first name, no title) or LOC (not a
    known place, after an article: "la Valmorel") gets an ORG vote from a firm ORG beside it."""
    for a, b in zip(cands, cands[1:]):
        if not _COORDINATION.match(tk.string[a.ce:b.cs]):
            continue
        for firm, weak in ((a, b), (b, a)):
            if _firm_org(tk, firm) and _weakly_typed(tk, weak):
                weak.vote("ORG", W_CUE)


# What separates the names of a list: a comma, or "et"/"ou" before its last name (and an article:
# "…, al-Buriqua et Dar Saad").
_LIST_SEPARATOR = re.compile(r"^\s*(?:,|(?P<last>,?\s*(?:et|ou)))\s*(?:(?:la|le|les|l['’]|al-|el-)\s*)?$")
# Places a list needs beside a name before that name counts as one more place.
LISTED_PLACES = 2


def listed_place_votes(tk: Tokens, cands: list[Cand]) -> None:
    """A name the model alone calls a person, listed among places ("les quartiers de Moalla,
    Tawahi, al-Buriqua et Dar Saad"), is one more place: a LOC vote when at least two other names of
    its list are places and nothing else says person (no first name, no title). A list ends on the
    name after its "et" ("Après Berlin, Rome et Madrid, Castex a …": Castex is no part of it)."""
    runs: list[list[Cand]] = []
    closed = True
    for c in cands:
        sep = _LIST_SEPARATOR.match(tk.string[runs[-1][-1].ce:c.cs]) if runs and not closed else None
        if sep:
            runs[-1].append(c)
        else:
            runs.append([c])
        closed = bool(sep and sep.group("last"))
    for run in runs:
        places = [c for c in run if _top_vote(c) == "LOC"]
        if len(places) < LISTED_PLACES:
            continue
        for c in run:
            if set(c.votes) == {"PER"} and c.votes["PER"] <= W_MODEL and c.title is None \
                    and not is_first_name(tk.text[c.i]):
                c.vote("LOC", W_CUE)


def _top_vote(c: Cand) -> str | None:
    return max(c.votes, key=c.votes.get) if c.votes else None


def _firm_org(tk: Tokens, c: Cand) -> bool:
    v = dict(c.votes)
    if c.acronym_of is not None:  # "(DGA)": the evidence of its long form
        for k, w in c.acronym_of.votes.items():
            v[k] = v.get(k, 0.0) + w
    org = v.get("ORG", 0.0)
    return org > max(v.get("PER", 0.0), v.get("LOC", 0.0)) and (org >= W_TABLE or tk.is_acronym(c.i))


def _weakly_typed(tk: Tokens, c: Cand) -> bool:
    """A one-word name whose only evidence is one model label: PER without a first name or a
    title, or LOC for no known place after an article ("la Valmorel")."""
    if c.j - c.i != 1 or c.title is not None or tk.is_acronym(c.i) or not tk.cap[c.i]:
        return False
    v = c.votes
    if set(v) == {"PER"} and v["PER"] <= W_MODEL:
        return not is_first_name(tk.text[c.i])
    if set(v) == {"LOC"} and v["LOC"] <= W_MODEL:
        return tk.key[c.i] not in PLACES and c.i > 0 and tk.key[c.i - 1].replace("’", "'") in ("la", "le", "l'")
    return False


def _person_like(tk: Tokens, c: Cand, strict: bool) -> bool:
    """A span that may carry a person's title: not an acronym, and named by the model as a
    person or opening with a known first name (``strict``), or made of capitalised words."""
    if tk.is_acronym(c.i) or not tk.cap[c.i]:
        return False
    key = fold(tk.string[c.cs:c.ce])
    if key in MEDIA or outlet_after_article(tk, c.i, key):
        return False  # "au Point, le président …": an outlet, whatever the model says
    if tk.key[c.i] == "les":
        return False  # "les députés Les Constructifs": no person's name opens on "Les" ("Le Pen" may)
    if c.votes.get("PER") or is_first_name(tk.text[c.i]):
        return True
    if key in PLACES or key in PARTIES or tk.key[c.i] in ORG_HEADS | LOC_HEADS:
        return False
    return not strict and all(tk.cap[k] for k in range(c.i, c.j) if tk.is_word(k))


def _attach_title(tk: Tokens, c: Cand, ent_of: list[int]) -> None:
    if c.i > 0 and tk.key[c.i - 1] in LOC_CUES and not tk.cap[c.i - 1] and not is_first_name(tk.text[c.i]):
        c.vote("LOC", W_TITLE + 1)  # "le président de la région Occitanie": the name is the region's
        return
    words = c.j - c.i
    if c.i > 1 and tk.key[c.i - 1] in ORG_CUES and tk.key[c.i - 2] in ("l'", "la", "le") and not tk.cap[c.i - 1] \
            and not is_first_name(tk.text[c.i]) and words != 2:
        # "cité par l'agence Fars", "le directeur de l'association Appliance Standards Awareness
        # Project": the name is the body's; two words may be a first name and a surname ("le
        # directeur de l'institut Bernhard Richter")
        return
    if c.title is None and _person_like(tk, c, strict=False):
        c.title = title_before(tk, c.i, ent_of)
        if c.title is not None and not is_honorific(tk, c.title[0]) and not _person_like(tk, c, strict=True) \
                and c.j - c.i < 2:
            c.title = None
    if c.title is None and _person_like(tk, c, strict=True):
        c.title = title_after(tk, c.j, ent_of, c.i)
        if c.title is not None and tk.cap[c.title[0]] and tk.key[c.title[0]] not in ("premier", "première"):
            c.title = None
    if c.title is not None:
        a, b = c.title
        c.vote("PER", W_TITLE)
        g = HONORIFIC_GENDER.get(tk.key[a]) or (None if is_first_name(tk.text[c.i]) else _role_gender(tk, a, b))
        if g:
            c.gender = g


def _role_gender(tk: Tokens, a: int, b: int) -> str | None:
    """The gender a title's own noun shows ("un président, Macron": a man), none for a form both
    genders share ("ministre", "porte-parole"); for a name without a first name, which would say it."""
    noun = next((t for t in tk.doc[a:b] if t.pos_ == "NOUN"), None)
    return noun_gender(noun) if noun is not None else None


# Words before a place's name ("la Hollande", "en Hollande"), not before a person's.
PLACE_DETERMINERS = frozenset({"la", "le", "les", "l'", "l’", "en", "au", "aux"})


# A model code: digits, or capitals and digits mixed ("911", "M4", "GT3", "A350", "EB110", "RS6").
MODEL_CODE = re.compile(r"\d{2,}[a-z]*|[A-Z]{1,3}\d+[A-Za-z]*|[A-Z]\d{2,}.*")


def _product_model(tk: Tokens, c: Cand) -> bool:
    """A name whose later words hold a model code (letters and digits: "M4", "GT3", "A350", "911"):
    a product. Media and groups named with a number ("France 2", "G20") are in the tables first."""
    if c.j - c.i < 2 or not tk.cap[c.i] or fold(tk.string[c.cs:c.ce]) in MEDIA:
        return False
    words = [tk.text[k] for k in range(c.i + 1, c.j)]
    return any(MODEL_CODE.fullmatch(w) for w in words) and tk.key[c.i] not in PLACES


def _context_votes(tk: Tokens, c: Cand) -> None:
    text = tk.string[c.cs:c.ce]
    key = fold(text)
    if key in MEDIA or (key.startswith(("le ", "la ", "les ", "l'")) and key.split(" ", 1)[-1] in MEDIA):
        c.vote("ORG", W_TABLE + 1)
    elif outlet_after_article(tk, c.i, key):
        c.vote("ORG", W_TABLE + 1)  # "au Parisien", "des Echos": the title without its article
    elif any(key.startswith(m + " ") for m in MEDIA_WITH_EDITIONS):
        c.vote("ORG", W_TABLE + 1)  # "France 3 Bretagne": a regional edition
    if key in PLACES or key in CAPITALS:
        c.vote("LOC", W_TABLE)  # "Washington a salué": a capital alone is the city, not George Washington
    if key in PARTIES or key in PLATFORMS or key in ARMED_GROUPS or organisation(name_key(text)) is not None:
        c.vote("ORG", W_TABLE + 1)  # (or an organisation of ``knowledge/organisations.tsv``: "l'ARS", "le Raid")
    if _particle_person(tk, c):
        c.vote("PER", W_TABLE)
    if c.j - c.i == 1 and c.votes.get("LOC") and key in public_surnames() and key not in PLACES \
            and key not in CAPITALS and not (c.i > 0 and tk.key[c.i - 1] in PLACE_DETERMINERS):
        c.vote("PER", W_CUE)  # "les années Hollande": an office holder's family name read as a place ("en Hollande" stays)
    single = c.j - c.i == 1 or (c.j - c.i == 2 and tk.key[c.i] in ("la", "le", "l'") and tk.cap[c.i])
    if single and c.i > 0 and tk.key[c.i - 1] in ("la", "le", "l'") and not tk.cap[c.i - 1] \
            and c.votes.get("PER") and not is_first_name(tk.text[c.j - 1]) and c.title is None:
        c.vote("ORG", W_CUE)  # "la Cnav", "le Medef": a determiner before a bare name is no person
    if c.i > 0 and tk.key[c.i - 1] == "les" and not tk.cap[c.i - 1] and c.votes.get("MISC") \
            and tk.key[c.j - 1].endswith(("s", "x")) and c.j - c.i == 1:
        c.vote("ORG", W_CUE)  # "siéger avec les Constructifs": a named group of people
    if _is_dateline_place(tk, c):
        c.vote("LOC", W_TITLE + 2)
    first = tk.key[c.i]
    if c.j - c.i == 1 and (key in EVENT_NAMES or (key.endswith(EVENT_SUFFIXES) and len(key) > 4)):
        c.vote("MISC", W_TABLE + 1)  # "le Brexit": an event, not an organisation
    if first in MISC_HEADS or any(key.startswith(p) for p in MISC_PREFIXES):
        c.vote("MISC", W_TABLE + 1)
    elif tk.cap[c.i] and first in ORG_HEADS and c.j - c.i > 1:
        c.vote("ORG", W_TABLE)
    if c.j - c.i > 1 and tk.key[c.j - 1] in ORG_SUFFIXES and tk.cap[c.j - 1]:
        c.vote("ORG", W_TABLE + 1)
    if tk.cap[c.i] and first in LOC_HEADS and c.j - c.i > 1:
        c.vote("LOC", W_CUE)
    if c.j - c.i >= 2 and is_first_name(tk.text[c.i]) and tk.cap[c.i + 1]:
        c.vote("PER", W_CUE)
        c.gender = c.gender or first_name_gender(tk.text[c.i])
    if _product_model(tk, c):
        c.vote("MISC", W_TABLE + 2)  # "Porsche 911", "BMW M4 GT3", "Airbus A350": a maker and a model code
    elif tk.is_acronym(c.i) and c.j - c.i > 1 and tk.cap[c.i + 1]:
        c.vote("ORG", W_CUE)  # "ARS Corse", "SNCF Réseau": an acronym leading a name is an organisation
    if tk.is_acronym(c.i) and c.j - c.i == 1 and c.votes.get("MISC"):
        c.vote("ORG", W_MODEL + 0.5)  # acronyms the model calls MISC are mostly organisations
    if _trade_apposed(tk, c):
        c.vote("PER", W_TITLE)  # "Santiago Ortez, infirmier aux urgences": a person, whatever the city
    if c.i >= 2 and tk.key[c.i - 1] == "chez" and _published_before(tk, c.i - 1):
        c.vote("ORG", W_TITLE)  # "publié en 2001 chez Anne Carrière": a publisher
    # the word before: "le géant Amazon", "la ville de Dijon", "en Corse"
    k = c.i - 1
    if k >= 0 and tk.key[k] in ("de", "d'", "du") and k - 1 >= 0:
        k -= 1
    if k >= 0 and tk.key[k] in ("la", "l'", "le") and k - 1 >= 0 and tk.key[k - 1] in ("de", "d'"):
        k -= 2
    if k > 0 and k == c.i - 1 and tk.pos[k] in ("ADJ", "PROPN") and not tk.cap[k] \
            and (tk.key[k - 1] in ORG_CUES or tk.key[k - 1] in GROUP_CUES):
        # "le quotidien américain X", "l'agence iranienne X" (not "l'usine chinoise Huawei"); a
        # lowercase adjective the tagger called a proper noun too ("l'hebdomadaire alsacien X")
        k -= 1
    elif k > 1 and k == c.i - 1 and tk.pos[k] == "NOUN" and not tk.cap[k] and tk.key[k - 1] in ("de", "d'") \
            and tk.key[k - 2] in ORG_CUE_WITH_COMPLEMENT:
        c.vote("ORG", W_CUE)  # "la maison d'édition X", "la marque de vêtements X"
        return
    if k >= 0:
        prev = tk.key[k]
        if prev in ORG_CUES or prev in GROUP_CUES:
            c.vote("ORG", W_CUE)
        elif (prev in LOC_CUES or prev in LOC_HEADS and not tk.cap[k]) \
                and not (prev in BORDER_CUES and tk.is_acronym(c.i)):  # "la frontière de l'Otan"
            c.vote("LOC", W_CUE)
        elif prev in ("en", "à") and k == c.i - 1 and c.j - c.i <= 3:
            c.vote("LOC", W_MODEL * 0.5)


def _published_before(tk: Tokens, k: int) -> bool:
    """A participle of publishing at most PUBLISHED_REACH words before token ``k``, in its clause."""
    for j in range(k - 1, max(-1, k - 1 - PUBLISHED_REACH), -1):
        if tk.key[j] in PUBLISHED_WORDS:
            return True
        if not tk.key[j][:1].isalnum() or tk.pos[j] in ("VERB", "AUX") or tk.key[j] == "de":
            return False  # "elle est sortie de chez X", "sorti boire un verre chez X"
    return False


def _trade_apposed(tk: Tokens, c: Cand) -> bool:
    """The name is followed by a trade in apposition: ", infirmier", ", une enseignante"."""
    k = c.j
    if k + 1 >= tk.n or tk.text[k] != ",":
        return False
    k += 1
    if tk.key[k] in ("le", "la", "l'", "un", "une") and k + 1 < tk.n:
        k += 1
    if tk.key[k] not in TRADE_KEYS and tk.pos[k] == "ADJ" and not tk.cap[k] and k + 1 < tk.n:
        k += 1  # ", un jeune horticulteur"
    return tk.key[k] in TRADE_KEYS


def _particle_person(tk: Tokens, c: Cand) -> bool:
    """"Bachar al-Assad", "Mohammed ben Salmane", "Abou Bakr al-Baghdadi": a first name (or
    "Abou", "Ibn") then a lowercase particle before a capitalised family name."""
    if c.j - c.i < 2 or not tk.cap[c.i]:
        return False
    if not (is_first_name(tk.text[c.i]) or tk.key[c.i] in PERSON_NAME_OPENERS):
        return False
    for k in range(c.i + 1, c.j - 1):
        word = tk.text[k]
        base = word.split("-", 1)[0] if "-" in word else word
        if word.islower() and fold(base) in PERSON_PARTICLES and any(tk.cap[m] for m in range(k + 1, c.j)):
            return True
        if "-" in word and base.islower() and fold(base) in PERSON_PARTICLES and word.split("-", 1)[1][:1].isupper():
            return True  # "al-Assad" as one token
    return False


def _is_dateline_place(tk: Tokens, c: Cand) -> bool:
    """"BERLIN (AFP) -", "PARIS, 3 mars -": a city in capitals opening a paragraph is a place."""
    if c.j - c.i > 3 or not all(tk.is_acronym(k) or not tk.is_word(k) for k in range(c.i, c.j)):
        return False
    at_line_start = tk.start[c.i] == 0 or tk.string[tk.start[c.i] - 1] == "\n"
    nxt = tk.text[c.j] if c.j < tk.n else ""
    return at_line_start and len(tk.string[c.cs:c.ce]) >= 4 and nxt in ("(", ",", "-", "–", "—")
