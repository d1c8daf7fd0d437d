"""Name candidates: the model's entity spans corrected one by one, plus a few patterns it misses.

Each correction is a general rule: cut a span at punctuation, verbs and glued sentence
breaks; split a title off a name ("Premier ministre Edouard Philippe"); strip determiners and
sector words ("du Havre", "géant Amazon"); drop days, months, demonyms, role phrases and
capitalised common words that only open a sentence (kept "weak" and decided later, when the
rest of the article may show the word is a name after all).
"""

from __future__ import annotations

import re

from spacy.lang.fr.stop_words import STOP_WORDS

from .cand import W_CUE, W_MODEL, W_TABLE, W_TITLE, Cand
from .first_names import first_name_gender
from .lexicon import is_common_word
from .missed import (acronyms_defined_after, bare_acronyms, defined_acronyms, domains, known_names, named_affairs,
                     quoted_names)
from .roles import head_end, is_honorific, role_end, title_after, title_before
from .tables import (ARMED_GROUPS, COMMON_ACRONYMS, EVENT_NAMES, EVENT_SUFFIXES, INSTITUTIONS, PORTFOLIO_ORG_HEADS,
                     REGIME_ADJECTIVES, FIXED_EXPRESSION_HEADS, GROUP_CUES, HOLIDAY_WORDS, NEVER_ALONE,
                     PERSON_NAME_OPENERS, PERSON_PARTICLES, DEMONYM_PREFIXES, DEMONYMS, EDGE_FUNCTION_WORDS, HONORIFIC_GENDER, LOC_CUES,
                     LOC_HEADS, MEDIA, MISC_HEADS, MISC_PREFIXES, MONTHS, NAME_CONNECTORS, ORG_CUES,
                     ORG_HEADS, ORG_SUFFIXES, PARTIES, PLACES, PLATFORMS, PORTFOLIO_WORDS, ROLE_PHRASES,
                     SECTOR_WORDS, WEEKDAYS, fold)
from .tokens import Tokens

LABELS = ("PER", "ORG", "LOC", "MISC")
# Tokens that end a name span: punctuation other than hyphens, apostrophes, dots and "&".
BREAK_TOKENS = frozenset(list("«»\"“”()[]{}:;!?,…/|") + ["--", "—", "–"])
BREAK_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
# A sentence break lost in scraping: "Covid-19.Les", "CNEWSDe", "EHPADDevant".
_GLUED_DOT = re.compile(r"(?<=[\w)])[.!?](?=[A-ZÀ-Ý])|(?<=[\w)]{2})[.!?]+(?=[-–—\"«“»)\s]*[A-ZÀ-Ý])")
_SPACED_DASH = re.compile(r"(?<=\w)\s+[-–—]\s*(?=[A-ZÀ-Ý])")  # "Aïd el-Fitr -Couvre-feu"
_TRAILING_JUNK = "\"«»“”'’,;:+*/-–—"
_CAPS_THEN_WORD = re.compile(r"(?<=[A-ZÀ-Ý]{2})(?=[A-ZÀ-Ý][a-zà-ÿ]{1,})")
_LOWER_THEN_CAP = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])")
# Place heads that are also everyday words ("à la place de", "le tour de", "l'hôpital de"):
# never glued to the name after them.
AMBIGUOUS_PLACE_HEADS = frozenset({"place", "tour", "porte", "port", "hopital", "cap", "bois", "col", "arc",
                                   "mer", "baie", "cimetiere", "parc", "jardin"})
