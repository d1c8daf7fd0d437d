"""``chronique export``: articles, entities, quotations, events, stories or timelines as jsonl, csv,
parquet; articles as ISO-TimeML documents; events as PLOVER records. Every export takes the
filters ``--since/--until/--entity/--story/--query`` (which articles; ``corpus.export_filters``)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from urllib.parse import quote

from ..errors import UsageError
from ..extras import require
from .corpus_common import add_db, open_corpus

NAME = "export"
HELP = ("export the corpus (--what articles|entities|quotes|events|stories|timeline "
        "--format jsonl|csv|parquet|timeml|plover; filters --since/--until/--entity/--story/--query)")
KINDS = ("articles", "entities", "quotes", "events", "stories", "timeline")
# The one kind each special format exports.
FORMAT_KIND = {"timeml": "articles", "plover": "events"}
# Fields written as Parquet dates (a YYYY-MM-DD prefix; a full date-time keeps its day).
PARQUET_DATES = {"quotes": ("published",), "stories": ("start", "end"), "events": ("start", "end"),
                 "timeline": ("start", "end"), "plover": ("published",)}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_db(p)
    p.add_argument("--what", choices=KINDS, help="what to export (timeml: articles, plover: events)")
    p.add_argument("--format", default="jsonl", choices=("jsonl", "csv", "parquet", "timeml", "plover"))
    p.add_argument("--output", "-o", metavar="FILE",
                   help="output file (default stdout; required for parquet); for timeml a directory")
    g = p.add_argument_group("filters (which articles; with --entity, the rows about it)")
    g.add_argument("--since", metavar="YYYY-MM-DD", help="articles published on or after")
    g.add_argument("--until", metavar="YYYY-MM-DD", help="articles published on or before")
    g.add_argument("--entity", metavar="ID|NAME", help="articles mentioning the entity")
    g.add_argument("--story", metavar="ID", help="articles of the story")
    g.add_argument("--query", metavar="TEXT", help="articles matching the full-text query")


def run(args: argparse.Namespace) -> int:
    from ..corpus.export import export_lines

    what = FORMAT_KIND.get(args.format, args.what)
    if what is None:
        raise UsageError("--what is required for jsonl, csv and parquet")
    if args.what and args.format in FORMAT_KIND and args.what != what:
        raise UsageError(f"--format {args.format} exports {what}, not {args.what}")
    if args.format in ("parquet", "timeml") and not args.output:
        raise UsageError(f"--format {args.format} needs --output {'DIR' if args.format == 'timeml' else 'FILE'}")
    for name in ("since", "until"):
        value = getattr(args, name)
        if value and not _DAY.fullmatch(value):
            raise UsageError(f"--{name} must be a YYYY-MM-DD date, not {value!r}")
    with open_corpus(args) as corpus:
        rows = corpus.export(what, since=args.since, until=args.until, entity=args.entity, story=args.story,
                             query=args.query, layout="plover" if args.format == "plover" else "rows")
        if args.format == "timeml":
            n = _write_timeml(rows, Path(args.output))
            print(f"{n} TimeML documents in {args.output}", file=sys.stderr)
        elif args.format == "parquet":
            _write_parquet(list(rows), what, args.output)
        else:
            out = open(args.output, "w", encoding="utf-8", newline="") if args.output else None
            try:
                stream = out or sys.stdout
                for line in export_lines(rows, args.format):
                    stream.write(line)
            finally:
                if out is not None:
                    out.close()
    return 0


def _write_timeml(rows, folder: Path) -> int:
    """One ``.tml`` file per article, named by its id (URL-encoded: ids may hold ``/``)."""
    from ..corpus.timeml import timeml_documents

    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for article_id, document in timeml_documents(rows):
        (folder / (quote(article_id, safe="") + ".tml")).write_text(document, encoding="utf-8")
        n += 1
    return n


def _write_parquet(rows: list[dict], kind: str, path: str) -> None:
    """Real Parquet types: integers, dates, lists and structs as such (no JSON in strings)."""
    pa = require("pyarrow", "parquet", "Parquet export")
    import pyarrow.parquet as pq

    dates = PARQUET_DATES.get(kind, ())
    for row in rows:
        for key in dates:
            value = row.get(key)
            row[key] = dt.date.fromisoformat(value[:10]) if isinstance(value, str) and _DAY.match(value) else None
    schema = _quote_schema(pa) if kind == "quotes" else None
    try:
        table = pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise UsageError(f"cannot write {kind} as Parquet ({err}); use --format jsonl") from None
    pq.write_table(table, path)


def _quote_schema(pa):
    s, i = pa.string(), pa.int64()
    return pa.schema([("id", i), ("article", s), ("text", s), ("kind", s), ("speaker", i), ("speaker_name", s),
                      ("speaker_text", s), ("cue", s), ("sentence", s), ("title", s), ("url", s),
                      ("published", pa.date32()), ("published_source", s)])
