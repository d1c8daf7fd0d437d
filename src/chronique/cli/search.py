"""``chronique search TEXT``: full-text search over articles, quotations, entities and stories."""

from __future__ import annotations

import argparse

from .corpus_common import add_db, add_format, open_corpus, print_json_lines, print_table

NAME = "search"
HELP = "full-text search across articles, quotations, entities and stories"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="+", metavar="TEXT")
    add_db(p)
    add_format(p)  # jsonl: one object per line, with a 'hit' field: article, quote, entity or story
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results of each kind (default 10)")


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        found = corpus.search(" ".join(args.text), limit=args.limit)
    if args.format == "jsonl":
        print_json_lines({"hit": kind[:-1] if kind != "stories" else "story", **row}
                         for kind, rows in found.items() for row in rows)
        return 0
    for kind, columns in (
        ("entities", [("id", "id", None), ("type", "type", 4), ("name", "entity", 40), ("n_articles", "articles", 8)]),
        ("stories", [("id", "id", None), ("label", "story", 60), ("start", "from", 10), ("end", "to", 10)]),
        ("articles", [("id", "article", None), ("published", "published", 10), ("title", "title", 50),
                      ("snippet", "match", 60)]),
        ("quotes", [("id", "id", None), ("published", "published", 10), ("speaker_name", "speaker", 24),
                    ("text", "quotation", 70)]),
    ):
        if found[kind]:
            print(f"# {kind}")
            print_table(found[kind], columns)
            print()
    if not any(found.values()):
        print("no match")
    return 0
