"""``chronique evaluate``: score the pipeline against gold annotations (``gold/FORMAT.md``).

``--gold DIR`` scores against gold files; ``--corpus DIR`` scores stories and persons across
articles (``evaluate/crossdoc.py``); ``--timebank`` dispatches to ``evaluate/timebank.py``
(French TimeBank, TimeML). Another reference is one more option and one more branch in ``run``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "evaluate"
HELP = "score the analysis against gold annotations (precision, recall, F1 per category)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", type=Path, metavar="DIR",
                   help="folder of gold .json files (chronique gold/1)")
    p.add_argument("--texts", type=Path, metavar="DIR",
                   help="folder of the texts named by the gold 'doc' fields (default: the gold folder)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    p.add_argument("--verbose", dest="details", action="store_true", help="list every miss, false positive and error per article")
    p.add_argument("--timebank", nargs="?", const="", default=None, metavar="DIR",
                   help="score the time stage on the French TimeBank instead of gold files "
                        "(default DIR: ../shared/data/ftib)")
    p.add_argument("--split", choices=("dev", "test", "all"), default="dev",
                   help="French TimeBank split (SPLITS.txt; default dev — tune on dev only)")
    p.add_argument("--no-infer-published", dest="infer_published", action="store_false",
                   help="skip the second run without publication date (halves the time)")
    p.add_argument("--dates", type=Path, metavar="FILE",
                   help="score publication-date inference on a dated JSON/JSONL collection instead "
                        "(each article's date hidden; --split dev|test halves it)")
    p.add_argument("--limit", type=int, metavar="N", help="with --dates: the first N articles of the split")
    p.add_argument("--no-year-prior", dest="year_prior", action="store_false",
                   help="infer hidden publication dates from each text alone, without the years of the "
                        "other gold articles")
    p.add_argument("--corpus", type=Path, metavar="DIR",
                   help="score stories and cross-article persons instead: DIR holds articles.jsonl and "
                        "gold/stories.json, gold/persons.json (ingested into a temporary store, or --db)")
    p.add_argument("--db", metavar="URL", help="with --corpus: ingest into this store instead of a temporary one")
    p.add_argument("--relink", action="store_true",
                   help="with --corpus --db: re-link the stored articles before scoring (no new analysis)")
    p.add_argument("--processes", type=int, default=1, metavar="N", help="with --corpus: analyse over N processes")
    p.add_argument("--quotes-baseline", action="store_true",
                   help="score the naive quotation baseline (every « … », nearest person before) instead")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "timebank", None) is not None:  # French TimeBank scorer (time stage)
        from ..evaluate.timebank import run_cli

        return run_cli(args)
    if getattr(args, "corpus", None) is not None:
        from ..evaluate.crossdoc import evaluate_corpus, render_crossdoc

        result = evaluate_corpus(args.corpus, db=args.db, relink=args.relink, processes=args.processes)
        if args.json:
            json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            print(render_crossdoc(result))
        return 1 if result["ingest"]["failed"] else 0
    if getattr(args, "dates", None) is not None:
        from ..evaluate.dates import evaluate_dates, render_dates

        result = evaluate_dates(args.dates, None if args.split == "all" else args.split, args.limit, args.year_prior)
        if args.json:
            json.dump({k: v for k, v in result.items() if args.details or k != "articles"}, sys.stdout,
                      ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            print(render_dates(result, verbose=args.details))
        return 0
    if args.gold is None:
        from ..errors import UsageError

        raise UsageError("give --gold DIR (or --timebank [DIR])")
    from ..evaluate import evaluate_dir, render_text

    pipeline = None
    if getattr(args, "quotes_baseline", False):
        from ..evaluate.baselines import quote_baseline_pipeline

        pipeline = quote_baseline_pipeline()
    scores = evaluate_dir(args.gold, args.texts, pipeline=pipeline, infer_published=args.infer_published,
                          year_prior=args.year_prior)
    if args.json:
        out = scores.to_json()
        out["gold_dir"] = str(args.gold)
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(render_text(scores, source=str(args.gold), verbose=args.details))
    return 1 if any(a.error for a in scores.articles) else 0
