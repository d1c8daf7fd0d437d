"""Export rows in the jsonl contract (``chronique export``); csv and parquet carry the same rows.

    entities  {"id","name","type","aliases":[...],"mentions":[{"article","entity"}]}
    stories   {"id","label","articles":[ids],"start","end"}
    events    {"id","type","mode","participants":[global entity ids],"time","place","modality",
               "mentions":[{"article","event"}]}
    quotes    {"id","article","text","kind","speaker": global id or null,"speaker_name","speaker_text",
               "cue","sentence","title","url","published","published_source"}
    articles  the chronique/article/1 object, plus "story" and "dup_of"
    timeline  {"entity","kind","ref","start","end","granularity","value","label","article","sentence"}
    plover    (events as PLOVER/POLECAT-style records, one per report of an event; ``plover``)

A quotation's ``published_source`` says where its article's date came from: ``given``,
``inferred``, or for a date read from the input where it was read: ``html`` (the page's own
metadata), ``feed``, ``warc`` (when archived), else ``metadata``. Every kind takes an
``ExportFilter`` (``export_filters``).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, Iterator

from ..store import Store
from .export_filters import ExportFilter, selected_articles

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


def export_lines(rows: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    """The rows as text: one JSON object per line (``jsonl``, ``plover``) or CSV with a header from
    the first row, lists and objects as JSON text in their cell (``csv``)."""
    if fmt != "csv":
        for row in rows:
            yield json.dumps(row, ensure_ascii=False) + "\n"
        return
    buffer = io.StringIO()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def export_rows(store: Store, what: str, where: ExportFilter | None = None) -> Iterator[dict[str, Any]]:
    where = where or ExportFilter()
    articles = selected_articles(store, where)
    return {"articles": _articles, "entities": _entities, "quotes": _quotes, "events": _events,
            "stories": _stories, "timeline": _timeline, "plover": _plover}[what](store, articles, where.entity)


def _ids_where(store: Store, sql: str, articles: set[str]) -> set[Any]:
    """The values of ``sql``'s first column for the given articles (``{marks}`` is the id list), by chunks."""
    ids = sorted(articles)
    out: set[Any] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out |= {next(iter(r.values())) for r in store.query(sql.format(marks=",".join("?" * len(chunk))), chunk)}
    return out


