"""The event stage: PLOVER-typed interactions between named entities.

Triggers (verbs and nouns from ``lexicon.TRIGGERS``) are found by lemma on the shared parse;
their arguments give the participants (``actors``), the nearest date in the clause the time,
an "à/en/dans X" place complement the place, and the governing words the modality. An event
with no named participant is dropped: it cannot be told apart from a generic mention.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...article import Article, Entity, Event, Participant, Timex, Trigger
from ..stage import Stage
from . import lexicon as lx
from .actors import (OBJECT_DEPS, OBLIQUE_DEPS, PARTNER_CASES, PLACE_CASES, SOURCE_CASES, TARGET_CASES,
                     Resolver, case_of, subject_of)
from .modality import modality_of

log = logging.getLogger(__name__)

# lemma of the head word → entries, longest multi-word first
_BY_HEAD: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str | None, str]]] = {}
for _lemma, _pos, _type, _mode, _cond in lx.TRIGGERS:
    _words = tuple(_lemma.split())
    _BY_HEAD.setdefault((_words[0], _pos), []).append((_words, _type, _mode, _cond))
for _entries in _BY_HEAD.values():
    _entries.sort(key=lambda e: -len(e[0]))

REFLEXIVES = frozenset({"se", "s'", "s’", "me", "m'", "m’", "nous", "vous", "te", "t'", "t’"})
# Timexes further than this many dependency links from the trigger do not date it
# (calibrated on gold/dev: dates sit on the trigger or on its governing verb, 1–4 links away).
MAX_TIME_DISTANCE = 5
# Vague references ("désormais", "récemment") do not date an event.
UNDATED_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass
class _Draft:
    type: str
    mode: str | None
    head: Token
    start: int
    end: int
    lemma: str
    roles: dict[str, str] = field(default_factory=dict)   # entity id → role
    place: str | None = None


class EventStage(Stage):
    name = "events"
    requires = ("entities", "timexes")
    assigns = ("events",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        try:
            events = find_events(article, doc)
        except Exception:  # a stage must never fail an article; log the bug and leave the layer empty
            log.exception("event extraction failed on %s", article.id)
            events = ()
        return article.with_layers(events=events)


def find_events(article: Article, doc: Doc) -> tuple[Event, ...]:
    resolver = Resolver(article)
    dated = _TimexFinder(article.timexes, doc)
    drafts: list[_Draft] = []
    for tok in doc:
        entry = _match(tok, doc)
        if entry is None:
            continue
        words, etype, mode, cond = entry
        last = doc[min(len(doc) - 1, tok.i + len(words) - 1)] if len(words) > 1 and _contiguous(tok, words, doc) else tok
        d = _Draft(etype, mode, tok, tok.idx, last.idx + len(last.text), " ".join(words))
        if not _arguments(d, tok, cond, resolver, article):
            continue
        drafts.append(d)

    events: list[Event] = []
    for d in _merge(drafts):
        quote = resolver.quote_at(d.start)
        events.append(Event(
            id=f"ev{len(events) + 1}", type=d.type,
            trigger=Trigger(text=article.text[d.start:d.end], start=d.start, end=d.end, lemma=d.lemma),
            participants=tuple(Participant(role=r, entity=e) for e, r in d.roles.items()),
            mode=d.mode, time=dated.for_token(d.head), place=d.place,
            modality=modality_of(d.head, article.text),
            attributed_to=quote.id if quote is not None else None,
        ))
    return tuple(events)


# -- triggers ------------------------------------------------------------------------------
def _match(tok: Token, doc: Doc):
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm")) \
        else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return None
    for key in (tok.lemma_.lower(), tok.lower_):
        for entry in _BY_HEAD.get((key, pos), ()):
            words = entry[0]
            if len(words) == 1 or _contiguous(tok, words, doc) or _dependants(tok, words):
                return entry
    return None


def _contiguous(tok: Token, words: tuple[str, ...], doc: Doc) -> bool:
    if tok.i + len(words) > len(doc):
        return False
    return all(doc[tok.i + k].lower_ == w or doc[tok.i + k].lemma_.lower() == w
               for k, w in enumerate(words[1:], 1))


def _dependants(tok: Token, words: tuple[str, ...]) -> bool:
    """'rend un hommage appuyé', 'porte plainte': the other words hang off the head."""
    kids = {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}
    return all(w in kids for w in words[1:] if w not in ("de", "en", "à"))


# -- arguments -----------------------------------------------------------------------------
def _arguments(d: _Draft, tok: Token, cond: str, r: Resolver, article: Article) -> bool:
    """Fill roles and place of ``d``; False when the trigger's condition is not met."""
    kids = list(tok.children)
    if cond == "refl" and not any(c.lower_ in REFLEXIVES and c.dep_ in ("expl:comp", "expl:pass", "obj", "iobj",
                                                                        "expl", "expl:pv") for c in kids):
        return False
    if cond == "à" and not any(case_of(c) in ("à", "au", "aux") for c in kids if c.dep_ in OBLIQUE_DEPS
                               or c.dep_ in ("xcomp", "obl:arg")) and not any(c.lower_ == "à" for c in kids):
        return False

    def add(ents: list[Entity], role: str) -> None:
        for e in ents:
            if e.id not in d.roles or d.roles[e.id] == "participant" and role != "participant":
                d.roles[e.id] = role

    is_verb = d.head.pos_ != "NOUN" and d.head.pos_ != "PROPN"
    partner = False
    obj_ents: list[Entity] = []
    source_found = False
    if is_verb:
        subj, passive = subject_of(tok)
        agent = next((c for c in kids if c.dep_ == "obl:agent"), None)
        if subj is not None:
            ents = r.entities_of(subj, tok)
            add(ents, "target" if passive and agent is not None else "source")
            source_found |= bool(ents) and not (passive and agent is not None)
        if agent is not None:
            ents = r.entities_of(agent, tok)
            add(ents, "source")
            source_found |= bool(ents)
        for c in kids:
            if c.dep_ in OBJECT_DEPS and c.lower_ not in REFLEXIVES:
                ents = r.entities_of(c, tok)
                obj_ents += ents
                add(ents, "target")
    else:
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubj:pass") and head is not tok:
            agent = next((c for c in head.children if c.dep_ == "obl:agent"), None)
            if agent is not None:
                ents = r.entities_of(agent, tok)
                add(ents, "source")
                source_found |= bool(ents)
        elif tok.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "xcomp") and head.pos_ in ("VERB", "AUX"):
            subj, passive = subject_of(head)
            if subj is not None and not passive:
                ents = r.entities_of(subj, tok)
                add(ents, "source")
                source_found |= bool(ents)

    for c in kids:
        if c.dep_ not in OBLIQUE_DEPS or c.dep_ == "obl:agent":
            continue
        case = case_of(c)
        if case in PARTNER_CASES:
            ents = r.entities_of(c, tok)
            add(ents, "participant")
            partner |= bool(ents)
        elif case in PLACE_CASES and c.pos_ == "PROPN" or case in PLACE_CASES and _is_loc(c, r):
            ents = r.entities_of(c, tok)
            locs = [e for e in ents if e.type == "LOC"]
            if locs and d.place is None:
                d.place = locs[0].id
            if d.mode == "visit":
                add(locs, "target")  # the place visited takes part in the visit
            add([e for e in ents if e.type != "LOC"], "target")
        elif case in SOURCE_CASES and not is_verb:
            ents = r.entities_of(c, tok)
            add(ents, "source")
            source_found |= bool(ents)
        elif case in TARGET_CASES or (case in SOURCE_CASES and is_verb and c.dep_ == "obl:arg"):
            add(r.entities_of(c, tok), "target")

    if cond == "avec" and not partner:
        return False
    if cond == "entity-obj" and not obj_ents:
        return False
    if cond == "entity-nmod" and not d.roles:
        return False
    if cond == "entity-source" and not source_found:
        return False
    if cond == "verbal" and obj_ents and all(e.type == "LOC" for e in obj_ents):
        d.type, d.mode = "ASSAULT", None
    return bool(d.roles)


