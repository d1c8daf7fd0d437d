"""Quotations and reported speech.

Quotes (system kinds ``direct``/``partial``) are matched on their text, exactly after
normalisation and stripping of the quotation marks and surrounding punctuation. Reported
speech (system kind ``indirect``) is matched on the gold ``content_starts`` found inside the
system's content, and/or on the gold ``cue`` words sharing a word with the system's cue.
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Quote
from ..extract.entities.tables import MEDIA
from ..lang.fr.fold import fold
from ..lang.fr.pronouns import STRESSED_PRONOUNS, SUBJECT_PRONOUNS
from .entities import EntityAlignment
from .gold import label, optional, texts
from .matching import match
from .normalise import norm_bare, norm_quote, phrase_match, quote_match, same_stem, words
from .scores import CategoryScore

# Words of a gold cue that say nothing about the verb: auxiliaries, pronouns, determiners,
# prepositions ("a annoncé", "Il assure", "selon les informations du Parisien").
CUE_STOPWORDS = frozenset(
    "a ai as avait avaient ont a-t-il a-t-elle est sont été il elle ils elles on en de du des le la les l' "
    "un une son sa ses leur leurs que qu' se s' côté par pour au aux".split()
)
# Leading words of a content that a system may or may not include ("que le gouvernement…").
CONTENT_LEADS = ("que ", "qu'")
# A system content shorter than the gold's first words still matches when it is their start
# and holds at least this many words.
MIN_PREFIX_WORDS = 2


def speaker_ok(gold_item: dict[str, Any], quote: Quote, align: EntityAlignment) -> bool:
    """Right speaker: the system entity answering the gold speaker entity, or for an unnamed
    source (a phrase, or ``speaker_entity: null``), a loose match of the speaker's words."""
    speaker = quote.speaker
    if speaker is None:
        return False
    name = gold_item.get("speaker")
    if not name:
        return False
    if "speaker_entity" in gold_item and gold_item["speaker_entity"] is None:
        return phrase_match(name, speaker.text)
    entity_name = gold_item.get("speaker_entity") or name
    if align.gold_entity(entity_name) is not None:
        return speaker.entity is not None and speaker.entity in align.system_ids(entity_name)
    return phrase_match(name, speaker.text)


def speaker_error_class(quote: Quote, article: Article) -> str:
    """Why a speaker is wrong: none given, a pronoun or a nominal left unresolved, a news outlet
    given for the person it reports, or another named entity."""
    speaker = quote.speaker
    if speaker is None:
        return "no_speaker"
    words = speaker.text.lower().replace("’", "'").lstrip("-").split()
    if speaker.entity is None:
        if words and (words[0] in SUBJECT_PRONOUNS or words[0] in STRESSED_PRONOUNS):
            return "pronoun"
        return "nominal"
    entity = article.entity(speaker.entity)
    if entity is not None and entity.type == "ORG" and fold(entity.name) in MEDIA:
        return "reporter_as_speaker"
    if words and (words[0] in SUBJECT_PRONOUNS or words[0] in STRESSED_PRONOUNS):
        return "pronoun"
    if words and words[0] in ("le", "la", "l'", "les", "ce", "cet", "cette", "ces"):
        return "nominal"
    return "wrong_entity"


def _speaker_label(quote: Quote, article: Article) -> str:
    if quote.speaker is None:
        return "no speaker"
    ent = article.entity(quote.speaker.entity) if quote.speaker.entity else None
    return f"{ent.name!r} ({ent.id})" if ent else repr(quote.speaker.text)


