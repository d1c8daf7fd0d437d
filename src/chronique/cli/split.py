"""``chronique split``: move some names of an entity to a new entity (recorded, obeyed by later linking)."""

from __future__ import annotations

import argparse

from .corpus_common import add_db, open_corpus

NAME = "split"
HELP = "split an entity: chronique split ENTITY --alias NAME [--alias NAME...] moves those names to a new entity"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("entity", metavar="ENTITY", help="id or name")
    p.add_argument("--alias", action="append", required=True, metavar="NAME", help="a name form to move (repeatable)")
    p.add_argument("--name", help="display name of the new entity (default: the first alias)")
    p.add_argument("--reason", help="why (kept in the corrections log: chronique corrections)")
    add_db(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        entity = corpus.split_entity(args.entity, args.alias, name=args.name, reason=args.reason)
    print(f"new entity {entity['name']} (id {entity['id']}, {entity['n_articles']} articles; correction {entity['correction']})")
    return 0
