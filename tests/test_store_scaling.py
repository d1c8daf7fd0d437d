"""Look-ups whose cost must not grow with the store: entity names found through their trigram index
(migration 8) with the results of a plain ``LIKE``, event candidates read from the participants index,
and the per-slice linking times of the ingest report."""

from __future__ import annotations

import pytest

from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures
from corpus_helpers import make_article

from chronique.corpus import events, queries
from chronique.corpus.ingest_times import IngestTimes

TEXT = ("Anne Hidalgo a rencontré Emmanuel Macron à Paris. Le président Emmanuel Macron a salué "
        "Anne Hidalgo et la mairie de Paris.")
PEOPLE = [("e1", "PER", "Anne Hidalgo", ["Anne Hidalgo", "Anne Hidalgo"]),
          ("e2", "PER", "Emmanuel Macron", ["Emmanuel Macron", "Emmanuel Macron"]),
          ("e3", "LOC", "Paris", ["Paris", "Paris"])]


def _plan(store, sql: str, params: tuple) -> str:
    return " | ".join(r["detail"] for r in store.query("EXPLAIN QUERY PLAN " + sql, params))


def _by_like(store, pattern: str) -> list[int]:
    """The entities a plain LIKE over every name finds (what the index must reproduce)."""
    return [r["id"] for r in store.query("SELECT id FROM entities WHERE name_key LIKE ? ORDER BY id", (pattern,))]


def _by_index(store, pattern: str) -> list[int]:
    return [r["id"] for r in store.query(f"SELECT e.id FROM entities e WHERE {store.entity_name_like('e')} "
                                         "ORDER BY e.id", (pattern,))]


def test_entity_names_index_follows_every_write(corpus):  # noqa: F811
    corpus.add_article(make_article("a1", "2020-03-01", TEXT, entities=PEOPLE))
    store = corpus.store
    patterns = ["%hidalgo%", "%macron%", "%an%", "%ar%", "%zz%", "%", "%a_i%", "%MACRON%"]
    for p in patterns:
        assert _by_index(store, p) == _by_like(store, p), p
    assert len(_by_index(store, "%hidalgo%")) == 1
    # a renamed key (a fuller name seen later), a deleted entity (an article taken out): the index follows
    macron = store.scalar("SELECT id FROM entities WHERE name_key LIKE '%macron%'")
    with store.transaction():
        store.execute("UPDATE entities SET name_key = 'emmanuel jean-michel macron' WHERE id = ?", (macron,))
    assert _by_index(store, "%jean-michel%") == [macron] and _by_index(store, "%emmanuel macron%") == []
    assert corpus.delete_article("a1")
    corpus.add_article(make_article("a2", "2020-03-02", TEXT, entities=PEOPLE[:1]))
    for p in patterns + ["%jean-michel%"]:
        assert _by_index(store, p) == _by_like(store, p), p
    # the entity list and search (which read it) find the entity by part of its name
    assert [e["name"] for e in corpus.list_entities(text="hidal")["items"]] == ["Anne Hidalgo"]
    assert [e["name"] for e in corpus.search("hidalgo")["entities"]] == ["Anne Hidalgo"]


def test_entity_names_are_searched_through_the_index(corpus):  # noqa: F811
    if not corpus.url.startswith("sqlite"):
        pytest.skip("query plans are read from SQLite")
    corpus.add_article(make_article("a1", "2020-03-01", TEXT, entities=PEOPLE))
    sql = f"SELECT e.id FROM entities e WHERE {corpus.store.entity_name_like('e')}"
    plan = _plan(corpus.store, sql, ("%hidalgo%",))
    steps = plan.split(" | ")
    assert not [s for s in steps if s == "SCAN e" or s.startswith("SCAN e ")], plan  # no walk over every entity
    # FTS5 answers the LIKE itself ("L" in its index string), not by reading every name
    assert any(s.startswith("SCAN entity_names VIRTUAL TABLE INDEX") and ":L" in s for s in steps), plan


def test_event_candidates_read_the_participants_index(corpus):  # noqa: F811
    if not corpus.url.startswith("sqlite"):
        pytest.skip("query plans are read from SQLite")
    corpus.add_article(make_article("a1", "2020-03-01", TEXT, entities=PEOPLE))
    plan = _plan(corpus.store, events.ACTOR_EVENTS_SQL, (1, "MEET"))
    assert "event_participants_entity" in plan and "SCAN" not in plan, plan
    assert "ORDER BY" not in plan, plan  # read in index order, stopped by the LIMIT


