"""The stored entities that one article's names may link to, read once per article.

Entity linking looks up, for each of an article's entities, the global entities indexed under its
keys (``entity_keys``) and their full names. Asked one entity at a time, that is two statements per
entity, each a round trip to the server on PostgreSQL. ``KnownEntities`` reads them for all the
article's keys in two statements before the first entity is linked, and is kept current as the
article creates entities and adds keys, names and genders to them, so that every look-up after
the first sees exactly what the store holds (``EntityLinker.link``).
"""

from __future__ import annotations

from typing import Iterable

from ..store import Store

# Parameters per ``IN (…)`` list: well under SQLite's limit on bound variables.
CHUNK = 500


class KnownEntities:
    def __init__(self, store: Store, keys: Iterable[str]):
        self.by_key: dict[str, set[int]] = {}
        self.entities: dict[int, dict] = {}   # id -> {name, type, gender, n_articles}
        self.full: dict[int, set[str]] = {}   # id -> its full keys, without the "f:"
        for chunk in _chunks(list(dict.fromkeys(keys))):
            for r in store.query(
                    f"SELECT k.entity_id, k.key, e.name, e.type, e.gender, e.n_articles FROM entity_keys k "
                    f"JOIN entities e ON e.id = k.entity_id WHERE k.key IN ({','.join('?' * len(chunk))})", chunk):
                eid = int(r["entity_id"])
                self.by_key.setdefault(r["key"], set()).add(eid)
                self.entities[eid] = {"name": r["name"], "type": r["type"], "gender": r["gender"],
                                      "n_articles": r["n_articles"]}
        for chunk in _chunks(list(self.entities)):
            for r in store.query(f"SELECT entity_id, key FROM entity_keys WHERE kind = 'full' "
                                 f"AND entity_id IN ({','.join('?' * len(chunk))})", chunk):
                self.full.setdefault(int(r["entity_id"]), set()).add(r["key"][2:])

    def candidates(self, keys: list[str]) -> list[dict]:
        """The entities indexed under any of ``keys``: ``{id, name, type, gender, n_articles, hits}``."""
        by_id: dict[int, dict] = {}
        for key in dict.fromkeys(keys):
            for eid in self.by_key.get(key, ()):
                by_id.setdefault(eid, {"id": eid, **self.entities[eid], "hits": set()})["hits"].add(key)
        return list(by_id.values())

    def full_keys(self, entity_ids: list[int]) -> dict[int, list[str]]:
        return {i: sorted(self.full.get(i, ())) for i in entity_ids}

    # -- kept current with what linking writes ------------------------------------------------------
    def created(self, eid: int, name: str, type_: str, gender: str | None) -> None:
        self.entities[eid] = {"name": name, "type": type_, "gender": gender, "n_articles": 0}

    def keys_added(self, eid: int, keys: list[tuple[str, str]]) -> None:
        for key, kind in keys:
            self.by_key.setdefault(key, set()).add(eid)
            if kind == "full":
                self.full.setdefault(eid, set()).add(key[2:])

    def updated(self, eid: int, **values) -> None:
        self.entities[eid].update(values)


def _chunks(items: list) -> list[list]:
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
