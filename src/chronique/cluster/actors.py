"""The two Ray stages: reading the inputs (a task per input name) and analysing them (an actor pool).

Reading runs ``ingest.read_inputs`` on one input name (a file, a directory, a JSON-lines file read as
a stream) and yields its rows in small blocks, so that a large file never sits whole in memory; inputs stored already are marked ``unchanged`` there, before any analysis (a re-run of a
killed job analyses only what is missing).

``ArticleAnalyzer`` loads the pipeline once per actor; ``Pipeline.analyze_stream`` parses each
batch inside ``nlp.memory_zone()``: the strings spaCy interns for a batch are freed after it, so an
actor's memory stays flat however long it runs. It returns plain JSON strings, never ``Doc`` objects.
"""

from __future__ import annotations

import os
import platform
import resource
import time
from typing import Any, Iterator, Mapping

from ..corpus.service import raw_hash
from ..errors import InputError
from .rows import READ_COLUMNS, RESULT_COLUMNS, columns, error_row, raw_from_row, raw_row

def read_input_rows(batch: Mapping[str, Any], published: str | None, stored_ids: Mapping[str, str],
                    stored_hashes: set[str], cwd: str, block_rows: int) -> Iterator[dict[str, list]]:
    """``map_batches`` generator: the rows of every input name in ``batch["input"]``. Names are read
    as the driver wrote them, relative to its directory ``cwd`` (so that sources are shown and
    stored as a local run shows them); rows come in blocks of ``block_rows``, so that Ray Data's
    back-pressure holds a few blocks of raw text, never a whole file."""
    from ..ingest import read_inputs

    if os.path.isdir(cwd):
        os.chdir(cwd)
    rows = []
    for name in batch["input"]:
        for item in read_inputs([str(name)]):
            if isinstance(item, InputError):
                rows.append(error_row(item))
            else:
                fingerprint = raw_hash(item, published)
                stored = (stored_ids.get(item.id) == fingerprint if item.id is not None
                          else fingerprint in stored_hashes)
                rows.append(raw_row(item, fingerprint, stored))
            if len(rows) >= block_rows:
                yield columns(rows, READ_COLUMNS)
                rows = []
    if rows:
        yield columns(rows, READ_COLUMNS)


_NO_FIGURES = {"words": 0, "actor": "", "batch_seconds": 0.0, "batch_end": 0.0, "batch_articles": 0, "rss_mb": 0.0,
               "load_seconds": 0.0}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


class ArticleAnalyzer:
    """The callable class of the actor pool: one pipeline (one spaCy model) per actor. ``years`` is
    the corpus's prior for undated articles (``Pipeline.analyze_stream``), as for a local ingest."""

    def __init__(self, published: str | None = None, years: Mapping[int, int] | None = None):
        start = time.perf_counter()
        from ..analysis import default_pipeline

        self.pipeline = default_pipeline()
        self.published = published
        self.years = dict(years) if years else None
        self.name = f"{platform.node()}:{os.getpid()}"
        self.load_seconds = time.perf_counter() - start

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, list]:
        start = time.perf_counter()
        rows = [{k: batch[k][i] for k in READ_COLUMNS} for i in range(len(batch["kind"]))]
        raws = [raw_from_row(r) for r in rows if r["kind"] == "raw"]
        results = iter([self._result(x) for x in self.pipeline.analyze_stream(raws, self.published, self.years)])
        out = []
        for row in rows:
            result = next(results) if row["kind"] == "raw" else {}
            merged = {"kind": row["kind"], "name": row["name"], "payload": "", "raw_hash": row["raw_hash"],
                      "code": row["code"], "reason": row["reason"], **result}
            out.append(merged | _NO_FIGURES | {"words": result.get("words", 0)})
        if out:  # the batch's figures ride on its first row
            out[0] |= {"actor": self.name, "batch_seconds": time.perf_counter() - start, "batch_end": time.time(),
                       "batch_articles": sum(r["kind"] == "article" for r in out),
                       "rss_mb": _peak_rss_mb(), "load_seconds": self.load_seconds}
        return columns(out, RESULT_COLUMNS)

    @staticmethod
    def _result(item) -> dict[str, Any]:
        if isinstance(item, InputError):
            return {"kind": "error", "name": item.source or "", "code": item.code, "reason": item.reason}
        return {"kind": "article", "payload": item.dumps(), "words": len(item.text.split())}
