"""``chronique bench``: throughput and memory of the pipeline against bare spaCy.

The report is a dict of sections (``throughput`` now); another measurement (store query
latency, say) is one more option in ``add_arguments``, one more entry filled in ``run`` and
one more renderer in ``RENDERERS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

NAME = "bench"
HELP = "measure words/s and peak memory of the pipeline against bare spaCy nlp.pipe"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", type=Path, metavar="FILE",
                   help="articles to run on, any input `analyze` reads (default: "
                        "../shared/data/orangesum/orangesum-5k.jsonl.gz, else samples/)")
    p.add_argument("--limit", type=_positive, metavar="N", help="use the first N articles only")
    p.add_argument("--processes", type=_positive, default=1, metavar="N",
                   help="worker processes for the pipeline side (default 1)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    # corpus store query latency (chronique.bench.queries)
    p.add_argument("--queries", action="store_true",
                   help="time `timeline --entity` and `quotes --speaker` on a store (--db) instead of throughput")
    p.add_argument("--db", metavar="URL", help="store for --queries (default $CHRONIQUE_DB or sqlite:///chronique.db)")
    p.add_argument("--synthetic", type=_positive, metavar="N",
                   help="with --queries: first fill the (fresh) --db store with N synthetic articles")


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

    if args.queries:
        return _run_queries(args)
    corpus = args.corpus or default_corpus()
    raws, skipped = load_corpus(corpus, args.limit)
    report: dict[str, Any] = {"corpus": str(corpus), "skipped_inputs": skipped}
    report["throughput"] = measure_throughput(raws, processes=args.processes)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(render(report))
    return 0


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
        lines.append("  per stage, % of the pipeline's spaCy parse time:")
        for name, st in t["stages"].items():
            pct = st["percent_of_spacy"]
            lines.append(f"    {name:<12}{st['seconds']:8.2f} s  {'' if pct is None else f'{pct:6.1f} %'}")
        lines.append(f"    all but spaCy: {t['stages_total_percent_of_spacy']:.1f} %")
    else:
        lines.append("  (per-stage times are only kept with --processes 1)")
    return lines


RENDERERS: dict[str, Callable[[dict[str, Any]], list[str]]] = {"throughput": render_throughput}


def render(report: dict[str, Any]) -> str:
    lines = [f"Chronique bench on {report['corpus']}"
             + (f" ({report['skipped_inputs']} unreadable inputs skipped)" if report["skipped_inputs"] else "")]
    for section, renderer in RENDERERS.items():
        if section in report:
            lines += renderer(report[section])
    return "\n".join(lines)
