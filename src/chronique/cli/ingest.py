"""``chronique ingest``: analyse articles and store them in the corpus (idempotent, resumable)."""

from __future__ import annotations

import argparse
import json
import sys

from .common import check_published, error_line
from .corpus_common import add_db, open_corpus
from .ray_engine import add_engine_arguments, check_engine

NAME = "ingest"
HELP = "analyse articles and add them to the corpus store (--db)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.html/.json/.jsonl(.gz) files, directories, -")
    add_db(p)
    p.add_argument("--processes", type=int, default=1, metavar="N",
                   help="analysis worker processes or Ray actors (default 1)")
    p.add_argument("--published", type=check_published, metavar="YYYY-MM-DD", help="publication date of every input")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="stop after the first N inputs")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    add_engine_arguments(p)


def run(args: argparse.Namespace) -> int:
    from itertools import islice

    from ..ingest import read_inputs

    check_engine(args)
    items = read_inputs(args.inputs)
    if args.limit is not None:
        items = islice(items, args.limit)
    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(desc="ingest", unit="art", file=sys.stderr, leave=False)

    def on_article(status: str, name: str) -> None:
        if bar is not None:
            bar.update(1)
            bar.set_postfix_str(status, refresh=False)

    with open_corpus(args) as corpus:
        if args.engine == "ray":
            from ..cluster import ingest_on_ray

            report = ingest_on_ray(corpus, args.inputs, address=args.address, processes=args.processes,
                                   published=args.published, limit=args.limit, on_article=on_article)
        else:
            report = corpus.ingest(items, processes=args.processes, published=args.published, on_article=on_article)
        if bar is not None:
            bar.close()
        for err in report.errors:
            print(error_line(NAME, err["source"], err["reason"]), file=sys.stderr)
        if args.json:
            print(json.dumps(report.to_dict() | {"store": corpus.stats()}, ensure_ascii=False))
        else:
            print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
                  f"{report.duplicates} near-duplicates, {report.failed} failed, {report.partial} partial",
                  file=sys.stderr)
    return 1 if report.failed or report.partial else 0
