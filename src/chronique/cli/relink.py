"""``chronique relink``: rebuild every cross-article link from the stored articles, keeping manual rules."""

from __future__ import annotations

import argparse
import sys

from .corpus_common import add_db, open_corpus

NAME = "relink"
HELP = "rebuild entities, stories, events and timelines from the stored articles (merge/split rules kept)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)


def run(args: argparse.Namespace) -> int:
    with open_corpus(args) as corpus:
        done = corpus.relink()
        stats = corpus.stats()
    print(f"re-linked {done['articles']} articles: {stats['entities']} entities, {stats['stories']} stories, "
          f"{stats['events']} events", file=sys.stderr)
    return 0
