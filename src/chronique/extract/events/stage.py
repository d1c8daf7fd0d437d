"""The event stage: PLOVER-typed interactions between named entities.

Triggers (verbs and nouns from ``lexicon.TRIGGERS``) are found by lemma on the shared parse;
their arguments give the participants (``actors``), a place complement the place (``where``),
the governing words the modality (``modality``), and the date attached to the trigger, taken
up from the sentence before or the story's day the time (``when``). An event with no named
participant is dropped: it cannot be told apart from a generic mention; a trigger in a question
is dropped too: it is asked about, not reported.

Triggers are matched in ``triggers``, their arguments read in ``arguments`` (with the conditions
of ``argument_conditions``), verbs the parser missed between two names read in ``surface``, and
mentions of one event merged in ``repeated_mentions``. Events told by the attribution of speech
come from the quotation layer: interviews (``interviews``) and criticism and praise in a speaker's own words
(``spoken_evaluation``); praise or blame of a bare act targets its author (``act_target``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...article import Article, Event, Participant, Quote, Trigger
from ...lang.fr.calendar import BEFORE_DATE_WORDS
from ...lang.fr.fold import fold
from ..cast.headline import headline_entities, mourned_person, story_person
from ..quotes.marks import MarkSpan, find_quote_marks
from ..registry import register
from ..stage import Stage
from . import lexicon as lx
from .act_target import act_author, act_noun
from .actors import Resolver
from .arguments import _arguments
from .draft import _Draft
from .interviews import interview_drafts, is_outlet
from .modality import modality_of
from .repeated_mentions import _inherited_place, _merge
from .spoken_evaluation import spoken_evaluation_drafts
from .surface import interviewed_by, surface_event
from .triggers import _VERB_LEMMAS, _asked_for, _contiguous, _match, candidate_tokens
from .when import TimeFinder
from .where import dateline_place, story_setting

# A trigger whose sentence ends on "?" is asked about, not reported ("Tu vas rencontrer le
# ministre ?"). The question mark is looked for at most this many characters ahead, before any
# other sentence end (bounds the scan; a question running longer after its verb is rare).
QUESTION_LOOKAHEAD = 200
# Words looked back from a date for one that puts an act ahead of it ("avant le week-end du
# chassé-croisé du | 15 août").
BEFORE_WORDS_SPAN = 6
# "se rend sur place", "s'est rendu sur les lieux": the place of the story.
ON_THE_SPOT = re.compile(r"\s+(?:\w+\s+)?sur (?:place|les lieux)\b")
QUESTION_RE = re.compile(rf"[^.!?…\n]{{0,{QUESTION_LOOKAHEAD}}}?\s*\?")


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
    for tok in candidate_tokens(doc):
        interview = interviewed_by(tok, resolver.index)
        if interview is not None:
            d = _Draft("CONSULT", "interview", tok, tok.idx, tok.idx + len(tok.text), tok.lemma_.lower())
            d.roles = {interview[0].id: "source", interview[1].id: "participant"}
            drafts.append(d)
            continue
        entry = _match(tok, doc)
        surface = surface_event(tok, resolver.index) if entry is None else None
        if surface is not None:
            entry = ((surface[0],), surface[1], surface[2], "")
        elif entry is None:
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
        blocked = lx.BLOCKED_OBJECTS.get(entry[0][0])
        if blocked and any(c.dep_ == "obj" and c.lemma_.lower() in blocked for c in tok.children):
            continue
        needed = lx.REQUIRED_LEFT.get(" ".join(entry[0]))  # "prendre" needs "s'en", "prendre la défense" not
        if needed is not None and not any(n in left for n in needed):
            continue
        if entry[0][0] in lx.NOT_EVENT_PLURALS and "Plur" in tok.morph.get("Number"):
            continue  # "ses soutiens": the supporters, not an act of support
        if QUESTION_RE.match(article.text, tok.idx + len(tok.text)):
            continue
        if _asked_for(tok):
            continue  # "réclame sa libération": the request is the event, not the release
        words, etype, mode, cond = entry
        if surface is not None:  # the parser missed the verb: its two names are its arguments
            d = _Draft(etype, mode, tok, tok.idx, tok.idx + len(tok.text), words[0])
            d.roles = {surface[3].id: "source", surface[4].id: "target"}
            drafts.append(d)
            continue
        last = doc[min(len(doc) - 1, tok.i + len(words) - 1)] if len(words) > 1 and _contiguous(tok, words, doc) else tok
        d = _Draft(etype, mode, tok, tok.idx, last.idx + len(last.text), " ".join(words))
        if not _arguments(d, tok, cond, resolver, article):
            if d.place is not None and not cond:
                dropped_places.append((tok.sent.start, d.type, d.mode, d.place))
            continue
        if d.lemma == "saisir" and any(c.dep_ in ("obj", "nsubj:pass")
                                       and (c.lower_ in lx.REFERRAL_BODIES or _names_body(c, resolver))
                                       for c in tok.children):
            d.type, d.mode = "REQUEST", "referral"  # "saisir le Conseil constitutionnel", "a saisi l'ARS"
        drafts.append(d)

    told = {frozenset(d.roles) for d in drafts if d.type == "CONSULT"}
    drafts += [d for d in interview_drafts(doc, resolver) if frozenset(d.roles) not in told]
    centre = headline_entities(article)
    mourned = mourned_person(article, centre)
    marks = find_quote_marks(article.text) if mourned is not None else []  # (quoted words of tributes)
    drafts += spoken_evaluation_drafts(doc, resolver, [(d.type, set(d.roles)) for d in drafts],
                                       centre, {d.start for d in drafts}, mourned)
    drafts.sort(key=lambda d: d.start)
    events: list[Event] = []
    story_place = dateline_place(article)
    people = frozenset(e.id for e in article.entities if e.type == "PER")
    cue_quotes = {q.cue.start: q for q in resolver.quotes if q.cue is not None and q.speaker is not None
                  and q.speaker.entity is not None}
    for d in _merge(drafts, people):
        if d.start in cue_quotes:
            _speaker_speaks(d, cue_quotes[d.start], resolver)
        if d.type == "SUPPORT" and mourned is not None:
            _no_quoted_place(d, resolver, marks)  # a tribute is to the dead
        if d.type in lx.HEADLINE_TARGET_TYPES and d.lemma in _VERB_LEMMAS \
                and "source" in d.roles.values() and not set(d.roles.values()) - {"source"}:
            if act_noun(d.head) is not None:
                target = act_author(d, resolver, drafts)
            else:
                target = _centre_target(centre, resolver.index.by_id, d)
            if target is not None:
                d.roles[target] = "target"
        if d.mode == "visit" and d.place is None and ON_THE_SPOT.match(article.text, d.end):
            # "X se rend sur place mardi": where the story happens
            d.place = story_setting(article)
            if d.place is not None:
                d.roles.setdefault(d.place, "target")
        if d.mode in lx.TWO_PARTY_MODES and not set(d.roles.values()) - {"source"}:
            # "une enquête a été ouverte par le parquet": aimed at the story's centre (the headline's,
            # else the person the story mentions most), or at nobody named
            target = _centre_target(centre, resolver.index.by_id, d) \
                or story_person(list(resolver.index.by_id), resolver.index.by_id, set(d.roles))
            if target is None:
                continue
            d.roles[target] = "target"
        if d.place is None and dropped_places:
            d.place = _inherited_place(d, dropped_places, doc)
        quote = resolver.quote_at(d.start)
        modality = modality_of(d.head, article.text)
        time = dated.for_event(d.head, modality, quote is not None)
        if modality == "asserted" and time is not None and _present_of_a_later_day(d.head, time, article):
            modality = "planned"  # "X se rend sur place mardi", written on Monday
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


def _speaker_speaks(d: _Draft, quote: Quote, resolver: Resolver) -> None:
    """A trigger that is the cue of a quotation ("« X amène le pays à la guerre », a fustigé Y"): its
    speaker is the source, whatever the parse made of the inverted subject, and a source the
    quotation names is whom the words are about."""
    speaker = quote.speaker.entity
    if d.roles.get(speaker, "source") == "source":
        return
    named = {e.id for _, e in resolver.index.mentions_in(quote.start, quote.end)}
    for e, role in list(d.roles.items()):
        if role == "source" and e in named:
            d.roles[e] = "target"
    d.roles[speaker] = "source"


def _no_quoted_place(d: _Draft, resolver: Resolver, marks: list[MarkSpan]) -> None:
    """A place named only inside the quoted words of a tribute ("a salué le président « capable de
    s'opposer à la guerre en Irak »", "un « grand serviteur de la France »") is no target: the tribute
    goes to the dead, the story's centre."""
    sent = d.head.sent
    for e, role in list(d.roles.items()):
        if role != "target" or resolver.index.by_id[e].type != "LOC":
            continue
        spans = [m for m, x in resolver.index.mentions_in(sent.start_char, sent.end_char) if x.id == e]
        if spans and all(any(q.start <= m.start < q.end for q in marks) for m in spans):
            del d.roles[e]


def _names_body(tok: Token, resolver: Resolver) -> bool:
    """The object names an organisation ("a saisi l'Agence régionale de santé"): whom a matter is
    referred to; what is seized is a thing, not a body."""
    hit = resolver.index.mention_at(tok.left_edge.idx) or resolver.index.mention_at(tok.idx)
    return hit is not None and hit[1].type == "ORG"


def _present_of_a_later_day(verb: Token, time: str, article: Article) -> bool:
    """A verb in the present dated by a day after the publication date: an announced event."""
    if verb.morph.get("Tense") != ["Pres"] or verb.morph.get("VerbForm") != ["Fin"] or not article.published.value:
        return False
    timex = next((t for t in article.timexes if t.id == time), None)
    if timex is None or len(timex.value or "") != 10 or timex.value <= article.published.value[:10]:
        return False
    before = fold(article.text[max(0, timex.start - 50):timex.start]).split()[-BEFORE_WORDS_SPAN:]
    # "Avant le week-end du 15 août, X appelle …": done now, ahead of that day
    return not (any(w in BEFORE_DATE_WORDS for w in before) or fold(timex.text).startswith(BEFORE_DATE_WORDS))


def _centre_target(centre: list[str], entities: dict, d: _Draft) -> str | None:
    """Whom an event without a named target is about: the headline's person the story mentions
    most, else the first entity of the headline, neither already taking part — never the outlet the
    headline names as where someone spoke ("X sur Europe 1 : « … »")."""
    return story_person(centre, entities, set(d.roles)) \
        or next((e for e in centre if e not in d.roles and not is_outlet(entities[e])), None)
