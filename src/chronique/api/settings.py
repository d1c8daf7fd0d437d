"""Server settings: where the corpus is, who may write, and the limits on every request."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..errors import UsageError

# Bodies over this size are refused with 413 before they are read in full. 2 MB holds the
# longest press article many times over (OrangeSum's longest is about 60 kB of JSON).
MAX_BODY_BYTES = 2_000_000
# Analysing one article takes 0.1–1 s on one core, loading the language model 5–20 s (the first
# analysis of a server started with --no-warm); a request waiting longer than this for the parser
# (queued behind others, or an enormous text) answers 503 instead of hanging.
ANALYZE_TIMEOUT_S = 60.0
# Every other request: the corpus queries answer in milliseconds; this only stops a runaway one.
REQUEST_TIMEOUT_S = 10.0
# Requests allowed to wait for the (single) analysis worker before new ones get 503 at once.
MAX_ANALYZE_QUEUE = 8
# Longest text one anonymous analysis (POST /api/v1/analyze, the /analyser page) may send: about
# 16,000 words, four times the longest OrangeSum article; it takes ~6 s of parsing on one core.
# Longer texts are for ``chronique analyze`` and ``ingest`` (500,000 characters).
MAX_ANALYZE_CHARS = 100_000
# Anonymous analyses per client address: this many a minute on average, in bursts of up to
# ANALYZE_BURST (a reader pasting articles one by one never meets it; a script looping does).
ANALYZE_PER_MINUTE = 20
ANALYZE_BURST = 5
# Page sizes (?limit=) and the deepest ?offset= are the corpus's: ``corpus.service.DEFAULT_PAGE_SIZE``,
# ``MAX_PAGE_SIZE`` and ``MAX_OFFSET``, shared with the web pages.
# Articles accepted in one POST /api/v1/articles.
MAX_INGEST_BATCH = 50


@dataclass(frozen=True)
class Settings:
    db_url: str | None = None
    token: str | None = field(default=None, repr=False)
    max_body_bytes: int = MAX_BODY_BYTES
    analyze_timeout_s: float = ANALYZE_TIMEOUT_S
    request_timeout_s: float = REQUEST_TIMEOUT_S
    max_analyze_queue: int = MAX_ANALYZE_QUEUE
    max_analyze_chars: int = MAX_ANALYZE_CHARS
    analyze_per_minute: float = ANALYZE_PER_MINUTE
    analyze_burst: int = ANALYZE_BURST
    # Analyses in a worker process that is stopped at the time limit (else on a thread of the server).
    analysis_process: bool = True

    @classmethod
    def from_env(cls, db_url: str | None = None) -> "Settings":
        """``CHRONIQUE_TOKEN`` enables ingestion (empty or unset: the API is read-only);
        ``CHRONIQUE_DB`` is the store when no ``db_url`` is given; ``CHRONIQUE_ANALYZE_TIMEOUT``
        (seconds) overrides the analysis time limit, ``CHRONIQUE_ANALYZE_PER_MINUTE`` the rate of
        anonymous analyses per client address."""
        timeout = _number("CHRONIQUE_ANALYZE_TIMEOUT", ANALYZE_TIMEOUT_S, "a number of seconds")
        per_minute = _number("CHRONIQUE_ANALYZE_PER_MINUTE", ANALYZE_PER_MINUTE, "a number of analyses")
        return cls(db_url=db_url or os.environ.get("CHRONIQUE_DB") or None,
                   token=os.environ.get("CHRONIQUE_TOKEN") or None, analyze_timeout_s=max(1.0, timeout),
                   analyze_per_minute=max(0.0, per_minute))


def _number(name: str, default: float, what: str) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise UsageError(f"{name}={raw!r} is not {what}") from None
