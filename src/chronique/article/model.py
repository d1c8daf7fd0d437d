"""The analysed article: an immutable cleaned text and stand-off layers that point into it.

Every span carries ``start``/``end`` (Python ``str`` indices, end exclusive) into
``Article.text``; spans that the schema gives a ``text`` keep it, and the invariant
``span.text == article.text[span.start:span.end]`` holds for every one of them
(checked by ``Article.check_offsets`` and by the property tests).

Objects are frozen: a stage returns a new ``Article`` built with ``dataclasses.replace``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterator

SCHEMA_ID = "chronique/article/1"

BLOCK_KINDS = ("paragraph", "subheading")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MENTION_KINDS = ("name", "title", "pronoun", "nominal")
# Mention kinds that write a name ("Olaf Scholz", "M. Scholz"); pronouns and descriptions only designate one.
NAME_KINDS = frozenset({"name", "title"})
QUOTE_KINDS = ("direct", "partial", "indirect")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
AMOUNT_KINDS = ("money", "count", "percent", "measure")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "OTHER",
)
ROLES = ("source", "target", "participant")
MODALITIES = ("asserted", "planned", "negated", "hypothetical", "attempted")
PUBLISHED_SOURCES = ("given", "metadata", "inferred", "unknown")


@dataclass(frozen=True)
class Block:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"
    evidence: str | None = None  # pronoun and nominal mentions: how the cast resolved them


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    mentions: tuple[Mention, ...]


def new_entity_id(taken: set[str]) -> str:
    """An entity id of the article ("e7") not yet in ``taken``, added to it."""
    n = len(taken) + 1
    while f"e{n}" in taken:
        n += 1
    taken.add(f"e{n}")
    return f"e{n}"


@dataclass(frozen=True)
class Speaker:
    text: str
    start: int
    end: int
    entity: str | None = None


@dataclass(frozen=True)
class Cue:
    text: str
    lemma: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: Cue | None = None


@dataclass(frozen=True)
class Timex:
    id: str
    type: str
    text: str
    start: int
    end: int
    value: str
    mod: str | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Amount:
    id: str
    text: str
    start: int
    end: int
    value: float
    unit: str
    kind: str = "count"
    approx: bool = False


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int
    lemma: str = ""


@dataclass(frozen=True)
class Participant:
    role: str
    entity: str


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    trigger: Trigger
    participants: tuple[Participant, ...] = ()
    mode: str | None = None
    time: str | None = None
    place: str | None = None
    modality: str = "asserted"
    attributed_to: str | None = None


@dataclass(frozen=True)
class Published:
    value: str | None = None
    source: str = "unknown"
    confidence: float | None = None
    evidence: tuple[str, ...] = ()
    interval: tuple[str, str] | None = None   # an inferred date's earliest and latest possible days

    @property
    def estimated(self) -> bool:
        return self.source == "inferred"


@dataclass(frozen=True)
class StageFailure:
    """A stage that raised on this article: its layers stayed as they were before it."""
    stage: str
    error: str      # the exception class
    message: str


@dataclass(frozen=True)
class Source:
    path: str | None = None
    url: str | None = None
    format: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    dateline: str | None = None
    language: str = "fr"
    published: Published = field(default_factory=Published)
    source: Source = field(default_factory=Source)
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    amounts: tuple[Amount, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[StageFailure, ...] = ()

    # -- convenience -------------------------------------------------------------------
    def with_layers(self, **layers: Any) -> "Article":
        return replace(self, **layers)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def spans(self) -> Iterator[tuple[str, int, int, str | None]]:
        """Every (layer, start, end, text) in the article, ``text`` None where the schema has none."""
        for b in self.blocks:
            yield "blocks", b.start, b.end, None
        for s in self.sentences:
            yield "sentences", s.start, s.end, None
        for e in self.entities:
            for m in e.mentions:
                yield "entities", m.start, m.end, m.text
        for q in self.quotes:
            yield "quotes", q.start, q.end, None
            if q.speaker is not None:
                yield "quotes.speaker", q.speaker.start, q.speaker.end, q.speaker.text
            if q.cue is not None:
                yield "quotes.cue", q.cue.start, q.cue.end, q.cue.text
        for t in self.timexes:
            yield "timexes", t.start, t.end, t.text
        for a in self.amounts:
            yield "amounts", a.start, a.end, a.text
        for ev in self.events:
            yield "events.trigger", ev.trigger.start, ev.trigger.end, ev.trigger.text

    def check_offsets(self) -> list[str]:
        """Human-readable violations of the stand-off invariant (empty when the article is sound)."""
        problems = []
        n = len(self.text)
        for layer, start, end, text in self.spans():
            if not 0 <= start <= end <= n:
                problems.append(f"{layer}: offsets {start}:{end} outside 0:{n}")
            elif text is not None and self.text[start:end] != text:
                problems.append(f"{layer}: {text!r} != text[{start}:{end}] {self.text[start:end]!r}")
        return problems

    # -- serialisation -----------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The ``chronique/article/1`` object."""
        return {
            "schema": SCHEMA_ID,
            "id": self.id,
            "source": _drop_none(_plain(self.source)),
            "language": self.language,
            "title": self.title,
            "dateline": self.dateline,
            "published": _published_json(self.published),
            "text": self.text,
            "blocks": [_plain(b) for b in self.blocks],
            "sentences": [_plain(s) for s in self.sentences],
            "entities": [_plain(e) for e in self.entities],
            "quotes": [_plain(q) for q in self.quotes],
            "timexes": [_plain(t) for t in self.timexes],
            "amounts": [_plain(a) for a in self.amounts],
            "events": [_plain(e) for e in self.events],
        } | ({"errors": [_plain(f) for f in self.errors]} if self.errors else {})

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Article":
        """Inverse of ``to_json`` (``Article.from_json(a.to_json()) == a``)."""
        pub = data.get("published") or {}
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            dateline=data.get("dateline"),
            language=data.get("language", "fr"),
            published=Published(
                value=pub.get("value"), source=pub.get("source", "unknown"),
                confidence=pub.get("confidence"), evidence=tuple(pub.get("evidence", ())),
                interval=_interval(pub.get("interval")),
            ),
            source=Source(**{k: v for k, v in (data.get("source") or {}).items()
                             if k in {"path", "url", "format", "outlet"}}),
            blocks=tuple(Block(**b) for b in data.get("blocks", ())),
            sentences=tuple(Sentence(**s) for s in data.get("sentences", ())),
            entities=tuple(
                Entity(id=e["id"], type=e["type"], name=e["name"],
                       mentions=tuple(Mention(**m) for m in e["mentions"]))
                for e in data.get("entities", ())
            ),
            quotes=tuple(
                Quote(id=q["id"], kind=q["kind"], text=q["text"], start=q["start"], end=q["end"],
                      speaker=Speaker(**q["speaker"]) if q.get("speaker") else None,
                      cue=Cue(**q["cue"]) if q.get("cue") else None)
                for q in data.get("quotes", ())
            ),
            timexes=tuple(Timex(**t) for t in data.get("timexes", ())),
            amounts=tuple(Amount(**a) for a in data.get("amounts", ())),
            events=tuple(
                Event(id=e["id"], type=e["type"], trigger=Trigger(**e["trigger"]),
                      participants=tuple(Participant(**p) for p in e.get("participants", ())),
                      mode=e.get("mode"), time=e.get("time"), place=e.get("place"),
                      modality=e.get("modality", "asserted"), attributed_to=e.get("attributed_to"))
                for e in data.get("events", ())
            ),
            errors=tuple(StageFailure(**f) for f in data.get("errors", ())),
        )


