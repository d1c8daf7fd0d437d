"""The store contract, run against SQLite and PostgreSQL alike (see corpus_fixtures.store_url)."""

from __future__ import annotations

import pytest
from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures
from corpus_helpers import make_article

from chronique.errors import StoreError, UsageError
from chronique.store import open_store
from chronique.store.migrations import MIGRATIONS

TEXT = ("Le gouvernement a présenté mercredi un projet de loi sur l'énergie. Les députés examineront "
        "le texte en commission la semaine prochaine.")


def test_migrations_are_recorded_and_reopening_applies_nothing(store_url):
    store = open_store(store_url)
    assert store.schema_version() == max(v for v, _, _ in MIGRATIONS)
    store.close()
    again = open_store(store_url)
    assert again.migrate() == []
    again.close()


def test_a_failed_transaction_leaves_nothing(store_url):
    store = open_store(store_url)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.execute("INSERT INTO counters (name, value) VALUES (?, ?)", ("x", 1))
            raise RuntimeError("boom")
    assert store.scalar("SELECT count(*) AS n FROM counters") == 0
    with store.transaction():
        store.bump("x", 2)
        store.bump("x", 3)
    assert store.scalar("SELECT value FROM counters WHERE name = ?", ("x",)) == 5
    store.close()


def test_sql_errors_become_store_errors(store_url):
    store = open_store(store_url)
    with pytest.raises(StoreError):
        store.query("SELECT nothing FROM nowhere")
    store.close()


def test_unknown_url_scheme_is_a_usage_error():
    with pytest.raises(UsageError):
        open_store("mysql://localhost/db")


def test_article_round_trip(corpus):
    article = make_article("a1", "2024-03-06", TEXT, title="Projet de loi sur l'énergie",
                           entities=[("e1", "ORG", "gouvernement", ["gouvernement"])])
    assert corpus.add_article(article) == "added"
    stored = corpus.get_article("a1")
    assert stored["json"] == article.to_json()
    assert stored["title"] == "Projet de loi sur l'énergie" and stored["published"] == "2024-03-06"
    assert corpus.get_article("missing") is None


def test_same_article_twice_is_stored_once_and_a_new_version_replaces_it(corpus):
    first = make_article("a1", "2024-03-06", TEXT)
    assert corpus.add_article(first) == "added"
    assert corpus.add_article(first) == "unchanged"
    changed = make_article("a1", "2024-03-06", TEXT.replace("mercredi", "jeudi"))
    assert corpus.add_article(changed) == "replaced"
    assert corpus.stats()["articles"] == 1
    assert "jeudi" in corpus.get_article("a1")["text"]
    assert corpus.list_articles(query="mercredi")["total"] == 0
    assert corpus.list_articles(query="jeudi")["total"] == 1


def test_full_text_search_over_articles_and_quotes(corpus):
    text = ("La ministre a défendu la réforme des retraites devant les sénateurs. « Cette réforme est juste », "
            "a déclaré Mme Borne mardi.")
    corpus.add_article(make_article(
        "r1", "2023-02-07", text, title="Retraites : la ministre défend sa réforme",
        entities=[("e1", "PER", "Élisabeth Borne", ["Mme Borne"])],
        quotes=[("q1", "Cette réforme est juste", "e1", "Mme Borne")]))
    corpus.add_article(make_article("r2", "2023-02-08", TEXT))
    found = corpus.search("réforme")
    assert [a["id"] for a in found["articles"]] == ["r1"]
    assert [q["text"] for q in found["quotes"]] == ["Cette réforme est juste"]
    assert corpus.list_quotes(query="juste")["total"] == 1
    assert corpus.list_quotes(query="énergie")["total"] == 0
    assert corpus.search("")["articles"] == []
    # any string is a valid query: FTS syntax characters are not interpreted
    assert corpus.search('"AND OR NEAR( * -')["articles"] == []


