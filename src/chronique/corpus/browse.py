"""Browsing the corpus page by page: articles, entities and stories with filters and a choice of
order, each page with its honest total (``total_capped`` past ``queries.MAX_COUNT``). The orders
are data: a name the pages and the API show, and its SQL ``ORDER BY`` (the first is the default).
"""

from __future__ import annotations

from typing import Any

from ..errors import UsageError
from ..store import Store
from . import queries
from .queries import ARTICLE_COLS, ENTITY_COLS, STORY_COLS, _count, _page, _where, _window, article_filters, entity_filters

ARTICLE_SORTS = {
    "recent": "a.published DESC, a.id",
    "oldest": "a.published ASC, a.id",
    "title": "lower(a.title), a.id",
    "longest": "a.n_words DESC, a.id",
}
ENTITY_SORTS = {
    "articles": "e.n_articles DESC, e.id",
    "mentions": "e.n_mentions DESC, e.id",
    "name": "lower(e.name), e.id",
    "recent": "e.last_seen DESC, e.id",
    "oldest": "e.first_seen ASC, e.id",
}
STORY_SORTS = {
    "recent": "s.end_date DESC, s.n_articles DESC, s.id DESC",
    "size": "s.n_articles DESC, s.end_date DESC, s.id DESC",
    "oldest": "s.start_date ASC, s.id",
}


SEARCH_MARGIN = 200  # hits read past the page with ``q``, as the service's article search does


def _order(sorts: dict[str, str], sort: str | None) -> str:
    if sort is None:
        return next(iter(sorts.values()))
    if sort not in sorts:
        raise UsageError(f"unknown sort {sort!r}: choose one of {', '.join(sorts)}")
    return sorts[sort]


def browse_articles(store: Store, *, q: str | None = None, since: str | None = None, until: str | None = None,
                    outlet: str | None = None, entity: int | None = None, story: int | None = None,
                    sort: str | None = None, limit: int, offset: int) -> dict[str, Any]:
    """Articles (near-duplicates left out), newest first or by ``sort``; with ``q``, by relevance
    among the first ``offset + limit + SEARCH_MARGIN`` full-text hits, ``sort`` then ordering those
    (``total_capped`` when there may be more)."""
    order = _order(ARTICLE_SORTS, sort)
    if q:
        fetch = offset + limit + SEARCH_MARGIN
        page = queries.list_articles(store, query=q, since=since, until=until, entity=entity, story=story,
                                     limit=fetch, offset=0)
        rows = [r for r in page["items"] if r["dup_of"] is None and (not outlet or r["outlet"] == outlet)]
        if sort:
            key, reverse = {"recent": ("published", True), "oldest": ("published", False), "title": ("title", False),
                            "longest": ("n_words", True)}[sort]
            rows.sort(key=lambda r: (r[key] is None, r[key] or ""), reverse=reverse)
        out = _page(rows[offset:offset + limit], len(rows), limit, offset)
        if len(page["items"]) >= fetch:  # the search stopped at ``fetch`` hits: there may be more
            out["total_capped"] = True
        return out
    conds, params = ["a.dup_of IS NULL"], []
    if outlet:
        conds.append("a.outlet = ?")
        params.append(outlet)
    article_filters(conds, params, entity, story, since, until)
    where = _where(conds)
    total = _count(store, f"articles a{where}", params)
    items = store.query(f"SELECT {ARTICLE_COLS} FROM articles a{where} ORDER BY {order} LIMIT ? OFFSET ?",
                        [*params, limit, offset])
    return _page(items, total, limit, offset)


def entity_summary(store: Store, eid: int) -> dict[str, Any] | None:
    """One entity's list fields (``list_entities`` item), without its articles, quotes and timeline."""
    return store.one(f"SELECT {ENTITY_COLS} FROM entities e WHERE e.id = ?", (eid,))


def outlets(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """The outlets of the corpus, most articles first: ``[{outlet, n}]`` (for a filter's choices)."""
    return store.query("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL AND outlet <> '' "
                       "GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?", (limit,))


def browse_entities(store: Store, *, q: str | None = None, type: str | None = None, since: str | None = None,
                    until: str | None = None, min_articles: int = 1, sort: str | None = None,
                    limit: int, offset: int) -> dict[str, Any]:
    """Entities seen in [since, until] with at least ``min_articles`` articles, most cited first or by ``sort``."""
    order = _order(ENTITY_SORTS, sort)
    conds, params = [], []
    if min_articles > 1:
        conds.append("e.n_articles >= ?")
        params.append(min_articles)
    entity_filters(store, conds, params, type, q)
    _window(conds, params, since, until, "e.first_seen", "e.last_seen")
    where = _where(conds)
    total = _count(store, f"entities e{where}", params)
    items = store.query(f"SELECT {ENTITY_COLS} FROM entities e{where} ORDER BY {order} LIMIT ? OFFSET ?",
                        [*params, limit, offset])
    return _page(items, total, limit, offset)


def browse_stories(store: Store, *, since: str | None = None, until: str | None = None, entity: int | None = None,
                   min_articles: int = 1, max_articles: int | None = None, sort: str | None = None,
                   limit: int, offset: int) -> dict[str, Any]:
    """Stories meeting [since, until] whose size lies in [min_articles, max_articles], latest first or by ``sort``."""
    order = _order(STORY_SORTS, sort)
    conds, params = ["s.n_articles >= ?"], [min_articles]
    if max_articles is not None:
        conds.append("s.n_articles <= ?")
        params.append(max_articles)
    if entity is not None:
        conds.append("s.id IN (SELECT story_id FROM story_entities WHERE entity_id = ?)")
        params.append(entity)
    _window(conds, params, since, until, "s.start_date", "s.end_date")
    where = _where(conds)
    total = _count(store, f"stories s{where}", params)
    items = store.query(f"SELECT {STORY_COLS} FROM stories s{where} ORDER BY {order} LIMIT ? OFFSET ?",
                        [*params, limit, offset])
    return _page(items, total, limit, offset)


__all__ = ["ARTICLE_SORTS", "ENTITY_SORTS", "STORY_SORTS", "browse_articles", "browse_entities", "browse_stories",
           "entity_summary", "outlets"]
