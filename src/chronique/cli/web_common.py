"""Shared by ``ingest`` and ``watch``: the options of fetching pages and feeds, and durations.

The options default to None, meaning ``ingest.fetch.FetchSettings``' value (that module is not
imported to build ``--help``: it would load the HTML stack).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace

from ..extras import require

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h|d)?")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def duration(text: str) -> float:
    """``90``, ``90s``, ``10m``, ``1.5h``, ``1d`` in seconds (argparse type)."""
    found = _DURATION.fullmatch(text.strip().lower())
    if not found or float(found.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 90s, 10m, 1h)")
    return float(found.group(1)) * _SECONDS[found.group(2)]


def add_fetch_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("fetching pages and feeds (README: 'Ingest from the web, export for analysts')")
    g.add_argument("--timeout", type=duration, metavar="SECONDS", help="connect and read timeout (default 20 s)")
    g.add_argument("--host-delay", type=float, metavar="SECONDS",
                   help="pause between two requests to one host (default 1 s)")
    g.add_argument("--max-bytes", type=int, metavar="N", help="largest page or feed (default 5,000,000 bytes)")
    g.add_argument("--user-agent", metavar="TEXT", help="the User-Agent header (default 'Chronique/0.1 (…)')")


def fetcher_from(args: argparse.Namespace):
    require("httpx", "web", "Fetching pages and feeds")
    require("feedparser", "web", "Reading feeds")
    from ..ingest.fetch import Fetcher, FetchSettings

    given = {"timeout": args.timeout, "host_delay": args.host_delay, "max_bytes": args.max_bytes,
             "user_agent": args.user_agent}
    settings = replace(FetchSettings(), **{k: v for k, v in given.items() if v is not None})
    if args.timeout is not None:
        settings = replace(settings, deadline=max(settings.deadline, 3 * args.timeout))
    return Fetcher(settings)
