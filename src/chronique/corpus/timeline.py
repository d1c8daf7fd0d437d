"""Timeline items, in one shape wherever they come from: the store (an entity's or a story's
timeline), the whole corpus in a date window, or one article not stored at all.

An item is a dict: ``kind`` (event, quote, fact), ``ref``, ``start``/``end`` (ISO dates, both
inclusive), ``granularity``, ``value`` (the TIMEX3 value), ``period`` (the interval in French,
``chronique.timex.french_label``), ``label`` (what happened, ``event_label``/``quote_label``),
``article``, ``sentence`` and, for items of one article, ``detail``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from ..article import Article
from ..lang.fr.labels import event_label as french_event_label
from ..store import Store
from ..timex import Interval, french_label, parse_timex
from . import queries

Item = dict[str, Any]

# Width of the corpus-wide timeline when no dates are given: the last weeks of the corpus.
DEFAULT_WINDOW_DAYS = 31
# Share of a corpus-wide timeline given to events; quotations fill the rest. A busy month has
# thousands of quotations, and a timeline of quotations only would hide what happened.
EVENT_SHARE = 2 / 3
# Characters of a quotation kept in its item's label.
QUOTE_LABEL_CHARS = 70
# Participants named in an event's label.
LABEL_PARTICIPANTS = 3


def clip(text: str, width: int = QUOTE_LABEL_CHARS) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    if width < 4:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def event_label(type: str, mode: str | None, participants: Sequence[str] = ()) -> str:
    """``Entretien téléphonique — Olaf Scholz, Emmanuel Macron``: the event in French, and who took part."""
    return french_event_label(type, mode, [p for p in participants if p][:LABEL_PARTICIPANTS])


def quote_label(speaker: str | None, text: str, kind: str = "direct") -> str:
    """``Olaf Scholz : « Nous restons unis »`` (``?`` for an unknown speaker); indirect speech is
    the writer's report, not the speaker's words: ``Olaf Scholz (discours rapporté) : que …``."""
    if kind == "indirect":
        return f"{speaker or '?'} (discours rapporté) : {clip(text)}"
    return f"{speaker or '?'} : « {clip(text)} »"


def with_period(item: Item) -> Item:
    """The item with its ``period`` in French (None when it has no interval)."""
    interval = item_interval(item)
    item["period"] = french_label(interval) if interval else None
    return item


def item_interval(item: Item) -> Interval | None:
    """The stored normalisation when there is one (start, end, granularity), else the value's."""
    if item.get("start") and item.get("granularity"):
        parsed = parse_timex(item.get("value"))
        bounds = Interval.from_bounds(item["start"], item.get("end"), item["granularity"])
        if bounds is not None:
            # keep the clock time of the value when it names the same day
            if parsed is not None and parsed.clock and (parsed.start, parsed.end) == (bounds.start, bounds.end):
                return parsed
            return bounds
    return parse_timex(item.get("value"))


# -- the whole corpus in a date window -----------------------------------------------------------
def default_window(store: Store) -> tuple[str | None, str | None]:
    """The last ``DEFAULT_WINDOW_DAYS`` days of the corpus (by publication date)."""
    latest = queries.list_articles(store, query=None, since=None, until=None, entity=None, story=None,
                                   limit=1, offset=0)["items"]
    last = (latest[0].get("published") or "")[:10] if latest else ""
    try:
        end = dt.date.fromisoformat(last)
    except ValueError:
        return None, None
    return (end - dt.timedelta(days=DEFAULT_WINDOW_DAYS)).isoformat(), end.isoformat()


def corpus_timeline(store: Store, *, since: str | None, until: str | None, limit: int) -> list[Item]:
    """Events (dated by when they happened) and quotations (by publication) across the corpus,
    in time order; no dates: the corpus's last ``DEFAULT_WINDOW_DAYS`` days."""
    if not since and not until:
        since, until = default_window(store)
    events = queries.list_events(store, entity=None, type=None, since=since, until=until,
                                 limit=max(1, int(limit * EVENT_SHARE)), offset=0, counted=False)["items"]
    items = [item for item in map(_event_item, events) if item is not None]
    room = max(0, limit - len(items))
    if room:
        quotes = queries.list_quotes(store, speaker=None, since=since, until=until, query=None, article=None,
                                     kind=None, limit=room, offset=0, counted=False)["items"]
        items += [item for item in map(_quote_item, quotes) if item is not None]
    items.sort(key=lambda it: (it["start"], it["end"]))
    return [with_period(it) for it in items[:limit]]


def _event_item(ev: dict[str, Any]) -> Item | None:
    if not ev.get("start"):
        return None
    parsed = parse_timex(ev.get("time"))
    end = ev.get("end") or ev["start"]
    granularity = parsed.granularity if parsed else ("day" if end == ev["start"] else "range")
    mention = (ev.get("mentions") or [{}])[0]
    return {"kind": "event", "ref": ev["id"], "start": ev["start"], "end": end, "granularity": granularity,
            "value": ev.get("time") or ev["start"],
            "label": event_label(ev["type"], ev.get("mode"),
                                 [p.get("name", "") for p in ev.get("participants", ())]),
            "article": mention.get("article"), "sentence": mention.get("sentence")}


def _quote_item(q: dict[str, Any]) -> Item | None:
    day = (q.get("published") or "")[:10]
    if not day:
        return None
    return {"kind": "quote", "ref": q["id"], "start": day, "end": day, "granularity": "day", "value": day,
            "label": quote_label(q.get("speaker_name") or q.get("speaker_text"), q.get("text", ""), q.get("kind", "")),
            "article": q.get("article"), "sentence": q.get("sentence")}


# -- one article ---------------------------------------------------------------------------------
def article_timeline(article: Article) -> list[Item]:
    """What one article places in time: its events dated by a timex, its other dates (as facts),
    and its quotations at the publication date. Items keep the TIMEX3 ``value``; ``start``/``end``
    are filled where it has an interval."""
    timexes = {t.id: t for t in article.timexes}
    names = {e.id: e.name for e in article.entities}
    out: list[Item] = []
    for ev in article.events:
        t = timexes.get(ev.time or "")
        if t is None:
            continue
        who = [names.get(p.entity, p.entity) for p in ev.participants]
        out.append(_article_item("event", event_label(ev.type, ev.mode, who), t.value, t.text))
    used = {ev.time for ev in article.events}
    for t in article.timexes:
        if t.id not in used and t.type in ("DATE", "TIME"):
            out.append(_article_item("fact", f"« {t.text} »", t.value, t.value))
    if article.published.value:
        for q in article.quotes:
            who = names.get(q.speaker.entity or "", q.speaker.text) if q.speaker else None
            out.append(_article_item("quote", quote_label(who, q.text, q.kind), article.published.value[:10],
                                     "date de publication"))
    return out


def _article_item(kind: str, label: str, value: str, detail: str) -> Item:
    interval = parse_timex(value)
    item = {"kind": kind, "ref": None, "value": value, "label": label, "detail": detail, "article": None,
            "sentence": None, "start": interval.start if interval else None,
            "end": interval.end if interval else None, "granularity": interval.granularity if interval else None}
    return with_period(item)


__all__ = ["DEFAULT_WINDOW_DAYS", "article_timeline", "clip", "corpus_timeline", "default_window", "event_label",
           "item_interval", "quote_label", "with_period"]
