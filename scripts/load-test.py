#!/usr/bin/env python3
"""Latency of every API list endpoint and every web page of ``chronique serve``, over loopback.

    .venv/bin/python scripts/load-test.py --db sqlite:////tmp/os5k.db          # starts its own server
    .venv/bin/python scripts/load-test.py --url http://127.0.0.1:8000          # an already running one

For each target (an endpoint or page, with realistic parameters taken from the store itself:
the most cited entities, recent articles, stories, words of titles) it sends ``--requests``
requests from ``--concurrency`` client threads after ``--warmup`` unmeasured ones, and prints
p50/p95/p99/max in milliseconds. Bounded: at most ``--max-seconds`` in all; loopback only.
Exit status 1 when a p95 is over ``--floor-ms`` (100 ms) or any request fails (status >= 500).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlparse

import httpx

REPO = Path(__file__).resolve().parents[1]
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "CHRONIQUE_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "chronique.cli.main", "serve", "--db", db, "--port", str(port),
                             "--no-warm"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"chronique serve exited with {proc.returncode}")
        try:
            if httpx.get(url + "/api/v1/health", timeout=5).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("chronique serve did not start")


def targets(client: httpx.Client, rng: random.Random) -> dict[str, list[str]]:
    """Each target's list of URLs (one is drawn per request), built from what the store holds."""
    def items(path: str, **params) -> list[dict]:
        return client.get(path, params=params).json()["items"]

    entities = items("/api/v1/entities", limit=50)
    people = items("/api/v1/entities", limit=30, type="PER") or entities
    articles = items("/api/v1/articles", limit=100)
    stories = items("/api/v1/stories", limit=50)
    total_articles = client.get("/api/v1/articles", params={"limit": 1}).json()["total"]
    words = sorted({w for a in articles for w in (a.get("title") or "").split() if len(w) > 5 and w.isalpha()})
    words = words or ["France"]
    dates = sorted(a["published"][:10] for a in articles if a.get("published")) or ["2020-01-01"]
    ent_ids = [str(e["id"]) for e in entities] or ["1"]
    per_ids = [str(e["id"]) for e in people] or ent_ids
    art_ids = [quote(a["id"], safe="") for a in articles] or ["none"]
    story_ids = [str(s["id"]) for s in stories] or ["1"]
    deep = max(0, min(total_articles - 20, 2000))

    def many(fmt: str, values: list[str], n: int = 40) -> list[str]:
        return [fmt.format(v) for v in rng.choices(values, k=n)]

    return {
        "GET /api/v1/articles": ["/api/v1/articles"] + [f"/api/v1/articles?offset={rng.randint(0, deep)}"
                                                        for _ in range(20)],
        "GET /api/v1/articles?q=": many("/api/v1/articles?q={}", words),
        "GET /api/v1/articles?entity=": many("/api/v1/articles?entity={}", ent_ids),
        "GET /api/v1/articles/{id}": many("/api/v1/articles/{}", art_ids),
        "GET /api/v1/entities": ["/api/v1/entities", "/api/v1/entities?type=PER", "/api/v1/entities?offset=100"],
        "GET /api/v1/entities?q=": many("/api/v1/entities?q={}", [quote(e["name"].split()[-1]) for e in entities]
                                        or ["a"]),
        "GET /api/v1/entities/{id}": many("/api/v1/entities/{}", ent_ids),
        "GET /api/v1/quotes": ["/api/v1/quotes", f"/api/v1/quotes?since={dates[0]}&until={dates[-1]}"],
        "GET /api/v1/quotes?speaker=": many("/api/v1/quotes?entity={}", per_ids),
        "GET /api/v1/quotes?q=": many("/api/v1/quotes?q={}", words),
        "GET /api/v1/events": ["/api/v1/events", "/api/v1/events?type=PROTEST"]
                              + many("/api/v1/events?entity={}", ent_ids, 10),
        "GET /api/v1/stories": ["/api/v1/stories", "/api/v1/stories?offset=20"]
                               + many("/api/v1/stories?entity={}", ent_ids, 10),
        "GET /api/v1/stories/{id}": many("/api/v1/stories/{}", story_ids),
        "GET /api/v1/timeline?entity=": many("/api/v1/timeline?entity={}", ent_ids),
        "GET /api/v1/timeline?story=": many("/api/v1/timeline?story={}", story_ids),
        "GET /api/v1/timeline (window)": ["/api/v1/timeline"],
        "GET /api/v1/search": many("/api/v1/search?q={}", words),
        "page /": ["/"],
        "page /articles/{id}": many("/articles/{}", art_ids),
        "page /entities/{id}": many("/entities/{}", ent_ids),
        "page /quotes": ["/quotes"] + many("/quotes?speaker={}", per_ids, 10) + many("/quotes?q={}", words, 10),
        "page /stories/{id}": many("/stories/{}", story_ids),
        "page /timeline": ["/timeline"] + many("/timeline?entity={}", ent_ids, 10),
        "page /timeline?preset=tout": ["/timeline?preset=tout"] + many("/timeline?story={}&preset=tout", story_ids, 10),
        "page /search": many("/search?q={}", words),
        "page /articles": ["/articles", "/articles?sort=title", "/articles?sort=oldest"]
                          + [f"/articles?offset={rng.randint(0, deep)}" for _ in range(10)]
                          + many("/articles?q={}", words, 10) + many("/articles?entity={}", ent_ids, 10),
        "page /entities": ["/entities", "/entities?type=PER&sort=name", "/entities?sort=recent", "/entities?offset=100"]
                          + many("/entities?q={}", [quote(e["name"].split()[-1]) for e in entities] or ["a"], 10),
        "page /stories": ["/stories", "/stories?sort=size", "/stories?min=3", "/stories?offset=40"]
                         + many("/stories?entity={}", ent_ids, 10),
        "page /corrections": ["/corrections"],
    }