def _is_loc(tok: Token, r: Resolver) -> bool:
    hit = r.index.mention_at(tok.idx)
    return hit is not None and hit[1].type == "LOC"


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One event per (sentence, type, participants): "visite … visite" in one sentence is one visit."""
    out: list[_Draft] = []
    for d in drafts:
        same = next((o for o in out if o.type == d.type and o.head.sent.start == d.head.sent.start
                     and set(o.roles) & set(d.roles)), None)
        if same is None:
            out.append(d)
        else:
            for e, role in d.roles.items():
                same.roles.setdefault(e, role)
            same.place = same.place or d.place
    return out


# -- time ----------------------------------------------------------------------------------
class _TimexFinder:
    def __init__(self, timexes: tuple[Timex, ...], doc: Doc):
        self.doc = doc
        starts = [t.idx for t in doc]
        self.anchored: list[tuple[Token, Timex]] = []
        for tx in timexes:
            if tx.type not in ("DATE", "TIME") or tx.value in UNDATED_VALUES:
                continue
            i = bisect_left(starts, tx.start)
            j = bisect_left(starts, tx.end)
            if i >= len(doc):
                continue
            span = doc[i:max(j, i + 1)]
            self.anchored.append((span.root, tx))

    def for_token(self, trigger: Token) -> str | None:
        best, best_d = None, MAX_TIME_DISTANCE + 1
        sent_start = trigger.sent.start
        up = {}
        t, k = trigger, 0
        while True:
            up[t.i] = k
            if t.head is t:
                break
            t, k = t.head, k + 1
        for root, tx in self.anchored:
            if root.sent.start != sent_start:
                continue
            t, k = root, 0
            while t.i not in up and t.head is not t:
                t, k = t.head, k + 1
            if t.i in up and k + up[t.i] < best_d:
                best, best_d = tx.id, k + up[t.i]
        return best