def content_id(text: str, title: str | None = None) -> str:
    """Stable id derived from the content: same title and text, same id."""
    digest = hashlib.sha1(((title or "") + "\n" + text).encode("utf-8")).hexdigest()
    return "sha1-" + digest[:16]


def _interval(data: Any) -> tuple[str, str] | None:
    if isinstance(data, dict) and isinstance(data.get("earliest"), str) and isinstance(data.get("latest"), str):
        return data["earliest"], data["latest"]
    return None


def _published_json(p: Published) -> dict[str, Any]:
    out: dict[str, Any] = {"value": p.value, "source": p.source}
    if p.confidence is not None:
        out["confidence"] = p.confidence
    if p.evidence:
        out["evidence"] = list(p.evidence)
    if p.interval is not None:
        out["interval"] = {"earliest": p.interval[0], "latest": p.interval[1]}
    return out


# Optional fields left out of the JSON when unset (a mention's evidence exists for pronouns and nominals only).
_OMITTED_WHEN_NONE = frozenset({"evidence"})


def _plain(obj: Any) -> Any:
    """Dataclass → JSON-ready dict (tuples become lists, nested dataclasses recurse)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)
                if not (f.name in _OMITTED_WHEN_NONE and getattr(obj, f.name) is None)}
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    return obj


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}
