"""Criticism and praise told by speech alone: "« C'est une erreur de Paul Girard », a estimé X",
"X a jugé que le choix de Y était « irresponsable »", "« On ne quitte pas le navire », a tonné X",
"« C'est un grand maire », a estimé X". A quotation or reported speech whose words hold a word of
blame (``lang.fr.evaluation.BLAME_LEMMAS``), or told by a verb of blame (``BLAME_SPEECH_LEMMAS``),
is the speaker's criticism (ACCUSE, mode "spoken criticism"); one holding a word of praise and none
of blame (``PRAISE_LEMMAS``), or a word of sympathy (``SYMPATHY_LEMMAS``, whose target may be a
place: "« Je suis solidaire de Madrid »"), is the speaker's praise (SUPPORT, mode "spoken praise"); one
told by a verb of demand (``REQUEST_SPEECH_LEMMAS``: "a plaidé") is their request (REQUEST, mode
"spoken request", about whom the words name only). Its target is
the person or organisation the words name other than the speaker — or, naming nobody, the person
the headline puts at the centre of the story (reactions to what they did), preferring one who is
talked about rather than quoted; criticism with no target at all (of a decision: "« C'est une faute
historique », a dit X") is the speaker's alone, once, unless another of theirs names someone. A
quotation without a cue ("- X, député : « … »", a list of reactions) is told by its word of blame. In
an obituary (``cast.headline.mourned_person``), what anyone else says without blame is a tribute to
the dead (SUPPORT, mode "tribute": "« Le Havre perd un grand homme », a déclaré X"). Once per type,
speaker and target in an article; events a trigger already tells are not told twice."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...article import Cue
from ...lang.fr.evaluation import (BLAME_LEMMAS, BLAME_SPEECH_LEMMAS, FAULT_LEMMAS, NEWS_CUE_LEMMAS,
                                   NOT_BLAME_BEFORE, NOT_BLAME_PAIRS, NOT_FAULT_BEFORE, PRAISE_LEMMAS,
                                   REQUEST_SPEECH_LEMMAS, SYMPATHY_LEMMAS, WARNING_LEMMAS)
from ...lang.fr.pronouns import FIRST_PERSON_WORDS
from ..cast.headline import story_person
from .actors import Resolver
from .draft import _Draft
from .interviews import is_outlet

TARGET_TYPES = ("PER", "ORG")
MODES = {"ACCUSE": "spoken criticism", "SUPPORT": "spoken praise", "REQUEST": "spoken request"}
TRIBUTE_MODE = "tribute"


def spoken_evaluation_drafts(doc: Doc, resolver: Resolver, told: list[tuple[str, set[str]]], centre: list[str],
                             trigger_starts: set[int], mourned: str | None = None) -> list[_Draft]:
    """``told``: (type, participants) of the events triggers found; ``centre``: the headline's
    entities (``cast.headline``); ``trigger_starts``: where triggers already told an event (a cue
    that is one, "a fustigé", gets the headline's target there); ``mourned``: the dead person of an
    obituary."""
    drafts: list[_Draft] = []
    seen = list(told)
    untargeted = []  # criticism naming nobody: the speaker's, once, when no criticism of theirs names anyone
    quoted = {q.speaker.entity for q in resolver.quotes if q.speaker is not None}
    for quote in resolver.quotes:
        if quote.speaker is None or quote.speaker.entity is None:
            continue
        words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if words is None:
            continue
        lemmas = {w for t in words for w in (t.lemma_.lower(), t.lower_)}
        blame = _blame_word(words)
        # a quotation without a cue ("X : « C'est une faute historique »", a list of reactions): its
        # word of blame tells the criticism
        cue = quote.cue or (_cue_of(blame) if blame is not None and quote.kind != "indirect" else None)
        if cue is None:
            continue
        etype = _verdict(lemmas, cue.lemma, blame is not None)
        speaker = quote.speaker.entity
        # a tribute is quoted and not told as news: "avait annoncé sa femme" reports the death
        tribute = mourned is not None and speaker != mourned and etype in (None, "SUPPORT") \
            and quote.cue is not None and quote.kind != "indirect" and cue.lemma not in NEWS_CUE_LEMMAS
        if etype is None and not tribute:
            continue
        if is_outlet(resolver.index.by_id[speaker]):
            continue  # "révèle L'Express": the outlet reports, it does not judge
        if tribute:  # once per speaker, none where a trigger tells it ("a salué X", whose target comes later)
            if not any(t == "SUPPORT" and speaker in ids and ids <= {speaker, mourned} for t, ids in seen):
                seen.append(("SUPPORT", {speaker, mourned}))
                drafts += _drafts_at(doc, cue, "SUPPORT", TRIBUTE_MODE, speaker, mourned)
            continue
        # sympathy goes to places too ("la solidarité de la France pour les victimes … à Barcelone")
        types = TARGET_TYPES + ("LOC",) if etype == "SUPPORT" and lemmas & SYMPATHY_LEMMAS else TARGET_TYPES
        named = [e for m, e in resolver.index.mentions_in(quote.start, quote.end)
                 if e.type in types and e.id != speaker and not is_outlet(e) and not resolver.is_channel(m.start)]
        target = next((e.id for e in named if e.type == "PER"), named[0].id if named else None)
        if target is None and not named and cue.start not in trigger_starts and etype != "REQUEST":
            target = story_person(centre, resolver.index.by_id, {speaker}, quoted)
        if target is None and etype == "ACCUSE" and cue.start not in trigger_starts and _blames_someone(blame):
            untargeted.append((cue, speaker))
        if target is None or any(t == etype and {speaker, target} <= ids for t, ids in seen):
            continue
        seen.append((etype, {speaker, target}))
        drafts += _drafts_at(doc, cue, etype, MODES[etype], speaker, target)
    for cue, speaker in untargeted:  # "« C'est une faute historique », a dit X" of a decision: X's criticism
        if not any(t == "ACCUSE" and speaker in ids for t, ids in seen):
            seen.append(("ACCUSE", {speaker}))
            drafts += _drafts_at(doc, cue, "ACCUSE", MODES["ACCUSE"], speaker, None)
    return drafts


def _cue_of(word: Token) -> Cue:
    return Cue(word.text, word.lemma_.lower(), word.idx, word.idx + len(word.text))


def _blame_word(words) -> Token | None:
    """The first word of blame of ``words`` used as one (not "faute de moyens", "au mépris de",
    "sans arrogance", "éviter toute dérive")."""
    for t in words:
        lemma = t.lemma_.lower()
        if lemma not in BLAME_LEMMAS and t.lower_ not in BLAME_LEMMAS:
            continue
        before = t.nbor(-1).lower_ if t.i > 0 else ""
        after = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
        if before in NOT_BLAME_BEFORE or (before, t.lower_) in NOT_BLAME_PAIRS or (t.lower_, after) in NOT_BLAME_PAIRS \
                or lemma in FAULT_LEMMAS and before in NOT_FAULT_BEFORE:
            continue
        return t
    return None


def _blames_someone(blame: Token | None) -> bool:
    """A word of blame that is criticism even naming nobody: not a warning ("la route est dangereuse")
    nor a fault its speaker admits ("J'ai commis une erreur")."""
    if blame is None or blame.lemma_.lower() in WARNING_LEMMAS:
        return False
    # the clause of the fault: its own, when a predicate ("c'est une faute"), else its verb's ("j'ai commis une erreur")
    own = blame.head is blame or any(c.dep_.startswith("nsubj") for c in blame.children)
    clause = blame if own else blame.head
    admitted = any(c.dep_.startswith("nsubj") and c.lower_ in FIRST_PERSON_WORDS for c in clause.children)
    return blame.lemma_.lower() not in FAULT_LEMMAS or not admitted


def _drafts_at(doc: Doc, cue: Cue, etype: str, mode: str, speaker: str, target: str | None) -> list[_Draft]:
    """The event a quotation's cue tells, from its speaker to ``target`` (none where the cue's
    characters are no tokens)."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return []
    d = _Draft(etype, mode, span.root, cue.start, cue.end, cue.lemma)
    d.roles = {speaker: "source"} if target is None else {speaker: "source", target: "target"}
    return [d]


def _verdict(lemmas: set[str], cue_lemma: str, blame: bool) -> str | None:
    """ACCUSE for blame (a verb of blame, or a word of blame: ``blame``), REQUEST for a demand told by
    a verb of plea, SUPPORT for praise or sympathy without blame; ``lemmas``: the statement's lemmas
    and lower-case words."""
    if cue_lemma in BLAME_SPEECH_LEMMAS or blame:
        return "ACCUSE"
    if cue_lemma in REQUEST_SPEECH_LEMMAS:
        return "REQUEST"  # a demand about whom the words name
    if lemmas & PRAISE_LEMMAS or lemmas & SYMPATHY_LEMMAS:
        return "SUPPORT"
    return None
