"""Corrections of the entity links by hand — merge, split, rename, change of type — recorded with
their time and reason, reversible, and obeyed again after re-linking.

Each correction is two records: a *rule* in ``entity_rules`` that linking obeys (``merge`` and
``split`` through ``EntityLinker.rules``; ``rename`` and ``retype`` through ``apply_overrides``,
run after each article and after ``relink``), and a row of the ``corrections`` log (kind, entity,
reason, time, what it changed). Rules name entities by their linking keys, never by id, because
ids change when the corpus is re-linked. Undoing adds the inverse rule (a split for a merge, a
merge for a split) or removes the rename/retype rule, and marks the correction undone; the undo
is itself a correction in the log.
"""

from __future__ import annotations

import json
from typing import Any

from ..article.model import ENTITY_TYPES
from ..errors import StoreError, UsageError
from ..store import Store
from .entities import linking_key
from .manual_rules import merge_entities, split_entity
from .queries import _page
from .timestamps import utc_now

KINDS = ("merge", "split", "rename", "retype", "undo")
OVERRIDE_KINDS = ("rename", "retype")
MAX_REASON_CHARS = 500


def _full_keys(store: Store, eid: int) -> list[str]:
    return sorted(r["key"] for r in store.query(
        "SELECT key FROM entity_keys WHERE entity_id = ? AND kind = 'full'", (eid,)))


def _entity(store: Store, eid: int) -> dict[str, Any]:
    row = store.one("SELECT id, name, type FROM entities WHERE id = ?", (eid,))
    if row is None:
        raise UsageError(f"no entity {eid} in the corpus")
    return row


def entity_by_keys(store: Store, keys: list[str]) -> int | None:
    """The entity holding most of these linking keys (most articles first): where a rule's entity is now."""
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    row = store.one(f"SELECT k.entity_id AS id, count(*) AS hits FROM entity_keys k JOIN entities e ON "
                    f"e.id = k.entity_id WHERE k.key IN ({marks}) GROUP BY k.entity_id, e.n_articles "
                    f"ORDER BY hits DESC, e.n_articles DESC, k.entity_id LIMIT 1", keys)
    return int(row["id"]) if row else None


def _reason(reason: str | None) -> str | None:
    reason = " ".join((reason or "").split())
    if len(reason) > MAX_REASON_CHARS:
        raise UsageError(f"the reason is longer than {MAX_REASON_CHARS} characters")
    return reason or None


def _record(store: Store, kind: str, eid: int | None, payload: dict[str, Any], reason: str | None) -> int:
    return int(store.insert("INSERT INTO corrections (kind, entity_id, payload, reason, created) VALUES "
                            "(?, ?, ?, ?, ?) RETURNING id",
                            (kind, eid, json.dumps(payload, ensure_ascii=False), _reason(reason), utc_now())))


def _rule(store: Store, kind: str, payload: dict[str, Any]) -> int:
    return int(store.insert("INSERT INTO entity_rules (kind, payload, created) VALUES (?, ?, ?) RETURNING id",
                            (kind, json.dumps(payload, ensure_ascii=False), utc_now())))


def _aliases(store: Store, eid: int) -> list[str]:
    return [r["alias"] for r in store.query("SELECT alias FROM entity_aliases WHERE entity_id = ? AND n > 0 "
                                            "ORDER BY n DESC, alias", (eid,))]


# -- the four corrections -------------------------------------------------------------------------
def merge(store: Store, target: int, others: list[int], reason: str | None, name: str | None = None) -> int:
    """Merge ``others`` into ``target``; returns the correction's id."""
    others = [o for o in dict.fromkeys(others) if o != target]
    if not others:
        raise UsageError("merge needs at least one other entity than the target")
    before = _entity(store, target)
    snapshot = [{**_entity(store, o), "aliases": _aliases(store, o), "keys": _full_keys(store, o)} for o in others]
    with store.transaction():
        merge_entities(store, target, others, name)
        return _record(store, "merge", target, {"others": snapshot, "name": name, "old_name": before["name"],
                                                "keys": _full_keys(store, target)}, reason)


def split(store: Store, eid: int, aliases: list[str], reason: str | None, name: str | None = None) -> tuple[int, int]:
    """Move the mentions named by ``aliases`` to a new entity; returns (correction id, new entity id)."""
    before = _entity(store, eid)
    with store.transaction():
        new = split_entity(store, eid, aliases, name)
        cid = _record(store, "split", eid, {"aliases": aliases, "new": new, "name": name or aliases[0],
                                            "old_name": before["name"], "keys": _full_keys(store, eid),
                                            "new_keys": _full_keys(store, new)}, reason)
    return cid, new


def rename(store: Store, eid: int, name: str, reason: str | None) -> int:
    name = " ".join(name.split())
    if not name:
        raise UsageError("the new name is empty")
    before = _entity(store, eid)
    with store.transaction():
        keys = _full_keys(store, eid)
        rule = _rule(store, "rename", {"keys": keys, "name": name})
        store.execute("UPDATE entities SET name = ? WHERE id = ?", (name, eid))
        return _record(store, "rename", eid, {"name": name, "old_name": before["name"], "keys": keys, "rule": rule},
                       reason)