def test_errors_are_recorded(corpus):
    report = corpus.ingest([{"id": "bad"}], processes=1)
    assert report.failed == 1
    errors = corpus.list_errors()
    assert errors["total"] == 1 and errors["items"][0]["code"].startswith("E1")


def test_executemany_in_a_pipeline_stores_what_row_by_row_statements_store(store_url):
    """Batched writes (PostgreSQL: multi-row statements, sent in a pipeline) add up repeated keys,
    keep NULLs and read what was written before them, as one statement per row does."""
    store = open_store(store_url)
    rows = [("a", 1), ("b", 2), ("a", 3)] + [(f"t{i}", i) for i in range(60)]
    with store.transaction(), store.pipeline():
        store.executemany("INSERT INTO counters (name, value) VALUES (?, ?) "
                          "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value", rows)
        store.executemany("INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                          [("k", 1, "full"), ("k", 1, "full"), ("k", 2, "full")])
        store.executemany("INSERT INTO mentions (article_id, local_id, entity_id, name, type, n, published) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)", [("x", "e1", 1, "A", "PER", 1, None),
                                                          ("x", "e2", 2, "B", "PER", 2, None)])
        assert store.scalar("SELECT value FROM counters WHERE name = ?", ("a",)) == 4
    assert store.scalar("SELECT count(*) AS n FROM counters") == 62
    assert store.scalar("SELECT sum(value) AS n FROM counters") == 6 + sum(range(60))
    assert [r["entity_id"] for r in store.query("SELECT entity_id FROM entity_keys ORDER BY entity_id")] == [1, 2]
    assert store.query("SELECT local_id, published FROM mentions ORDER BY local_id") == [
        {"local_id": "e1", "published": None}, {"local_id": "e2", "published": None}]
    store.close()


def test_a_failed_write_in_a_pipeline_is_a_store_error_and_rolls_back(store_url):
    store = open_store(store_url)
    with pytest.raises(StoreError):
        with store.transaction(), store.pipeline():
            store.execute("INSERT INTO counters (name, value) VALUES (?, ?)", ("x", 1))
            store.execute("INSERT INTO counters (name, value) VALUES (?, ?)", ("x", 2))  # duplicate key
            store.query("SELECT value FROM counters")
    with pytest.raises(StoreError):  # reported when the pipeline ends, when no read came after it
        with store.transaction(), store.pipeline():
            store.execute("INSERT INTO counters (name, value) VALUES (?, ?)", ("x", 1))
            store.execute("INSERT INTO counters (name, value) VALUES (?, ?)", ("x", 2))
    assert store.scalar("SELECT count(*) AS n FROM counters") == 0
    with store.transaction():
        store.bump("x", 2)
    assert store.scalar("SELECT value FROM counters WHERE name = ?", ("x",)) == 2
    store.close()


def test_reserved_ids_are_the_ids_the_rows_would_have_got(store_url):
    """Inside ``reserved_ids`` (PostgreSQL: ids drawn in blocks, nothing read back) new rows get
    the ids plain inserts give, and the rows inserted after the block go on without a gap."""
    store = open_store(store_url)
    sql = ("INSERT INTO stories (label, start_date, end_date, n_articles, terms) "
           "VALUES ('', ?, ?, 0, '{}') RETURNING id")
    with store.transaction():
        first = store.insert(sql, ("2024-01-01", "2024-01-01"))
    with store.transaction(), store.reserved_ids(), store.pipeline():
        ids = [store.insert(sql, (f"2024-01-0{i}", None)) for i in range(2, 5)]
        assert store.scalar("SELECT count(*) AS n FROM stories") == 4
    with store.transaction():
        last = store.insert(sql, (None, None))
    assert ids + [last] == list(range(first + 1, first + 5))
    assert [r["start_date"] for r in store.query("SELECT start_date FROM stories ORDER BY id")] == [
        "2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", None]
    store.close()
