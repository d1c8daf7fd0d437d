"""Read queries behind ``Corpus``: each one a few indexed SQL statements returning plain dicts."""

from __future__ import annotations

import json
from typing import Any

from ..store import Store
from ..lang.fr.names import fold, person_name
from .stories import arcs

Page = dict[str, Any]

ARTICLE_COLS = "a.id, a.title, a.published, a.outlet, a.url, a.story_id AS story, a.dup_of, a.n_words"
ENTITY_COLS = "e.id, e.name, e.type, e.n_articles, e.n_mentions, e.first_seen, e.last_seen"
QUOTE_COLS = ("q.id, q.article_id AS article, q.local_id, q.kind, q.text, q.speaker_id AS speaker, "
              "e.name AS speaker_name, q.speaker_text, q.cue, q.published, q.start_char AS start, "
              "q.end_char AS \"end\", q.sentence")


# Totals are counted up to this many rows: counting the 100k+ timeline rows of the most-cited
# entity costs ~30 ms on SQLite, more than the page itself; past it ``total`` is a lower bound
# and the page says so with ``total_capped`` (the usual practice of search engines).
MAX_COUNT = 10_000


def _page(items: list, total: int, limit: int, offset: int) -> Page:
    page = {"items": items, "total": total, "limit": limit, "offset": offset}
    if total >= MAX_COUNT:
        page["total"] = max(total, offset + len(items))
        page["total_capped"] = True
    return page


def _count(store: Store, from_where: str, params: list) -> int:
    """``count(*)`` of ``FROM ... WHERE ...``, stopping at MAX_COUNT rows."""
    return int(store.scalar(f"SELECT count(*) AS n FROM (SELECT 1 AS x FROM {from_where} LIMIT {MAX_COUNT}) c",
                            params) or 0)


def _where(conds: list[str]) -> str:
    return (" WHERE " + " AND ".join(conds)) if conds else ""


def entity_filters(store: Store, conds: list[str], params: list, type: str | None, text: str | None) -> None:
    """Add the entity list's filters (a type; words of a name, an alias, a first name or a surname)."""
    if type:
        conds.append("e.type = ?")
        params.append(type.upper())
    if text:
        key = fold(text)
        conds.append(f"({store.entity_name_like('e')} OR e.id IN "
                     "(SELECT entity_id FROM entity_keys WHERE key = ? OR key = ?))")
        params += [f"%{key}%", "f:" + key, "s:" + key]


def article_filters(conds: list[str], params: list, entity: int | None, story: int | None,
                    since: str | None, until: str | None) -> None:
    """Add the article list's filters (mentioning an entity, in a story, published in a window)."""
    if entity is not None:
        conds.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(entity)
    if story is not None:
        conds.append("a.story_id = ?")
        params.append(story)
    _window(conds, params, since, until, "a.published")


def _window(conds: list[str], params: list, since: str | None, until: str | None,
            start_col: str, end_col: str | None = None) -> None:
    """Keep rows whose span [start_col, end_col] meets [since, until] (end_col defaults to start_col)."""
    if since:
        conds.append(f"{end_col or start_col} >= ?")
        params.append(since)
    if until:
        conds.append(f"{start_col} <= ?")
        params.append(until)


def entity_exists(store: Store, eid: int) -> bool:
    return store.one("SELECT id FROM entities WHERE id = ?", (eid,)) is not None


def stats(store: Store) -> dict[str, int]:
    out = {}
    for name, sql in (("articles", "SELECT count(*) AS n FROM articles WHERE dup_of IS NULL"),
                      ("duplicates", "SELECT count(*) AS n FROM articles WHERE dup_of IS NOT NULL"),
                      ("entities", "SELECT count(*) AS n FROM entities"),
                      ("quotes", "SELECT count(*) AS n FROM quotes"),
                      ("events", "SELECT count(*) AS n FROM events"),
                      ("stories", "SELECT count(*) AS n FROM stories"),
                      ("errors", "SELECT count(*) AS n FROM ingest_errors")):
        out[name] = int(store.scalar(sql) or 0)
    return out


