"""``chronique entity NAME``: one entity with its aliases, articles, quotations, events and timeline."""

from __future__ import annotations

import argparse
import json
import sys

from .corpus_common import add_db, add_format, open_corpus, print_table

NAME = "entity"
HELP = "show one entity (by name or id): aliases, articles, quotations, events, timeline"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", nargs="+", metavar="NAME")
    add_db(p)
    add_format(p)


def run(args: argparse.Namespace) -> int:
    name = " ".join(args.name)
    with open_corpus(args) as corpus:
        entity = corpus.get_entity(name)
        others = corpus.find_entities(name, limit=5) if entity else []
    if entity is None:
        print(f"chronique entity: no entity named {name!r}", file=sys.stderr)
        return 1
    if args.format == "jsonl":
        print(json.dumps(entity, ensure_ascii=False, default=str))
        return 0
    print(f"{entity['name']}  [{entity['type']}, id {entity['id']}]  {entity['n_articles']} articles, "
          f"{entity['n_mentions']} mentions, {entity['first_seen']} → {entity['last_seen']}")
    print("aliases: " + ", ".join(f"{a['alias']} ({a['n']})" for a in entity["aliases"][:15]))
    if len(others) > 1:
        print("also: " + ", ".join(f"{o['name']} (id {o['id']})" for o in others if o["id"] != entity["id"]))
    for title, rows, columns in (
        ("articles", entity["articles"][:10], [("id", "article", None), ("published", "published", 10),
                                                ("title", "title", 70)]),
        ("quotations", entity["quotes"][:10], [("published", "published", 10), ("kind", "kind", 8),
                                               ("text", "quotation", 80)]),
        ("timeline", entity["timeline"][:20], [("start", "from", 10), ("end", "to", 10), ("kind", "kind", 5),
                                              ("label", "what", 60), ("article", "article", None)]),
    ):
        if rows:
            print(f"\n# {title}")
            print_table(rows, columns)
    return 0
