"""Manual corrections of stories: merging stories and splitting articles out of one.

Each correction is recorded in ``story_rules`` by the articles it names, so that ``relink``
(which clusters every article again) ends with the same grouping: the rules are applied again,
in the order they were made, after the articles are linked.
"""

from __future__ import annotations

import json

from ..errors import UsageError
from ..store import Store
from .stories import StoryLinker
from .timestamps import utc_now


def _articles_of(store: Store, sid: int) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM articles WHERE story_id = ? ORDER BY published, id", (sid,))]


def _move(store: Store, stories: StoryLinker, article_ids: list[str], target: int) -> set[int]:
    """Put articles (and their near-duplicates) in story ``target``; the stories they left."""
    marks = ",".join("?" * len(article_ids))
    left = {int(r["story_id"]) for r in store.query(
        f"SELECT DISTINCT story_id FROM articles WHERE (id IN ({marks}) OR dup_of IN ({marks})) "
        f"AND story_id IS NOT NULL", [*article_ids, *article_ids])} - {target}
    store.execute(f"UPDATE articles SET story_id = ? WHERE id IN ({marks}) OR dup_of IN ({marks})",
                  [target, *article_ids, *article_ids])
    return left


def _record(store: Store, kind: str, article_ids: list[str], reason: str | None) -> None:
    payload = {"articles": article_ids, **({"reason": reason} if reason else {})}
    store.execute("INSERT INTO story_rules (kind, payload, created) VALUES (?, ?, ?)",
                  (kind, json.dumps(payload, ensure_ascii=False), utc_now()))


def merge_stories(store: Store, stories: StoryLinker, target: int, others: list[int], record: bool = True,
                  reason: str | None = None) -> None:
    """Merge the stories ``others`` into ``target`` and record the rule (with its reason)."""
    with store.transaction():
        for sid in [target, *others]:
            if store.one("SELECT id FROM stories WHERE id = ?", (sid,)) is None:
                raise UsageError(f"no story {sid}")
        moved = [a for sid in others for a in _articles_of(store, sid)]
        if record:
            _record(store, "merge", _articles_of(store, target) + moved, reason)
        if moved:
            _move(store, stories, moved, target)
        for sid in {target, *others}:
            stories.rebuild(sid)


def split_story(store: Store, stories: StoryLinker, sid: int, article_ids: list[str], record: bool = True,
                reason: str | None = None) -> int:
    """Move ``article_ids`` out of story ``sid`` into a new story; returns the new story's id."""
    with store.transaction():
        members = set(_articles_of(store, sid))
        if not members:
            raise UsageError(f"no story {sid}")
        unknown = [a for a in article_ids if a not in members]
        if unknown:
            raise UsageError(f"story {sid} has no article {', '.join(unknown)}")
        if set(article_ids) >= members:
            raise UsageError(f"splitting every article out of story {sid} leaves it empty")
        if record:
            _record(store, "split", list(article_ids), reason)
        new = store.insert("INSERT INTO stories (label, start_date, end_date, n_articles, terms) "
                           "VALUES ('', NULL, NULL, 0, '{}') RETURNING id")
        _move(store, stories, list(article_ids), new)
        stories.rebuild(sid)
        stories.rebuild(new)
        return new


def apply_story_rules(store: Store, stories: StoryLinker) -> None:
    """Apply the recorded merges and splits again, in order (after a relink)."""
    for rule in store.query("SELECT kind, payload FROM story_rules ORDER BY id"):
        ids = [a for a in json.loads(rule["payload"])["articles"]
               if store.one("SELECT id FROM articles WHERE id = ?", (a,)) is not None]
        story_ids = list(dict.fromkeys(int(r["story_id"]) for a in ids for r in store.query(
            "SELECT story_id FROM articles WHERE id = ? AND story_id IS NOT NULL", (a,))))
        if rule["kind"] == "merge" and len(story_ids) > 1:
            merge_stories(store, stories, story_ids[0], story_ids[1:], record=False)
        elif rule["kind"] == "split" and ids:
            if len(story_ids) == 1 and set(ids) == set(_articles_of(store, story_ids[0])):
                continue   # already a story of their own
            new = store.insert("INSERT INTO stories (label, start_date, end_date, n_articles, terms) "
                               "VALUES ('', NULL, NULL, 0, '{}') RETURNING id")
            _move(store, stories, ids, new)
            for sid in [*story_ids, new]:
                stories.rebuild(sid)
