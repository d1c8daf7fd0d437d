"""The scaling curve of ``--engine ray`` (``chronique bench --engine ray --processes 1,2``).

The same articles are ingested into a fresh store by the local engine (one process, the reference)
and by Ray with each number of actors, one run after the other. Per run:

- **steady-state** words/s and articles/s, on the driver: from the arrival of article
  ``WARM_ARTICLES`` to the last one, so that model loading and the first batches (whose work
  starts before the clock can see it) are left out; model loading is reported apart, per actor;
- **wall** time from the start of the run to the last commit, loading included;
- **peak memory per actor** (``ru_maxrss`` of the actor's process; for the local engine, of this
  process, which also holds the store connection and the writer);
- **linking and writing**: seconds in the one writer and their share of the wall time, and the
  writer's cost per article over the first ``K`` articles against the last ``K`` (``K`` = 1,000,
  or a fifth of a smaller run): a cost that grows with the store would show there.

A fresh store is a temporary SQLite file, or, with a ``postgresql://`` base URL, a schema of its own
in that database (dropped afterwards): nothing the database already holds is touched.
"""

from __future__ import annotations

import contextlib
import os
import resource
import tempfile
import time
import uuid
from itertools import islice
from pathlib import Path
from typing import Any, Iterator

# Articles left out at the start of the steady-state window: one parse batch of the local engine
# (``pipeline.BATCH_SIZE``), two of Ray's, and the first batch of every actor of a small pool.
WARM_ARTICLES = 64
# Articles compared at the start and at the end of a run for the linking cost (or a fifth of a run).
LINK_WINDOW = 1000


def measure_ray_scaling(corpus: Path, limit: int | None, counts: list[int], db: str | None = None,
                        address: str | None = None, reference: bool = True) -> dict[str, Any]:
    runs = [_local_run(corpus, limit, db)] if reference else []
    for n in counts:
        runs.append(_ray_run(corpus, limit, n, db, address))
    ref = {r["engine"] + str(r["processes"]): r["steady"]["words_per_second"] for r in runs if r["steady"]}
    ratios = {}
    if "ray1" in ref:
        for n in counts:
            if n != 1 and f"ray{n}" in ref:
                ratios[f"ray {n} / ray 1"] = ref[f"ray{n}"] / ref["ray1"]
        if "local1" in ref:
            ratios["ray 1 / local"] = ref["ray1"] / ref["local1"]
    return {"corpus": str(corpus), "store": "postgresql" if db and db.startswith("postgres") else "sqlite",
            "cores": os.cpu_count(), "load_average": os.getloadavg(), "runs": runs, "ratios": ratios}


def _local_run(corpus: Path, limit: int | None, db: str | None) -> dict[str, Any]:
    from ..analysis import default_pipeline
    from ..corpus import Corpus
    from ..ingest import read_inputs

    start = time.perf_counter()
    default_pipeline()  # the model, loaded before the clock (reported apart, as for the actors)
    load = time.perf_counter() - start
    arrivals: list[tuple[float, str]] = []
    link_times: list[float] = []
    with _fresh_store(db, "local") as url, Corpus.open(url) as corpus_store:
        add = corpus_store.linker.add

        def timed_add(article, raw_hash=None):
            t = time.perf_counter()
            try:
                return add(article, raw_hash=raw_hash)
            finally:
                link_times.append(time.perf_counter() - t)

        corpus_store.linker.add = timed_add  # the writer's time, as the Ray run's writer measures its own
        start = time.perf_counter()

        def on_article(status: str, name: str) -> None:
            if status in ("added", "replaced", "duplicate"):
                arrivals.append((time.perf_counter() - start, name))

        report = corpus_store.ingest(islice(read_inputs([str(corpus)]), limit), processes=1, on_article=on_article)
        wall = time.perf_counter() - start
        words = {r["id"]: r["n_words"] for r in corpus_store.store.query("SELECT id, n_words FROM articles")}
    timed = [(t, words.get(name, 0)) for t, name in arrivals]
    return {"engine": "local", "processes": 1, "articles": report.added + report.duplicates + report.replaced,
            "failed": report.failed, "wall_seconds": wall, "model_load_seconds": [load],
            "peak_rss_mb": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024],
            **_writer_figures(link_times, wall), "steady": steady_rate(timed)}


