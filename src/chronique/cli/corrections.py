"""``chronique corrections``: the log of manual corrections (merge, split, rename, type), and undoing one."""

from __future__ import annotations

import argparse

from .corpus_common import add_db, add_output, footer, open_corpus, print_json_lines, print_table

NAME = "corrections"
HELP = "list the corrections made by hand (merge, split, rename, type); --undo ID reverses one"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--entity", metavar="ID", help="only the corrections of this entity")
    p.add_argument("--undo", type=int, metavar="ID", help="reverse correction ID (recorded as a correction too)")
    p.add_argument("--reason", help="why (with --undo)")
    add_output(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        if args.undo is not None:
            done = corpus.undo_correction(args.undo, reason=args.reason)
            print(f"correction {done['undone']} undone (correction {done['correction']})")
            return 0
        page = corpus.list_corrections(entity=args.entity, limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        print_json_lines(page["items"])
    else:
        for row in page["items"]:
            row["status"] = f"undone by {row['undone_by']}" if row["undone"] else ""
        print_table(page["items"], [("id", "id", None), ("created", "when", 19), ("kind", "kind", 7),
                                    ("entity", "entity", None), ("reason", "reason", 60), ("status", "status", 16)])
        footer(page)
    return 0
