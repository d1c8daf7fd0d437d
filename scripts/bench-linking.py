#!/usr/bin/env python3
"""Does linking cost more as the store grows? Re-links a stored corpus's articles into a fresh store.

    .venv/bin/python scripts/bench-linking.py sqlite:////tmp/os5k.db [--slice 1000] [--profile 1,5] [--keep FILE]

Reads the analysed articles of an existing store (``chronique ingest`` keeps each article's JSON) in
the order they were ingested, and stores them again one by one (``Corpus.add_article``, the write
path of ``ingest``) in a fresh SQLite file: no analysis, so the whole run is linking. Prints, per
slice of ``--slice`` articles, the CPU milliseconds per article of the whole write path and of its
parts (entity linking, near-duplicates, events, stories, quotations and dated facts); with
``--profile``, the functions that cost most in the named slices (1 = the first). CPU time of this
process, so that other work on a shared machine blurs the slices less.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

from chronique.corpus import Corpus, article_items, dedup, linker
from chronique.store import open_store

# (part, where the function lives, its name): every call is timed into the part's total
PARTS = [
    ("entities", lambda c: c.linker.entities, "link"),
    ("dedup", lambda c: dedup, "signature"),
    ("dedup", lambda c: dedup, "find_duplicate"),
    ("dedup", lambda c: dedup, "save"),
    ("entities", lambda c: c.linker.entities, "count"),
    ("text index", lambda c: c.store, "index_article_text"),
    ("events", lambda c: linker, "add_events"),
    ("stories", lambda c: c.linker.stories, "vector"),
    ("stories", lambda c: c.linker.stories, "count_terms"),
    ("stories", lambda c: c.linker.stories, "assign"),
    ("quotes", lambda c: linker, "add_quotes"),
    ("facts", lambda c: linker, "add_facts"),
    ("overrides", lambda c: linker, "apply_overrides"),
]
NAMES = list(dict.fromkeys(name for name, _, _ in PARTS))


def _timed(fn, box: list[dict], name: str):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            box[0][name] = box[0].get(name, 0.0) + time.process_time() - started
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="store URL holding the ingested articles")
    parser.add_argument("--slice", type=int, default=1000)
    parser.add_argument("--limit", type=int, default=None, help="re-link the first N articles only")
    parser.add_argument("--profile", default="", help="slices to profile, e.g. 1,5")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--keep", metavar="FILE", help="write the re-linked store here (a new SQLite file), "
                                                      "e.g. to compare its exports before and after a change")
    args = parser.parse_args()
    source = open_store(args.db)
    limit = f" LIMIT {int(args.limit)}" if args.limit else ""
    articles = [json.loads(r["json"]) for r in source.query(f"SELECT json FROM articles ORDER BY rowid{limit}")]
    source.close()
    profiled = {int(s) for s in args.profile.split(",") if s.strip()}
    box: list[dict] = [{}]
    slices: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp, Corpus.open(f"sqlite:///{args.keep or Path(tmp) / 'bench.db'}") as corpus:
        for name, owner, attr in PARTS:
            target = owner(corpus)
            setattr(target, attr, _timed(getattr(target, attr), box, name))
        for start in range(0, len(articles), args.slice):
            part = articles[start:start + args.slice]
            box[0] = {}
            prof = cProfile.Profile() if len(slices) + 1 in profiled else None
            seconds = 0.0
            for article in part:
                if prof:
                    prof.enable()
                started = time.process_time()
                corpus.add_article(article)
                seconds += time.process_time() - started
                if prof:
                    prof.disable()
            slices.append({"first": start + 1, "last": start + len(part), "ms_per_article": 1000 * seconds / len(part),
                           "parts": {n: 1000 * box[0].get(n, 0.0) / len(part) for n in NAMES}})
            if prof:
                print(f"--- profile of articles {start + 1}-{start + len(part)}")
                pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(30)
    print(f"{len(articles)} articles re-linked; CPU ms per article")
    print(f"{'articles':>13} {'all':>7} " + " ".join(f"{n:>9}" for n in NAMES))
    for s in slices:
        print(f"{s['first']:>6}-{s['last']:<6} {s['ms_per_article']:7.2f} "
              + " ".join(f"{s['parts'][n]:9.2f}" for n in NAMES))
    if len(slices) > 1:
        print(f"last slice / first slice: {slices[-1]['ms_per_article'] / slices[0]['ms_per_article']:.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(slices, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