_ROMAN = re.compile(r"^[IVXLC]+$")
# Names a span may be extended to when the model cut them ("France" + "2", "État" + "islamique").
KNOWN_NAMES = MEDIA | ARMED_GROUPS | PARTIES | INSTITUTIONS
KNOWN_PREFIXES = frozenset(n[:4] for n in KNOWN_NAMES)  # a cheap filter before trying extensions
# Longest extension tried, in tokens ("Hayat" + "Tahrir al-Sham" is 4 tokens).
MAX_KNOWN_EXTENSION = 4
# Words of a role phrase before its capitalised end ("garde des" + "Sceaux", "chef de l'" + "État").
MAX_ROLE_PHRASE_LEAD = 3
def entity_token_map(tk: Tokens) -> list[int]:
    ent_of = [-1] * tk.n
    for k, ent in enumerate(tk.doc.ents):
        for t in range(ent.start, ent.end):
            ent_of[t] = k
    return ent_of


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
    cands.extend(named_affairs(tk, cands))
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
    return out, roles


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
        return not first_name_gender(tk.text[c.i])
    if set(v) == {"LOC"} and v["LOC"] <= W_MODEL:
        return tk.key[c.i] not in PLACES and c.i > 0 and tk.key[c.i - 1].replace("’", "'") in ("la", "le", "l'")
    return False


# -- cleaning one model span ------------------------------------------------------------------
def _clean(tk: Tokens, i: int, j: int, label: str, ent_of: list[int], roles: list) -> list[Cand]:
    # 1. cut at punctuation, verbs and line breaks: keep the first piece that has a word
    pieces, s = [], i
    for k in range(i, j):
        spaced_dash = tk.text[k] in ("-", "–", "—") and k > i and tk.end[k - 1] < tk.start[k]
        # a role phrase after a name: "Le Parisien le Premier ministre" is a newspaper, then a title
        role_inside = k > i and not tk.cap[k] and tk.key[k] in ("le", "la", "les", "l'") \
            and head_end(tk, k + 1) is not None
        if role_inside or tk.text[k] in BREAK_TOKENS or "\n" in tk.text[k] or (tk.pos[k] in BREAK_POS and not tk.cap[k]) \
                or spaced_dash:
            pieces.append((s, k))
            s = k + 1
    pieces.append((s, j))
    out = []
    for a, b in pieces:
        if b > a:
            c = _clean_piece(tk, a, b, label, ent_of, roles)
            if c is not None:
                out.append(c)
                rest = _body_of_committee(tk, c)
                if rest is not None:  # "commission des Lois" + "de l'Assemblée nationale": two names
                    c.j, c.ce = rest[0], tk.end[rest[0] - 1]
                    other = _clean_piece(tk, rest[1], max(b, rest[1] + 1), label, ent_of, roles)
                    if other is not None:
                        out.append(other)
            break  # what follows a break inside a model span is a clause, not a name
    return out


def _body_of_committee(tk: Tokens, c: Cand) -> tuple[int, int] | None:
    """Where a committee or ministry span runs on into the body it belongs to: "commission des
    Lois | de l'Assemblée nationale", "commission de la Culture | du Sénat". Returns (end of the
    first name, start of the second), or None."""
    if tk.key[c.i] not in PORTFOLIO_ORG_HEADS:
        return None
    for k in range(c.i + 2, c.j - 1):
        if tk.key[k].replace("’", "'") not in ("de", "du", "d'"):
            continue
        m = k + 1
        if tk.key[m].replace("’", "'") in ("la", "l'") and m + 1 < c.j:
            m += 1
        if tk.cap[m] and tk.key[m] in ORG_HEADS:
            return k, m
    return None


