"""``chronique bench``: throughput and memory of the pipeline against bare spaCy.

The report is a dict of sections (``throughput`` now); another measurement (store query
latency, say) is one more option in ``add_arguments``, one more entry filled in ``run`` and
one more renderer in ``RENDERERS``.

``--check`` is the benchmark gate (``bench.gate``): exit status 1 when a floor is missed. A
measurement that misses one is taken again (``--attempts``): one busy neighbour on a shared
machine can slow one side of one run; a real regression misses every attempt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from ..bench.gate import CHECK_ARTICLES, Floors
from ..errors import UsageError

NAME = "bench"
HELP = "measure words/s and peak memory of the pipeline against bare spaCy nlp.pipe"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", type=Path, metavar="FILE",
                   help="articles to run on, any input `analyze` reads (default: "
                        "../shared/data/orangesum/orangesum-5k.jsonl.gz, else samples/)")
    p.add_argument("--limit", type=_positive, metavar="N", help="use the first N articles only")
    p.add_argument("--processes", type=_counts, default=[1], metavar="N[,N…]",
                   help="worker processes for the pipeline side (default 1); with --engine ray, the actor "
                        "counts of the scaling curve (e.g. 1,2)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="ray: the scaling curve of `ingest --engine ray` against the local engine, each into a "
                        "fresh store (a temporary SQLite file, or a schema of its own in the --db PostgreSQL)")
    p.add_argument("--address", metavar="auto|ray://HOST:PORT", help="with --engine ray: the cluster to join")
    p.add_argument("--no-reference", action="store_true",
                   help="with --engine ray: leave out the local engine's run (for an end-to-end run of a large "
                        "corpus; the 'ray 1 / local' ratio is then absent)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    # the benchmark gate (chronique.bench.gate)
    g = p.add_argument_group("gate (--check)")
    g.add_argument("--check", action="store_true",
                   help="fail (exit 1) when a floor below is missed; default --limit "
                        f"{CHECK_ARTICLES}; meant for CI when ../shared is present")
    g.add_argument("--max-stage-share", type=_fraction, default=Floors.max_stage_share, metavar="F",
                   help="most that everything but spaCy may cost, as a share of the parse time "
                        f"(default {Floors.max_stage_share})")
    g.add_argument("--min-ratio", type=_fraction, default=Floors.min_ratio, metavar="F",
                   help="least words per CPU second of the pipeline, as a share of bare spaCy's "
                        f"(default {Floors.min_ratio})")
    g.add_argument("--max-memory-ratio", type=_fraction, default=Floors.max_memory_ratio, metavar="F",
                   help=f"most peak memory, as a multiple of bare spaCy's (default {Floors.max_memory_ratio})")
    g.add_argument("--max-memory-growth", type=_fraction, default=Floors.max_memory_growth_mb, metavar="MB",
                   help="most resident memory the pipeline may gain from the middle to the last third of the run "
                        f"(default {Floors.max_memory_growth_mb:g})")
    g.add_argument("--attempts", type=_positive, default=2, metavar="N",
                   help="measurements taken before a missed floor fails the check (default 2)")
    # corpus store query latency (chronique.bench.queries)
    p.add_argument("--queries", action="store_true",
                   help="time `timeline --entity` and `quotes --speaker` on a store (--db) instead of throughput")
    p.add_argument("--db", metavar="URL", help="store for --queries (default $CHRONIQUE_DB or sqlite:///chronique.db); "
                                               "with --engine ray, a PostgreSQL database to measure on")
    p.add_argument("--synthetic", type=_positive, metavar="N",
                   help="with --queries: first fill the (fresh) --db store with N synthetic articles")


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if x < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return x


def _counts(value: str) -> list[int]:
    return [_positive(v) for v in value.split(",")]


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def run(args: argparse.Namespace) -> int:
    from ..bench import default_corpus, load_corpus, measure_throughput
    from ..bench.gate import check_floors

    if args.queries:
        return _run_queries(args)
    if args.engine == "ray":
        return _run_ray_scaling(args)
    if len(args.processes) > 1:
        raise UsageError("several --processes counts need --engine ray")
    if args.no_reference:
        raise UsageError("--no-reference needs --engine ray")
    corpus = args.corpus or default_corpus()
    limit = args.limit or (CHECK_ARTICLES if args.check else None)
    raws, skipped = load_corpus(corpus, limit)
    floors = Floors(args.max_stage_share, args.min_ratio, args.max_memory_ratio, args.max_memory_growth)
    attempts = args.attempts if args.check else 1
    for attempt in range(1, attempts + 1):
        report: dict[str, Any] = {"corpus": str(corpus), "skipped_inputs": skipped}
        report["throughput"] = measure_throughput(raws, processes=args.processes[0])
        if args.check:
            failures = check_floors(report["throughput"], floors)
            report["check"] = {"attempt": attempt, "floors": vars(floors), "failures": failures,
                               "passed": not failures}
        if args.json:
            json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            print(render(report))
        if not args.check or not report["check"]["failures"]:
            return 0
    return 1


def _run_ray_scaling(args: argparse.Namespace) -> int:
    from ..bench import default_corpus
    from ..bench.ray_scaling import measure_ray_scaling, render_ray_scaling

    report = measure_ray_scaling(args.corpus or default_corpus(), args.limit, args.processes, db=args.db,
                                 address=args.address, reference=not args.no_reference)
    if args.json:
        json.dump({"ray_scaling": report}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print("\n".join(render_ray_scaling(report)))
    return 1 if any(run["failed"] for run in report["runs"]) else 0


def _run_queries(args: argparse.Namespace) -> int:
    from ..bench.queries import measure_queries, render_queries, synthesize
    from ..store import default_url

    url = args.db or default_url()
    if args.synthetic:
        synthesize(url, args.synthetic)
    report = {"queries": measure_queries(url)}
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print("\n".join(render_queries(report["queries"])))
    return 0


def _mb(value: float | None) -> str:
    return "?" if value is None else f"{value:,.0f} MB"


def render_throughput(t: dict[str, Any]) -> list[str]:
    sp, pl = t["spacy"], t["pipeline"]
    lines = [
        f"{t['articles']} articles, {t['words']:,} words, batch size {t['batch_size']}, "
        f"pipeline processes {t['processes']}",
        f"  bare spaCy nlp.pipe : {sp['words_per_second']:>9,.0f} words/s  ({sp['seconds']:.1f} s)   "
        f"peak RSS {_mb(sp['peak_rss_mb'])} (after load {_mb(sp['rss_after_load_mb'])})",
        f"  Chronique pipeline  : {pl['words_per_second']:>9,.0f} words/s  ({pl['seconds']:.1f} s)   "
        f"peak RSS {_mb(pl['peak_rss_mb'])} (after load {_mb(pl['rss_after_load_mb'])})"
        + (f", largest worker {_mb(pl['worker_peak_rss_mb'])}" if "worker_peak_rss_mb" in pl else ""),
        f"  ratio pipeline/spaCy: {t['ratio']:.2f}× words/s, {t['memory_ratio']:.2f}× peak memory"
        + (" (parent + workers × largest worker)" if t["processes"] > 1 else ""),
    ]
    if t.get("cpu_ratio"):
        lines.append(f"  per CPU second     : spaCy {sp['words_per_cpu_second']:,.0f}, pipeline "
                     f"{pl['words_per_cpu_second']:,.0f} words → ratio {t['cpu_ratio']:.2f}× "
                     "(steadier on a shared machine)")
    if pl.get("failed"):
        lines.append(f"  {pl['failed']} articles failed in the pipeline (not French, empty…)")
    if "stages" in t:
        lines.append("  per stage, % of the pipeline's spaCy parse time; the 95th-percentile article, "
                     f"ms and % of a mean parse ({t['spacy_mean_ms_per_article']:.0f} ms):")
        for name, st in t["stages"].items():
            pct, p95, p95_pct = st["percent_of_spacy"], st.get("p95_ms"), st.get("p95_percent_of_mean_parse")
            lines.append(f"    {name:<12}{st['seconds']:8.2f} s  {'' if pct is None else f'{pct:6.1f} %'}"
                         + ("" if p95 is None else f"   p95 {p95:7.1f} ms {p95_pct:6.1f} %"))
        lines.append(f"    all but spaCy: {t['stages_total_percent_of_spacy']:.1f} %")
    else:
        lines.append("  (per-stage times are only kept with --processes 1)")
    for label, side in (("bare spaCy", sp), ("pipeline", pl)):
        samples = side.get("memory_mb") or []
        if len(samples) > 1:
            shown = ", ".join(f"{n}: {_mb(mb)}" for n, mb in samples[1:])
            growth = side.get("memory_growth_mb")
            lines.append(f"  memory after N articles, {label}: {shown}"
                         + (" (growth: too few batches to tell)" if growth is None
                            else f" (middle to last third {growth:+,.0f} MB)"))
    return lines


def render_check(c: dict[str, Any]) -> list[str]:
    if c["passed"]:
        return [f"check: passed (attempt {c['attempt']})"]
    return [f"check: FAILED (attempt {c['attempt']})"] + [f"  - {f}" for f in c["failures"]]


RENDERERS: dict[str, Callable[[dict[str, Any]], list[str]]] = {"throughput": render_throughput,
                                                                "check": render_check}


def render(report: dict[str, Any]) -> str:
    lines = [f"Chronique bench on {report['corpus']}"
             + (f" ({report['skipped_inputs']} unreadable inputs skipped)" if report["skipped_inputs"] else "")]
    for section, renderer in RENDERERS.items():
        if section in report:
            lines += renderer(report[section])
    return "\n".join(lines)
