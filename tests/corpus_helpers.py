"""Hand-built analysed articles for the store and corpus tests (no spaCy needed).

Offsets are found by searching the given strings in the text, so each test article reads as
plain French and still satisfies the stand-off invariant.
"""

from __future__ import annotations

from chronique.article import Article
from chronique.article.model import (Cue, Entity, Event, Mention, Participant, Published, Quote, Sentence,
                                     Source, Speaker, Timex, Trigger)


def _find(text: str, needle: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos


def make_article(aid: str, published: str | None, text: str, *, title: str | None = None,
                 entities: list[tuple] = (), quotes: list[tuple] = (), timexes: list[tuple] = (),
                 events: list[tuple] = (), outlet: str | None = None) -> Article:
    """entities: (id, type, name, [mention strings]) — a mention string may repeat (nth occurrence);
    quotes: (id, text, speaker_entity_id or None, speaker_text);
    timexes: (id, text, value); events: (id, type, mode, trigger, [participant ids], timex id, modality)."""
    ents = []
    for eid, etype, name, mentions in entities:
        seen: dict[str, int] = {}
        ms = []
        for m in mentions:
            n = seen.get(m, 0)
            seen[m] = n + 1
            start = _find(text, m, n)
            ms.append(Mention(start, start + len(m), m, "title" if m.startswith(("M. ", "Mme ")) else "name"))
        ents.append(Entity(eid, etype, name, tuple(ms)))
    qs = []
    for qid, qtext, speaker, speaker_text in quotes:
        start = _find(text, qtext)
        sp = None
        if speaker_text:
            s = _find(text, speaker_text)
            sp = Speaker(speaker_text, s, s + len(speaker_text), speaker)
        qs.append(Quote(qid, "direct", qtext, start, start + len(qtext), sp, Cue("a déclaré", "déclarer", 0, 0)
                        if False else None))
    ts = []
    for tid, ttext, value in timexes:
        start = _find(text, ttext)
        ts.append(Timex(tid, "DATE", ttext, start, start + len(ttext), value))
    evs = []
    for evid, etype, mode, trigger, parts, time, modality in events:
        start = _find(text, trigger)
        evs.append(Event(evid, etype, Trigger(trigger, start, start + len(trigger)),
                         tuple(Participant("participant", p) for p in parts), mode, time, None, modality))
    sentences = []
    pos = 0
    for chunk in text.split(". "):
        end = min(len(text), pos + len(chunk) + 1)
        sentences.append(Sentence(pos, end))
        pos = end + 1
    return Article(id=aid, text=text, title=title, published=Published(published, "given" if published else "unknown"),
                   source=Source(outlet=outlet), sentences=tuple(s for s in sentences if s.start < s.end),
                   entities=tuple(ents), quotes=tuple(qs), timexes=tuple(ts), events=tuple(evs))
