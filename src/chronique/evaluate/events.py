"""Events: a system event answers a gold event when its type is one of the gold ``types`` and
its participants include two of the gold participants (the one, when the gold names one): who did
what with whom (FORMAT.md). The looser match, type and one shared participant, is reported beside
it as ``events_one_actor``. Gold names are resolved through the article's entity alignment;
modality, date and place are checked on the pairs of the strict match."""

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


def _participant_ids(g: dict[str, Any], align: EntityAlignment) -> list[set[str]]:
    """The system entity ids of each gold participant."""
    return [align.system_ids(name) for name in as_list(g.get("participants"))]


def actors_found(gold_ids: list[set[str]], s: Event) -> int:
    """How many gold participants the system event names."""
    system = {p.entity for p in s.participants}
    return sum(1 for ids in gold_ids if ids & system)


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
    loose = cat.prf("events_one_actor")
    modality_acc = cat.ratio("modality_accuracy")
    time_acc = cat.ratio("time_accuracy")
    place_acc = cat.ratio("place_accuracy")
    golds = [e for e in gold.get("events", []) if isinstance(e, dict)]
    system = list(article.events)
    gold_ids = [_participant_ids(g, align) for g in golds]

    def scorer(needed: int):
        def score(gi_g: tuple[int, dict[str, Any]], s: Event) -> float:
            gi, g = gi_g
            if s.type not in as_list(g.get("types")):
                return 0
            found = actors_found(gold_ids[gi], s)
            if found < min(needed, len(gold_ids[gi])) or not found:
                return 0
            return 1.0 + found + trigger_ok(g, s)
        return score

    names = {e.id: e.name for e in article.entities}
    loose_pairs = match(list(enumerate(golds)), system, scorer(1))
    _count(golds, system, loose_pairs, loose, names)
    pairs = match(list(enumerate(golds)), system, scorer(2))
    _count(golds, system, pairs, prf, names, cat)
    for gi, si in pairs.items():
        g, s = golds[gi], system[si]
        name = _gold_name(g)
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
    return cat


def _gold_name(g: dict[str, Any]) -> str:
    return f"{g.get('id', '?')} {'/'.join(as_list(g.get('types')))} {as_list(g.get('participants'))}"


def _count(golds, system, pairs, prf, names, cat: CategoryScore | None = None) -> None:
    """True and false positives and misses of one matching (listed in ``cat`` when given)."""
    for gi, g in enumerate(golds):
        if gi in pairs:
            prf.tp += 1
        elif not optional(g):
            prf.fn += 1
            if cat is not None:
                cat.misses.append(_gold_name(g))
    matched = set(pairs.values())
    for si, s in enumerate(system):
        if si not in matched:
            prf.fp += 1
            if cat is not None:
                who = [names.get(p.entity, p.entity) for p in s.participants]
                cat.false_positives.append(f"{s.type} {label(s.trigger.text)} {who}")
