"""Removing a stored article: undoing its counts, entity links, story membership, quotations,
event mentions and timeline items, and dropping the entities no other article names."""

from __future__ import annotations

import json

from ..article import Article
from ..store import Store
from . import dedup
from .entities import EntityLinker
from .stories import StoryLinker


def remove_article(store: Store, entities: EntityLinker, stories: StoryLinker, article_id: str) -> None:
    """Take a stored article out of the corpus: its counts, links, items, and the entities it
    alone named (inside the caller's transaction)."""
    row = store.one("SELECT json, dup_of, story_id, published FROM articles WHERE id = ?", (article_id,))
    if row is None:
        return
    article = Article.from_json(json.loads(row["json"]))
    is_dup = row["dup_of"] is not None
    links = store.query("SELECT local_id, entity_id FROM mentions WHERE article_id = ?", (article_id,))
    by_local = {e.id: e for e in article.entities}
    touched = {r["entity_id"] for r in links}
    if not is_dup:
        per_global: dict[int, list] = {}
        for r in links:
            if r["local_id"] in by_local:
                per_global.setdefault(r["entity_id"], []).append(by_local[r["local_id"]])
        for gid, locals_ in per_global.items():
            entities.count(gid, locals_, None, -1)
        store.bump("articles", -1)
        stories.count_terms(article.title, article.text, -1)
    else:
        store.bump("duplicates", -1)
    store.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    qids = [r["id"] for r in store.query("SELECT id FROM quotes WHERE article_id = ?", (article_id,))]
    store.unindex_quote_texts(qids)
    store.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    events = [r["event_id"] for r in store.query("SELECT event_id FROM event_mentions WHERE article_id = ?",
                                                  (article_id,))]
    store.execute("DELETE FROM event_mentions WHERE article_id = ?", (article_id,))
    for ev in events:
        store.execute("UPDATE events SET n_mentions = n_mentions - 1 WHERE id = ?", (ev,))
        if (store.scalar("SELECT n_mentions FROM events WHERE id = ?", (ev,)) or 0) <= 0:
            store.execute("DELETE FROM event_participants WHERE event_id = ?", (ev,))
            store.execute("DELETE FROM events WHERE id = ?", (ev,))
    items = [r["id"] for r in store.query("SELECT id FROM timeline_items WHERE article_id = ?", (article_id,))]
    store.executemany("DELETE FROM timeline_entities WHERE item_id = ?", [(i,) for i in items])
    store.execute("DELETE FROM timeline_items WHERE article_id = ?", (article_id,))
    dedup.forget(store, [article_id])
    store.unindex_article_text(article_id)
    store.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    store.execute("DELETE FROM article_vectors WHERE article_id = ?", (article_id,))
    if not is_dup and row["story_id"] is not None:
        stories.rebuild(row["story_id"])   # its centroid, span and central article without this article
    for eid in touched:
        if store.one("SELECT 1 AS x FROM mentions WHERE entity_id = ? LIMIT 1", (eid,)) is None:
            drop_entity(store, eid)


def drop_entity(store: Store, eid: int) -> None:
    for table, col in (("entity_keys", "entity_id"), ("entity_aliases", "entity_id"),
                       ("timeline_entities", "entity_id"), ("event_participants", "entity_id"),
                       ("story_entities", "entity_id")):
        store.execute(f"DELETE FROM {table} WHERE {col} = ?", (eid,))
    store.execute("UPDATE quotes SET speaker_id = NULL WHERE speaker_id = ?", (eid,))
    store.execute("DELETE FROM entities WHERE id = ?", (eid,))
