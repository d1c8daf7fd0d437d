#!/usr/bin/env python3
"""Cost of story linking during ingest, and whether it grows with the store.

    .venv/bin/chronique analyze ARTICLES.jsonl > analysed.jsonl      # time it: the analysis cost
    .venv/bin/python scripts/bench-story-linking.py analysed.jsonl --analysis-seconds S

Stores the analysed articles one by one (``Corpus.add_article``) in a fresh SQLite file, in
publication order, timing the whole write path and, inside it, story linking (the article's
vector, the term counts, the choice of a story and the story's update). Prints both per slice
of ``--slice`` articles (does the cost grow with the store?) and story linking's share of the
whole ingest (analysis + storing) when ``--analysis-seconds`` gives the analysis time (CPU
seconds, e.g. user+sys of ``/usr/bin/time``). Times are CPU times of this process, so that other
work on a shared machine does not blur the slices.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from chronique.corpus import Corpus


def _timed(fn, box: list[float]):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            box[0] += time.process_time() - started
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analysed", type=Path, help="chronique/article/1 JSON lines (chronique analyze output)")
    parser.add_argument("--analysis-seconds", type=float, help="CPU seconds of the analysis of the same articles")
    parser.add_argument("--slice", type=int, default=100)
    args = parser.parse_args()
    articles = [json.loads(line) for line in args.analysed.open(encoding="utf-8") if line.strip()]
    articles.sort(key=lambda a: ((a.get("published") or {}).get("value") or "", a.get("id") or ""))
    story_s = [0.0]
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Corpus.open(f"sqlite:///{Path(tmp) / 'bench.db'}") as corpus:
        stories = corpus.linker.stories
        for name in ("vector", "count_terms", "assign"):
            setattr(stories, name, _timed(getattr(stories, name), story_s))
        for article in articles:
            before = story_s[0]
            started = time.process_time()
            corpus.add_article(article)
            rows.append((time.process_time() - started, story_s[0] - before))
        n_stories = corpus.stats().get("stories")
    print(f"{len(rows)} articles, {n_stories} stories")
    print("slice        store CPU ms/article   story linking ms/article   story share of storing")
    for i in range(0, len(rows), args.slice):
        part = rows[i:i + args.slice]
        add, story = sum(r[0] for r in part), sum(r[1] for r in part)
        print(f"{i + 1:>5}-{i + len(part):<6} {1000 * add / len(part):>12.1f} {1000 * story / len(part):>22.1f}"
              f" {100 * story / add:>22.1f} %")
    add, story = sum(r[0] for r in rows), sum(r[1] for r in rows)
    print(f"all: storing {add:.1f} s, of which story linking {story:.1f} s")
    if args.analysis_seconds:
        total = args.analysis_seconds + add
        print(f"ingest = analysis {args.analysis_seconds:.1f} s + storing {add:.1f} s; "
              f"story linking = {100 * story / total:.2f} % of ingest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
