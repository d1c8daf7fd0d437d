"""The batch writer (``corpus.batch_writer``): what the Ray engine's one linking writer stores.

On SQLite and on PostgreSQL: writing analysed articles in batches (staging table, ``COPY`` on
PostgreSQL, ``INSERT … ON CONFLICT``) gives the store that writing them one by one gives; writing
them again changes nothing; one article that cannot be stored costs only itself.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corpus_fixtures import store_url  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def analysed(pipeline):
    from chronique.analysis import to_raw
    from chronique.corpus.service import raw_hash
    from chronique.ingest import read_inputs

    raws = [to_raw(item, i) for i, item in enumerate(read_inputs([str(SAMPLES)]), 1)]
    articles = list(pipeline.analyze_stream(raws))
    assert len(articles) == 9
    return [(article, raw_hash(raw, None)) for article, raw in zip(articles, raws)]


def _exports(corpus) -> dict[str, list]:
    from chronique.corpus.service import EXPORTABLE

    return {what: list(corpus.export(what)) for what in EXPORTABLE}


def _write(corpus, items, batch_size: int):
    from chronique.corpus.service import IngestReport

    report = IngestReport()
    writer = corpus.batch_writer(report, batch_size=batch_size)
    for article, fingerprint in items:
        writer.add(article, fingerprint)
    writer.flush()
    return report, writer


def test_batches_store_what_one_by_one_stores(store_url, analysed, tmp_path):  # noqa: F811
    from corpus_fixtures import empty_pg_url_or_skip

    from chronique.corpus import Corpus

    with Corpus.open(store_url) as one:
        for article, fingerprint in analysed:
            one.add_article(article, raw_hash=fingerprint)
        want = _exports(one)
    url = f"sqlite:///{tmp_path / 'batch.db'}" if store_url.startswith("sqlite") else empty_pg_url_or_skip()
    with Corpus.open(url) as corpus:
        report, writer = _write(corpus, analysed, batch_size=4)
        assert (report.added, report.failed) == (9, 0)
        assert [n for n, _ in writer.times.batches] == [4, 4, 1]
        got = _exports(corpus)
        again, _ = _write(corpus, analysed, batch_size=4)
        assert (again.unchanged, again.added) == (9, 0)
        assert _exports(corpus) == got
    for what in want:
        assert got[what] == want[what], what


def test_one_article_that_cannot_be_stored_costs_only_itself(analysed):
    """PostgreSQL refuses a NUL character in text: the batch is rolled back and written article by
    article, the bad one recorded as failed, the others stored."""
    from corpus_fixtures import empty_pg_url_or_skip

    from chronique.corpus import Corpus

    url = empty_pg_url_or_skip()
    bad_article, bad_hash = analysed[1]
    items = list(analysed[:4])
    items[1] = (replace(bad_article, title="titre\x00cassé"), bad_hash)
    with Corpus.open(url) as corpus:
        report, _ = _write(corpus, items, batch_size=4)
        assert (report.added, report.failed) == (3, 1)
        assert "cannot store" in report.errors[0]["reason"]
        assert corpus.stats()["articles"] == 3
        assert corpus.list_errors()["items"][0]["article_id"] == bad_article.id
