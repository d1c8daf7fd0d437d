"""The time written on corpus records (ingest errors, manual rules): UTC, to the second."""

from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
