"""``chronique ingest``: analyse articles and store them in the corpus (idempotent, resumable).

Inputs are files, directories, ``-``, web archives, page addresses (``https://…``) and, with
``--feed``, RSS/Atom feeds (addresses or files) whose items are fetched as pages.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import UsageError
from .common import check_published, error_line
from .progress import Progress, count_inputs
from .corpus_common import add_db, open_corpus
from .ray_engine import add_engine_arguments, check_engine
from .web_common import add_fetch_options, fetcher_from

NAME = "ingest"
HELP = "analyse articles (files, web pages, feeds, web archives) and add them to the corpus store (--db)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help=".txt/.html/.json/.jsonl(.gz) files, .warc(.gz)/.arc(.gz) archives, directories, -, "
                        "http(s) page addresses")
    p.add_argument("--feed", action="append", default=[], metavar="URL|FILE",
                   help="an RSS or Atom feed whose items are fetched and ingested (repeatable)")
    add_db(p)
    p.add_argument("--processes", type=int, default=1, metavar="N",
                   help="analysis worker processes or Ray actors (default 1)")
    p.add_argument("--published", type=check_published, metavar="YYYY-MM-DD", help="publication date of every input")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="stop after the first N inputs")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    add_fetch_options(p)
    add_engine_arguments(p)


def run(args: argparse.Namespace) -> int:
    from itertools import chain, islice

    from ..ingest import read_inputs
    from ..ingest.urls import is_web_address

    check_engine(args)
    if not args.inputs and not args.feed:
        raise UsageError("nothing to ingest: give files, addresses or --feed")
    pages = [i for i in args.inputs if is_web_address(i)]
    files = [i for i in args.inputs if not is_web_address(i)]
    # the total is known for files only (addresses and feeds are counted as they come)
    bar = Progress(NAME, count_inputs(files, args.limit) if files and not (pages or args.feed) else None)

    def on_article(status: str, name: str) -> None:
        bar.update(status)

    if args.engine == "ray" and (pages or args.feed):
        raise UsageError("--engine ray reads files and directories; fetch pages and feeds with the local engine")
    with open_corpus(args) as corpus:
        web = None
        if args.engine == "ray":
            from ..cluster import ingest_on_ray

            report = ingest_on_ray(corpus, files, address=args.address, processes=args.processes,
                                   published=args.published, limit=args.limit, on_article=on_article)
        else:
            items = read_inputs(files) if files else iter(())
            if pages or args.feed:
                from ..corpus.web_sources import WebSources

                web = WebSources(corpus.store, fetcher_from(args))
                items = chain(items, web.items(pages, args.feed))
            if args.limit is not None:
                items = islice(items, args.limit)
            try:
                if web is None:
                    report = corpus.ingest(items, processes=args.processes, published=args.published,
                                           on_article=on_article)
                else:
                    from ..corpus.web_sources import run_with_sources

                    report = run_with_sources(corpus.ingest, web, items, processes=args.processes,
                                              published=args.published, on_article=on_article)
            finally:
                if web is not None:
                    web.fetcher.close()
        bar.close()
        for err in report.errors:
            print(error_line(NAME, err["source"], err["reason"]), file=sys.stderr)
        if args.json:
            extra = {"web": web.report.to_dict()} if web is not None else {}
            print(json.dumps(report.to_dict() | extra | {"store": corpus.stats()}, ensure_ascii=False))
        else:
            print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
                  f"{report.duplicates} near-duplicates, {report.failed} failed, {report.partial} partial"
                  + (f", {report.skipped} skipped ({_reasons(report.skipped_by)})" if report.skipped else ""),
                  file=sys.stderr)
            if report.times is not None and report.times.wall:
                print(report.times.summary(), file=sys.stderr)
            if web is not None:
                w = web.report
                print(f"web: {w.feeds} feeds ({w.feeds_unchanged} unchanged), {w.items} items "
                      f"({w.items_known} already stored), {w.pages_fetched} pages fetched, "
                      f"{w.pages_unchanged} unchanged (304), {w.retried} earlier failures retried", file=sys.stderr)
    return 1 if report.failed or report.partial else 0


def _reasons(counts: dict[str, int]) -> str:
    """The commonest skip reasons first: 'request record: 200, not HTML (image/png): 3'."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ", ".join(f"{reason}: {n}" for reason, n in ranked[:5])
    return shown + (f", {len(ranked) - 5} other reasons" if len(ranked) > 5 else "")
