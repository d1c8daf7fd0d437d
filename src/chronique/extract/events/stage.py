"""The event stage: PLOVER-typed interactions between named entities.

Triggers (verbs and nouns from ``lexicon.TRIGGERS``) are found by lemma on the shared parse;
their arguments give the participants (``actors``), a place complement the place (``where``),
the governing words the modality (``modality``), and the date attached to the trigger, taken
up from the sentence before or the story's day the time (``when``). An event with no named
participant is dropped: it cannot be told apart from a generic mention; a trigger in a question
is dropped too: it is asked about, not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...article import Article, Entity, Event, Participant, Trigger
from ..registry import register
from ..stage import Stage
from . import lexicon as lx
from .actors import (BEFORE_CASES, OBJECT_DEPS, OBLIQUE_DEPS, PARTNER_CASES, PLACE_CASES, SOURCE_CASES, TARGET_CASES,
                     Resolver, case_of, partner_tokens, subject_of)
from .modality import modality_of
from .when import TimeFinder
from .where import clause_head, dateline_place, is_loc, place_nearby, relative_where


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

# "traiter X de « pourris »", "comparer X à « des voyous »": an epithet in quotes shortly after the verb.
EPITHET_RE = re.compile(r"[^.;!?«]{0,60}?\b(?:d(?:e|'|’)|à)\s*[«\"“]")
EPITHET_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "xcomp"})
QUOTE_BEFORE_RE = re.compile(r"[»\"”]\s*,?\s*(?:a|ont|avait)?\s*$")
ADDRESSEE_CASES = frozenset({"à", "au", "aux", "de", "d'", "d’", "auprès"})
POSTPOSED_SUBJECT_RE = re.compile(r"[»\"”]\s*,?\s*$")
# A trigger whose sentence ends on "?" is asked about, not reported ("Tu vas rencontrer le
# ministre ?"). The question mark is looked for at most this many characters ahead, before any
# other sentence end (bounds the scan; a question running longer after its verb is rare).
QUESTION_LOOKAHEAD = 200
QUESTION_RE = re.compile(rf"[^.!?…\n]{{0,{QUESTION_LOOKAHEAD}}}?\s*\?")
REFLEXIVES = frozenset({"se", "s'", "s’", "me", "m'", "m’", "nous", "vous", "te", "t'", "t’"})
# An event whose participants are all targets needs at least this many of them ("X s'oppose
# à Y" parsed as two targets is kept, "visiter le MUCEM" with no visitor is not); calibrated
# on gold/dev and an OrangeSum sample.
MIN_TARGETS_ALONE = 2
# A noun re-mentions an event of the same type and mode at most this many sentences later.
RE_MENTION_SENTENCES = 2


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


@register
class EventStage(Stage):
    name = "events"
    requires = ("entities", "timexes", "quotes")
    assigns = ("events",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        return article.with_layers(events=find_events(article, doc))


def find_events(article: Article, doc: Doc) -> tuple[Event, ...]:
    resolver = Resolver(article)
    dated = TimeFinder(article, doc)
    drafts: list[_Draft] = []
    dropped_places: list[tuple[int, str, str | None, str]] = []  # triggers dropped for want of an actor
    for tok in doc:
        entry = _match(tok, doc)
        if entry is None:
            continue
        named = resolver.index.mention_at(tok.idx)
        if named is not None and named[0].kind == "name":
            continue  # "l'Alliance", "Sommet de l'Élysée": part of a name, not an event
        left = article.text[max(0, tok.idx - 12):tok.idx].lower()
        if any(left.endswith(b) for b in lx.BLOCKED_LEFT.get(entry[0][0], ())):
            continue
        right = article.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 20].lower()
        if any(right.startswith(b) for b in lx.BLOCKED_RIGHT.get(entry[0][0], ())):
            continue
        needed = lx.REQUIRED_LEFT.get(entry[0][0])
        if needed is not None and not any(n in left for n in needed):
            continue
        if entry[0][0] in lx.NOT_EVENT_PLURALS and "Plur" in tok.morph.get("Number"):
            continue  # "ses soutiens": the supporters, not an act of support
        if QUESTION_RE.match(article.text, tok.idx + len(tok.text)):
            continue
        if _asked_for(tok):
            continue  # "réclame sa libération": the request is the event, not the release
        words, etype, mode, cond = entry
        last = doc[min(len(doc) - 1, tok.i + len(words) - 1)] if len(words) > 1 and _contiguous(tok, words, doc) else tok
        d = _Draft(etype, mode, tok, tok.idx, last.idx + len(last.text), " ".join(words))
        if not _arguments(d, tok, cond, resolver, article):
            if d.place is not None and not cond:
                dropped_places.append((tok.sent.start, d.type, d.mode, d.place))
            continue
        drafts.append(d)

    events: list[Event] = []
    story_place = dateline_place(article)
    people = frozenset(e.id for e in article.entities if e.type == "PER")
    for d in _merge(drafts, people):
        if d.place is None and dropped_places:
            d.place = _inherited_place(d, dropped_places, doc)
        quote = resolver.quote_at(d.start)
        modality = modality_of(d.head, article.text)
        time = dated.for_event(d.head, modality, quote is not None)
        if d.place is None and time is not None and dated.story_day is not None and time == dated.story_day.id:
            d.place = story_place  # the story day's events happen where the dateline reports from
        events.append(Event(
            id=f"ev{len(events) + 1}", type=d.type,
            trigger=Trigger(text=article.text[d.start:d.end], start=d.start, end=d.end, lemma=d.lemma),
            participants=tuple(Participant(role=r, entity=e) for e, r in d.roles.items()),
            mode=d.mode, time=time, place=d.place,
            modality=modality,
            attributed_to=quote.id if quote is not None else None,
        ))
    return tuple(events)


# -- triggers ------------------------------------------------------------------------------
def _asked_for(tok: Token) -> bool:
    """A noun naming an act asked for ("demandent le retrait du texte", "réclame sa libération")."""
    head = tok.head.lemma_.lower()
    return tok.pos_ == "NOUN" and tok.dep_ == "obj" and tok.lemma_.lower() in lx.REQUESTED_ACTS \
        and (head in lx.REQUEST_GOVERNORS or head + "r" in lx.REQUEST_GOVERNORS)  # "réclame" lemmatised as a noun


def _penalty_after(d: "_Draft", tok: Token, text: str) -> bool:
    """A court penalty named right after the trigger, in its sentence ("condamné à deux ans de prison")."""
    window = text[d.end:min(tok.sent.end_char, d.end + lx.PENALTY_WINDOW)].lower()
    return any(w in window for w in lx.PENALTY_WORDS)


def _match(tok: Token, doc: Doc):
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm")) \
        else "NOUN" if tok.pos_ in ("NOUN", "PROPN") \
        else "NOUN" if tok.pos_ == "X" and tok.lower_ in _PARTICIPLES else None  # "a insulté" tagged X
    if pos is None:
        return None
    keys = [tok.lemma_.lower(), tok.lower_]
    if pos == "NOUN" and tok.lower_ in _PARTICIPLES and tok.i > 0 and doc[tok.i - 1].pos_ == "AUX":
        pos, keys = "VERB", [_PARTICIPLES[tok.lower_]]
    elif pos == "VERB" and tok.lemma_.endswith("e"):
        keys.append(tok.lemma_.lower() + "r")  # present tense lemmatised as the noun: "rencontre"
    for key in keys:
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
    return all(w in kids for w in words[1:] if w not in ("de", "en", "à", "la", "le", "les", "l'"))


# -- arguments -----------------------------------------------------------------------------
def _arguments(d: _Draft, tok: Token, cond: str, r: Resolver, article: Article) -> bool:
    """Fill roles and place of ``d``; False when the trigger's condition is not met."""
    kids = [c for t in tok.doc[tok.i:tok.i + 4] if t.idx < d.end and (t.i == tok.i or t.head.i == tok.i
                                                                        or t.head.i in range(tok.i, t.i))
            for c in t.children if c.idx >= d.end or c.i < tok.i]
    if cond == "refl" and not any(c.lower_ in REFLEXIVES and c.dep_ in ("expl:comp", "expl:pass", "obj", "iobj",
                                                                        "expl", "expl:pv") for c in kids):
        return False
    if cond == "addressee" and not any(case_of(c) in ADDRESSEE_CASES and r.entities_of(c, tok)
                                       for c in kids if c.dep_ in OBLIQUE_DEPS or c.dep_ == "iobj") \
            and not any(c.dep_ == "obj" and c.lemma_.lower() in lx.REQUESTED_ACTS for c in kids):
        return False
    if cond == "penalty" and not _penalty_after(d, tok, article.text):
        return False
    if cond == "s'en-à" and not any(case_of(c) in ("à", "au", "aux") for c in kids):
        return False
    if cond == "name-calling" and _bare_participle(tok):
        return False  # "Qualifié de « héros » par son avocate, il …": who speaks is not the subject
    if cond == "name-calling" and not (EPITHET_RE.match(article.text, d.end, tok.sent.end_char)
                                       or any(case_of(c) in ("de", "d'", "d’") and c.dep_ in EPITHET_DEPS
                                              for c in kids)):
        return False
    if cond == "à" and not any(case_of(c) in ("à", "au", "aux") for c in kids if c.dep_ in OBLIQUE_DEPS
                               or c.dep_ in ("xcomp", "obl:arg")) and not any(c.lower_ == "à" for c in kids):
        return False

    def add(ents: list[Entity], role: str) -> None:
        for e in ents:
            if e.id not in d.roles or d.roles[e.id] == "participant" and role != "participant":
                d.roles[e.id] = role

    is_verb = d.lemma in _VERB_LEMMAS and (tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in _PARTICIPLES)
    partner = False
    before = False
    undergoers: list[Entity] = []
    obj_ents: list[Entity] = []
    source_found = False
    source_toks: list[Token] = []
    if is_verb:
        subj, passive = subject_of(tok)
        agent = next((c for c in kids if c.dep_ == "obl:agent"), None)
        if subj is not None:
            ents = r.entities_of(subj, tok, subject=True)
            if passive:
                undergoers += ents  # "X a été libéré": X undergoes the act, whoever does it
            add(ents, "target" if passive and agent is not None else "source")
            if not (passive and agent is not None):
                source_found |= bool(ents)
                source_toks.append(subj)
        if agent is not None:
            ents = r.entities_of(agent, tok, subject=True)
            add(ents, "source")
            source_found |= bool(ents)
            source_toks.append(agent)
        if subj is None and agent is None and not passive:
            ent = r.mention_before_verb(tok)  # "Cette libérale reproche …" parsed without a subject
            if ent is not None:
                add([ent], "source")
                source_found = True
        if subj is None and tok.dep_ == "acl" and _bare_participle(tok) and tok.head.pos_ in ("PROPN", "NOUN"):
            ents = r.entities_of(tok.head, tok)  # "X, arrêté en juin": X undergoes the act
            obj_ents += ents
            add(ents, "target")
        postposed = subj is None and POSTPOSED_SUBJECT_RE.search(article.text, max(0, tok.idx - 6), tok.idx)
        for c in kids:
            late_subject = c.dep_ == "nsubj" and subj is not None and subj.i < tok.i < c.i
            if (c.dep_ in OBJECT_DEPS or late_subject) and c.lower_ not in REFLEXIVES:
                ents = r.entities_of(c, tok, subject=bool(postposed))
                if postposed:  # "», dénonce « Nos Retraites »": the subject follows the verb
                    add(ents, "source")
                    source_found |= bool(ents)
                    source_toks.append(c)
                else:
                    obj_ents += ents
                    add(ents, "target")
        if cond == "avec":
            for p in partner_tokens(tok):
                ents = r.entities_of(p, tok)
                add(ents, "participant")
                partner |= bool(ents)
    else:
        head = _governing_verb(tok)
        if head is None:
            pass
        elif tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i == head.i:
            # "une enquête ouverte par X": X acts; "son arrestation a été dénoncée par X": X
            # denounces (the governing verb is an event of its own), it did not arrest
            agent = None if _match(head, head.doc) is not None \
                else next((c for c in head.children if c.dep_ == "obl:agent"), None)
            if agent is not None:
                ents = r.entities_of(agent, tok, subject=True)
                add(ents, "source")
                source_found |= bool(ents)
                source_toks.append(agent)
            if d.type in lx.DONE_TO_TARGET_TYPES:
                # "un mandat d'arrêt a été émis contre X": the target hangs off the light verb
                kids += [c for c in head.children if c.dep_ in OBLIQUE_DEPS and case_of(c) in lx.AGAINST_CASES]
        else:
            # "a eu un entretien avec X", "a fait une visite en compagnie de X": the partner
            # hangs off the light verb, whose subject is the actor
            kids += [c for c in head.children if c.dep_ in OBLIQUE_DEPS and c.i != tok.i
                     and (case_of(c) in PARTNER_CASES or c.lemma_ == "compagnie")]
            subj, passive = subject_of(head)
            if subj is not None and not passive:
                ents = r.entities_of(subj, tok, subject=True)
                add(ents, "source")
                source_found |= bool(ents)
                source_toks.append(subj)
        if head is not None and tok.dep_ in ("nsubj", "obj") and d.mode in lx.BEFORE_MODES:
            # "le procès aura lieu devant la cour", "a eu une audition devant le Sénat"
            kids += [c for c in partner_tokens(head, BEFORE_CASES) if c.dep_ in OBLIQUE_DEPS]
    if not is_verb:
        # "un contrat signé avec X", "un accord conclu avec X": the partner hangs off the participle
        kids += [x for c in tok.children if c.dep_ == "acl" and _bare_participle(c) for x in partner_tokens(c)]
        poss = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in lx.POSSESSIVES), None)
        if poss is not None and d.type in lx.POSSESSIVE_TYPES:
            ent = r.possessor(poss)  # "son arrestation", "sa démission": the person meant
            if ent is not None:
                add([ent], "target" if d.type in lx.DONE_TO_TARGET_TYPES or d.mode in lx.DONE_TO_TARGET_MODES
                    else "source")
    if not is_verb and (nation := r.demonym_actor(tok)) is not None:
        add([nation], "source")  # "des frappes israéliennes": the country strikes
        source_found = True
    cue_quote = r.quote_with_cue(d.start, d.end)
    if d.lemma in lx.SPEECH_TRIGGERS and _introduces_statement(tok, d, kids, cue_quote, article.text):
        return False  # "« … », a déploré X": a statement, reported as a quotation
    if cue_quote is not None and cue_quote.speaker is not None and cue_quote.speaker.entity:
        ent = r.index.by_id.get(cue_quote.speaker.entity)
        if ent is not None:
            add([ent], "source")  # the trigger introduces a quotation: its speaker acts
            source_found = True
    if d.type in lx.SPEECH_TARGET_TYPES and not any(role != "source" for role in d.roles.values()):
        sources = {e for e, role in d.roles.items() if role == "source"}
        target = r.named_in_quote(cue_quote, sources) if cue_quote is not None else None
        if target is None and is_verb:
            target = next((r.possessor(p, sources) for c in kids if c.dep_ in OBJECT_DEPS
                           for p in c.children if p.dep_ == "det" and p.lower_ in lx.POSSESSIVES), None)
        if target is not None:
            add([target], "target")

    for c in kids:
        if c.dep_ not in OBLIQUE_DEPS or (c.dep_ == "obl:agent" and is_verb):
            continue
        case = case_of(c)
        if c.lemma_ == "compagnie":  # "en compagnie de X"
            for x in c.children:
                if x.dep_ in ("nmod", "appos"):
                    ents = r.entities_of(x, tok)
                    add(ents, "participant")
                    partner |= bool(ents)
            continue
        if c.dep_ == "obl:agent":
            ents = r.entities_of(c, tok, subject=True)
            add(ents, "source")
            source_found |= bool(ents)
            source_toks.append(c)
        elif case in PARTNER_CASES:
            ents = r.entities_of(c, tok)
            add(ents, "participant")
            partner |= bool(ents)
        elif case in PLACE_CASES and c.pos_ == "PROPN" or case in PLACE_CASES and is_loc(c, r):
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
        elif case in BEFORE_CASES and d.mode in lx.BEFORE_MODES:
            ents = r.entities_of(c, tok)  # "le procès devant la cour d'assises de X"
            add(ents, "target")
            before |= bool(ents)
        elif case == "sur" and d.type in lx.SUR_TARGET_TYPES:
            add(r.entities_of(c, tok), "target")  # "des sanctions sur la Russie", "pression sur Kiev"
        elif case in TARGET_CASES or (case in SOURCE_CASES and is_verb and c.dep_ == "obl:arg"):
            add(r.entities_of(c, tok), "target")

    if d.place is None:
        root = clause_head(tok, _governing_verb(tok))
        d.place = place_nearby(root, d.type, r) or relative_where(root, r)
    if cond == "avec" and not partner:
        return False
    if cond == "entity-obj" and not obj_ents:
        return False
    if cond == "entity-nmod" and not d.roles:
        return False
    if cond == "devant" and not before:
        return False
    if cond == "person-target" and not any(e.type == "PER" for e in obj_ents + undergoers):
        return False
    if cond == "entity-source" and not source_found:
        return False
    if cond == "entity-target" and not any(role != "source" for role in d.roles.values()):
        return False
    agents = [c for c in kids if c.dep_ == "obl:agent"] or source_toks  # "interrogé par l'AFP, le parquet…"
    if cond == "judicial" and not any(t.lower_ in lx.JUDICIAL_WORDS for s in agents for t in s.subtree):
        return False
    acting = {e: role for e, role in d.roles.items()
              if (ent := r.index.by_id.get(e)) is not None and ent.type != "MISC"}
    if not acting:
        return False  # works, products and events named as MISC do not take part in events
    if all(role == "target" for role in acting.values()) and len(acting) < MIN_TARGETS_ALONE \
            and d.type not in lx.DONE_TO_TARGET_TYPES and d.mode not in lx.DONE_TO_TARGET_MODES:
        return False  # "visiter le MUCEM": no one acts
    legal = any(cue in article.text[d.end:tok.sent.end_char].lower()[:60] for cue in lx.LEGAL_CUES)
    if cond == "verbal" and obj_ents and all(e.type == "LOC" for e in obj_ents) and not legal:
        d.type, d.mode = "ASSAULT", None
    return bool(d.roles)