def _clean_piece(tk: Tokens, i: int, j: int, label: str, ent_of: list[int], roles: list) -> Cand | None:
    text = tk.string
    # a capitalised article inside a sentence belongs to the name after it: "le groupe Les
    # Républicains", "selon Les Echos"
    while i > 0 and tk.cap[i - 1] and not tk.initial[i - 1] and tk.key[i - 1] in ("le", "la", "les"):
        i -= 1
    # a holiday in a fixed expression is no name: "le marché de Noël de Strasbourg" → "Strasbourg"
    while i < j and tk.key[i] in HOLIDAY_WORDS and _fixed_expression_before(tk, i):
        i += 1
        while i < j and tk.key[i] in NAME_CONNECTORS:
            i += 1
    if j <= i:
        return None
    # a span the model ended on a connector ("Université d'été du" + "PS"): take the name after it
    while j < tk.n and tk.key[j - 1] in NAME_CONNECTORS and tk.cap[j] and tk.is_word(j) and "\n" not in tk.text[j - 1]:
        j += 1
    # a place head and its complement: "Arc" + "de triomphe", "Palais" + "de l'Elysée"
    if j - i == 1 and tk.cap[i] and tk.key[i] in LOC_HEADS and j + 1 < tk.n and tk.key[j] in ("de", "du", "des", "d'"):
        k = j + 1
        if k < tk.n and tk.key[k] in ("la", "l'"):
            k += 1
        if k < tk.n and tk.is_word(k) and tk.pos[k] in ("NOUN", "PROPN"):
            j = k + 1
    # a lowercase place head before the name: "l'espace Schengen", "le théâtre des Bleus de Bar"
    k = i - 1
    while k >= 0 and i - k <= 5 and (tk.cap[k] or tk.key[k] in NAME_CONNECTORS) and not tk.initial[k] \
            and tk.is_word(k):
        k -= 1
    if k >= 0 and k < i and label != "PER" and tk.key[k] in LOC_HEADS - AMBIGUOUS_PLACE_HEADS and not tk.cap[k]:
        label = "LOC"
        i = k
    cs, ce = tk.start[i], tk.end[j - 1]
    # 2. a lost sentence break inside the span: keep what comes before it
    span = text[cs:ce]
    cut = _glued_break(span)
    if cut is not None:
        ce = cs + cut
        while j > i + 1 and tk.start[j - 1] >= ce:
            j -= 1
    # 3. a title at the front: "Premier ministre Edouard Philippe", "M. Scholz"
    while i + 1 < j and tk.key[i] in ("le", "la", "les", "l'") and head_end(tk, i + 1) is not None:
        i += 1
    title = None
    k = i
    while k < j:
        h = head_end(tk, k)
        if h is None or h > j:
            break
        r = role_end(tk, k, j, ent_of)
        r = h if r is None else r
        # the title ends where a capitalised word that is no portfolio starts the name
        while r < j and not tk.cap[r] and tk.key[r] not in ("de", "d'", "du", "la", "le", "l'"):
            r += 1
        title = (k if title is None else title[0], r)
        k = r
    if title is not None:
        i = title[1]
        if i >= j or (i < j and tk.start[i] >= ce):
            roles.append(title)
            return None
    # a demonym then a place: "un Croate de Bosnie" names the place only
    if i + 2 < j and tk.cap[i] and _is_demonym(tk.key[i]) and tk.key[i + 1].replace("’", "'") in ("de", "du", "d'"):
        i += 2
    # a state and the adjective of its regime: "la Tchécoslovaquie communiste" is the place
    regime = False
    while j - 1 > i and not tk.cap[j - 1] and tk.key[j - 1] in REGIME_ADJECTIVES and tk.key[i] not in ORG_HEADS \
            and fold(tk.span_text(i, j)) not in PARTIES:
        j -= 1
        ce = min(ce, tk.end[j - 1])
        regime = True
    # 4. edges: determiners, prepositions, sector words
    while i < j and _strippable_front(tk, i, j):
        i += 1
    while j > i and (tk.key[j - 1] in EDGE_FUNCTION_WORDS or not tk.is_word(j - 1)
                     or (not tk.cap[j - 1] and (tk.key[j - 1] in WEEKDAYS or tk.key[j - 1] in MONTHS))) \
            and tk.text[j - 1] not in (")",):
        j -= 1
        ce = min(ce, tk.end[j - 1]) if j > i else ce
    if j <= i:
        return None
    cs = tk.start[i]
    ce = min(ce, tk.end[j - 1])
    while ce > cs + 1 and (text[ce - 1] in _TRAILING_JUNK or (text[ce - 1] == "." and not _initial_dot(text, cs, ce))
                           or (text[ce - 1] == ")" and "(" not in text[cs:ce])):
        ce -= 1
    j, ce = _extend_to_known_name(tk, i, j, ce)
    c = Cand(i, j, cs, ce)
    c.vote(label, W_MODEL)
    if regime:
        c.vote("LOC", W_CUE)
    if title is not None:
        c.title = title
    # a portfolio after "ministère de": the ministry is the organisation ("ministère de la Transition
    # écologique"), the portfolio alone is not a name
    k = i - 1
    if k >= 0 and tk.key[k] in ("la", "l'") and tk.key[i] in PORTFOLIO_WORDS:
        k -= 1
    if k >= 1 and tk.key[i] in PORTFOLIO_WORDS and tk.key[k] in ("de", "du", "des", "d'") \
            and tk.key[k - 1] in PORTFOLIO_ORG_HEADS:
        i = c.i = k - 1
        cs = c.cs = tk.start[i]
    if tk.key[i] in PORTFOLIO_ORG_HEADS:
        c.j, c.ce = _extend_portfolios(tk, c.j, c.ce)
        j = c.j
    # 5. a lowercase head: keep it when it names an organisation or a place, else cut to the name
    if not tk.cap[i]:
        if tk.key[i] in ORG_HEADS:
            c.vote("ORG", W_TABLE)
        elif tk.key[i] in LOC_HEADS:
            c.vote("LOC", W_TABLE)
        else:
            k = i
            while k < j and not tk.cap[k]:
                k += 1
            if k >= j:
                return None
            c.i, c.cs = k, tk.start[k]
    return c if _acceptable(tk, c, ent_of) else None


