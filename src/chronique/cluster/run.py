"""The Ray Data pipeline and its two uses: ``analyze_on_ray`` (articles out, in input order) and
``ingest_on_ray`` (articles into a corpus through its one linking writer).

    from_items(input names) → map_batches(read_input_rows)   a task per input name, rows in blocks
      → limit(N) → map_batches(ArticleAnalyzer, ActorPoolStrategy(size=N))   one model per actor
      → iter_rows() on the driver, in input order (preserve_order)

Ray Data's streaming executor holds a bounded number of blocks between the stages (back-pressure),
so memory stays flat on any number of articles. Actors are restarted when their process dies and
their batch is run again (Ray Data's defaults for actor pools): a killed worker costs its batch's
time, never an article; the writer stores each article once (``corpus.batch_writer``).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..article import Article
from ..corpus import Corpus
from ..corpus.batch_writer import WriteTimes, stored_inputs
from ..corpus.queries import published_years
from ..corpus.service import IngestReport
from ..errors import InputError, UsageError
from .actors import ArticleAnalyzer, read_input_rows
from .connect import connect
from .rows import input_error

# Articles per actor call, and per block out of a reading task (Ray Data hands an actor whole blocks,
# so blocks no larger than a batch spread a file over the pool). A batch is parsed by one
# ``nlp.pipe`` inside one memory zone; 32 keeps both actors of a small pool busy from the first
# seconds and costs nothing measurable per article.
ANALYSE_BATCH = 32


@dataclass
class RayRun:
    """The figures of one run: when each analysed article was ready (seconds since the dataset
    started, by the clock of the actor that finished its batch: rows reach the driver in bursts, so
    the driver's clock would show Ray Data's buffering, not the work), each actor's model load, busy
    time and peak memory, and the writer's time per batch (``ingest_on_ray``)."""

    processes: int
    arrivals: list[tuple[float, int]] = field(default_factory=list)
    actors: dict[str, dict[str, float]] = field(default_factory=dict)
    write: WriteTimes | None = None
    wall_seconds: float = 0.0
    _start: float = 0.0

    def watch(self, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        self._start, started, batch_end = time.perf_counter(), time.time(), 0.0
        for row in rows:
            if row["actor"]:
                batch_end = float(row["batch_end"]) - started
            if row["kind"] == "article":
                self.arrivals.append((batch_end, int(row["words"])))
            if row["actor"]:
                actor = self.actors.setdefault(row["actor"], {"load_seconds": 0.0, "peak_rss_mb": 0.0,
                                                              "busy_seconds": 0.0, "batches": 0})
                actor["load_seconds"] = max(actor["load_seconds"], float(row["load_seconds"]))
                actor["peak_rss_mb"] = max(actor["peak_rss_mb"], float(row["rss_mb"]))
                actor["busy_seconds"] += float(row["batch_seconds"])
                actor["batches"] += 1
            yield row

    def finish(self) -> None:
        self.wall_seconds = time.perf_counter() - self._start
        self.arrivals.sort(key=lambda a: a[0])  # two actors' batches reach the driver in input order


def build_dataset(ray, inputs: list[str], *, processes: int, published: str | None,
                  years: Mapping[int, int] | None = None, stored: tuple[dict[str, str], set[str]] | None = None,
                  limit: int | None = None, batch_size: int = ANALYSE_BATCH):
    """The Ray Data pipeline over ``inputs`` (files and directories, read by the cluster's workers:
    on several machines they must be at the same path on each, e.g. shared storage)."""
    if processes < 1:
        raise UsageError("--processes must be at least 1")
    if "-" in inputs:
        raise UsageError("--engine ray reads files and directories, not standard input ('-'): "
                         "use the local engine for a stream")
    stored_ids, stored_hashes = stored or ({}, set())
    ds = ray.data.from_items([{"input": name} for name in inputs], override_num_blocks=len(inputs))
    # reading costs ~1 % of the analysis: it takes no CPU slot from the actors
    ds = ds.map_batches(read_input_rows, batch_size=1, num_cpus=0,
                        fn_kwargs={"published": published, "stored_ids": stored_ids,
                                   "stored_hashes": stored_hashes, "cwd": os.getcwd(),
                                   "block_rows": batch_size})
    if limit is not None:
        ds = ds.limit(limit)
    return ds.map_batches(ArticleAnalyzer, batch_size=batch_size, num_cpus=1,
                          compute=ray.data.ActorPoolStrategy(size=processes),
                          fn_constructor_kwargs={"published": published, "years": dict(years or {})})


def analyze_on_ray(inputs: list[str], *, address: str | None = None, processes: int = 1,
                   published: str | None = None, run: RayRun | None = None,
                   batch_size: int = ANALYSE_BATCH) -> Iterator[str | InputError]:
    """Each input's ``chronique/article/1`` JSON (a string) or its ``InputError``, in input order."""
    ray = connect(address, processes)
    ds = build_dataset(ray, list(inputs), processes=processes, published=published, batch_size=batch_size)
    run = run or RayRun(processes)
    for row in run.watch(ds.iter_rows()):
        yield row["payload"] if row["kind"] == "article" else input_error(row)
    run.finish()


def ingest_on_ray(corpus: Corpus, inputs: list[str], *, address: str | None = None, processes: int = 1,
                  published: str | None = None, limit: int | None = None,
                  on_article: Callable[[str, str], None] | None = None, run: RayRun | None = None,
                  batch_size: int = ANALYSE_BATCH) -> IngestReport:
    """Analyse ``inputs`` on Ray and store them in ``corpus`` (idempotent and resumable, like
    ``Corpus.ingest``; see ``corpus.batch_writer`` for the writes)."""
    ray = connect(address, processes)
    report = IngestReport()
    ds = build_dataset(ray, list(inputs), processes=processes, published=published,
                       years=published_years(corpus.store), stored=stored_inputs(corpus.store), limit=limit,
                       batch_size=batch_size)
    writer = corpus.batch_writer(report, on_article)
    run = run or RayRun(processes)
    for row in run.watch(ds.iter_rows()):
        if row["kind"] == "error":
            err = input_error(row)
            corpus.record_input_error(report, err)
            if on_article:
                on_article("failed", err.source or "?")
        elif row["kind"] == "unchanged":
            report.unchanged += 1
            if on_article:
                on_article("unchanged", row["name"])
        else:
            writer.add(Article.from_json(json.loads(row["payload"])), row["raw_hash"])
    writer.flush()
    run.write = writer.times
    run.finish()
    return report
