"""Shared by ``ingest`` and ``watch``: the options of fetching pages and feeds, and durations."""

from __future__ import annotations

import argparse
import re

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
    from ..ingest.fetch import FetchSettings

    d = FetchSettings()
    g = p.add_argument_group("fetching pages and feeds")
    g.add_argument("--timeout", type=duration, default=d.timeout, metavar="SECONDS",
                   help=f"connect and read timeout (default {d.timeout:g} s)")
    g.add_argument("--host-delay", type=float, default=d.host_delay, metavar="SECONDS",
                   help=f"pause between two requests to one host (default {d.host_delay:g} s)")
    g.add_argument("--max-bytes", type=int, default=d.max_bytes, metavar="N",
                   help=f"largest page or feed (default {d.max_bytes:,} bytes)")
    g.add_argument("--user-agent", default=d.user_agent, metavar="TEXT", help=f"default: {d.user_agent!r}")


def fetcher_from(args: argparse.Namespace):
    require("httpx", "web", "Fetching pages and feeds")
    require("feedparser", "web", "Reading feeds")
    from ..ingest.fetch import Fetcher, FetchSettings

    return Fetcher(FetchSettings(timeout=args.timeout, deadline=max(args.timeout * 3, FetchSettings().deadline),
                                 max_bytes=args.max_bytes, host_delay=args.host_delay,
                                 user_agent=args.user_agent))
