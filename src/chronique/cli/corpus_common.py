"""Shared by the corpus commands: ``--db``, ``--format``, paging options and plain-text tables.

The commands speak the API's vocabulary: ``--q`` (words searched), ``--since``/``--until``,
``--limit``/``--offset``, ``--format``; ids are printed whole, so that they can be pasted back."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterable

from ..store import DEFAULT_URL, ENV_VAR, default_url


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help=f"store URL (default ${ENV_VAR} or {DEFAULT_URL}; postgresql://... for PostgreSQL)")


def add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="table (default) or jsonl: one JSON object per line")
    p.add_argument("--json", dest="format", action="store_const", const="jsonl", help="same as --format jsonl")


def add_output(p: argparse.ArgumentParser, limit: int = 50) -> None:
    add_format(p)
    p.add_argument("--limit", type=int, default=limit, metavar="N", help=f"at most N results (default {limit})")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N results")


def open_corpus(args: argparse.Namespace):
    from ..corpus import Corpus

    return Corpus.open(args.db or default_url())


def print_json_lines(rows: Iterable[Any]) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def print_table(rows: list[dict[str, Any]], columns: list[tuple[str, str, int | None]]) -> None:
    """``columns``: (key, header, max width, None for ids: never cut). Long cells are cut with an ellipsis."""
    if not rows:
        return
    cells = [[_cell(r.get(k), w) for k, _, w in columns] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, (_, h, _) in enumerate(columns)]
    out = sys.stdout
    out.write("  ".join(h.ljust(widths[i]) for i, (_, h, _) in enumerate(columns)).rstrip() + "\n")
    for c in cells:
        out.write("  ".join(v.ljust(widths[i]) for i, v in enumerate(c)).rstrip() + "\n")


def _cell(value: Any, width: int | None) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def footer(page: dict[str, Any]) -> None:
    shown = len(page["items"])
    if page["total"] > shown:
        print(f"({page['offset'] + 1}–{page['offset'] + shown} of {page['total']}; --offset to see more)",
              file=sys.stderr)
