"""``chronique merge``: merge entities by hand (recorded, and obeyed by later linking)."""

from __future__ import annotations

import argparse

from .corpus_common import add_db, open_corpus

NAME = "merge"
HELP = "merge entities: chronique merge TARGET OTHER... (ids or names); the rule survives re-linking"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("target", metavar="TARGET")
    p.add_argument("others", nargs="+", metavar="OTHER")
    p.add_argument("--name", help="new display name for the merged entity")
    p.add_argument("--reason", help="why (kept in the corrections log: chronique corrections)")
    add_db(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        entity = corpus.merge_entities(args.target, args.others, name=args.name, reason=args.reason)
    print(f"merged into {entity['name']} (id {entity['id']}, {entity['n_articles']} articles; correction {entity['correction']})")
    return 0
