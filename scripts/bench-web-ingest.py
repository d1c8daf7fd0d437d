#!/usr/bin/env python3
"""The floor of issue 17: ingesting N pages from a local HTTP server and a web archive of N records
costs at most 1.2x ingesting the same texts as JSON lines.

    .venv/bin/python scripts/bench-web-ingest.py [--limit 200] [--corpus FILE.jsonl(.gz)] [--max-ratio 1.2]

The texts are the first N articles of ``../shared/data/orangesum/orangesum-5k.jsonl.gz`` (else the
bundled samples, repeated with a number to stay distinct), written at run time into a temporary
folder (never into the repository) three ways: a JSON-lines file, N HTML pages served by a
``http.server`` on 127.0.0.1 behind an RSS feed (``ingest --feed``, no per-host delay: the
server is local), and a gzipped WARC of N request and N response records (warcio). Each is
ingested by ``chronique ingest`` in its own process into a fresh SQLite store, ``--rounds`` times
in a rotating order; the times are wall clock, the spaCy model load included in each, and the
fastest of each kind is compared (a busy machine slows a round, not a kind). Checked: every article stored once, no failure
(and the archive's request records skipped). Prints one JSON object with the wall-clock and the
CPU seconds (user + system, of the ingest process; steadier than wall clock on a shared machine)
of every run, and the ratios of the fastest runs of each kind to JSON lines; exits 1 when a CPU
ratio is over ``--max-ratio`` (wall clock on a machine shared with other work varies by 2x from
one run to the next, more than what is measured) or a check fails.
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "orangesum" / "orangesum-5k.jsonl.gz"
CHRONIQUE = [sys.executable, "-m", "chronique.cli.main"]


def load_articles(corpus: Path | None, limit: int) -> list[dict]:
    if corpus is None and SHARED.exists():
        corpus = SHARED
    rows: list[dict] = []
    if corpus is not None:
        opener = gzip.open if corpus.suffix == ".gz" else open
        with opener(corpus, "rt", encoding="utf-8") as stream:
            for line in stream:
                row = json.loads(line)
                if row.get("text") and row.get("title"):
                    rows.append(row)
                if len(rows) == limit:
                    break
        return rows
    samples = [json.loads(line) for p in sorted((REPO / "samples").rglob("*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    samples = [s for s in samples if s.get("title")]
    for i in range(limit):
        s = samples[i % len(samples)]
        rows.append(s | {"id": f"{s['id']}-{i}", "title": f"{s['title']} ({i})", "text": f"{s['text']}\n\nDépêche {i}."})
    return rows


def page(row: dict) -> bytes:
    meta = f'<meta property="article:published_time" content="{row["published"]}">' if row.get("published") else ""
    paragraphs = [row["lead"]] if row.get("lead") else []
    paragraphs += [p for p in row["text"].split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(row["title"])}</title>'
            f"{meta}</head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>{html.escape(row['title'])}</h1>"
            f"{body}</article><footer>Mentions légales</footer></body></html>").encode("utf-8")


def write_inputs(rows: list[dict], folder: Path) -> tuple[Path, Path, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    jsonl = folder / "articles.jsonl"
    jsonl.write_text("".join(json.dumps({k: r.get(k) for k in ("id", "title", "lead", "text", "published")},
                                        ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    site = folder / "site"
    (site / "art").mkdir(parents=True)
    items = []
    for i, row in enumerate(rows):
        (site / "art" / f"{i}.html").write_bytes(page(row))
        items.append(f"<item><title>{html.escape(row['title'])}</title><link>{{base}}/art/{i}.html</link></item>")
    (site / "feed.tmpl").write_text("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                                    "<title>Bench</title><link>{base}/</link><description>b</description>"
                                    + "".join(items) + "</channel></rss>", encoding="utf-8")
    warc = folder / "crawl.warc.gz"
    with open(warc, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, row in enumerate(rows):
            url = f"https://exemple.fr/art/{i}.html"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(
                b"GET /art/%d.html HTTP/1.1\r\nHost: exemple.fr\r\n\r\n" % i),
                warc_content_type="application/http; msgtype=request"))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page(row)),
                                                          http_headers=http))
    return jsonl, site, warc


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feed = (site / "feed.tmpl").read_text(encoding="utf-8").replace("{base}", base)
    (site / "feed.xml").write_text(feed, encoding="utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


class _Quiet(SimpleHTTPRequestHandler):
    extensions_map = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml"}

    def log_message(self, *args) -> None:
        pass


def ingest(db: Path, *inputs: str) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run([*CHRONIQUE, "ingest", "--db", f"sqlite:///{db}", "--json", *inputs],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if not done.stdout.strip():
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")
    report = json.loads(done.stdout.splitlines()[-1])
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()
    return {"seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1), "exit": done.returncode, "added": report["added"],
            "near_duplicates": report["duplicates"], "failed": report["failed"], "skipped": report.get("skipped", 0),
            "stored": stored[0], "errors": report["errors"][:5]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=None, help="JSON-lines articles (default: OrangeSum, else samples)")
    ap.add_argument("--max-ratio", type=float, default=1.2)
    ap.add_argument("--rounds", type=int, default=2, help="runs of each kind, the fastest kept (default 2)")
    args = ap.parse_args()
    rows = load_articles(args.corpus, args.limit)
    with tempfile.TemporaryDirectory(prefix="chronique-web-bench-") as tmp:
        folder = Path(tmp)
        jsonl, site, warc = write_inputs(rows, folder)
        server, base = serve(site)
        runs = {"jsonl": (str(jsonl),), "pages": ("--feed", f"{base}/feed.xml", "--host-delay", "0"),
                "warc": (str(warc),)}
        results: dict[str, dict] = {}
        try:
            # rounds in a rotating order, each run on a fresh store: a busy machine slows one
            # round, not one kind; the fastest round of each kind is compared
            for round_ in range(args.rounds):
                kinds = list(runs)[round_ % 3:] + list(runs)[:round_ % 3]
                for kind in kinds:
                    db = folder / f"{kind}-{round_}.db"
                    got = ingest(db, *runs[kind])
                    db.unlink()
                    best = results.get(kind)
                    times = (best["all_seconds"] if best else []) + [got["seconds"]]
                    cpu = (best["all_cpu_seconds"] if best else []) + [got["cpu_seconds"]]
                    results[kind] = (got if not best or got["seconds"] < best["seconds"] else best) | {
                        "all_seconds": times, "all_cpu_seconds": cpu}
        finally:
            server.shutdown()
    base_s = results["jsonl"]["seconds"]
    out = {"articles": len(rows), "corpus": str(args.corpus or (SHARED if SHARED.exists() else "samples")),
           "rounds": args.rounds, "load_average": os.getloadavg(), **results,
           "ratio_pages": round(results["pages"]["seconds"] / base_s, 3),
           "ratio_warc": round(results["warc"]["seconds"] / base_s, 3),
           "cpu_ratio_pages": round(min(results["pages"]["all_cpu_seconds"]) / min(results["jsonl"]["all_cpu_seconds"]), 3),
           "cpu_ratio_warc": round(min(results["warc"]["all_cpu_seconds"]) / min(results["jsonl"]["all_cpu_seconds"]), 3)}
    checks = [r["failed"] == 0 and r["stored"] == len(rows) for r in results.values()]
    checks += [results["warc"]["skipped"] == len(rows), out["cpu_ratio_pages"] <= args.max_ratio,
               out["cpu_ratio_warc"] <= args.max_ratio]
    out["ok"] = all(checks)
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
