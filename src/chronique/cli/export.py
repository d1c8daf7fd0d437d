"""``chronique export``: articles, entities, quotations, events, stories or timelines as jsonl, csv or parquet."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from ..errors import UsageError
from ..extras import require
from .corpus_common import add_db, open_corpus

NAME = "export"
HELP = "export the corpus (--what articles|entities|quotes|events|stories|timeline --format jsonl|csv|parquet)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--what", required=True, choices=("articles", "entities", "quotes", "events", "stories", "timeline"))
    p.add_argument("--format", default="jsonl", choices=("jsonl", "csv", "parquet"))
    p.add_argument("--output", "-o", metavar="FILE", help="output file (default stdout; required for parquet)")


def _flat(value):
    """csv/parquet cells: lists and objects as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet needs --output FILE")
    with open_corpus(args) as corpus:
        rows = corpus.export(args.what)
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output and args.format != "parquet" else None
        try:
            if args.format == "jsonl":
                stream = out or sys.stdout
                for row in rows:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif args.format == "csv":
                writer = None
                for row in rows:
                    if writer is None:
                        writer = csv.DictWriter(out or sys.stdout, fieldnames=list(row), extrasaction="ignore")
                        writer.writeheader()
                    writer.writerow({k: _flat(v) for k, v in row.items()})
            else:
                pa = require("pyarrow", "parquet", "Parquet export")
                import pyarrow.parquet as pq

                flat = [{k: _flat(v) for k, v in row.items()} for row in rows]
                pq.write_table(pa.Table.from_pylist(flat), args.output)
        finally:
            if out is not None:
                out.close()
    return 0
