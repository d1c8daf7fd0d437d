"""Export rows in the jsonl contract (``chronique export``); csv and parquet flatten the same rows.

    entities  {"id","name","type","aliases":[...],"mentions":[{"article","entity"}]}
    stories   {"id","label","articles":[ids],"start","end"}
    events    {"id","type","mode","participants":[global entity ids],"time","place","modality",
               "mentions":[{"article","event"}]}
    quotes    {"id","article","text","kind","speaker": global id or null,"speaker_text","published"}
    articles  the chronique/article/1 object, plus "story" and "dup_of"
    timeline  {"entity","kind","ref","start","end","granularity","value","label","article","sentence"}
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..store import Store

# Rows fetched per round trip: bounded memory on 100k-article stores.
BATCH = 2000


def _batched(store: Store, sql: str, key: str) -> Iterator[dict[str, Any]]:
    """Keyset pagination over ``sql`` (which must accept ``WHERE {key} > ?`` via a ``{after}`` slot)."""
    last: Any = None
    while True:
        cond = f"{key} > ?" if last is not None else "1 = 1"
        rows = store.query(sql.format(after=cond) + f" ORDER BY {key} LIMIT {BATCH}", [last] if last is not None else [])
        if not rows:
            return
        yield from rows
        last = rows[-1][key.split(".")[-1]]
        if len(rows) < BATCH:
            return


def export_rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    return {"articles": _articles, "entities": _entities, "quotes": _quotes, "events": _events,
            "stories": _stories, "timeline": _timeline}[what](store)


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    for r in _batched(store, "SELECT id, json, story_id, dup_of FROM articles WHERE {after}", "id"):
        data = json.loads(r["json"])
        data["story"] = r["story_id"]
        data["dup_of"] = r["dup_of"]
        yield data


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    for r in _batched(store, "SELECT id, name, type FROM entities WHERE {after}", "id"):
        aliases = [a["alias"] for a in store.query("SELECT alias FROM entity_aliases WHERE entity_id = ? AND n > 0 "
                                                   "ORDER BY n DESC, alias", (r["id"],))]
        mentions = [{"article": m["article_id"], "entity": m["local_id"]} for m in store.query(
            "SELECT article_id, local_id FROM mentions WHERE entity_id = ? ORDER BY article_id, local_id", (r["id"],))]
        yield {"id": r["id"], "name": r["name"], "type": r["type"], "aliases": aliases, "mentions": mentions}


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    for r in _batched(store, "SELECT id, article_id, text, kind, speaker_id, speaker_text, published FROM quotes "
                             "WHERE {after}", "id"):
        yield {"id": r["id"], "article": r["article_id"], "text": r["text"], "kind": r["kind"],
               "speaker": r["speaker_id"], "speaker_text": r["speaker_text"], "published": r["published"]}


def _events(store: Store) -> Iterator[dict[str, Any]]:
    for r in _batched(store, "SELECT id, type, mode, time_value, t_start, t_end, place_id, modality, was_planned "
                             "FROM events WHERE {after}", "id"):
        parts = [p["entity_id"] for p in store.query(
            "SELECT DISTINCT entity_id FROM event_participants WHERE event_id = ? ORDER BY entity_id", (r["id"],))]
        mentions = [{"article": m["article_id"], "event": m["local_id"]} for m in store.query(
            "SELECT article_id, local_id FROM event_mentions WHERE event_id = ? ORDER BY published, article_id",
            (r["id"],))]
        yield {"id": r["id"], "type": r["type"], "mode": r["mode"], "participants": parts,
               "time": r["time_value"], "start": r["t_start"], "end": r["t_end"], "place": r["place_id"],
               "modality": r["modality"], "was_planned": bool(r["was_planned"]), "mentions": mentions}


def _stories(store: Store) -> Iterator[dict[str, Any]]:
    for r in _batched(store, "SELECT id, label, start_date, end_date FROM stories WHERE {after}", "id"):
        arts = [a["id"] for a in store.query("SELECT id FROM articles WHERE story_id = ? ORDER BY published, id",
                                             (r["id"],))]
        yield {"id": r["id"], "label": r["label"], "articles": arts, "start": r["start_date"], "end": r["end_date"]}


def _timeline(store: Store) -> Iterator[dict[str, Any]]:
    """One row per (entity, item); items are paged by id, then their entities fetched per page."""
    page: list[dict[str, Any]] = []
    sql = ("SELECT id, kind, ref_id, t_start, t_end, granularity, value, label, article_id, sentence "
           "FROM timeline_items WHERE {after}")
    for item in _batched(store, sql, "id"):
        page.append(item)
        if len(page) == BATCH:
            yield from _timeline_rows(store, page)
            page = []
    yield from _timeline_rows(store, page)


def _timeline_rows(store: Store, items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    if not items:
        return
    marks = ",".join("?" * len(items))
    entities: dict[int, list[int]] = {}
    for r in store.query(f"SELECT item_id, entity_id FROM timeline_entities WHERE item_id IN ({marks}) "
                         f"ORDER BY item_id, entity_id", [i["id"] for i in items]):
        entities.setdefault(r["item_id"], []).append(r["entity_id"])
    for r in items:
        for entity in entities.get(r["id"], []):
            yield {"entity": entity, "kind": r["kind"], "ref": r["ref_id"], "start": r["t_start"],
                   "end": r["t_end"], "granularity": r["granularity"], "value": r["value"], "label": r["label"],
                   "article": r["article_id"], "sentence": r["sentence"]}
