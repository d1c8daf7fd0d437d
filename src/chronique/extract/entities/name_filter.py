"""Which cleaned spans are names: not a role phrase, a day or month, a demonym, a title alone, a
line in capitals or function words; a capitalised common word opening a sentence is kept weak."""

from __future__ import annotations

import re

from spacy.lang.fr.stop_words import STOP_WORDS

from .cand import Cand
from .lexicon import is_common_word
from .roles import head_end, is_honorific
from .span_edges import KNOWN_NAMES
from ..amounts.lexicon import MEASURE_UNITS
from ...lang.fr.first_names import is_first_name
from ...lang.fr.person_nouns import MANDATE_NOUNS, ROLE_NOUNS, STATUS_NOUNS
from .tables import (CAPITALS, COMMON_ACRONYMS, DEMONYM_PREFIXES, DEMONYMS, MEDIA, MONTHS, NEVER_ALONE, PLACES, PORTFOLIO_WORDS,
                     ROLE_PHRASES, TRADE_KEYS, WEEKDAYS, fold)
from .tokens import Tokens

# Roles held in a party, folded: "le député des Républicains" names the party.
_PARTY_ROLE_KEYS = frozenset(fold(w) for w in ROLE_NOUNS | MANDATE_NOUNS | STATUS_NOUNS)
# Articles before a trade capitalised by the writer ("une Youtubeuse").
_ARTICLES = frozenset({"un", "une", "le", "la", "l'"})
_ROMAN = re.compile(r"^[IVXLC]+(?:e|er|ème)?$")  # "XIV", and ordinals: "XXIe siècle"
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_CAPITAL_DIGIT = re.compile(r"[A-Z]\d")
# Words of a role phrase before its capitalised end ("garde des" + "Sceaux", "chef de l'" + "État").
MAX_ROLE_PHRASE_LEAD = 3
# Words on each side of a name in capitals searched for function words in capitals.
SHOUT_WINDOW = 3
# ... where an unknown word of at most this many letters is still an acronym ("LA CGT APPELLE").
SHOUTED_ACRONYM_LETTERS = 5


# Tags of words that open or make a clause, not a name (adverbs, conjunctions, verbs).
CLAUSE_WORD_TAGS = frozenset({"ADV", "CCONJ", "SCONJ", "VERB"})


def _in_shouted_line(tk: Tokens, c: Cand) -> bool:
    """Two words of the language in capitals next to the span ("NOUS SOMMES DANS UN DÉNI", "RISQUE
    D'AVALANCHES À CRAINDRE"): a line written in capitals, not a list of acronyms ("la CGT, FO")."""
    near = [k for k in range(max(0, c.i - SHOUT_WINDOW), min(tk.n, c.j + SHOUT_WINDOW))
            if not c.i <= k < c.j and tk.is_word(k) and tk.text[k].isupper() and len(tk.text[k]) > 1]
    return sum(tk.lower[k] in STOP_WORDS or is_common_word(tk.text[k]) for k in near) >= 2


