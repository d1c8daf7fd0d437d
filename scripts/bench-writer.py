#!/usr/bin/env python3
"""What the linking writer costs per article, without analysis: stores analysed articles into a fresh store.

    chronique analyze os1k.jsonl --format jsonl > os1k.analysed.jsonl      # once (the NLP cost)
    .venv/bin/python scripts/bench-writer.py os1k.analysed.jsonl --db postgresql://…/chronique_test
    .venv/bin/python scripts/bench-writer.py os1k.analysed.jsonl --db sqlite      # a temporary SQLite file

Stores the articles in input order through ``Corpus.batch_writer`` (the one writer of a Ray
ingest, batches of 64) into a fresh store: on PostgreSQL a new schema of the database the URL
names, dropped after unless ``--keep``. Prints,
per fifth of the articles: this process's CPU ms and wall ms per article, the PostgreSQL backend's
CPU ms per article (read from /proc: the server must run on this machine), and the statements per
article (reads: statements whose answer is waited for). Then the statements per article by kind.
CPU times survive a loaded machine better than wall times.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from chronique.article import Article
from chronique.corpus import Corpus
from chronique.corpus.linker import content_hash
from chronique.corpus.service import IngestReport
from chronique.store import open_store


def _kind(sql: str) -> str:
    words = sql.split()
    head = " ".join(words[:3]) if words[:1] != ["SELECT"] else "SELECT … " + (
        words[words.index("FROM") + 1] if "FROM" in words else "")
    return head


class Counting:
    """Counts the statements a store sends (``_raw_*``: what reaches the driver; on PostgreSQL
    the store's own count of what it sends), by kind; a read is a statement whose answer the
    writer waits for."""

    def __init__(self, store):
        self.store, self.statements, self.reads, self.kinds = store, 0, 0, Counter()
        self._depth = 0
        pg = hasattr(store, "statements_sent")  # PostgreSQL (older versions: counted like SQLite, multi-row inserts apart)
        if not pg and store.dialect == "postgresql":
            from chronique.store.postgres import multirow_insert
        for name in ("_raw_execute", "_raw_write", "_raw_executemany", "copy_rows"):
            orig = getattr(store, name)

            def wrapper(*args, _orig=orig, _name=name, **kwargs):
                if self._depth:  # SQLite's _raw_write calls _raw_execute: count once
                    return _orig(*args, **kwargs)
                sql = args[0] if _name != "copy_rows" else f"COPY {args[0]}"
                if _name == "_raw_executemany":
                    args = (sql, [tuple(r) for r in args[1]])
                sent = store.statements_sent if pg else 0
                self._depth += 1
                try:
                    return _orig(*args, **kwargs)
                finally:
                    self._depth -= 1
                    n = store.statements_sent - sent if pg else 1
                    if not pg and _name == "_raw_executemany":
                        many = multirow_insert(sql, args[1]) if store.dialect == "postgresql" else None
                        n = math.ceil(len(args[1]) / many[1]) if many else len(args[1])
                    self.reads += _name == "_raw_execute"
                    self.statements += n
                    self.kinds[_kind(sql)] += n
            setattr(store, name, wrapper)


def _backend_cpu(store, pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _fresh_pg(url: str) -> tuple[str, str]:
    import psycopg

    name = "bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect("postgresql://" + url.split("://", 1)[1], autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{name},public", name


def _drop_pg(url: str, name: str) -> None:
    import psycopg

    with psycopg.connect("postgresql://" + url.split("://", 1)[1], autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", help="analysed articles, one JSON per line (chronique analyze --format jsonl)")
    parser.add_argument("--db", default="sqlite", help="postgresql://… (a fresh database is made beside it) or sqlite")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--parts", type=int, default=5, help="slices reported (default: fifths)")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database / print the SQLite path")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    lines = [line for line in Path(args.articles).read_text().splitlines() if line.strip()][:args.limit]
    articles = [Article.from_json(json.loads(line)) for line in lines]
    tmp = tempfile.TemporaryDirectory()
    dropped = None
    if args.db.startswith("postgres"):
        url, dropped = _fresh_pg(args.db)
    else:
        url = f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    try:
        figures = _run(url, articles, args.parts)
    finally:
        if dropped and not args.keep:
            _drop_pg(args.db, dropped)
    print(f"{len(articles)} articles stored into a fresh {url.split(':')[0]} store, batches of 64")
    print(f"{'articles':>11} {'cpu ms':>7} {'wall ms':>7} {'server ms':>9} {'stmts':>6} {'reads':>6}   (per article)")
    for f in figures["slices"]:
        print(f"{f['first']:>5}-{f['last']:<5} {f['cpu_ms']:7.1f} {f['wall_ms']:7.1f} {f['server_ms']:9.1f} "
              f"{f['statements']:6.1f} {f['reads']:6.1f}")
    s = figures["slices"]
    if len(s) > 1:
        print(f"last / first slice: cpu {s[-1]['cpu_ms'] / s[0]['cpu_ms']:.2f}x, "
              f"cpu+server {(s[-1]['cpu_ms'] + s[-1]['server_ms']) / (s[0]['cpu_ms'] + s[0]['server_ms']):.2f}x")
    print("statements per article by kind:")
    for kind, n in figures["kinds"][:25]:
        print(f"  {n:7.2f}  {kind}")
    if args.keep and not dropped:
        print(f"store kept: {url}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    if not args.keep:
        tmp.cleanup()
    return 0


def _run(url: str, articles: list[Article], parts: int) -> dict:
    corpus = Corpus(open_store(url))
    counting = Counting(corpus.store)
    pid = int(corpus.store.scalar("SELECT pg_backend_pid()")) if corpus.store.dialect == "postgresql" else None
    report = IngestReport()
    writer = corpus.batch_writer(report)
    counting.statements = counting.reads = 0
    counting.kinds.clear()
    size = math.ceil(len(articles) / parts)
    slices = []
    for start in range(0, len(articles), size):
        part = articles[start:start + size]
        before = (time.process_time(), time.perf_counter(), _backend_cpu(corpus.store, pid),
                  counting.statements, counting.reads)
        for a in part:
            writer.add(a, content_hash(a))
        writer.flush()
        after = (time.process_time(), time.perf_counter(), _backend_cpu(corpus.store, pid),
                 counting.statements, counting.reads)
        d = [(y - x) / len(part) for x, y in zip(before, after)]
        slices.append({"first": start + 1, "last": start + len(part), "cpu_ms": 1000 * d[0], "wall_ms": 1000 * d[1],
                       "server_ms": 1000 * d[2], "statements": d[3], "reads": d[4]})
    n = len(articles)
    kinds = [(k, c / n) for k, c in counting.kinds.most_common()]
    corpus.close()
    return {"url": url.split("@")[-1], "articles": n, "report": report.to_dict(),
            "slices": slices, "kinds": kinds}


if __name__ == "__main__":
    sys.exit(main())
