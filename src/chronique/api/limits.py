"""Request limits: body size (413) and wall-clock time (504) as plain ASGI middleware, and the
per-client rate of analyses (429, ``RateLimit``).

Both answer with the API's JSON error shape (or a short HTML page outside ``/api/``). The size
check acts before the application sees the body: a declared Content-Length over the limit is refused
unread, and a streamed body is refused as soon as it passes the limit (at most that much is held).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time

from .errors import ApiError, error_payload

log = logging.getLogger(__name__)

BODY_METHODS = ("POST", "PUT", "PATCH")
# A refused body is read and dropped up to this size before answering (see _drain); past it the
# connection is simply closed after the 413.
DRAIN_LIMIT = 64_000_000


async def _drain(receive, limit: int = DRAIN_LIMIT) -> None:
    """Read and drop the rest of a refused body (up to ``limit`` bytes), so that a client still
    sending it gets to read the 413 instead of a broken connection. Nothing is kept."""
    drained = 0
    while drained <= limit:
        event = await receive()
        if event["type"] != "http.request":
            return
        drained += len(event.get("body", b""))
        if not event.get("more_body", False):
            return


async def _send_error(scope, send, status: int, code: str, message: str) -> None:
    if scope.get("path", "").startswith("/api/"):
        body = json.dumps(error_payload(code, message)).encode()
        ctype = b"application/json"
    else:
        body = f"<!doctype html><meta charset=utf-8><title>{status}</title><p>{message}</p>".encode()
        ctype = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """Refuse bodies over ``max_bytes``: at once from Content-Length, else as soon as the stream passes it."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = f"request body over the {self.max_bytes:,}-byte limit"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    await _drain(receive)
                    return await _send_error(scope, send, 413, "payload_too_large", message)
        if scope.get("method") not in BODY_METHODS:
            return await self.app(scope, receive, send)
        # Read the body here (it is at most max_bytes), so that an oversized one is refused
        # before the application starts parsing it; then hand the bytes on unchanged.
        chunks, size = [], 0
        while True:
            event = await receive()
            if event["type"] == "http.disconnect":
                return
            chunk = event.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                if event.get("more_body", False):
                    await _drain(receive)
                return await _send_error(scope, send, 413, "payload_too_large", message)
            chunks.append(chunk)
            if not event.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class TimeLimit:
    """Answer 504 when a request has not started its response within ``seconds``; report the
    application's own time in a ``Server-Timing`` header.

    Work running in a thread cannot be killed; it finishes in the background and its
    result is dropped. Long analyses have their own, larger limit (see ``api.analyze``),
    so ``long_paths`` get ``long_seconds`` here.
    """

    def __init__(self, app, seconds: float, long_paths: tuple[str, ...] = (), long_seconds: float = 0):
        self.app, self.seconds = app, seconds
        self.long_paths, self.long_seconds = long_paths, long_seconds

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.long_seconds if scope.get("path", "") in self.long_paths else self.seconds
        started = False
        begin = time.perf_counter()

        async def tracking_send(event):
            nonlocal started
            if event["type"] == "http.response.start":
                started = True
                # Time spent in the application, for load tests on a busy machine (client-side
                # latency also counts the client's own scheduling).
                elapsed = (time.perf_counter() - begin) * 1000
                event = {**event, "headers": [*event.get("headers", ()),
                                              (b"server-timing", f"app;dur={elapsed:.1f}".encode())]}
            await send(event)

        try:
            await asyncio.wait_for(self.app(scope, receive, tracking_send), timeout=limit)
        except asyncio.TimeoutError:
            log.warning("%s %s: over the %.0f s time limit", scope.get("method"), scope.get("path"), limit)
            if not started:
                await _send_error(scope, send, 504, "timeout", f"the request took longer than {limit:g} s")


class RateLimit:
    """A token bucket per client: ``per_minute`` requests a minute on average, up to ``burst`` at
    once; past that, 429 with the seconds to wait in ``Retry-After``."""

    # Clients remembered at most; the idle ones (full buckets) are forgotten first.
    MAX_CLIENTS = 10_000

    def __init__(self, per_minute: float, burst: int):
        self.rate = per_minute / 60.0
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, time)
        self._lock = threading.Lock()

    def check(self, client: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, then = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
                raise ApiError(429, "too_many_requests",
                               f"over {self.rate * 60:g} analyses a minute from this address; try again in "
                               f"{wait:.0f} s", headers={"Retry-After": str(max(1, round(wait)))})
            self._buckets[client] = (tokens - 1.0, now)
            if len(self._buckets) > self.MAX_CLIENTS:
                self._forget_idle(now)

    def _forget_idle(self, now: float) -> None:
        full = [c for c, (t, then) in self._buckets.items() if t + (now - then) * self.rate >= self.burst]
        for client in full or list(self._buckets)[: len(self._buckets) // 2]:
            del self._buckets[client]
