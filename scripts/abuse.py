#!/usr/bin/env python3
"""Replay the hostile-input battery of issue #19 against a running ``chronique serve`` on loopback.

    CHRONIQUE_TOKEN=… .venv/bin/python scripts/abuse.py --url http://127.0.0.1:8000 [--token …]

Each group of inputs is sent as is; the table says how many were tried, how many got a reported
error (a 4xx with the JSON error shape, a failed ingest item with its reason), how many good
articles were lost (sent beside bad ones but not stored or not reachable at their URL), and how
many 5xx answers came back. Without a token the ingest group is skipped. It writes to the store
(a few articles with ids starting ``abuse-``): use a scratch corpus. Loopback only.
Exit status 1 when any article was lost or any 5xx seen.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from urllib.parse import quote, urlparse

import httpx

LOOPBACK = ("127.0.0.1", "localhost", "::1")
GOOD = ("Le ministre de l'Économie a présenté mercredi à Paris un budget en hausse de 3 %, a-t-il précisé "
        "devant les députés. « Nous tiendrons nos engagements », a déclaré le ministre.")
JUNK_IDS = [str(2**63), "²", "①", "'", "-", " ", "-1", "été", "0", "1.0"]


@dataclass
class Row:
    group: str
    tried: int = 0
    reported: int = 0
    lost: int = 0
    server_errors: int = 0

    def saw(self, response: httpx.Response) -> None:
        self.tried += 1
        if response.status_code >= 500 and response.status_code != 503:  # 503: busy or stopped, by design
            self.server_errors += 1
        elif 400 <= response.status_code < 500 and _error_shape(response):
            self.reported += 1


def _error_shape(response: httpx.Response) -> bool:
    if not response.headers.get("content-type", "").startswith("application/json"):
        return "content-security-policy" in response.headers  # an HTML error page
    body = response.json()
    return set(body) == {"error"} and {"code", "message"} <= set(body["error"])


def junk_ids(client: httpx.Client) -> list[Row]:
    paths = Row("ids in paths (API, pages)")
    for ident in JUNK_IDS:
        for prefix in ("/api/v1/entities/", "/api/v1/stories/", "/entities/", "/stories/"):
            paths.saw(client.get(prefix + quote(ident, safe="")))
    filters = Row("ids in filters")
    for ident in JUNK_IDS:
        for path in ("articles", "quotes", "events", "stories", "timeline"):
            filters.saw(client.get(f"/api/v1/{path}", params={"entity": ident}))
        for page, key in (("/timeline", "entity"), ("/quotes", "speaker"), ("/api/v1/quotes", "speaker")):
            filters.saw(client.get(page, params={key: ident}))  # an empty page: no error to report
    return [paths, filters]


def ingest(client: httpx.Client, token: str) -> Row:
    row = Row("ingest batch (dates, ids, HTML)")
    stamp = int(time.time())
    good = [{"id": f"abuse-{stamp}-bon", "text": GOOD},
            {"id": f"abuse-{stamp}/avec/barres", "text": GOOD.replace("mercredi", "jeudi")},
            {"id": f"abuse-{stamp}-profond", "html": "<html><body>" + "<div><span>" * 400 + f"<p>{GOOD}</p>"
             + "</span></div>" * 400 + "</body></html>"}]
    bad = [{"id": f"abuse-{stamp}-futur", "text": GOOD, "published": "3000-01-01"},
           {"id": f"abuse-{stamp}-fevrier", "text": GOOD, "published": "2020-02-30"},
           {"id": f"abuse-{stamp}\nligne", "text": GOOD},
           {"id": "..", "text": GOOD},
           {"id": f"abuse-{stamp}-vide", "text": "   "}]
    response = client.post("/api/v1/articles", json=bad + good, headers={"Authorization": f"Bearer {token}"},
                           timeout=600)
    row.tried = len(bad) + len(good)
    if response.status_code >= 500:
        row.server_errors += 1
        row.lost = len(good)
        return row
    results = response.json().get("results", [])
    row.reported = sum(1 for r in results[:len(bad)] if r.get("status") == "failed" and r.get("error", {}).get("message"))
    for item in good:
        r = client.get("/api/v1/articles/" + quote(item["id"], safe=""))
        page = client.get("/articles/" + quote(item["id"], safe=""))
        if r.status_code != 200 or page.status_code != 200:
            row.lost += 1
        row.server_errors += sum(1 for x in (r, page) if x.status_code >= 500)
    return row


def analysis(client: httpx.Client) -> list[Row]:
    size = Row("oversized analysis (490,000 chars)")
    began = time.monotonic()
    size.saw(client.post("/api/v1/analyze", json={"text": "Le ministre a parlé. " * 23_000}, timeout=120))
    if time.monotonic() - began > 10:
        size.server_errors += 1  # refused late: the text was worked on
    rate = Row("analysis burst (rate limit)")
    for _ in range(30):
        r = client.post("/api/v1/analyze", json={"text": "Bonjour."}, timeout=120)
        rate.saw(r)
        if r.status_code == 429:
            break
    return [size, rate]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--token", default=os.environ.get("CHRONIQUE_TOKEN"))
    args = parser.parse_args(argv)
    if urlparse(args.url).hostname not in LOOPBACK:
        parser.error("the battery runs against a loopback server only")
    with httpx.Client(base_url=args.url, timeout=30) as client:
        client.get("/api/v1/health").raise_for_status()
        rows = junk_ids(client)
        if args.token:
            rows.append(ingest(client, args.token))
        rows += analysis(client)
    print(f"{'inputs':<38} {'tried':>6} {'errors reported':>16} {'articles lost':>14} {'5xx seen':>9}")
    for row in rows:
        print(f"{row.group:<38} {row.tried:>6} {row.reported:>16} {row.lost:>14} {row.server_errors:>9}")
    return 1 if any(r.lost or r.server_errors for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