def measure(client: httpx.Client, urls: list[str], n: int, concurrency: int, rng: random.Random,
            deadline: float) -> tuple[list[float], int]:
    times: list[float] = []
    server: list[float] = []  # the app's own time, from its Server-Timing header
    failures = 0
    lock = threading.Lock()
    picks = [rng.choice(urls) for _ in range(n)]

    def one(url: str) -> None:
        nonlocal failures
        if time.monotonic() > deadline:
            return
        start = time.perf_counter()
        r = client.get(url)
        elapsed = (time.perf_counter() - start) * 1000
        timing = r.headers.get("server-timing", "")
        with lock:
            times.append(elapsed)
            if timing.startswith("app;dur="):
                server.append(float(timing[8:]))
            if r.status_code >= 500:
                failures += 1

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, picks))
    return times, server, failures


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="store URL: start chronique serve on it (loopback, free port)")
    where.add_argument("--url", help="base URL of a running server (loopback only)")
    ap.add_argument("--requests", type=int, default=100, help="measured requests per target (default 100)")
    ap.add_argument("--warmup", type=int, default=5, help="unmeasured requests per target first (default 5)")
    ap.add_argument("--concurrency", type=int, default=1, help="client threads (default 1)")
    ap.add_argument("--max-seconds", type=float, default=300, help="stop measuring after this long (default 300)")
    ap.add_argument("--floor-ms", type=float, default=100, help="p95 floor in ms (default 100)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    if not (1 <= args.requests <= 10_000 and 1 <= args.concurrency <= 16 and 0 <= args.warmup <= 100):
        ap.error("requests 1–10000, concurrency 1–16, warmup 0–100")

    proc = None
    if args.db:
        proc, url = start_server(args.db)
    else:
        url = args.url.rstrip("/")
        if urlparse(url).hostname not in LOOPBACK:
            ap.error("--url must be a loopback address (127.0.0.1, localhost, ::1)")
    rng = random.Random(args.seed)
    rows, ok = [], True
    try:
        limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
        with httpx.Client(base_url=url, timeout=30, limits=limits) as client:
            health = client.get("/api/v1/health").json()
            print(f"server {url}  corpus {json.dumps(health['corpus'])}")
            print(f"{args.requests} requests per target, concurrency {args.concurrency}, warm-up {args.warmup}")
            deadline = time.monotonic() + args.max_seconds
            print(f"{'target':34} {'n':>5} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8} {'app p95':>8}  (ms)")
            for name, urls in targets(client, rng).items():
                measure(client, urls, args.warmup, 1, rng, deadline)
                times, server, failures = measure(client, urls, args.requests, args.concurrency, rng, deadline)
                if not times:
                    print(f"{name:34} skipped (time budget spent)")
                    ok = False
                    continue
                row = {"target": name, "n": len(times), "p50": pct(times, 50), "p95": pct(times, 95),
                       "p99": pct(times, 99), "max": max(times), "mean": statistics.fmean(times),
                       "server_errors": failures, "app_p50": pct(server, 50), "app_p95": pct(server, 95)}
                rows.append(row)
                flag = "" if row["p95"] < args.floor_ms and not failures else "  ✗"
                ok = ok and not flag
                print(f"{name:34} {row['n']:5d} {row['p50']:8.1f} {row['p95']:8.1f} {row['p99']:8.1f} "
                      f"{row['max']:8.1f} {row['app_p95']:8.1f}{flag}" + (f"  {failures} errors" if failures else ""))
            worst = max(rows, key=lambda r: r["p95"]) if rows else None
            if worst:
                print(f"worst p95: {worst['p95']:.1f} ms ({worst['target']}); floor {args.floor_ms:g} ms: "
                      + ("met" if ok else "NOT met"))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    if args.json:
        Path(args.json).write_text(json.dumps({"url": url, "rows": rows, "ok": ok}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
