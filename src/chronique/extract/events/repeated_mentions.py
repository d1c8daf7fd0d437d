"""Events told more than once: mentions of one event merged into one draft, and the place an
actorless mention of it (dropped) leaves to the next one."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from .draft import _Draft
from .modality import modality_of

# A noun re-mentions an event of the same type and mode at most this many sentences later.
RE_MENTION_SENTENCES = 2
KILLING = "killing"


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


def _same_killing(old: _Draft, new: _Draft, people: frozenset[str]) -> bool:
    """Two killings of one person ("Washington a tué X … un raid tuant X"): a person dies once — but
    an attempt is another event ("avait tenté de tuer X … X a été tué mardi")."""
    def killed(d: _Draft) -> set[str]:
        return {e for e, role in d.roles.items() if role == "target" and e in people} if d.mode == KILLING else set()
    text = old.head.doc.text
    return bool(killed(old) & killed(new)) and modality_of(old.head, text) == modality_of(new.head, text)


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
            or _same_description(o, d) or _same_killing(o, d, people))), None)
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
