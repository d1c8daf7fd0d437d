"""``chronique story merge|split``: correct stories by hand (recorded, obeyed by ``relink``)."""

from __future__ import annotations

import argparse

from .corpus_common import add_db, open_corpus

NAME = "story"
HELP = ("correct stories: chronique story merge TARGET OTHER... | chronique story split STORY --article ID...; "
        "the rule survives re-linking")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    merge = sub.add_parser("merge", help="merge the stories OTHER... into TARGET (ids)")
    merge.add_argument("target", metavar="TARGET")
    merge.add_argument("others", nargs="+", metavar="OTHER")
    merge.add_argument("--reason", help="why (kept with the rule)")
    add_db(merge)
    split = sub.add_parser("split", help="move some articles of STORY to a new story")
    split.add_argument("story", metavar="STORY")
    split.add_argument("--article", action="append", required=True, metavar="ID",
                       help="an article of the story to move (repeatable)")
    split.add_argument("--reason", help="why (kept with the rule)")
    add_db(split)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        if args.action == "merge":
            story = corpus.merge_stories(args.target, args.others, args.reason)
            verb = "merged into"
        else:
            story = corpus.split_story(args.story, args.article, args.reason)
            verb = "new story"
    print(f"{verb} story {story['id']}: {story['label']} ({story['start']} → {story['end']}, "
          f"{story['n_articles']} articles)")
    return 0