def _acceptable(tk: Tokens, c: Cand, ent_of: list[int]) -> bool:
    text = tk.string[c.cs:c.ce]
    if not _TWO_LETTERS.search(text) and not _CAPITAL_DIGIT.search(text):
        return False
    key = fold(text)
    words = [tk.key[k] for k in range(c.i, c.j) if tk.is_word(k)]
    if not words:
        return False
    if key in ROLE_PHRASES or all(w in WEEKDAYS or w in MONTHS for w in words):
        return False
    if len(words) == 1 and c.i > 0 and tk.text[c.i - 1][:1].isdigit() and key in MEASURE_UNITS:
        return False  # "700 Nm", "500 ch": a unit after its number
    if _ends_role_phrase(tk, c):
        return False  # "garde des Sceaux": the capitalised end of a fixed title is no place
    if key in KNOWN_NAMES:
        return True  # a media, party or group of the tables ("État islamique" is no portfolio)
    if key in NEVER_ALONE or words[0] == "etats" and c.j - c.i > 1 and not tk.cap[c.i + 1]:
        return False  # "les États membres", "les Etats", "les États riverains": the common noun, not a country
    if len(words) == 1 and (tk.key[c.i] in PORTFOLIO_WORDS) and tk.cap[c.i] and c.j - c.i == 1:
        return False  # "l'État", "la Justice", "la Santé": institutions named by a common noun
    if len(words) == 1 and tk.cap[c.i] and c.i > 1 and tk.key[c.i - 1] in ("des", "aux") \
            and "les " + key in KNOWN_NAMES and tk.key[c.i - 2] in _PARTY_ROLE_KEYS:
        return True  # "la porte-parole des Républicains": the party (not "la majorité des Républicains")
    if all(_is_demonym(w) for w in words) and not (
            "le " + key in MEDIA and c.i > 0 and tk.key[c.i - 1] in ("le", "au", "du")):
        return False  # "les Français"; but "au Parisien" is the newspaper
    if len(words) == 1 and (words[0] in COMMON_ACRONYMS or _ROMAN.match(text)):
        return False
    if len(words) == 1 and tk.is_acronym(c.i) and len(text) >= 4 and (
            is_common_word(text, inflected=False) or is_common_word(text) and not c.votes.get("LOC")):
        return False  # a word in capitals ("VIDÉO", "EXCLUSIF", "RÉACTIONS"), not an acronym ("PARIS" is a place)
    caps = [k for k in range(c.i, c.j) if tk.is_word(k) and tk.is_acronym(k)]
    if len(caps) >= 2 and sum(is_common_word(tk.text[k], inflected=False) for k in caps) * 2 >= len(caps):
        return False  # a line in capitals ("TRÊVE AURA TENU"), not a name
    if text.isupper() and _in_shouted_line(tk, c) and key not in PLACES and key not in CAPITALS \
            and text.title() not in tk.string \
            and not (len(text) <= SHOUTED_ACRONYM_LETTERS and not is_common_word(text)):
        return False  # "NOUS SOMMES DANS UN DÉNI", "RISQUE D'AVALANCHES À CRAINDRE": a heading or pull quote
    if all(w.rstrip("'") in STOP_WORDS for w in words):
        return False  # "On n'", "Il": function words the model took for a name
    if tk.pos[c.i] == "CCONJ" or all(tk.pos[k] in CLAUSE_WORD_TAGS and is_common_word(tk.text[k])
                                     for k in range(c.i, c.j) if tk.is_word(k)):
        return False  # "Et les étangs", "Pourtant", "Plus jamais", "Verser": a verse's lines, capitalised
    caps = [k for k in range(c.i, c.j) if tk.cap[k] and tk.is_word(k)]
    if tk.cap[c.i] and caps and all(tk.key[k] in PORTFOLIO_WORDS for k in caps):
        return False  # only portfolio words: "Culture et les Affaires étrangères"
    if c.i > 0 and tk.key[c.i - 1] in ("un", "une") and not c.votes.get("PER"):
        return False  # "un QR Code": a name after an indefinite article is a common noun
    if len(words) == 1 and c.i > 0 and tk.key[c.i - 1] in _ARTICLES and words[0] in TRADE_KEYS:
        return False  # "une Youtubeuse", "la Youtubeuse": a trade capitalised
    if head_end(tk, c.i) is not None and head_end(tk, c.i) >= c.j:
        return False  # a title alone ("Me", "Premier ministre")
    if _in_role_phrase(tk, c):
        return False
    if _is_common_capitalised(tk, c) and not (c.i > 0 and is_honorific(tk, c.i - 1)) and key not in CAPITALS:
        c.weak = True  # (a word after "M." or "Mme" is a name, whatever else it means: "M. Martin"; so is "Paris")
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
    if len(words) >= 2 and is_first_name(tk.text[words[0]]):
        return False  # "Jean Dupont est venu", "- Pierre Laurent, …": a full name, though both words are common
    return all(is_common_word(tk.text[k]) or tk.lower[k] in tk.lowercase_words for k in words)