def _introduces_statement(tok: Token, d: _Draft, kids: list[Token], cue_quote, text: str) -> bool:
    """A speech-like trigger ("déplorer") that reports a statement: the cue of a direct
    quotation, an incise after a quotation ("…», a déploré X", "…, déplore le maire") or a
    verb with its subject after it. An indirect "a déploré l'attitude de X" stays an event."""
    if cue_quote is not None and (cue_quote.kind != "indirect" or cue_quote.end <= d.start):
        return True
    before = text[tok.sent.start_char:tok.idx]
    if before.count('"') % 2 or before.count("«") > before.count("»"):
        return True  # inside a quotation left open by the cleaner or the writer
    return bool(QUOTE_BEFORE_RE.search(text, max(0, tok.idx - 12), tok.idx)) or tok.dep_ == "parataxis" \
        or any(c.dep_ == "nsubj" and c.i > tok.i for c in kids)


def _bare_participle(tok: Token) -> bool:
    """A past participle used without an auxiliary (an adjective-like "Qualifié de …, X")."""
    return "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun trigger depends on, at most two links up ("a tenu jeudi son sommet")."""
    t = tok
    for _ in range(2):
        if t.head.i == t.i or t.dep_ in ("acl:relcl", "advcl", "parataxis", "conj"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _inherited_place(d: _Draft, dropped: list[tuple[int, str, str | None, str]], doc: Doc) -> str | None:
    """The place of an actorless mention of the same event just before ("lors d'une visite à
    Meaux … Alors qu'elle visite l'usine"), or of any trigger in the same sentence."""
    sent = d.head.sent.start
    for start, etype, mode, place in reversed(dropped):
        if start == sent:
            return place
        if start < sent and etype == d.type and mode == d.mode \
                and len(list(doc[start:sent].sents)) <= RE_MENTION_SENTENCES:
            return place
    return None


def _same_description(old: _Draft, new: _Draft) -> bool:
    """A noun naming again, with the same word, an event with the same participants ("des
    sanctions contre la Russie … ces sanctions sur la Russie"), unless it says it is another one
    ("de nouvelles sanctions", "une autre attaque")."""
    return new.head.pos_ == "NOUN" and old.lemma == new.lemma and bool(set(old.roles) & set(new.roles)) \
        and not any(c.dep_ == "amod" and c.lemma_.lower() in lx.OTHER_INSTANCE_WORDS for c in new.head.children)


def _other_people(old: _Draft, new: _Draft, people: frozenset[str]) -> bool:
    """The later draft names people the earlier one does not: two people doing the same kind
    of thing ("X a quitté le parti … le départ de Y") are two events."""
    a, b = set(old.roles) & people, set(new.roles) & people
    return bool(b - a)


def _merge(drafts: list[_Draft], people: frozenset[str] = frozenset()) -> list[_Draft]:
    """One event per (sentence, type, participants): "visite … visite" in one sentence is one
    visit; a noun naming again an event of the same type and mode shortly after ("suspendre
    tous les vols … la suspension des vols"), or anywhere with the same word and participants,
    is that event again."""
    out: list[_Draft] = []
    sent_no: dict[int, int] = {}
    for d in drafts:
        sent_no.setdefault(d.head.sent.start, len(sent_no))
        same = next((o for o in out if o.type == d.type and (
            o.head.sent.start == d.head.sent.start and set(o.roles) & set(d.roles)
            or not _other_people(o, d, people) and d.head.pos_ == "NOUN" and o.mode == d.mode and d.mode is not None
            and sent_no[d.head.sent.start] - sent_no[o.head.sent.start] <= RE_MENTION_SENTENCES
            or _same_description(o, d))), None)
        if same is None:
            if d.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in lx.DEMONSTRATIVES
                                             for c in d.head.children):
                continue  # "ce départ": names again an event told before, in words we did not catch
            out.append(d)
        else:
            for e, role in d.roles.items():
                same.roles.setdefault(e, role)
            same.place = same.place or d.place
    return out
