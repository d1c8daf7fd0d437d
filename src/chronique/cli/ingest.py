"""``chronique ingest``: analyse articles and store them in the corpus (idempotent, resumable)."""

from __future__ import annotations

import argparse
import json
import sys

from .common import check_published, error_line
from .progress import Progress, count_inputs
from .corpus_common import add_db, open_corpus

NAME = "ingest"
HELP = "analyse articles and add them to the corpus store (--db)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.html/.json/.jsonl(.gz) files, directories, -")
    add_db(p)
    p.add_argument("--processes", type=int, default=1, metavar="N", help="analysis worker processes (default 1)")
    p.add_argument("--published", type=check_published, metavar="YYYY-MM-DD", help="publication date of every input")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="stop after the first N inputs")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace) -> int:
    from itertools import islice

    from ..ingest import read_inputs

    items = read_inputs(args.inputs)
    if args.limit is not None:
        items = islice(items, args.limit)
    bar = Progress(NAME, count_inputs(args.inputs, args.limit))
    with open_corpus(args) as corpus:
        try:
            report = corpus.ingest(items, processes=args.processes, published=args.published,
                                   on_article=lambda status, name: bar.update(status))
        finally:
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
