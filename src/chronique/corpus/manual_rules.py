"""Manual corrections of entity linking: merging entities and splitting one by its aliases. Each
is recorded in ``entity_rules`` so that relinking and later articles obey it."""

from __future__ import annotations

import json

from ..article import Article
from ..errors import StoreError
from ..store import Store
from .entities import linking_key, prepare
from .removal import drop_entity
from .timestamps import utc_now


def merge_entities(store: Store, target: int, others: list[int], name: str | None = None) -> None:
    """Merge ``others`` into ``target`` and record the rule, so that relinking keeps it."""
    with store.transaction():
        ids = [target, *others]
        marks = ",".join("?" * len(ids))
        keys = [r["key"] for r in store.query(
            f"SELECT key FROM entity_keys WHERE kind = 'full' AND entity_id IN ({marks})", ids)]
        store.execute("INSERT INTO entity_rules (kind, payload, created) VALUES ('merge', ?, ?)",
                      (json.dumps({"keys": sorted(set(keys)), "name": name}, ensure_ascii=False), utc_now()))
        for other in others:
            _move_entity(store, other, target)
        if name:
            store.execute("UPDATE entities SET name = ? WHERE id = ?", (name, target))
        _recount(store, target)


def _move_entity(store: Store, src: int, dst: int) -> None:
    store.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (dst, src))
    store.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (dst, src))
    store.execute("UPDATE events SET place_id = ? WHERE place_id = ?", (dst, src))
    store.execute("INSERT INTO entity_keys (key, entity_id, kind) SELECT key, ?, kind FROM entity_keys "
                  "WHERE entity_id = ? ON CONFLICT DO NOTHING", (dst, src))
    store.execute("INSERT INTO entity_aliases (entity_id, alias, n) SELECT ?, alias, n FROM entity_aliases "
                  "WHERE entity_id = ? ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n",
                  (dst, src))
    store.execute("INSERT INTO event_participants (event_id, entity_id, role) SELECT event_id, ?, role "
                  "FROM event_participants WHERE entity_id = ? ON CONFLICT DO NOTHING", (dst, src))
    store.execute("INSERT INTO timeline_entities (entity_id, item_id, t_start) SELECT ?, item_id, t_start "
                  "FROM timeline_entities WHERE entity_id = ? ON CONFLICT DO NOTHING", (dst, src))
    store.execute("INSERT INTO story_entities (story_id, entity_id, n) SELECT story_id, ?, n FROM story_entities "
                  "WHERE entity_id = ? ON CONFLICT (story_id, entity_id) DO UPDATE SET n = story_entities.n + excluded.n",
                  (dst, src))
    drop_entity(store, src)


def _recount(store: Store, eid: int) -> None:
    store.execute(
        "UPDATE entities SET n_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ? "
        "AND is_dup = 0), n_mentions = (SELECT COALESCE(sum(n), 0) FROM mentions WHERE entity_id = ? AND is_dup = 0), "
        "first_seen = (SELECT min(published) FROM mentions WHERE entity_id = ?), "
        "last_seen = (SELECT max(published) FROM mentions WHERE entity_id = ?) WHERE id = ?",
        (eid, eid, eid, eid, eid))


def split_entity(store: Store, eid: int, aliases: list[str], name: str | None = None) -> int:
    """Move the article-local entities named by ``aliases`` to a new entity; returns its id."""
    with store.transaction():
        row = store.one("SELECT type FROM entities WHERE id = ?", (eid,))
        if row is None:
            raise StoreError(f"no entity {eid}")
        etype = row["type"]
        moved_keys = {"f:" + linking_key(a, etype) for a in aliases}
        locals_moved: list[tuple[str, str]] = []
        for m in store.query("SELECT article_id, local_id, json FROM mentions m JOIN articles a "
                             "ON a.id = m.article_id WHERE m.entity_id = ?", (eid,)):
            article = Article.from_json(json.loads(m["json"]))
            ent = article.entity(m["local_id"])
            loc = prepare(ent) if ent else None
            if loc and {"f:" + linking_key(a, etype) for a in loc.aliases} & moved_keys:
                locals_moved.append((m["article_id"], m["local_id"]))
        if not locals_moved:
            raise StoreError(f"entity {eid} has no mention named {', '.join(aliases)}")
        kept_keys = {r["key"] for r in store.query("SELECT key FROM entity_keys WHERE entity_id = ? AND kind = 'full'",
                                                    (eid,))} - moved_keys
        store.execute("INSERT INTO entity_rules (kind, payload, created) VALUES ('split', ?, ?)",
                      (json.dumps({"moved": sorted(moved_keys), "kept": sorted(kept_keys)}, ensure_ascii=False), utc_now()))
        new_name = name or aliases[0]
        new = store.insert("INSERT INTO entities (name, name_key, type, n_articles, n_mentions) "
                           "VALUES (?, ?, ?, 0, 0) RETURNING id", (new_name, linking_key(new_name, etype), etype))
        for article_id, local_id in locals_moved:
            store.execute("UPDATE mentions SET entity_id = ? WHERE article_id = ? AND local_id = ?",
                          (new, article_id, local_id))
            store.execute("UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND speaker_local = ?",
                          (new, article_id, local_id))
            store.execute("UPDATE timeline_entities SET entity_id = ? WHERE entity_id = ? AND item_id IN "
                          "(SELECT id FROM timeline_items WHERE article_id = ?)", (new, eid, article_id))
        moved_list = sorted(moved_keys)
        marks = ",".join("?" * len(moved_list))
        store.execute(f"UPDATE entity_keys SET entity_id = ? WHERE entity_id = ? AND key IN ({marks})",
                      [new, eid, *moved_list])
        store.execute("INSERT INTO entity_keys (key, entity_id, kind) SELECT key, ?, kind FROM entity_keys "
                      "WHERE entity_id = ? AND kind <> 'full' ON CONFLICT DO NOTHING", (new, eid))
        for r in store.query("SELECT alias, n FROM entity_aliases WHERE entity_id = ?", (eid,)):
            if "f:" + linking_key(r["alias"], etype) in moved_keys:
                store.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (eid, r["alias"]))
                store.execute("INSERT INTO entity_aliases (entity_id, alias, n) VALUES (?, ?, ?)",
                              (new, r["alias"], r["n"]))
        _recount(store, eid)
        _recount(store, new)
        return new
