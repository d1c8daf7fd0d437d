"""Recognising speech cues on tokens: verbs (one or several words), nouns and source prepositions."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.fr.person_nouns import TRADE_NOUNS
from ...nlp.syntax import is_present_participle
from .lexicon import MULTIWORD_VERBS, PREPOSITIONS, PRESENT_FORMS, SpeechEntry, speech_noun, speech_verb
from .tables import (
    AVOIR_FORMS, CLOSING_MARKS, COMPLEMENT_MARKERS, NAME_TITLES, OPINION_MAX_TOKENS, OPINION_OPENERS,
    OPINION_PREPOSITIONS, ORGANISATION_NOUNS, ROLE_NOUNS, SENTENCE_ENDS, STRESSED_PRONOUNS, UNNAMED_SOURCE_NOUNS,
)

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
    if not incise and tok.pos_ not in VERB_TAGS and not _participle_tagged_unknown(doc, i) \
            and not is_present_participle(tok) and not mistagged_present(tok):
        return None  # ("Reconnaissant « … », la reine …", read as an adjective)
    if i > 0 and doc[i - 1].pos_ == "DET" and doc[i - 1].lower_ in _DETERMINERS and not incise and tok.pos_ != "VERB":
        return None
    entry = speech_verb(tok.lemma_, tok.text)
    if entry is None:
        return None
    return entry, i + 1


def mistagged_present(tok: Token) -> bool:
    """A reporting verb in the present the tagger read as a noun or an adverb, right after its
    subject's name ("Édouard Philippe dément une « baisse »"; "Alain Juppé, interrogé sur …, juge
    ceux-ci « incertains »"): not before a complement or a name ("juge d'instruction", "juge Dupont")."""
    doc, i = tok.doc, tok.i
    if tok.pos_ not in ("NOUN", "ADV", "ADJ") or tok.lower_ not in PRESENT_FORMS or not tok.is_lower \
            or i == 0 or i + 1 >= len(doc) or doc[i + 1].lower_ in COMPLEMENT_MARKERS or doc[i + 1].pos_ == "PROPN":
        return False
    before = doc[i - 1]
    if before.pos_ == "PROPN" and before.ent_type_ in ("PER", "ORG"):
        return True
    # after a comma closing an aside on the sentence's opening name, with no verb of its own between
    sent = tok.sent
    return before.text == "," and doc[sent.start].ent_type_ in ("PER", "ORG") and doc[sent.start].pos_ == "PROPN" \
        and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[sent.start:i])


def _participle_tagged_unknown(doc: Doc, i: int) -> bool:
    """"a tweeté": a rare verb's participle the tagger could not place (X), after its auxiliary
    (whatever the tagger calls that too)."""
    return doc[i].pos_ == "X" and i > 0 and (doc[i - 1].pos_ == "AUX" or doc[i - 1].lower_ in AVOIR_FORMS)


def noun_cue(tok: Token) -> SpeechEntry | None:
    return speech_noun(tok.lemma_, tok.text) if tok.pos_ in ("NOUN", "PROPN") else None


def _preposition_sequences() -> dict[str, list[tuple[tuple[str, ...], SpeechEntry]]]:
    """First word → (following words, entry), longest first: one dict look-up per token."""
    table: dict[str, list[tuple[tuple[str, ...], SpeechEntry]]] = {}
    for key, entry in PREPOSITIONS.items():
        words = key.replace("'", "' ").split()
        table.setdefault(words[0], []).append((tuple(words[1:]), entry))
    for options in table.values():
        options.sort(key=lambda o: -len(o[0]))
    return table


_PREPOSITION_SEQUENCES = _preposition_sequences()
# First words of every prepositional cue: a cheap test before ``preposition_cue`` (run on every token).
PREPOSITION_STARTS = frozenset(_PREPOSITION_SEQUENCES) | frozenset(OPINION_PREPOSITIONS)
# Most words a prepositional cue has after its first ("aux" + "yeux de"; "de" + "l'avis de" is 3).
PREPOSITION_WORDS_AFTER = max(len(rest) for options in _PREPOSITION_SEQUENCES.values() for rest, _ in options)