def _ray_run(corpus: Path, limit: int | None, processes: int, db: str | None,
             address: str | None) -> dict[str, Any]:
    from ..cluster import RayRun, ingest_on_ray
    from ..corpus import Corpus

    run = RayRun(processes)
    with _fresh_store(db, f"ray{processes}") as url, Corpus.open(url) as corpus_store:
        report = ingest_on_ray(corpus_store, [str(corpus)], address=address, processes=processes, limit=limit, run=run)
    per_article = [s / n for n, s in run.write.batches for _ in range(n)] if run.write else []
    return {"engine": "ray", "processes": processes, "articles": report.added + report.duplicates + report.replaced,
            "failed": report.failed, "wall_seconds": run.wall_seconds, "actors": len(run.actors),
            "model_load_seconds": [a["load_seconds"] for a in run.actors.values()],
            "peak_rss_mb": [a["peak_rss_mb"] for a in run.actors.values()],
            **_writer_figures(per_article, run.wall_seconds), "steady": steady_rate(run.arrivals)}


def steady_rate(arrivals: list[tuple[float, int]], warm: int = WARM_ARTICLES) -> dict[str, float] | None:
    """Words/s and articles/s from the arrival of article ``warm`` (or of the first tenth of a
    small run) to the last; ``arrivals`` are ``(seconds, words)`` in arrival order."""
    warm = min(warm, len(arrivals) // 10)
    if len(arrivals) - warm < 2:
        return None
    t0 = arrivals[warm][0]
    rest = [a for a in arrivals[warm:] if a[0] > t0]  # a Ray batch's articles share its end time
    seconds = arrivals[-1][0] - t0
    if seconds <= 0:
        return None
    words = sum(w for _, w in rest)
    return {"from_article": len(arrivals) - len(rest) + 1, "articles": len(rest), "words": words, "seconds": seconds,
            "words_per_second": words / seconds, "articles_per_second": len(rest) / seconds}


def _writer_figures(per_article: list[float], wall: float) -> dict[str, Any]:
    k = max(1, min(LINK_WINDOW, len(per_article) // 5))
    total = sum(per_article)
    out: dict[str, Any] = {"write_seconds": total, "write_share": total / wall if wall else None,
                           "link_window": k}
    if len(per_article) >= 2 * k:
        first, last = sum(per_article[:k]) / k, sum(per_article[-k:]) / k
        out |= {"link_ms_first": first * 1000, "link_ms_last": last * 1000,
                "link_growth": last / first if first else None}
    return out


@contextlib.contextmanager
def _fresh_store(base: str | None, label: str) -> Iterator[str]:
    if not base or not base.startswith("postgres"):
        with tempfile.TemporaryDirectory(prefix="chronique-bench-") as tmp:
            yield f"sqlite:///{Path(tmp) / (label + '.db')}"
        return
    from ..extras import require

    psycopg = require("psycopg", "postgres", "a PostgreSQL store")
    schema = f"bench_{label}_{uuid.uuid4().hex[:8]}"
    dsn = "postgresql://" + base.split("://", 1)[1]
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")  # shared by every schema
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield base + ("&" if "?" in base else "?") + f"options=-csearch_path%3D{schema}%2Cpublic"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def render_ray_scaling(r: dict[str, Any]) -> list[str]:
    first = r["runs"][0]
    lines = [f"Ray scaling on {r['corpus']}: {first['articles']} articles, {r['store']} store, "
             f"{r['cores']} cores, load average {r['load_average'][0]:.2f} at the end (a shared machine "
             "reads lower and noisier than a quiet one; compare the ratios, measured in one run)",
             f"  steady state: from article {WARM_ARTICLES + 1} (or the first tenth) to the last; "
             "model loading apart",
             "  engine actors   words/s  articles/s   wall s  load s/actor  peak MB/actor  write s (share)  "
             "write ms/article first/last"]
    for run in r["runs"]:
        st = run["steady"] or {}
        loads = "/".join(f"{s:.1f}" for s in run["model_load_seconds"])
        peaks = "/".join(f"{m:,.0f}" for m in run["peak_rss_mb"])
        link = (f"{run['link_ms_first']:.1f} / {run['link_ms_last']:.1f} ({run['link_window']} each)"
                if "link_ms_first" in run else "(run too short)")
        share = "" if run["write_share"] is None else f"({run['write_share'] * 100:.1f} %)"
        lines.append(f"  {run['engine']:<6} {run['processes']:>6} {st.get('words_per_second', 0):>9,.0f} "
                     f"{st.get('articles_per_second', 0):>11.2f} {run['wall_seconds']:>8.1f}  {loads:>12}  "
                     f"{peaks:>13}  {run['write_seconds']:>6.1f} {share:<9}  {link}")
        if run["failed"]:
            lines.append(f"         {run['failed']} inputs failed")
    for name, value in r["ratios"].items():
        lines.append(f"  words/s {name}: {value:.2f}×")
    return lines
