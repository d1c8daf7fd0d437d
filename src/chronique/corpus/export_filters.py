"""The filters every export takes (``--since/--until/--entity/--story/--query``): which articles.

The filters choose articles, as ``list_articles`` does: published in [since, until], mentioning
the entity, in the story, matching the full-text query. Each export then keeps the rows from
those articles (quotations, event mentions, timeline items, the entities they mention, their
stories), and with an entity the rows about it: the quotations it said, the events it took part
in, its own timeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Store

# Full-text hits asked for at most: a filter matching more articles than this is no filter.
MAX_QUERY_HITS = 1_000_000


@dataclass(frozen=True)
class ExportFilter:
    since: str | None = None
    until: str | None = None
    entity: int | None = None   # a resolved entity id
    story: int | None = None
    query: str | None = None

    @property
    def empty(self) -> bool:
        return not any((self.since, self.until, self.entity, self.story, self.query))


def selected_articles(store: Store, f: ExportFilter) -> set[str] | None:
    """The ids of the articles the filter keeps; None when there is no filter (every article)."""
    if f.empty:
        return None
    conds, params = [], []
    if f.entity is not None:
        conds.append("id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(f.entity)
    if f.story is not None:
        conds.append("story_id = ?")
        params.append(f.story)
    if f.since:
        conds.append("published >= ?")
        params.append(f.since)
    if f.until:
        # a date-time published on the last day is kept: compare the day only
        conds.append("substr(published, 1, 10) <= ?")
        params.append(f.until)
    where = " WHERE " + " AND ".join(conds) if conds else ""
    ids = {r["id"] for r in store.query(f"SELECT id FROM articles{where}", params)}
    if f.query:
        ids &= {r["id"] for r in store.search_articles(f.query, limit=MAX_QUERY_HITS)}
    return ids
