"""Events as PLOVER/POLECAT-style records (``chronique export --what events --format plover``).

One record per report of an event (an event mention in an article), as POLECAT codes stories:

    {"event_id", "event_type", "mode", "modality", "date", "date_source",
     "source_actors": [{"name", "entity", "type"}], "target_actors": [...], "other_actors": [...],
     "location": {"name", "entity"} | null, "trigger", "sentence", "article", "url", "title", "published"}

``event_type``/``mode`` are PLOVER's (the events stage's types and modes); actors are the
participants of this report by role (source, target; ``other_actors`` for the rest), named by
their corpus entity (id, name, type); ``event_id`` is the event merged across reports; ``date`` is the
report's normalised time when the article gives one (``date_source`` "text"), else its
publication date ("published"). PLOVER's ``context`` (topic tags) is not produced: Chronique
has no topic classifier.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator

from ..store import Store

ACTOR_FIELDS = {"source": "source_actors", "target": "target_actors"}


def plover_rows(store: Store, articles: set[str] | None, entity: int | None,
                batched: Callable[..., Iterator[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    page: list[dict[str, Any]] = []
    for r in batched(store, "SELECT id, url, title, published, json FROM articles WHERE {after}", "id"):
        if articles is None or r["id"] in articles:
            page.append(r)
        if len(page) == 500:
            yield from _records(store, page, entity)
            page = []
    yield from _records(store, page, entity)


def _records(store: Store, page: list[dict[str, Any]], entity: int | None) -> Iterator[dict[str, Any]]:
    if not page:
        return
    by_id = {a["id"]: a for a in page}
    marks = ",".join("?" * len(page))
    mentions = store.query(
        "SELECT m.article_id, m.local_id, m.event_id, m.trigger, m.modality, m.time_value, m.sentence, "
        "e.type, e.mode, e.place_id, p.name AS place_name FROM event_mentions m JOIN events e ON e.id = m.event_id "
        f"LEFT JOIN entities p ON p.id = e.place_id WHERE m.article_id IN ({marks}) "
        "ORDER BY m.article_id, m.local_id", list(by_id))
    entities = _entities(store, marks, list(by_id))
    for m in mentions:
        cast = _cast(by_id[m["article_id"]], m["local_id"], entities)
        if entity is not None and not any(a["entity"] == entity for group in cast.values() for a in group):
            continue
        article = by_id[m["article_id"]]
        yield {"event_id": m["event_id"], "event_type": m["type"], "mode": m["mode"], "modality": m["modality"],
               "date": m["time_value"] or article["published"],
               "date_source": "text" if m["time_value"] else ("published" if article["published"] else None),
               "source_actors": cast.get("source_actors", []), "target_actors": cast.get("target_actors", []),
               "other_actors": cast.get("other_actors", []),
               "location": {"name": m["place_name"], "entity": m["place_id"]} if m["place_id"] else None,
               "trigger": m["trigger"], "sentence": m["sentence"], "article": m["article_id"],
               "url": article["url"], "title": article["title"], "published": article["published"]}


def _entities(store: Store, marks: str, article_ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(article, local entity id) -> the corpus entity {name, entity, type}."""
    return {(r["article_id"], r["local_id"]): {"name": r["name"], "entity": r["entity_id"], "type": r["type"]}
            for r in store.query("SELECT m.article_id, m.local_id, m.entity_id, n.name, n.type FROM mentions m "
                                 f"JOIN entities n ON n.id = m.entity_id WHERE m.article_id IN ({marks})", article_ids)}


def _cast(article: dict[str, Any], event_local_id: str,
          entities: dict[tuple[str, str], dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The report's participants by PLOVER actor field, from the article's own event."""
    if "_events" not in article:
        article["_events"] = {e["id"]: e for e in json.loads(article["json"]).get("events", [])}
    out: dict[str, list[dict[str, Any]]] = {}
    for p in article["_events"].get(event_local_id, {}).get("participants", []):
        actor = entities.get((article["id"], p["entity"]))
        group = out.setdefault(ACTOR_FIELDS.get(p["role"], "other_actors"), [])
        if actor is not None and actor not in group:
            group.append(actor)
    return out