def _extend_portfolios(tk: Tokens, j: int, ce: int) -> tuple[int, int]:
    """The other portfolios of a ministry the model cut after the first: "ministère de l'Agriculture"
    + " et de l'Alimentation", "ministère du Travail" + ", de l'Emploi et de l'Insertion"."""
    while True:
        k = j
        if k < tk.n and tk.key[k] in (",", "et"):
            k += 1
        if k >= tk.n or tk.key[k].replace("’", "'") not in ("de", "du", "des", "d'"):
            return j, ce
        k += 1
        if k < tk.n and tk.key[k].replace("’", "'") in ("la", "l'"):
            k += 1
        if k >= tk.n or not tk.cap[k] or tk.key[k] not in PORTFOLIO_WORDS:
            return j, ce
        k += 1
        while k < tk.n and not tk.cap[k] and (tk.pos[k] == "ADJ" or tk.key[k] in PORTFOLIO_WORDS):
            k += 1
        j, ce = k, tk.end[k - 1]


def _fixed_expression_before(tk: Tokens, i: int) -> bool:
    """Is token ``i`` the complement of a fixed expression: "marché de Noël", "père Noël"?"""
    k = i - 1
    if k >= 0 and tk.key[k] in ("de", "du", "d'"):
        k -= 1
    return k >= 0 and tk.key[k] in FIXED_EXPRESSION_HEADS and not tk.cap[k]


def _extend_to_known_name(tk: Tokens, i: int, j: int, ce: int) -> tuple[int, int]:
    """A known media, party or group name the model cut short: "France" + " 2", "État" +
    " islamique". Returns the new end token and end character (unchanged when nothing fits)."""
    cs = tk.start[i]
    if fold(tk.string[cs:cs + 4]) not in KNOWN_PREFIXES:
        return j, ce
    for k in range(min(tk.n, j + MAX_KNOWN_EXTENSION), j, -1):
        if "\n" in tk.string[cs:tk.end[k - 1]]:
            continue
        if fold(tk.string[cs:tk.end[k - 1]]) in KNOWN_NAMES:
            return k, tk.end[k - 1]
    if fold(tk.string[cs:tk.end[j - 1]]) in KNOWN_NAMES:
        return j, tk.end[j - 1]  # a trailing number stripped as punctuation ("France 2")
    return j, ce


def _initial_dot(text: str, cs: int, ce: int) -> bool:
    """A dot that belongs to an abbreviation: "M.", "P." (one capital), "Inc.", "Corp."."""
    word = text[cs:ce].split()[-1] if text[cs:ce].split() else ""
    return len(word) == 2 and word[0].isupper() or word.lower() in ("inc.", "corp.", "co.", "jr.", "sr.", "st.")


