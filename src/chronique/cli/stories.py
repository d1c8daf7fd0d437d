"""``chronique stories``: stories (clusters of articles), latest first; ``--id N`` shows one."""

from __future__ import annotations

import argparse
import json
import sys

from .common import check_date
from .corpus_common import add_db, add_output, footer, open_corpus, print_json_lines, print_table

NAME = "stories"
HELP = "list stories (articles clustered across the corpus), or show one with --id"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--id", type=int, metavar="N", help="show story N with its articles and entities")
    p.add_argument("--entity", metavar="NAME", help="stories involving this entity")
    p.add_argument("--since", type=check_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=check_date, metavar="YYYY-MM-DD")
    p.add_argument("--min-articles", type=int, default=1, metavar="N", help="only stories with at least N articles")
    add_output(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        if args.id is not None:
            story = corpus.get_story(args.id)
            if story is None:
                print(f"chronique stories: no story {args.id}", file=sys.stderr)
                return 1
            if args.format == "jsonl":
                print(json.dumps(story, ensure_ascii=False, default=str))
                return 0
            print(f"story {story['id']}: {story['label']}  ({story['start']} → {story['end']}, "
                  f"{story['n_articles']} articles)")
            print("arcs: " + ", ".join(f"{a['start']} → {a['end']} ({a['n_articles']})" for a in story["arcs"]))
            print_table(story["articles"], [("published", "published", 10), ("id", "article", None),
                                            ("title", "title", 70)])
            print("entities: " + ", ".join(f"{e['name']} ({e['n']})" for e in story["entities"][:12]))
            return 0
        page = corpus.list_stories(entity=args.entity, since=args.since, until=args.until,
                                   min_articles=args.min_articles, limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        print_json_lines(page["items"])
    else:
        print_table(page["items"], [("id", "id", None), ("start", "from", 10), ("end", "to", 10),
                                    ("n_articles", "articles", 8), ("label", "story", 80)])
        footer(page)
    return 0