def preposition_may_follow(lows: list[str], i: int) -> bool:
    """Whether ``preposition_cue`` at ``i`` may find a cue, told from the lower-cased words alone
    (apostrophes straightened): False only when the words after ``i`` spell none of its sequences."""
    options = _PREPOSITION_SEQUENCES.get(lows[i])
    if not options:
        return True  # "pour": the parse decides (``_opinion_cue``)
    for rest, _entry in options:
        end = i + 1 + len(rest)
        if end > len(lows):
            continue
        words = lows[i + 1:end]
        if words and rest[-1] == "de" and words[-1] in ("du", "des"):
            words[-1] = "de"
        if tuple(words) == rest:
            return True
    return False


def preposition_cue(doc: Doc, i: int) -> tuple[SpeechEntry, int] | None:
    """``selon``, ``d'après``, ``à en croire``, ``aux yeux de`` … at token ``i``: entry, index after it."""
    options = _PREPOSITION_SEQUENCES.get(doc[i].lower_.replace("’", "'"))
    if not options:
        return _opinion_cue(doc, i)
    for rest, entry in options:
        end = i + 1 + len(rest)
        if end > len(doc):
            continue
        words = [t.lower_.replace("’", "'") for t in doc[i + 1:end]]
        # "aux yeux du ministre": the table writes the preposition uncontracted ("aux yeux de").
        if words and rest[-1] == "de" and words[-1] in ("du", "des"):
            words[-1] = "de"
        if tuple(words) == rest:
            return entry, end
    return None


# Nouns of people or bodies a count may be of in "Pour les deux syndicats, …".
_GROUP_NOUNS = ROLE_NOUNS | UNNAMED_SOURCE_NOUNS | ORGANISATION_NOUNS | TRADE_NOUNS


def _counted_group(num: Token) -> bool:
    """A count after its determiner, of people or bodies: "Pour les deux syndicats, …" (not "Pour 2
    euros", "Pour les 40 ans du parti")."""
    noun = num.head
    return num.i > 0 and num.doc[num.i - 1].pos_ == "DET" and noun.i > num.i and bool(
        {noun.lower_, noun.lemma_.lower()} & _GROUP_NOUNS)


_OPINION_ENTRY = SpeechEntry(lemma="pour", kind="prep", use="any", forms=("pour",))


def _opinion_cue(doc: Doc, i: int) -> tuple[SpeechEntry, int] | None:
    """``Pour lui, …`` / ``Pour le député X, …``: "pour" opening a clause, followed by someone who
    speaks and a comma, gives that person's view (like "selon")."""
    tok = doc[i]
    if tok.lower_ not in OPINION_PREPOSITIONS:
        return None
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and not tok.is_sent_start and (doc[k].lower_ not in OPINION_OPENERS or doc[k].text in CLOSING_MARKS
                                             and (k == 0 or not doc[k - 1].text.endswith(SENTENCE_ENDS))):
        return None
    end = next((j for j in range(i + 1, min(len(doc), i + 2 + OPINION_MAX_TOKENS)) if doc[j].text == ","), None)
    if end is None or end == i + 1:
        return None
    words = doc[i + 1:end]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", ".")
           or t.pos_ == "NUM" and not _counted_group(t) for t in words):
        return None
    if len(words) == 1 and words[0].lower_ in STRESSED_PRONOUNS:
        return _OPINION_ENTRY, i + 1
    if any(t.ent_type_ in ("PER", "ORG") or t.lower_ in NAME_TITLES for t in words):
        return _OPINION_ENTRY, i + 1
    head = next((t for t in words if t.pos_ == "NOUN"), None)
    if head is not None and words[0].pos_ == "DET" and \
            {head.lower_, head.lemma_.lower()} & (ROLE_NOUNS | UNNAMED_SOURCE_NOUNS | ORGANISATION_NOUNS):
        return _OPINION_ENTRY, i + 1
    return None
