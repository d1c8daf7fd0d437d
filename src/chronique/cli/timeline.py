"""``chronique timeline --entity NAME | --story ID``: events, quotations and dated facts in time order."""

from __future__ import annotations

import argparse

from .common import check_date
from .corpus_common import add_db, add_output, footer, open_corpus, print_json_lines, print_table

NAME = "timeline"
HELP = "timeline of an entity (--entity NAME) or a story (--story ID)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--entity", metavar="NAME", help="entity name or id")
    which.add_argument("--story", type=int, metavar="ID")
    p.add_argument("--since", type=check_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=check_date, metavar="YYYY-MM-DD")
    add_output(p, limit=200)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        page = corpus.timeline(entity=args.entity, story=args.story, since=args.since, until=args.until,
                               limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        print_json_lines(page["items"])
    else:
        for item in page["items"]:
            item["reports"] = len(item["mentions"])
        # ``period``: the interval in French words ("semaine du 6 mars 2023"), from chronique.timex
        print_table(page["items"], [("period", "when", 28), ("kind", "kind", 5), ("label", "what", 60),
                                    ("sentence", "sentence", 70), ("article", "article", None),
                                    ("reports", "reports", 7)])
        footer(page)
    return 0