def _strippable_front(tk: Tokens, i: int, j: int) -> bool:
    key = tk.key[i].replace("’", "'")
    if key in EDGE_FUNCTION_WORDS and i + 1 < j:
        if not tk.cap[i]:
            return True
        # a capitalised article stays in names ("Le Pen", "La Rochelle", "Les Echos") except
        # where the capital only opens the sentence and the rest is itself a name
        if tk.initial[i] and key not in ("le", "la", "les", "l'"):
            return True
        if tk.initial[i] and tk.cap[i + 1] and not _name_like_article(tk, i, j):
            return True
        return False
    if key in SECTOR_WORDS and not tk.cap[i] and i + 1 < j and tk.cap[i + 1]:
        return True
    return False


def _name_like_article(tk: Tokens, i: int, j: int) -> bool:
    """At a sentence start, is the capitalised article part of the name ("Le Pen", "Le Maire",
    "La Rochelle", "Les Echos") or only the sentence's first word ("La Chine", "Le Sénat")?"""
    if fold(tk.span_text(i, j)) in MEDIA:
        return True
    rest = tk.key[i + 1]
    if rest in PLACES or rest in MEDIA or rest in ORG_HEADS or rest in LOC_HEADS or tk.is_acronym(i + 1):
        return False
    return j - i == 2


def _glued_break(span: str) -> int | None:
    best = None
    m = _SPACED_DASH.search(span)
    if m:
        best = m.start()
    for rx in (_GLUED_DOT, _CAPS_THEN_WORD, _LOWER_THEN_CAP):
        for m in rx.finditer(span):
            pos = m.start()
            rest = re.match(r"[\w'-]+", span[pos + (1 if rx is _GLUED_DOT else 0):])
            word = rest.group(0) if rest else ""
            if rx is _GLUED_DOT or (word and is_common_word(word, inflected=False)):
                if rx is _LOWER_THEN_CAP and not is_common_word(re.findall(r"[\w'-]+", span[:pos])[-1], inflected=False):
                    continue
                best = pos if best is None else min(best, pos)
                break
    return best


def _acceptable(tk: Tokens, c: Cand, ent_of: list[int]) -> bool:
    text = tk.string[c.cs:c.ce]
    if not re.search(r"[^\W\d_]{2}", text) and not re.search(r"[A-Z]\d", text):
        return False
    key = fold(text)
    words = [tk.key[k] for k in range(c.i, c.j) if tk.is_word(k)]
    if not words:
        return False
    if key in ROLE_PHRASES or all(w in WEEKDAYS or w in MONTHS for w in words):
        return False
    if _ends_role_phrase(tk, c):
        return False  # "garde des Sceaux": the capitalised end of a fixed title is no place
    if key in KNOWN_NAMES:
        return True  # a media, party or group of the tables ("État islamique" is no portfolio)
    if key in NEVER_ALONE:
        return False  # "les États membres", "les Etats": the common noun, not a country
    if len(words) == 1 and (tk.key[c.i] in PORTFOLIO_WORDS) and tk.cap[c.i] and c.j - c.i == 1:
        return False  # "l'État", "la Justice", "la Santé": institutions named by a common noun
    if all(_is_demonym(w) for w in words) and not (
            "le " + key in MEDIA and c.i > 0 and tk.key[c.i - 1] in ("le", "au", "du")):
        return False  # "les Français"; but "au Parisien" is the newspaper
    if len(words) == 1 and (words[0] in COMMON_ACRONYMS or _ROMAN.match(text)):
        return False
    if len(words) == 1 and tk.is_acronym(c.i) and len(text) >= 4 and is_common_word(text, inflected=False):
        return False  # a word in capitals ("VIDÉO", "EXCLUSIF"), not an acronym
    caps = [k for k in range(c.i, c.j) if tk.is_word(k) and tk.is_acronym(k)]
    if len(caps) >= 2 and sum(is_common_word(tk.text[k], inflected=False) for k in caps) * 2 >= len(caps):
        return False  # a line in capitals ("TRÊVE AURA TENU"), not a name
    if all(w.rstrip("'") in STOP_WORDS for w in words):
        return False  # "On n'", "Il": function words the model took for a name
    caps = [k for k in range(c.i, c.j) if tk.cap[k] and tk.is_word(k)]
    if tk.cap[c.i] and caps and all(tk.key[k] in PORTFOLIO_WORDS for k in caps):
        return False  # only portfolio words: "Culture et les Affaires étrangères"
    if c.i > 0 and tk.key[c.i - 1] in ("un", "une") and not c.votes.get("PER"):
        return False  # "un QR Code": a name after an indefinite article is a common noun
    if head_end(tk, c.i) is not None and head_end(tk, c.i) >= c.j:
        return False  # a title alone ("Me", "Premier ministre")
    if _in_role_phrase(tk, c):
        return False
    if _is_common_capitalised(tk, c):
        c.weak = True
    return True


