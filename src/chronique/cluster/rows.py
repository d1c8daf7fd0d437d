"""What travels between the Ray stages: one flat row per input, strings and numbers only.

A reading row is ``{kind, name, raw, raw_hash, code, reason}``: ``kind`` is ``raw`` (``raw`` holds
the ``RawArticle`` as JSON), ``error`` (an input that could not be read: ``code`` and ``reason``) or
``unchanged`` (stored already, not analysed again). The analysing actor turns a ``raw`` row into an
``article`` row (``payload``: the ``chronique/article/1`` JSON) or an ``error`` row, and adds its
figures: ``words`` per article; on a batch's first row, the ``actor``, its ``batch_seconds``, the
wall-clock ``batch_end`` and ``batch_articles``, its peak ``rss_mb`` and its model's ``load_seconds``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..errors import InputError
from ..ingest import RawArticle

Row = dict[str, Any]
# Every row has every column (Arrow blocks need one schema); numbers default to 0, strings to "".
READ_COLUMNS = ("kind", "name", "raw", "raw_hash", "code", "reason")
FIGURE_COLUMNS = ("words", "actor", "batch_seconds", "batch_end", "batch_articles", "rss_mb", "load_seconds")
RESULT_COLUMNS = ("kind", "name", "payload", "raw_hash", "code", "reason") + FIGURE_COLUMNS


def raw_row(raw: RawArticle, raw_hash: str, stored: bool) -> Row:
    return {"kind": "unchanged" if stored else "raw", "name": raw.id or raw.source,
            "raw": "" if stored else json.dumps(asdict(raw), ensure_ascii=False), "raw_hash": raw_hash,
            "code": "", "reason": ""}


def error_row(err: InputError) -> Row:
    return {"kind": "error", "name": err.source or "", "raw": "", "raw_hash": "", "code": err.code,
            "reason": err.reason}


def raw_from_row(row: Row) -> RawArticle:
    return RawArticle(**json.loads(row["raw"]))


def input_error(row: Row) -> InputError:
    """The ``InputError`` (of the class its code names) an ``error`` row stands for."""
    classes = _subclasses(InputError)
    cls = next((c for c in classes if c.code == row["code"]), InputError)
    return cls(row["reason"], row["name"] or None)


def _subclasses(cls: type) -> list[type]:
    out = [cls]
    for sub in cls.__subclasses__():
        out += _subclasses(sub)
    return out


def columns(rows: list[Row], names: tuple[str, ...]) -> dict[str, list]:
    """Rows as one batch of columns, the form ``map_batches`` returns."""
    return {name: [r[name] for r in rows] for name in names}