def test_entity_page_sizes_cut_the_lists(corpus):  # noqa: F811
    corpus.add_article(make_article("a1", "2020-03-01", TEXT, entities=PEOPLE))
    corpus.add_article(make_article("a2", "2020-03-02", TEXT, entities=PEOPLE))
    eid = corpus.find_entities("Anne Hidalgo")[0]["id"]
    full = corpus.get_entity(eid)
    assert len(full["articles"]) == 2 and full["timeline"] is not None
    cut = corpus.get_entity(eid, {"articles": 1, "timeline": 0})
    assert cut["articles"] == full["articles"][:1] and cut["timeline"] == []
    assert cut["quotes"] == full["quotes"] and cut["events"] == full["events"] and cut["stories"] == full["stories"]
    assert queries.ENTITY_DETAIL["articles"] == 100


def test_ingest_times_are_reported_per_slice():
    times = IngestTimes(slice=2)
    times.wall, times.cpu = [0.010, 0.020, 0.030, 0.040, 0.050], [0.005, 0.010, 0.015, 0.020, 0.030]
    times.stop()
    report = times.to_dict()
    assert [(s["first"], s["last"]) for s in report["slices"]] == [(1, 2), (3, 4), (5, 5)]
    assert [s["ms_per_article"] for s in report["slices"]] == [15.0, 35.0, 50.0]
    assert [s["cpu_ms_per_article"] for s in report["slices"]] == [7.5, 17.5, 30.0]
    assert report["linking_seconds"] == 0.15 and report["linking_cpu_seconds"] == 0.08
    assert "ms/article per 2: 15.0, 35.0, 50.0" in times.summary()


def test_linking_look_ups_are_index_scans_on_postgresql():
    """PostgreSQL's cost model scans tables of a few thousand rows whole: inside the writer's
    transactions (``lookups_by_index``) the look-ups of linking read their indexes instead, so
    that their cost does not grow with the store."""
    from corpus_fixtures import empty_pg_url_or_skip

    from chronique.store import open_store

    store = open_store(empty_pg_url_or_skip())
    with store.transaction():
        store.executemany("INSERT INTO term_df (term, df) VALUES (?, ?)", [(f"t{i:05d}", i % 7) for i in range(5000)])
        store.executemany("INSERT INTO entities (id, name, name_key, type, n_articles, n_mentions) "
                          "VALUES (?, ?, ?, 'PER', 1, 1)", [(i, f"N{i}", f"n{i}") for i in range(1, 3001)])
        store.executemany("INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, 'full')",
                          [(f"f:n{i}", i) for i in range(1, 3001)])
        store.executemany("INSERT INTO minhash_signatures (article_id, signature) VALUES (?, ?)",
                          [(f"a{i}", bytes(1024)) for i in range(2000)])
        store.executemany("INSERT INTO minhash_bands (band, article_id) VALUES (?, ?)",
                          [(f"{i % 32}:{i}", f"a{i}") for i in range(2000)])
    for table in ("term_df", "entities", "entity_keys", "minhash_signatures", "minhash_bands"):
        store.execute(f"ANALYZE {table}")
    terms, keys, bands = [f"t{i:05d}" for i in range(0, 5000, 33)], [f"f:n{i}" for i in range(1, 3000, 75)], \
        [f"{i}:{i}" for i in range(32)]
    look_ups = [
        (f"SELECT term, df FROM term_df WHERE term IN ({','.join('?' * len(terms))})", terms),
        ("SELECT k.entity_id, k.key, e.name, e.n_articles FROM entity_keys k JOIN entities e ON e.id = k.entity_id "
         f"WHERE k.key IN ({','.join('?' * len(keys))})", keys),
        ("SELECT DISTINCT b.article_id, s.signature FROM minhash_bands b JOIN minhash_signatures s "
         f"ON s.article_id = b.article_id WHERE b.band IN ({','.join('?' * len(bands))}) AND b.article_id <> ?",
         [*bands, "x"]),
    ]
    with store.transaction():
        store.lookups_by_index()
        for sql, params in look_ups:
            plan = " | ".join(r["QUERY PLAN"] for r in store.query("EXPLAIN " + sql, params))
            assert "Seq Scan" not in plan, plan
    store.close()