def _ends_role_phrase(tk: Tokens, c: Cand) -> bool:
    for n in range(1, min(c.i, MAX_ROLE_PHRASE_LEAD) + 1):
        if fold(tk.string[tk.start[c.i - n]:c.ce]) in ROLE_PHRASES:
            return True
    return False


def _is_demonym(word: str) -> bool:
    if word in DEMONYMS:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in DEMONYM_PREFIXES or p in DEMONYMS for p in parts[:-1]) and parts[-1] in DEMONYMS


def _in_role_phrase(tk: Tokens, c: Cand) -> bool:
    """A portfolio word inside a role phrase: "ministre de l'Economie", "chef de l'État",
    "ministre du Travail, de l'Emploi, de la Formation professionnelle"."""
    first = tk.key[c.i]
    if tk.is_acronym(c.i) or first not in PORTFOLIO_WORDS:
        return False
    k = c.i - 1
    steps = 0
    while k >= 0 and steps < 14:
        key = tk.key[k].replace("’", "'")
        if head_end(tk, k) is not None and not is_honorific(tk, k):
            return True
        if key in ("de", "du", "des", "d'", "la", "l'", "le", ",", "et") or (not tk.cap[k] and tk.is_word(k)) \
                or key in PORTFOLIO_WORDS:
            k -= 1
            steps += 1
            continue
        return False
    return False


def _is_common_capitalised(tk: Tokens, c: Cand) -> bool:
    """A capitalised common word that opens a sentence ("Pourtant", "Conséquence", "Partenaires")
    or a lone common noun the model took for a name ("Constitution", "Sénat" are decided later)."""
    words = [k for k in range(c.i, c.j) if tk.is_word(k)]
    if not tk.initial[c.i] or tk.is_acronym(c.i):
        return False
    if fold(tk.string[c.cs:c.ce]) in PLACES or fold(tk.string[c.cs:c.ce]) in KNOWN_NAMES:
        return False
    return all(is_common_word(tk.text[k]) or tk.lower[k] in tk.lowercase_words for k in words)


# -- titles, honorifics, context cues ---------------------------------------------------------
def _person_like(tk: Tokens, c: Cand, strict: bool) -> bool:
    """A span that may carry a person's title: not an acronym, and named by the model as a
    person or opening with a known first name (``strict``), or made of capitalised words."""
    if tk.is_acronym(c.i) or not tk.cap[c.i]:
        return False
    if c.votes.get("PER") or first_name_gender(tk.text[c.i]):
        return True
    key = fold(tk.string[c.cs:c.ce])
    if key in MEDIA or key in PLACES or key in PARTIES or tk.key[c.i] in ORG_HEADS | LOC_HEADS:
        return False
    return not strict and all(tk.cap[k] for k in range(c.i, c.j) if tk.is_word(k))


