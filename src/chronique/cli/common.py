"""Small helpers shared by commands: argument checks and error lines (the progress bar: ``cli.progress``)."""

from __future__ import annotations

import argparse
import datetime as dt


def check_date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None
    return value


def error_line(command: str, source: str | None, reason: str) -> str:
    """One input's error as one line of stderr: ``chronique COMMAND: SOURCE: REASON``. Sources
    are shown names already (``ingest.readers.display_name``); the reason's line breaks become spaces."""
    return f"chronique {command}: {source or '<input>'}: {' '.join(str(reason).split())}"


def check_published(value: str) -> str:
    """``--published``: a YYYY-MM-DD date that exists, in [1800, tomorrow] (``ingest.metadata.parse_published``)."""
    from ..ingest.metadata import parse_published

    check_date(value)
    try:
        return parse_published(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
