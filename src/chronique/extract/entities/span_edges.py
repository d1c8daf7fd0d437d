"""Where a name span really starts and ends.

Sentence breaks lost in scraping ("Covid-19.Les"), edge words a span may lose (determiners,
sector words) or keep (the article of "Le Pen"), abbreviation dots, and names the model cut
short: a known media, party or group ("France" + "2"), a ministry's other portfolios, the
complement of a fixed expression ("marché de Noël").
"""

from __future__ import annotations

import re

from .lexicon import is_common_word
from .tables import (ARMED_GROUPS, EDGE_FUNCTION_WORDS, FIXED_EXPRESSION_HEADS, INSTITUTIONS, LOC_HEADS, MEDIA,
                     MONTHS, ORG_HEADS, PARTIES, PLACES, PORTFOLIO_WORDS, SECTOR_WORDS, WEEKDAYS, fold)
from .tokens import Tokens

# A sentence break lost in scraping: "Covid-19.Les", "CNEWSDe", "EHPADDevant" (not initials: "D.C.").
_GLUED_DOT = re.compile(r"(?<=[\w)])[.!?](?=[A-ZÀ-Ý])(?!(?<=\b[A-Z]\.)[A-Z]\.)|(?<=[\w)]{2})[.!?]+(?=[-–—\"«“»)\s]*[A-ZÀ-Ý])")
_SPACED_DASH = re.compile(r"(?<=\w)\s+[-–—]\s*(?=[A-ZÀ-Ý])")  # "Aïd el-Fitr -Couvre-feu"
_TRAILING_JUNK = "\"«»“”'’,;:+*/-–—"
_CAPS_THEN_WORD = re.compile(r"(?<=[A-ZÀ-Ý]{2})(?=[A-ZÀ-Ý][a-zà-ÿ]{1,})")
_LOWER_THEN_CAP = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])")
_WORD = re.compile(r"[\w'-]+")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")  # "D.C.", "U.S.A."
# Names a span may be extended to when the model cut them ("France" + "2", "État" + "islamique").
KNOWN_NAMES = MEDIA | ARMED_GROUPS | PARTIES | INSTITUTIONS
KNOWN_PREFIXES = frozenset(n[:4] for n in KNOWN_NAMES)  # a cheap filter before trying extensions
# Longest extension tried, in tokens ("Hayat" + "Tahrir al-Sham" is 4 tokens).
MAX_KNOWN_EXTENSION = 4


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


# Words that open a complement of a body's name, and the longest name so extended (tokens).
_BODY_LINKS = ("de", "d'", "du", "des", "contre", "pour", "sur")
_MAX_BODY_TOKENS = 8


def _extend_lowercase_body(tk: Tokens, i: int, j: int, ce: int) -> tuple[int, int]:
    """A body (``ORG_HEADS``) the model cut after its capitalised head ("Conseil" of "Conseil
    scientifique"): its lowercase adjectives and up to two complements of a lowercase noun ("Comité
    d'enquête", "Ligue contre la violence routière", "Haute autorité de santé"), never a verb, a
    capitalised word, a day or month ("le Conseil de lundi") or a dangling preposition."""
    if j != i + 1 or not tk.cap[i] or tk.key[i] not in ORG_HEADS:
        return j, ce
    k = j
    if tk.key[i] in ("haut", "haute") and k < tk.n and not tk.cap[k] and tk.pos[k] == "NOUN":
        k += 1  # "Haute autorité", "Haut conseil"
    while k < tk.n and not tk.cap[k] and tk.pos[k] == "ADJ":
        k += 1
    for _ in range(2):
        link = tk.key[k].replace("’", "'") if k < tk.n else ""
        if link not in _BODY_LINKS:
            break
        m = k + 1
        if link not in ("du", "des") and m < tk.n and tk.key[m].replace("’", "'") in ("la", "l'", "le", "les"):
            m += 1
        if m >= tk.n or tk.cap[m] or tk.pos[m] != "NOUN" or tk.key[m] in WEEKDAYS or tk.key[m] in MONTHS:
            break
        m += 1
        while m < tk.n and not tk.cap[m] and tk.pos[m] == "ADJ":
            m += 1
        k = m
    if k == j or k - i > _MAX_BODY_TOKENS:
        return j, ce
    return k, tk.end[k - 1]


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
    """A dot that belongs to an abbreviation: "M.", "P." (one capital), "D.C.", "U.S.A.", "Inc.", "Corp."."""
    word = text[cs:ce].split()[-1] if text[cs:ce].split() else ""
    return len(word) == 2 and word[0].isupper() or bool(_INITIALS.match(word)) \
        or word.lower() in ("inc.", "corp.", "co.", "jr.", "sr.", "st.")


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
            rest = _WORD.match(span[pos + (1 if rx is _GLUED_DOT else 0):])
            word = rest.group(0) if rest else ""
            if rx is _GLUED_DOT or (word and is_common_word(word, inflected=False)):
                if rx is _LOWER_THEN_CAP and not is_common_word(_WORD.findall(span[:pos])[-1], inflected=False):
                    continue
                best = pos if best is None else min(best, pos)
                break
    return best