def _attach_title(tk: Tokens, c: Cand, ent_of: list[int]) -> None:
    if c.title is None and _person_like(tk, c, strict=False):
        c.title = title_before(tk, c.i, ent_of)
        if c.title is not None and not is_honorific(tk, c.title[0]) and not _person_like(tk, c, strict=True) \
                and c.j - c.i < 2:
            c.title = None
    if c.title is None and _person_like(tk, c, strict=True):
        c.title = title_after(tk, c.j, ent_of)
        if c.title is not None and tk.cap[c.title[0]] and tk.key[c.title[0]] not in ("premier", "première"):
            c.title = None
    if c.title is not None:
        a, _ = c.title
        c.vote("PER", W_TITLE)
        g = HONORIFIC_GENDER.get(tk.key[a])
        if g:
            c.gender = g


def _context_votes(tk: Tokens, c: Cand) -> None:
    text = tk.string[c.cs:c.ce]
    key = fold(text)
    if key in MEDIA or (key.startswith(("le ", "la ", "les ", "l'")) and key.split(" ", 1)[-1] in MEDIA):
        c.vote("ORG", W_TABLE + 1)
    elif c.i > 0 and tk.key[c.i - 1] in ("au", "du", "aux", "des", "le", "la", "les", "l'") and any(
            a + key in MEDIA for a in ("le ", "la ", "les ", "l'")):
        c.vote("ORG", W_TABLE + 1)  # "au Parisien", "des Echos": the title without its article
    if key in PLACES:
        c.vote("LOC", W_TABLE)
    if key in PARTIES or key in PLATFORMS or key in ARMED_GROUPS:
        c.vote("ORG", W_TABLE + 1)
    if _particle_person(tk, c):
        c.vote("PER", W_TABLE)
    single = c.j - c.i == 1 or (c.j - c.i == 2 and tk.key[c.i] in ("la", "le", "l'") and tk.cap[c.i])
    if single and c.i > 0 and tk.key[c.i - 1] in ("la", "le", "l'") and not tk.cap[c.i - 1] \
            and c.votes.get("PER") and not first_name_gender(tk.text[c.j - 1]) and c.title is None:
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
    if c.j - c.i >= 2 and first_name_gender(tk.text[c.i]) and tk.cap[c.i + 1]:
        c.vote("PER", W_CUE)
        c.gender = c.gender or _gender(first_name_gender(tk.text[c.i]))
    if tk.is_acronym(c.i) and c.j - c.i > 1 and tk.cap[c.i + 1]:
        c.vote("ORG", W_CUE)  # "ARS Corse", "SNCF Réseau": an acronym leading a name is an organisation
    if tk.is_acronym(c.i) and c.j - c.i == 1 and c.votes.get("MISC"):
        c.vote("ORG", W_MODEL + 0.5)  # acronyms the model calls MISC are mostly organisations
    # the word before: "le géant Amazon", "la ville de Dijon", "en Corse"
    k = c.i - 1
    if k >= 0 and tk.key[k] in ("de", "d'", "du") and k - 1 >= 0:
        k -= 1
    if k >= 0 and tk.key[k] in ("la", "l'", "le") and k - 1 >= 0 and tk.key[k - 1] in ("de", "d'"):
        k -= 2
    if k >= 0:
        prev = tk.key[k]
        if prev in ORG_CUES or prev in GROUP_CUES:
            c.vote("ORG", W_CUE)
        elif prev in LOC_CUES or (prev in LOC_HEADS and not tk.cap[k]):
            c.vote("LOC", W_CUE)
        elif prev in ("en", "à") and k == c.i - 1 and c.j - c.i <= 3:
            c.vote("LOC", W_MODEL * 0.5)


def _particle_person(tk: Tokens, c: Cand) -> bool:
    """"Bachar al-Assad", "Mohammed ben Salmane", "Abou Bakr al-Baghdadi": a first name (or
    "Abou", "Ibn") then a lowercase particle before a capitalised family name."""
    if c.j - c.i < 2 or not tk.cap[c.i]:
        return False
    if not (first_name_gender(tk.text[c.i]) or tk.key[c.i] in PERSON_NAME_OPENERS):
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


def _gender(g: str | None) -> str | None:
    return g if g in ("M", "F") else None
