"""Recognising speech cues on tokens: verbs (one or several words), nouns and source prepositions."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import MULTIWORD_VERBS, PREPOSITIONS, SpeechEntry, speech_noun, speech_verb

# Parts of speech a speech verb may carry in running text. In an incise right after a quotation
# any tag is accepted: the tagger often reads "lance", "juge", "annonce" there as nouns.
VERB_TAGS = frozenset({"VERB", "AUX"})
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "des", "du", "son", "sa", "ses", "ce", "cette"})


def verb_cue(doc: Doc, i: int, incise: bool = False) -> tuple[SpeechEntry, int] | None:
    """The speech verb starting at token ``i`` and the index just after it, if there is one."""
    tok = doc[i]
    low = tok.lower_
    options = MULTIWORD_VERBS.get(low)
    if options:
        for rest, entry in options:
            words = [t.lower_ for t in doc[i + 1:i + 1 + len(rest)]]
            if tuple(words) == rest:
                return entry, i + 1 + len(rest)
    if not incise and tok.pos_ not in VERB_TAGS:
        return None
    if i > 0 and doc[i - 1].pos_ == "DET" and doc[i - 1].lower_ in _DETERMINERS and not incise and tok.pos_ != "VERB":
        return None
    entry = speech_verb(tok.lemma_, tok.text)
    if entry is None:
        return None
    return entry, i + 1


def noun_cue(tok: Token) -> SpeechEntry | None:
    return speech_noun(tok.lemma_, tok.text) if tok.pos_ in ("NOUN", "PROPN") else None


def preposition_cue(doc: Doc, i: int) -> tuple[SpeechEntry, int] | None:
    """``selon``, ``d'après``, ``à en croire``, ``aux yeux de`` … at token ``i``: entry, index after it."""
    low = doc[i].lower_.replace("’", "'")
    for n in (4, 3, 2, 1):
        if i + n > len(doc):
            continue
        words = [low] + [t.lower_.replace("’", "'") for t in doc[i + 1:i + n]]
        key = ""
        for w in words:
            key += w if key.endswith("'") or not key else " " + w
        # "aux yeux du ministre": the table writes the preposition uncontracted ("aux yeux de").
        if n > 1 and words[-1] in ("du", "des"):
            key = key[: -len(words[-1])] + "de"
        entry = PREPOSITIONS.get(key)
        if entry is not None:
            return entry, i + n
    return None