def retype(store: Store, eid: int, type_: str, reason: str | None) -> int:
    if type_ not in ENTITY_TYPES:
        raise UsageError(f"unknown entity type {type_!r}: choose one of {', '.join(ENTITY_TYPES)}")
    before = _entity(store, eid)
    with store.transaction():
        keys = _full_keys(store, eid)
        rule = _rule(store, "retype", {"keys": keys, "type": type_})
        _set_type(store, eid, type_)
        return _record(store, "retype", eid, {"type": type_, "old_type": before["type"], "keys": keys, "rule": rule},
                       reason)


def _set_type(store: Store, eid: int, type_: str) -> None:
    row = store.one("SELECT name FROM entities WHERE id = ?", (eid,))
    store.execute("UPDATE entities SET type = ?, name_key = ? WHERE id = ?", (type_, linking_key(row["name"], type_), eid))
    store.execute("UPDATE mentions SET type = ? WHERE entity_id = ?", (type_, eid))


# -- undoing ---------------------------------------------------------------------------------------
def undo(store: Store, cid: int, reason: str | None) -> int:
    """Reverse correction ``cid``; returns the id of the undo (itself a correction)."""
    row = store.one("SELECT id, kind, entity_id, payload, undone FROM corrections WHERE id = ?", (cid,))
    if row is None:
        raise UsageError(f"no correction {cid}")
    if row["undone"]:
        raise UsageError(f"correction {cid} was already undone")
    if row["kind"] == "undo":
        raise UsageError("an undo is not undone: make the correction again")
    payload = json.loads(row["payload"])
    with store.transaction():
        eid = entity_by_keys(store, payload.get("keys", [])) or row["entity_id"]
        if row["kind"] == "merge":
            for other in payload["others"]:
                try:
                    split_entity(store, eid, other["aliases"] or [other["name"]], other["name"])
                except StoreError as err:  # nothing left under those names: nothing to move back
                    raise UsageError(f"cannot undo correction {cid}: {err}") from err
            if payload.get("name"):
                store.execute("UPDATE entities SET name = ? WHERE id = ?", (payload["old_name"], eid))
        elif row["kind"] == "split":
            new = entity_by_keys(store, payload.get("new_keys", [])) or payload["new"]
            if new == eid:
                raise UsageError(f"cannot undo correction {cid}: the two entities are one again")
            merge_entities(store, eid, [new], payload["old_name"])
        else:
            store.execute("DELETE FROM entity_rules WHERE id = ?", (payload["rule"],))
            if row["kind"] == "rename":
                store.execute("UPDATE entities SET name = ? WHERE id = ?", (payload["old_name"], eid))
            else:
                _set_type(store, eid, payload["old_type"])
        undo_id = _record(store, "undo", eid, {"of": cid, "kind": row["kind"]}, reason)
        store.execute("UPDATE corrections SET undone = ?, undone_by = ? WHERE id = ?", (utc_now(), undo_id, cid))
        apply_overrides(store)
    return undo_id


# -- after linking ----------------------------------------------------------------------------------
def override_rules(store: Store) -> list[dict]:
    """The rename and retype rules, in the order they were made."""
    return store.query("SELECT kind, payload FROM entity_rules WHERE kind IN ('rename', 'retype') ORDER BY id")


def apply_overrides(store: Store, rules: list[dict] | None = None) -> None:
    """Give every renamed or retyped entity its corrected name or type again (after linking
    changed or recreated it), in the order the rules were made (``rules``: ``override_rules``,
    read now when not given)."""
    for rule in override_rules(store) if rules is None else rules:
        payload = json.loads(rule["payload"])
        eid = entity_by_keys(store, payload["keys"])
        if eid is None:
            continue
        if rule["kind"] == "rename":
            store.execute("UPDATE entities SET name = ? WHERE id = ? AND name <> ?", (payload["name"], eid, payload["name"]))
        else:
            current = store.one("SELECT type FROM entities WHERE id = ?", (eid,))
            if current and current["type"] != payload["type"]:
                _set_type(store, eid, payload["type"])


def list_corrections(store: Store, *, entity: int | None = None, limit: int, offset: int) -> dict[str, Any]:
    """The log, latest first: ``{id, kind, entity, payload, reason, created, undone, undone_by}``."""
    where, params = ("WHERE entity_id = ?", [entity]) if entity is not None else ("", [])
    total = int(store.scalar(f"SELECT count(*) AS n FROM corrections {where}", params) or 0)
    rows = store.query(f"SELECT id, kind, entity_id AS entity, payload, reason, created, undone, undone_by "
                       f"FROM corrections {where} ORDER BY id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    for r in rows:
        r["payload"] = json.loads(r["payload"])
    return _page(rows, total, limit, offset)


__all__ = ["KINDS", "apply_overrides", "entity_by_keys", "list_corrections", "merge", "rename", "retype", "split",
           "undo"]
