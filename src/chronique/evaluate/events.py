"""Events: a system event answers a gold event when its type is one of the gold ``types`` and
their participants overlap (gold entity names resolved through the article's entity alignment);
then modality, date and place are checked on the matched pairs."""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from .entities import EntityAlignment
from .gold import as_list, label, optional
from .matching import match
from .normalise import norm, words
from .scores import CategoryScore

DEFAULT_MODALITY = "asserted"


def gold_modality(g: dict[str, Any]) -> str:
    if g.get("modality"):
        return g["modality"]
    return "negated" if g.get("negated") else DEFAULT_MODALITY


def _participant_ids(g: dict[str, Any], align: EntityAlignment) -> set[str]:
    ids: set[str] = set()
    for name in as_list(g.get("participants")):
        ids |= align.system_ids(name)
    return ids


def trigger_ok(g: dict[str, Any], s: Event) -> bool:
    """The system trigger shares a word with one of the gold ``trigger_any`` entries, or contains one."""
    trig = norm(s.trigger.text)
    trig_words = set(words(s.trigger.text)) | set(words(s.trigger.lemma))
    for t in as_list(g.get("trigger_any")):
        if norm(t) and (norm(t) in trig or set(words(t)) & trig_words):
            return True
    return False


def date_ok(gold_date: str, s: Event, article: Article) -> bool:
    """The timex dating the system event has the gold value (a time of that day counts)."""
    timex = next((t for t in article.timexes if t.id == s.time), None) if s.time else None
    if timex is None:
        return False
    value, gold_date = timex.value.upper(), gold_date.upper()
    return value == gold_date or value.startswith(gold_date + "T")


def score_events(gold: dict[str, Any], article: Article, align: EntityAlignment) -> CategoryScore:
    cat = CategoryScore()
    prf = cat.prf("events")
    modality_acc = cat.ratio("modality_accuracy")
    time_acc = cat.ratio("time_accuracy")
    place_acc = cat.ratio("place_accuracy")
    golds = [e for e in gold.get("events", []) if isinstance(e, dict)]
    system = list(article.events)
    gold_ids = [_participant_ids(g, align) for g in golds]

    def score(gi_g: tuple[int, dict[str, Any]], s: Event) -> float:
        gi, g = gi_g
        if s.type not in as_list(g.get("types")):
            return 0
        shared = gold_ids[gi] & {p.entity for p in s.participants}
        if not shared:
            return 0
        return 1.0 + len(shared) + trigger_ok(g, s)

    pairs = match(list(enumerate(golds)), system, score)
    for gi, g in enumerate(golds):
        si = pairs.get(gi)
        name = f"{g.get('id', '?')} {'/'.join(as_list(g.get('types')))} {as_list(g.get('participants'))}"
        if si is None:
            if not optional(g):
                prf.fn += 1
                cat.misses.append(name)
            continue
        s = system[si]
        prf.tp += 1
        modality = gold_modality(g)
        modality_acc.add(modality == s.modality)
        if modality != s.modality:
            cat.errors.append(f"modality: {name} is {modality}, system says {s.modality}")
        if g.get("date"):
            ok = date_ok(g["date"], s, article)
            time_acc.add(ok)
            if not ok:
                cat.errors.append(f"date: {name} is {g['date']}, system timex {s.time}")
        if g.get("place"):
            ok = s.place is not None and s.place in align.system_ids(g["place"])
            place_acc.add(ok)
            if not ok:
                place = article.entity(s.place) if s.place else None
                cat.errors.append(f"place: {name} is {g['place']!r}, system says "
                                  f"{place.name if place else s.place!r}")
    matched = set(pairs.values())
    names = {e.id: e.name for e in article.entities}
    for si, s in enumerate(system):
        if si not in matched:
            prf.fp += 1
            who = [names.get(p.entity, p.entity) for p in s.participants]
            cat.false_positives.append(f"{s.type} {label(s.trigger.text)} {who}")
    return cat
