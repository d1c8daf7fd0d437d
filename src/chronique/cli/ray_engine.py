"""``--engine ray`` for ``ingest`` and ``analyze``: the same inputs, analysed on a Ray cluster
(``chronique.cluster``); the embedded default (``--engine local``) needs no Ray."""

from __future__ import annotations

import argparse
import sys

from ..errors import UsageError


def add_engine_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("engine")
    g.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes (default) or a Ray actor pool of --processes actors (the 'ray' extra)")
    g.add_argument("--address", metavar="auto|ray://HOST:PORT",
                   help="with --engine ray: the cluster to join (default: start one on this machine)")


def check_engine(args: argparse.Namespace) -> None:
    if args.address and args.engine != "ray":
        raise UsageError("--address needs --engine ray")


def analyze_on_ray(args: argparse.Namespace, on_error) -> int:
    """Print each article's JSON (or summary) in input order; ``on_error(InputError)`` for the bad ones."""
    import json

    from ..article import Article
    from ..cluster import analyze_on_ray as run
    from ..errors import InputError
    from .summary import summarise

    failed = 0
    for item in run(args.inputs, address=args.address, processes=args.processes, published=args.published):
        if isinstance(item, InputError):
            failed += on_error(item)
            continue
        article = Article.from_json(json.loads(item))
        failed += on_error(article)
        sys.stdout.write(summarise(article) + "\n" if args.format == "pretty" else item + "\n")
    sys.stdout.flush()
    return 1 if failed else 0