def published_years(store: Store) -> dict[int, int]:
    """Stored articles per year of a known (given or metadata) publication date."""
    rows = store.query("SELECT substr(published, 1, 4) AS y, count(*) AS n FROM articles "
                       "WHERE published IS NOT NULL AND published_source IN ('given', 'metadata') "
                       "GROUP BY substr(published, 1, 4)")
    return {int(r["y"]): int(r["n"]) for r in rows if str(r["y"]).isdigit()}


# -- articles -----------------------------------------------------------------------------------------
def get_article(store: Store, article_id: str, include_json: bool) -> dict[str, Any] | None:
    row = store.one(f"SELECT {ARTICLE_COLS}, a.text, a.json FROM articles a WHERE a.id = ?", (article_id,))
    if row is None:
        return None
    raw = row.pop("json")
    row["entities"] = store.query(
        "SELECT m.local_id, m.entity_id AS entity, e.name, e.type FROM mentions m JOIN entities e "
        "ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.local_id", (article_id,))
    row["duplicates"] = [r["id"] for r in store.query("SELECT id FROM articles WHERE dup_of = ? ORDER BY id",
                                                        (article_id,))]
    if include_json:
        row["json"] = json.loads(raw)
    return row


def list_articles(store: Store, *, query: str | None, since: str | None, until: str | None, entity: int | None,
                  story: int | None, limit: int, offset: int) -> Page:
    if query:
        hits = store.search_articles(query, limit=limit + offset + 200, offset=0)
        ids = [h["id"] for h in hits]
        snippets = {h["id"]: h.get("snippet") for h in hits}
        rows = _articles_by_ids(store, ids)
        rows = [r for r in rows if _in_range(r["published"], since, until)
                and (story is None or r["story"] == story)]
        if entity is not None:
            linked = {r["article_id"] for r in store.query(
                "SELECT article_id FROM mentions WHERE entity_id = ?", (entity,))}
            rows = [r for r in rows if r["id"] in linked]
        for r in rows:
            r["snippet"] = snippets.get(r["id"])
        return _page(rows[offset:offset + limit], len(rows), limit, offset)
    conds, params = [], []
    join = ""
    article_filters(conds, params, entity, story, since, until)
    where = _where(conds)
    total = _count(store, f"articles a{join}{where}", params)
    items = store.query(f"SELECT {ARTICLE_COLS} FROM articles a{join}{where} "
                        f"ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return _page(items, total, limit, offset)


def _articles_by_ids(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    by_id = {r["id"]: r for r in store.query(f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id IN ({marks})", ids)}
    return [by_id[i] for i in ids if i in by_id]


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since and (not date or date < since):
        return False
    if until and (not date or date[:len(until)] > until):
        return False
    return True


# -- entities ---------------------------------------------------------------------------------------------
def list_entities(store: Store, *, type: str | None, text: str | None, limit: int, offset: int) -> Page:
    conds, params = [], []
    entity_filters(store, conds, params, type, text)
    where = _where(conds)
    total = _count(store, f"entities e{where}", params)
    items = store.query(f"SELECT {ENTITY_COLS} FROM entities e{where} ORDER BY e.n_articles DESC, e.id "
                        f"LIMIT ? OFFSET ?", [*params, limit, offset])
    return _page(items, total, limit, offset)


def find_entities(store: Store, name: str, type: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
    """Exact folded name first, then the surname index, then a substring of the name."""
    key = fold(name)
    pkey = person_name(name).key
    type_cond = " AND e.type = ?" if type else ""
    tparams = [type.upper()] if type else []
    out: list[dict[str, Any]] = []
    seen: set[int] = set()
    for sql, params in (
        (f"SELECT {ENTITY_COLS} FROM entities e JOIN entity_keys k ON k.entity_id = e.id "
         f"WHERE k.key IN (?, ?){type_cond} ORDER BY e.n_articles DESC LIMIT ?", ["f:" + key, "f:" + pkey, *tparams]),
        (f"SELECT {ENTITY_COLS} FROM entities e JOIN entity_keys k ON k.entity_id = e.id "
         f"WHERE k.key = ?{type_cond} ORDER BY e.n_articles DESC LIMIT ?", ["s:" + person_name(name).surname, *tparams]),
        (f"SELECT {ENTITY_COLS} FROM entities e WHERE {store.entity_name_like('e')}{type_cond} "
         f"ORDER BY e.n_articles DESC LIMIT ?", [f"%{key}%", *tparams]),
    ):
        for r in store.query(sql, [*params, limit]):
            if r["id"] not in seen:
                seen.add(r["id"])
                out.append(r)
        if out:
            break
    return out[:limit]


# What ``get_entity`` gives of each list by default (the API's entity): the latest articles,
# quotations, events and stories, and the first timeline items. A caller that shows fewer (the
# entity page) asks for fewer: the timeline alone is a third of the work for a much-cited entity.
ENTITY_DETAIL = {"articles": 100, "quotes": 50, "events": 50, "stories": 50, "timeline": 200}


def get_entity(store: Store, eid: int, sizes: dict[str, int] | None = None) -> dict[str, Any] | None:
    """The entity and its lists, each cut to ``sizes`` (``ENTITY_DETAIL`` for any not given; 0 leaves a list empty)."""
    size = ENTITY_DETAIL | (sizes or {})
    row = store.one(f"SELECT {ENTITY_COLS}, e.gender FROM entities e WHERE e.id = ?", (eid,))
    if row is None:
        return None
    row["aliases"] = store.query("SELECT alias, n FROM entity_aliases WHERE entity_id = ? AND n > 0 "
                                 "ORDER BY n DESC, alias", (eid,))
    row["articles"] = store.query(
        f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?) "
        f"ORDER BY a.published DESC, a.id LIMIT ?", (eid, size["articles"])) if size["articles"] else []
    row["quotes"] = list_quotes(store, speaker=eid, since=None, until=None, query=None, article=None, kind=None,
                                limit=size["quotes"], offset=0, counted=False)["items"] if size["quotes"] else []
    row["events"] = list_events(store, entity=eid, type=None, since=None, until=None, limit=size["events"], offset=0,
                                counted=False)["items"] if size["events"] else []
    row["stories"] = store.query(
        "SELECT s.id, s.label, s.start_date AS start, s.end_date AS \"end\", s.n_articles FROM story_entities se "
        "JOIN stories s ON s.id = se.story_id WHERE se.entity_id = ? ORDER BY s.end_date DESC LIMIT ?",
        (eid, size["stories"])) if size["stories"] else []
    row["timeline"] = timeline_entity(store, eid, since=None, until=None, limit=size["timeline"],
                                      offset=0)["items"] if size["timeline"] else []
    return row


# -- quotes -------------------------------------------------------------------------------------------------
def list_quotes(store: Store, *, speaker: int | None, since: str | None, until: str | None, query: str | None,
                article: str | None, kind: str | None, limit: int, offset: int, counted: bool = True) -> Page:
    """A page of quotations, newest first; ``counted=False`` skips the total (then the page's own length)."""
    conds, params = [], []
    if speaker is not None:
        conds.append("q.speaker_id = ?")
        params.append(speaker)
    if since:
        conds.append("q.published >= ?")
        params.append(since)
    if until:
        conds.append("q.published <= ?")
        params.append(until + "\uffff" if len(until) < 10 else until)
    if article:
        conds.append("q.article_id = ?")
        params.append(article)
    if kind:
        conds.append("q.kind = ?")
        params.append(kind)
    if query:
        ids = [r["id"] for r in store.search_quotes(query, limit=5000, ids_only=True)]
        if not ids:
            return _page([], 0, limit, offset)
        conds.append(f"q.id IN ({','.join('?' * len(ids))})")
        params += ids
    where = _where(conds)
    items = store.query(f"SELECT {QUOTE_COLS} FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id{where} "
                        f"ORDER BY q.published DESC, q.id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    total = _count(store, f"quotes q{where}", params) if counted else offset + len(items)
    return _page(items, total, limit, offset)


# -- events -------------------------------------------------------------------------------------------------
def _event_details(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    parts: dict[int, list] = {i: [] for i in ids}
    for p in store.query(f"SELECT p.event_id, p.entity_id AS entity, e.name, p.role FROM event_participants p "
                         f"JOIN entities e ON e.id = p.entity_id WHERE p.event_id IN ({marks}) "
                         f"ORDER BY p.event_id, p.role DESC, p.entity_id", ids):
        parts[p.pop("event_id")].append(p)
    mentions: dict[int, list] = {i: [] for i in ids}
    for m in store.query(f"SELECT event_id, article_id AS article, local_id AS event, trigger, modality, "
                         f"time_value AS time, published, sentence, start_char AS start, end_char AS \"end\" "
                         f"FROM event_mentions WHERE event_id IN ({marks}) ORDER BY published, article_id", ids):
        mentions[m.pop("event_id")].append(m)
    for r in rows:
        r["participants"] = parts[r["id"]]
        r["mentions"] = mentions[r["id"]]
        r["was_planned"] = bool(r["was_planned"])
    return rows


EVENT_COLS = ("ev.id, ev.type, ev.mode, ev.modality, ev.was_planned, ev.time_value AS time, ev.t_start AS start, "
              "ev.t_end AS \"end\", ev.place_id AS place, pl.name AS place_name, ev.n_mentions")


def list_events(store: Store, *, entity: int | None, type: str | None, since: str | None, until: str | None,
                limit: int, offset: int, counted: bool = True) -> Page:
    """A page of events, latest first; ``counted=False`` skips the total (then the page's own length)."""
    conds, params = [], []
    if entity is not None:
        conds.append("ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?)")
        params.append(entity)
    if type:
        conds.append("ev.type = ?")
        params.append(type.upper())
    _window(conds, params, since, until, "COALESCE(ev.t_start, ev.first_seen)", "COALESCE(ev.t_end, ev.last_seen)")
    where = _where(conds)
    total = _count(store, f"events ev{where}", params) if counted else None
    rows = store.query(f"SELECT {EVENT_COLS} FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_id{where} "
                       f"ORDER BY COALESCE(ev.t_start, ev.first_seen) DESC, ev.id DESC LIMIT ? OFFSET ?",
                       [*params, limit, offset])
    return _page(_event_details(store, rows), offset + len(rows) if total is None else total, limit, offset)


def get_event(store: Store, event_id: int) -> dict[str, Any] | None:
    rows = store.query(f"SELECT {EVENT_COLS} FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_id "
                       f"WHERE ev.id = ?", (event_id,))
    return _event_details(store, rows)[0] if rows else None


# -- stories ------------------------------------------------------------------------------------------------
STORY_COLS = ("s.id, s.label, s.start_date AS start, s.end_date AS \"end\", s.n_articles, "
              "s.central_article")
# Entities named beside a story's headline in lists (the most frequent in its articles).
STORY_KEY_ENTITIES = 3


def _key_entities(store: Store, story_id: int, limit: int) -> list[dict[str, Any]]:
    return store.query("SELECT e.id, e.name, e.type, se.n FROM story_entities se JOIN entities e "
                       "ON e.id = se.entity_id WHERE se.story_id = ? ORDER BY se.n DESC, e.id LIMIT ?",
                       (story_id, limit))


def list_stories(store: Store, *, entity: int | None, since: str | None, until: str | None, min_articles: int,
                 limit: int, offset: int) -> Page:
    conds, params = ["s.n_articles >= ?"], [min_articles]
    if entity is not None:
        conds.append("s.id IN (SELECT story_id FROM story_entities WHERE entity_id = ?)")
        params.append(entity)
    _window(conds, params, since, until, "s.start_date", "s.end_date")
    where = _where(conds)
    total = _count(store, f"stories s{where}", params)
    items = store.query(f"SELECT {STORY_COLS} FROM stories s{where} ORDER BY s.end_date DESC, s.n_articles DESC, "
                        f"s.id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    for item in items:
        item["key_entities"] = [e["name"] for e in _key_entities(store, item["id"], STORY_KEY_ENTITIES)]
    return _page(items, total, limit, offset)


def get_story(store: Store, story_id: int) -> dict[str, Any] | None:
    row = store.one(f"SELECT {STORY_COLS} FROM stories s WHERE s.id = ?", (story_id,))
    if row is None:
        return None
    row["articles"] = store.query(f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.story_id = ? "
                                  f"ORDER BY a.published, a.id", (story_id,))
    row["entities"] = _key_entities(store, story_id, 50)
    row["key_entities"] = [e["name"] for e in row["entities"][:STORY_KEY_ENTITIES]]
    row["arcs"] = arcs([a["published"] for a in row["articles"]])
    ev_rows = store.query(
        f"SELECT DISTINCT {EVENT_COLS} FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_id "
        f"WHERE ev.id IN (SELECT em.event_id FROM event_mentions em JOIN articles a ON a.id = em.article_id "
        f"WHERE a.story_id = ?) ORDER BY start, ev.id", (story_id,))
    row["events"] = _event_details(store, ev_rows)
    return row


# -- timelines ----------------------------------------------------------------------------------------------
ITEM_COLS = ("t.id, t.kind, t.ref_id AS ref, t.t_start AS start, t.t_end AS \"end\", t.granularity, t.value, "
             "t.label, t.sentence, t.article_id AS article, a.title AS article_title, a.published, "
             "t.start_char, t.end_char")


def _items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows → items; the reports of one event collapse into one item (the most precise time)."""
    out: list[dict[str, Any]] = []
    events: dict[int, dict[str, Any]] = {}
    for r in rows:
        r["offsets"] = [r.pop("start_char"), r.pop("end_char")]
        r["mentions"] = [{"article": r["article"], "sentence": r["sentence"]}]
        if r["kind"] == "event" and r["ref"] is not None:
            first = events.get(r["ref"])
            if first is not None:
                first["mentions"].append({"article": r["article"], "sentence": r["sentence"]})
                continue
            events[r["ref"]] = r
        out.append(r)
    return out


def timeline_entity(store: Store, eid: int, *, since: str | None, until: str | None, limit: int,
                    offset: int) -> Page:
    conds, params = ["te.entity_id = ?"], [eid]
    _window(conds, params, since, until, "te.t_start")
    where = _where(conds)
    total = _count(store, f"timeline_entities te{where}", params)
    rows = store.query(f"SELECT {ITEM_COLS} FROM timeline_entities te JOIN timeline_items t ON t.id = te.item_id "
                       f"JOIN articles a ON a.id = t.article_id{where} ORDER BY te.t_start, t.t_end, t.id "
                       f"LIMIT ? OFFSET ?", [*params, limit, offset])
    return _page(_items(rows), total, limit, offset)


def timeline_story(store: Store, story_id: int, *, since: str | None, until: str | None, limit: int,
                   offset: int) -> Page:
    conds, params = ["a.story_id = ?"], [story_id]
    _window(conds, params, since, until, "t.t_start")
    where = _where(conds)
    total = _count(store, f"timeline_items t JOIN articles a ON a.id = t.article_id{where}", params)
    rows = store.query(f"SELECT {ITEM_COLS} FROM articles a JOIN timeline_items t ON t.article_id = a.id{where} "
                       f"ORDER BY t.t_start, t.t_end, t.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return _page(_items(rows), total, limit, offset)


# -- search & errors ----------------------------------------------------------------------------------------
def search(store: Store, text: str, *, limit: int) -> dict[str, list[dict[str, Any]]]:
    hits = store.search_articles(text, limit=limit)
    snippets = {h["id"]: h.get("snippet") for h in hits}
    articles = _articles_by_ids(store, [h["id"] for h in hits])
    for a in articles:
        a["snippet"] = snippets.get(a["id"])
    qids = [r["id"] for r in store.search_quotes(text, limit=limit, ids_only=True)]
    quotes: list[dict[str, Any]] = []
    if qids:
        marks = ",".join("?" * len(qids))
        by_id = {r["id"]: r for r in store.query(
            f"SELECT {QUOTE_COLS} FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.id IN ({marks})",
            qids)}
        quotes = [by_id[i] for i in qids if i in by_id]
    entities = list_entities(store, type=None, text=text, limit=limit, offset=0)["items"] if text.strip() else []
    key = f"%{text.strip().casefold()}%"
    stories = store.query(f"SELECT {STORY_COLS} FROM stories s WHERE lower(s.label) LIKE ? "
                          f"ORDER BY s.n_articles DESC LIMIT ?", (key, limit)) if text.strip() else []
    return {"articles": articles, "quotes": quotes, "entities": entities, "stories": stories}


def list_errors(store: Store, *, limit: int, offset: int) -> Page:
    total = int(store.scalar("SELECT count(*) AS n FROM ingest_errors") or 0)
    items = store.query("SELECT id, source, article_id, code, reason, at FROM ingest_errors ORDER BY id DESC "
                        "LIMIT ? OFFSET ?", (limit, offset))
    return _page(items, total, limit, offset)
