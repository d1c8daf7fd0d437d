"""``chronique analyze``: one ``chronique/article/1`` JSON object per line, or a readable summary."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError, SkippedInput
from .common import check_published, error_line
from .progress import Progress, count_inputs
from .ray_engine import add_engine_arguments, analyze_on_ray, check_engine

NAME = "analyze"
HELP = "analyse articles (.txt, .html, .json, .jsonl, directories, - for stdin)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--published", type=check_published, metavar="YYYY-MM-DD",
                   help="publication date of every input (overrides the inputs' own)")
    p.add_argument("--format", choices=("jsonl", "pretty"), default="jsonl")
    p.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes or Ray actors (default 1)")
    add_engine_arguments(p)


def run(args: argparse.Namespace) -> int:
    from ..analysis import analyze_many  # loads spaCy: only when the command runs
    from ..ingest import read_inputs
    from .summary import summarise

    check_engine(args)
    if args.engine == "ray":
        return analyze_on_ray(args, _report_failures)
    failed = skipped = 0
    out = sys.stdout
    raws = read_inputs(args.inputs)
    results = analyze_many(raws, processes=args.processes, published=args.published, errors="return")
    for result in Progress(NAME, count_inputs(args.inputs)).wrap(results):
        if isinstance(result, SkippedInput):  # a web archive's request, image…: no article by design
            skipped += 1
            continue
        failed += _report_failures(result)
        if isinstance(result, InputError):
            continue
        out.write(summarise(result) + "\n" if args.format == "pretty" else result.dumps() + "\n")
    out.flush()
    if skipped:
        print(f"{skipped} archive records skipped (not HTML pages)", file=sys.stderr)
    return 1 if failed else 0


def _report_failures(result) -> int:
    """One stderr line per failure of an input (an ``InputError``) or of a stage on an article; their number."""
    if isinstance(result, InputError):
        print(error_line(NAME, result.source, result.reason), file=sys.stderr)
        return 1
    for failure in result.errors:
        print(error_line(NAME, result.source.path or result.id,
                         f"partial: stage {failure.stage} failed ({failure.error}: {failure.message})"),
              file=sys.stderr)
    return len(result.errors)
