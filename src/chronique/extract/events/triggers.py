"""Event triggers: the trigger lexicon indexed by its head word, and the match of a token
against it (a multi-word trigger's other words follow the head or hang off it; an -er
participle the tagger called a noun is read as the verb)."""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from . import lexicon as lx
from .surface import FORMS


# lemma of the head word → entries, longest multi-word first
_BY_HEAD: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str | None, str]]] = {}
for _lemma, _pos, _type, _mode, _cond in lx.TRIGGERS:
    _words = tuple(_lemma.split())
    _BY_HEAD.setdefault((_words[0], _pos), []).append((_words, _type, _mode, _cond))
for _entries in _BY_HEAD.values():
    _entries.sort(key=lambda e: -len(e[0]))
_VERB_LEMMAS = frozenset(" ".join(e[0]) for (lemma, pos), es in _BY_HEAD.items() if pos == "VERB" for e in es)
# Past participles of -er verbs, which the tagger sometimes calls nouns ("a téléphoné").
_PARTICIPLES: dict[str, str] = {
    _lemma[:-2] + _end: _lemma
    for (_lemma, _pos) in list(_BY_HEAD) if _pos == "VERB" and _lemma.endswith("er")
    for _end in ("é", "ée", "és", "ées")
}


def _asked_for(tok: Token) -> bool:
    """A noun naming an act asked for ("demandent le retrait du texte", "réclame sa libération")."""
    head = tok.head.lemma_.lower()
    return tok.pos_ == "NOUN" and tok.dep_ == "obj" and tok.lemma_.lower() in lx.REQUESTED_ACTS \
        and (head in lx.REQUEST_GOVERNORS or head + "r" in lx.REQUEST_GOVERNORS)  # "réclame" lemmatised as a noun


def _match(tok: Token, doc: Doc):
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm")) \
        else "NOUN" if tok.pos_ in ("NOUN", "PROPN") \
        else "NOUN" if tok.pos_ == "X" and tok.lower_ in _PARTICIPLES else None  # "a insulté" tagged X
    if pos is None:
        return None
    keys = [tok.lemma_.lower(), tok.lower_]
    if pos == "NOUN" and tok.lower_ in _PARTICIPLES and (tok.i > 0 and doc[tok.i - 1].pos_ == "AUX"
                                                         or fronted_noun_participle(tok)):
        pos, keys = "VERB", [_PARTICIPLES[tok.lower_]]
    elif pos == "VERB" and tok.lemma_.endswith("e"):
        keys.append(tok.lemma_.lower() + "r")  # present tense lemmatised as the noun: "rencontre"
    for key in keys:
        for entry in _BY_HEAD.get((key, pos), ()):
            words = entry[0]
            if len(words) == 1 or _contiguous(tok, words, doc) or _dependants(tok, words):
                return entry
    return None


def fronted_noun_participle(tok: Token) -> bool:
    """"Arrêté le 19 novembre à Tokyo, X …": an -er participle opening its sentence, with a
    complement after it, that the tagger called a noun — not the noun itself ("Arrêté préfectoral à
    l'appui, …", "Accusé vedette du procès, X")."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ == "NOUN" and tok.lower_ in _PARTICIPLES and tok.is_sent_start and tok.text[:1].isupper() \
        and nxt is not None and nxt.pos_ in ("ADP", "DET", "NUM", "ADV")


def _contiguous(tok: Token, words: tuple[str, ...], doc: Doc) -> bool:
    if tok.i + len(words) > len(doc):
        return False
    return all(doc[tok.i + k].lower_ == w or doc[tok.i + k].lemma_.lower() == w
               for k, w in enumerate(words[1:], 1))


def _dependants(tok: Token, words: tuple[str, ...]) -> bool:
    """'rend un hommage appuyé', 'porte plainte': the other words hang off the head."""
    kids = {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}
    return all(w in kids for w in words[1:] if w not in ("de", "en", "à", "la", "le", "les", "l'"))


def _spellings(word: str) -> set[int]:
    return {get_string_id(word), get_string_id(word.capitalize())}


# Hashes of every lemma or spelling ``_match`` or ``surface_event`` can start from: the head words,
# a present tense lemmatised as its noun ("rencontre" for "rencontrer"), the -er participles and the
# surface forms. Only tokens with one of them are looked at (``candidate_tokens``).
_START_HASHES = frozenset().union(
    *(_spellings(head) for head, _ in _BY_HEAD),
    *(_spellings(head[:-1]) for head, pos in _BY_HEAD if pos == "VERB" and head.endswith("r")),
    *(_spellings(w) for w in _PARTICIPLES), *(_spellings(w) for w in FORMS),
    *(_spellings(w) for w in lx.INTERVIEW_PARTICIPLES))


def candidate_tokens(doc: Doc) -> list[Token]:
    """The tokens that may open a trigger, read off the parse's arrays (a Token per word costs more)."""
    rows = doc.to_array([LOWER, LEMMA]).tolist()
    return [doc[i] for i, (lower, lemma) in enumerate(rows)
            if (lower in _START_HASHES or lemma in _START_HASHES) and not _compound_head(doc, i)]


def _compound_head(doc: Doc, i: int) -> bool:
    """The first word of a compound the tokenizer split at its hyphen ("aides-soignantes") that
    names no act (``COMPOUND_NOT_TRIGGER_WORDS``)."""
    return i + 1 < len(doc) and doc[i].lower_ in lx.COMPOUND_NOT_TRIGGER_WORDS and not doc[i].whitespace_ \
        and doc[i + 1].text == "-" and not doc[i + 1].whitespace_
