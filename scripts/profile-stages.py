#!/usr/bin/env python3
"""Where the stages spend their time: a sampling profile of every stage on pre-parsed articles.

    .venv/bin/python scripts/profile-stages.py [--limit 300] [--corpus FILE] [--top 40]

Parses the articles first (not profiled), then runs the stages on each parse while the process's
CPU clock interrupts it every ``--interval`` seconds and the Python stack is recorded. Prints, as
a share of the parse time of the same articles, each function's inclusive time (it or what it
calls) and self time (the Python function running; time inside spaCy's Cython accessors and
``re`` counts for the function that called them), and the busiest lines. cProfile misleads here:
its per-call cost multiplies the cheap ``Token`` accessors, which a sample does not. Shares from
a busy machine are still comparable with each other; ``chronique bench`` gives the figures.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import signal
import time
from pathlib import Path

from chronique.analysis import default_pipeline
from chronique.errors import InputError
from chronique.ingest import read_inputs
from chronique.pipeline import _sentences

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/data/orangesum/orangesum-5k.jsonl.gz"
# Articles run through the stages before sampling: lazy tables and compiled patterns load there.
WARMUP = 5


def _where(code) -> str:
    name = code.co_filename
    for marker in ("/src/chronique/", "site-packages/"):
        if marker in name:
            name = name.split(marker)[-1]
    return f"{name}:{code.co_name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--interval", type=float, default=0.0005, help="CPU seconds between samples")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    pipeline = default_pipeline()
    articles = []
    for raw in itertools.islice(read_inputs([str(args.corpus)]), args.limit):
        try:
            articles.append(pipeline.prepare(raw))
        except InputError:  # not an article (empty, not French…): the pipeline skips it too
            pass
    start = time.process_time()
    docs = list(pipeline.parse(a.text for a in articles))
    parse_seconds = time.process_time() - start
    pairs = list(zip(articles, docs))

    def run_stages(some):
        for article, doc in some:
            article = article.with_layers(sentences=_sentences(doc, article.text))
            for stage in pipeline.stages:
                article = stage(article, doc)

    run_stages(pairs[:WARMUP])
    inclusive, own, lines = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0

    def record(_signum, frame):
        nonlocal samples
        samples += 1
        own[_where(frame.f_code)] += 1
        lines[f"{_where(frame.f_code)}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:
            where = _where(frame.f_code)
            if where not in seen:
                inclusive[where] += 1
                seen.add(where)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    start = time.process_time()
    run_stages(pairs)
    stage_seconds = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)

    share = 100 * stage_seconds / parse_seconds / max(samples, 1)  # % of the parse per sample
    print(f"{len(pairs)} articles: parse {parse_seconds:.1f} CPU s, stages {stage_seconds:.2f} CPU s "
          f"= {100 * stage_seconds / parse_seconds:.1f} % of the parse ({samples} samples)")
    for title, counts in (("inclusive", inclusive), ("self", own), ("lines", lines)):
        print(f"-- {title}, % of the parse")
        ours = [(where, n) for where, n in counts.most_common() if "profile-stages" not in where]
        for where, n in ours[:args.top]:
            print(f"{n * share:6.2f}  {where}")


if __name__ == "__main__":
    main()
