"""Query latency bench (chronique bench --queries) and the index use behind its floors."""

from __future__ import annotations

from chronique.bench.queries import measure_queries, synthesize
from chronique.corpus import Corpus


def test_synthetic_store_and_query_report(tmp_path):
    url = f"sqlite:///{tmp_path / 'syn.db'}"
    stats = synthesize(url, 2000)
    assert stats["articles"] == 2000 and stats["quotes"] == 2000 * 6
    report = measure_queries(url)
    for query in ("timeline --entity", "quotes --speaker"):
        assert report[query]["p95_ms"] is not None and report[query]["largest_total"] > 50
    # the page is bounded whatever the entity's size
    with Corpus.open(url) as corpus:
        top = corpus.list_entities(limit=1)["items"][0]
        assert len(corpus.timeline(entity=top["id"], limit=50)["items"]) == 50


def test_entity_queries_use_indexes_not_scans(tmp_path):
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    synthesize(url, 300)
    with Corpus.open(url) as corpus:
        store = corpus.store
        plans = {
            "timeline": "SELECT t.id FROM timeline_entities te JOIN timeline_items t ON t.id = te.item_id "
                        "WHERE te.entity_id = ? ORDER BY te.t_start, t.t_end, t.id LIMIT 50",
            "quotes": "SELECT q.id FROM quotes q WHERE q.speaker_id = ? ORDER BY q.published DESC, q.id DESC LIMIT 50",
            "entity by key": "SELECT entity_id FROM entity_keys WHERE key = ?",
        }
        for name, sql in plans.items():
            detail = " | ".join(r["detail"] for r in store.query("EXPLAIN QUERY PLAN " + sql, (1,)))
            assert "USING" in detail and "INDEX" in detail, (name, detail)
            assert "SCAN q " not in detail + " " and "SCAN te " not in detail + " ", (name, detail)
