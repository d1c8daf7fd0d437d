"""``chronique entities``: the corpus's entities, most cited first."""

from __future__ import annotations

import argparse

from .corpus_common import add_db, add_output, footer, open_corpus, print_json_lines, print_table

NAME = "entities"
HELP = "list entities across the corpus (--type PER/ORG/LOC/MISC, --q TEXT)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--type", choices=("PER", "ORG", "LOC", "MISC"), type=str.upper)
    p.add_argument("--q", "--name", dest="q", metavar="TEXT", help="names containing TEXT (accents and case ignored)")
    add_output(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        page = corpus.list_entities(type=args.type, text=args.q, limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        print_json_lines(page["items"])
    else:
        print_table(page["items"], [("id", "id", None), ("type", "type", 4), ("name", "name", 40),
                                    ("n_articles", "articles", 8), ("n_mentions", "mentions", 8),
                                    ("first_seen", "first", 10), ("last_seen", "last", 10)])
        footer(page)
    return 0
