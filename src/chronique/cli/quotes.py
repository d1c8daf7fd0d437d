"""``chronique quotes``: quotations across the corpus, by speaker, date and words."""

from __future__ import annotations

import argparse

from .common import check_date
from .corpus_common import add_db, add_output, footer, open_corpus, print_json_lines, print_table

NAME = "quotes"
HELP = "list quotations (--speaker NAME, --since, --until, --q TEXT)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--speaker", metavar="NAME", help="speaker name or entity id")
    p.add_argument("--since", type=check_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=check_date, metavar="YYYY-MM-DD")
    p.add_argument("--q", "--query", dest="q", metavar="TEXT", help="words in the quotation (full-text)")
    p.add_argument("--kind", choices=("direct", "partial", "indirect"))
    add_output(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        page = corpus.list_quotes(speaker=args.speaker, since=args.since, until=args.until, query=args.q,
                                  kind=args.kind, limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        print_json_lines(page["items"])
    else:
        print_table(page["items"], [("published", "published", 10), ("speaker_name", "speaker", 24),
                                    ("speaker_text", "as", 18), ("kind", "kind", 8), ("text", "quotation", 80),
                                    ("article", "article", None)])
        footer(page)
    return 0