def score_quotes(gold: dict[str, Any], article: Article, align: EntityAlignment) -> CategoryScore:
    cat = CategoryScore()
    prf = cat.prf("detection")
    speaker_acc = cat.ratio("speaker_accuracy")
    end_to_end = cat.ratio("found_with_right_speaker")
    kind_acc = cat.ratio("kind_accuracy")
    cat.metrics.setdefault("unattributed_violations", 0)
    golds = [q for q in gold.get("quotes", []) if isinstance(q, dict) and q.get("text")]
    system = [q for q in article.quotes if q.kind != "indirect"]
    pairs = match(golds, system, lambda g, s: (1.0 + speaker_ok(g, s, align))
                  if any(quote_match(t, s.text) for t in texts(g)) else 0)
    matched_sys = set(pairs.values())
    for gi, g in enumerate(golds):
        si = pairs.get(gi)
        if si is None:
            if not optional(g):
                prf.fn += 1
                end_to_end.add(False)
                cat.misses.append(f"{label(g)} — {g.get('speaker')}")
            continue
        s = system[si]
        prf.tp += 1
        right = speaker_ok(g, s, align)
        speaker_acc.add(right)
        end_to_end.add(right)
        if not right:
            cat.errors.append(f"speaker: {label(g)} is {g.get('speaker')!r}, system says {_speaker_label(s, article)}")
            cat.count(f"speaker_errors_{speaker_error_class(s, article)}")
        if g.get("kind"):
            kind_acc.add(g["kind"] == s.kind)
            if g["kind"] != s.kind:
                cat.errors.append(f"kind: {label(g)} is {g['kind']}, system says {s.kind}")
    unattributed = [t for t in gold.get("quoted_without_speaker", []) if isinstance(t, str)]
    for si, s in enumerate(system):
        if si in matched_sys:
            continue
        if any(quote_match(t, s.text) for t in unattributed):
            if s.speaker is not None:
                cat.count("unattributed_violations")
                prf.fp += 1
                cat.false_positives.append(f"{label(s.text)} attributed to {_speaker_label(s, article)} "
                                           "(quoted_without_speaker)")
            continue  # quoted words with no speaker: no one is quoted, no one is claimed
        prf.fp += 1
        cat.false_positives.append(f"{label(s.text)} — {_speaker_label(s, article)}")
    return cat


# -- reported speech ------------------------------------------------------------------------
def _strip_lead(text: str) -> str:
    for lead in CONTENT_LEADS:
        if text.startswith(lead):
            return text[len(lead):]
    return text


def content_match(content_starts: str | None, system_text: str) -> bool:
    """The gold first words inside the system content (either with or without ``que``), or the
    system content being the start of the gold first words."""
    g = _strip_lead(norm_bare(content_starts))
    s = _strip_lead(norm_bare(system_text))
    if not g or not s:
        return False
    if g in s:
        return True
    return g.startswith(s) and len(s.split()) >= MIN_PREFIX_WORDS


def cue_match(gold_cue: str | None, quote: Quote) -> bool:
    """A content word of the gold cue shares its stem with a word of the system cue (text or lemma)."""
    if quote.cue is None or not gold_cue:
        return False
    gold_words = [w for w in words(gold_cue) if w not in CUE_STOPWORDS]
    sys_words = [w for w in words(quote.cue.text) + words(quote.cue.lemma) if w not in CUE_STOPWORDS]
    return any(same_stem(g, s) for g in gold_words for s in sys_words)


def score_indirect(gold: dict[str, Any], article: Article, align: EntityAlignment) -> CategoryScore:
    cat = CategoryScore()
    prf = cat.prf("detection")
    with_speaker = cat.ratio("recall_with_right_speaker")
    speaker_acc = cat.ratio("speaker_accuracy")
    golds = [i for i in gold.get("indirect", []) if isinstance(i, dict)]
    system = [q for q in article.quotes if q.kind == "indirect"]

    def score(g: dict[str, Any], s: Quote) -> float:
        content = content_match(g.get("content_starts"), s.text)
        cue = cue_match(g.get("cue"), s)
        if not (content or cue):
            return 0
        return 2.0 * content + cue + 0.5 * speaker_ok(g, s, align)

    pairs = match(golds, system, score)
    for gi, g in enumerate(golds):
        si = pairs.get(gi)
        if si is None:
            if not optional(g):
                prf.fn += 1
                with_speaker.add(False)
                cat.misses.append(f"{g.get('cue')!r} → {label(g, 'content_starts')} — {g.get('speaker')}")
            continue
        prf.tp += 1
        right = speaker_ok(g, system[si], align)
        with_speaker.add(right)
        speaker_acc.add(right)
        if not right:
            cat.errors.append(f"speaker: {label(g, 'content_starts')} is {g.get('speaker')!r}, system says "
                              f"{_speaker_label(system[si], article)}")
    matched = set(pairs.values())
    for si, s in enumerate(system):
        if si not in matched:
            prf.fp += 1
            cue = s.cue.text if s.cue else "no cue"
            cat.false_positives.append(f"{cue!r} → {label(s.text)} — {_speaker_label(s, article)}")
    return cat


__all__ = ["score_quotes", "score_indirect", "speaker_ok", "content_match", "cue_match", "norm_quote"]