def _articles(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    for r in _batched(store, "SELECT id, json, story_id, dup_of FROM articles WHERE {after}", "id"):
        if articles is not None and r["id"] not in articles:
            continue
        data = json.loads(r["json"])
        data["story"] = r["story_id"]
        data["dup_of"] = r["dup_of"]
        yield data


def _entities(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    keep = None if articles is None else _ids_where(
        store, "SELECT DISTINCT entity_id FROM mentions WHERE article_id IN ({marks})", articles)
    for r in _batched(store, "SELECT id, name, type FROM entities WHERE {after}", "id"):
        if keep is not None and r["id"] not in keep:
            continue
        aliases = [a["alias"] for a in store.query("SELECT alias FROM entity_aliases WHERE entity_id = ? AND n > 0 "
                                                   "ORDER BY n DESC, alias", (r["id"],))]
        mentions = [{"article": m["article_id"], "entity": m["local_id"]} for m in store.query(
            "SELECT article_id, local_id FROM mentions WHERE entity_id = ? ORDER BY article_id, local_id", (r["id"],))]
        yield {"id": r["id"], "name": r["name"], "type": r["type"], "aliases": aliases, "mentions": mentions}


def _quotes(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    sql = ("SELECT q.id, q.article_id, q.text, q.kind, q.speaker_id, s.name AS speaker_name, q.speaker_text, q.cue, "
           "q.sentence, q.published, a.title, a.url, a.published_source, a.json FROM quotes q "
           "JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_id WHERE {after}")
    for r in _batched(store, sql, "q.id"):
        if articles is not None and r["article_id"] not in articles or entity is not None and r["speaker_id"] != entity:
            continue
        yield {"id": r["id"], "article": r["article_id"], "text": r["text"], "kind": r["kind"],
               "speaker": r["speaker_id"], "speaker_name": r["speaker_name"], "speaker_text": r["speaker_text"],
               "cue": r["cue"], "sentence": r["sentence"], "title": r["title"], "url": r["url"],
               "published": r["published"], "published_source": published_source(r["published_source"], r["json"])}


ORIGINS = ("html", "feed", "warc")  # ``RawArticle.published_from`` values, kept in ``published.evidence``


def published_source(column: str | None, article_json: str) -> str | None:
    """given / inferred / unknown, or where a date read from the input came from (html, feed,
    warc; ``metadata`` for a file's own field), from the article's ``published.evidence``."""
    if column != "metadata":
        return column
    evidence = (json.loads(article_json).get("published") or {}).get("evidence") or []
    return evidence[0] if evidence and evidence[0] in ORIGINS else column


def _events(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    keep = None if articles is None else _ids_where(
        store, "SELECT DISTINCT event_id FROM event_mentions WHERE article_id IN ({marks})", articles)
    if entity is not None:
        about = {r["event_id"] for r in store.query("SELECT event_id FROM event_participants WHERE entity_id = ?",
                                                    (entity,))}
        keep = about if keep is None else keep & about
    for r in _batched(store, "SELECT id, type, mode, time_value, t_start, t_end, place_id, modality, was_planned "
                             "FROM events WHERE {after}", "id"):
        if keep is not None and r["id"] not in keep:
            continue
        parts = [p["entity_id"] for p in store.query(
            "SELECT DISTINCT entity_id FROM event_participants WHERE event_id = ? ORDER BY entity_id", (r["id"],))]
        mentions = [{"article": m["article_id"], "event": m["local_id"]} for m in store.query(
            "SELECT article_id, local_id FROM event_mentions WHERE event_id = ? ORDER BY published, article_id",
            (r["id"],))]
        yield {"id": r["id"], "type": r["type"], "mode": r["mode"], "participants": parts,
               "time": r["time_value"], "start": r["t_start"], "end": r["t_end"], "place": r["place_id"],
               "modality": r["modality"], "was_planned": bool(r["was_planned"]), "mentions": mentions}


def _stories(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    keep = None if articles is None else _ids_where(
        store, "SELECT DISTINCT story_id FROM articles WHERE id IN ({marks})", articles)
    for r in _batched(store, "SELECT id, label, start_date, end_date FROM stories WHERE {after}", "id"):
        if keep is not None and r["id"] not in keep:
            continue
        arts = [a["id"] for a in store.query("SELECT id FROM articles WHERE story_id = ? ORDER BY published, id",
                                             (r["id"],))]
        yield {"id": r["id"], "label": r["label"], "articles": arts, "start": r["start_date"], "end": r["end_date"]}


def _timeline(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    """One row per (entity, item); items are paged by id, then their entities fetched per page."""
    page: list[dict[str, Any]] = []
    sql = ("SELECT id, kind, ref_id, t_start, t_end, granularity, value, label, article_id, sentence "
           "FROM timeline_items WHERE {after}")
    for item in _batched(store, sql, "id"):
        if articles is not None and item["article_id"] not in articles:
            continue
        page.append(item)
        if len(page) == BATCH:
            yield from _timeline_rows(store, page, entity)
            page = []
    yield from _timeline_rows(store, page, entity)


def _timeline_rows(store: Store, items: list[dict[str, Any]], only: int | None) -> Iterator[dict[str, Any]]:
    if not items:
        return
    marks = ",".join("?" * len(items))
    entities: dict[int, list[int]] = {}
    for r in store.query(f"SELECT item_id, entity_id FROM timeline_entities WHERE item_id IN ({marks}) "
                         f"ORDER BY item_id, entity_id", [i["id"] for i in items]):
        entities.setdefault(r["item_id"], []).append(r["entity_id"])
    for r in items:
        for entity in entities.get(r["id"], []):
            if only is not None and entity != only:
                continue
            yield {"entity": entity, "kind": r["kind"], "ref": r["ref_id"], "start": r["t_start"],
                   "end": r["t_end"], "granularity": r["granularity"], "value": r["value"], "label": r["label"],
                   "article": r["article_id"], "sentence": r["sentence"]}


def _plover(store: Store, articles: set[str] | None, entity: int | None) -> Iterator[dict[str, Any]]:
    from .plover import plover_rows

    return plover_rows(store, articles, entity, _batched)
