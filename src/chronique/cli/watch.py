"""``chronique watch FEED… --every 10m``: poll feeds and ingest their new items until Ctrl-C.

Each poll reads every feed (a conditional request: an unchanged feed costs one 304), fetches only
the items not stored yet (those that failed before are tried again) and logs one line. What was
fetched is kept in the store (``fetch_state``), so a restarted watch goes on where it stopped.
Ctrl-C stops it between two articles (each is stored in its own transaction) and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from .common import error_line
from .corpus_common import add_db, open_corpus
from .web_common import add_fetch_options, duration, fetcher_from

NAME = "watch"
HELP = "poll RSS/Atom feeds and ingest their new items (--every 10m; state in the store; Ctrl-C stops)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("feeds", nargs="+", metavar="FEED", help="feed addresses (or files)")
    p.add_argument("--every", type=duration, default=600.0, metavar="DURATION",
                   help="time between the starts of two polls: 90s, 10m, 1h (default 10m)")
    p.add_argument("--polls", type=int, default=None, metavar="N", help="stop after N polls (default: never)")
    add_db(p)
    p.add_argument("--processes", type=int, default=1, metavar="N", help="analysis worker processes (default 1)")
    add_fetch_options(p)


def run(args: argparse.Namespace) -> int:
    from ..corpus.web_sources import WebSources, run_with_sources

    poll = 0
    try:
        with open_corpus(args) as corpus:
            while args.polls is None or poll < args.polls:
                poll += 1
                began = time.monotonic()
                with fetcher_from(args) as fetcher:  # robots.txt read afresh at each poll
                    web = WebSources(corpus.store, fetcher)
                    report = run_with_sources(corpus.ingest, web, web.items((), args.feeds),
                                              processes=args.processes)
                for err in report.errors:
                    print(error_line(NAME, err["source"], err["reason"]), file=sys.stderr)
                wait = max(0.0, args.every - (time.monotonic() - began))
                last = args.polls is not None and poll >= args.polls
                w = web.report
                print(f"{_now()} poll {poll}: {w.feeds} feeds ({w.feeds_unchanged} unchanged), {w.items} items, "
                      f"{report.added + report.replaced + report.duplicates} new articles, {w.items_known} known, "
                      f"{report.failed} failed"
                      + ("" if last else f"; next poll in {wait:.0f} s"), file=sys.stderr, flush=True)
                if not last:
                    time.sleep(wait)
    except KeyboardInterrupt:
        print(f"{_now()} stopped after {poll} polls", file=sys.stderr)
    return 0


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
