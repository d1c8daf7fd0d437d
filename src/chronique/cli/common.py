"""Small helpers shared by commands: argument checks and the progress bar."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def check_date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None
    return value


def progress(items: Iterable[T], desc: str, total: int | None = None) -> Iterator[T]:
    """A progress bar on stderr when stderr is a terminal; the items unchanged otherwise."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=desc, total=total, unit="art", file=sys.stderr, leave=False)
