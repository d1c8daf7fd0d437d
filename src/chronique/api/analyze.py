"""``POST /api/v1/analyze``: one article in, its ``chronique/article/1`` analysis out.

Analyses run one at a time in a worker process (``api.worker``: spaCy's parser is not shared
between threads, the machine's cores are better spent on one parse than on several half-speed
ones, and the server's readers keep the interpreter to themselves); at most
``Settings.max_analyze_queue`` requests wait for it, later ones get 503 at once; one that overruns
the time limit is stopped (503). Anonymous analyses are also bounded in size (413) and in rate
per client address (429); see ``api.settings``.
"""

from __future__ import annotations

import asyncio
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator

from ..article import Article
from ..ingest.metadata import parse_published
from .errors import ApiError, error_responses
from .limits import RateLimit
from .settings import MAX_ANALYZE_CHARS, MAX_BODY_BYTES
from .worker import WorkerProcess, WorkerTimeout


class AnalyzeRequest(BaseModel):
    """An article to analyse. ``text`` is the body; a first line followed by a blank line is
    taken as the title when ``title`` is not given."""

    text: str = Field(min_length=1, max_length=MAX_BODY_BYTES,
                      description=f"the article body (plain text), at most {MAX_ANALYZE_CHARS:,} characters "
                                  f"(the server's setting; 413 beyond)")
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, description="publication date, YYYY-MM-DD, from 1800-01-01 "
                                                            "to tomorrow",
                                  examples=["2023-03-08"])

    @field_validator("published")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if len(value) != 10:
            raise ValueError("published must be a date in YYYY-MM-DD form")
        return parse_published(value)  # its ValueError says why: no such day, or outside [1800, tomorrow]


class Analyzer:
    """Analyses one at a time, with a bounded queue, a time limit and, for anonymous callers,
    a size limit and a per-client rate limit.

    With ``isolated`` (the server's default) and an ``analyze`` function that pickles (the
    server's own does), analyses run in a worker process (``api.worker``), which is killed when
    one overruns its time limit; otherwise (an in-process function handed in, as tests do) on a
    worker thread, where an overrun answers 503 but finishes in the background.
    """

    def __init__(self, analyze: Callable[..., Article], timeout_s: float, max_queue: int, *,
                 isolated: bool = False, max_chars: int | None = None, rate: RateLimit | None = None,
                 uses_model: bool = True):
        self._analyze = analyze
        self.timeout_s = timeout_s
        self.max_queue = max_queue
        self.max_chars = max_chars
        self.rate = rate
        # a worker that will parse loads the model as soon as it starts (and again after a kill)
        warm = load_model if uses_model else None
        self.process = WorkerProcess(warm=warm) if isolated and _pickles(analyze) else None
        self._executor: ThreadPoolExecutor | None = None
        self._waiting = 0
        self._lock = threading.Lock()

    async def run(self, client: str | None = None, **kwargs: Any) -> Article:
        """``analyze(**kwargs)`` for an anonymous caller: its ``text`` within ``max_chars`` (413),
        ``client`` (an address) within its rate (429), then on the worker."""
        text = kwargs.get("text") or ""
        if self.max_chars is not None and len(text) > self.max_chars:
            raise ApiError(413, "payload_too_large",
                           f"{len(text):,} characters is over the {self.max_chars:,}-character limit for one "
                           f"analysis over HTTP (chronique analyze and ingest take up to 500,000)")
        if self.rate is not None and client is not None:
            self.rate.check(client)
        return await self.call(_apply, self._analyze, kwargs)

    async def call(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` on the worker, with the queue bound and the time limit (``func`` and its
        arguments pickle: top-level functions and plain data)."""
        with self._lock:
            if self._waiting >= self.max_queue:
                raise ApiError(503, "busy", "too many analyses waiting; try again shortly",
                               headers={"Retry-After": "5"})
            self._waiting += 1
        try:
            if self.process is not None:
                try:
                    return await asyncio.to_thread(self.process.call, func, *args, timeout=self.timeout_s)
                except WorkerTimeout:
                    raise self._timeout() from None
            future = asyncio.get_running_loop().run_in_executor(self._thread(), func, *args)
            try:
                return await asyncio.wait_for(future, timeout=self.timeout_s)
            except asyncio.TimeoutError:
                raise self._timeout() from None
        finally:
            with self._lock:
                self._waiting -= 1

    def _timeout(self) -> ApiError:
        return ApiError(503, "timeout", f"the analysis took longer than {self.timeout_s:g} s",
                        headers={"Retry-After": "30"})

    def _thread(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:  # created on first use, and again after close()
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chronique-analyze")
            return self._executor

    def warm_up(self) -> None:
        """Start loading the language model now, without waiting: the first analysis then does
        not pay for it."""
        if self.process is not None:
            self.process.start()
        else:
            self._thread().submit(load_model)

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        if self.process is not None:
            self.process.close()


def _pickles(func: Callable[..., Any]) -> bool:
    try:
        pickle.dumps(func)
    except Exception:  # noqa: BLE001 - a lambda or a local function: it runs in this process
        return False
    return True


def _apply(func: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    return func(**kwargs)


def load_model() -> None:
    from ..analysis import default_pipeline

    default_pipeline()


def analyze_raw(raw: Any) -> Article:
    """A raw article (``RawArticle``) through the default pipeline, as ingestion over HTTP does."""
    from ..analysis import default_pipeline

    return default_pipeline().analyze(raw)


def default_analyze(text: str, title: str | None, published: str | None) -> Article:
    from ..analysis import analyze

    return analyze(text, published=published, title=title, strict=True)


router = APIRouter(tags=["analyse"])


@router.post("/analyze", summary="Analyse one article",
             response_description="the article as chronique/article/1",
             responses=error_responses(413, 422, 429, 503, 504))
async def analyze_article(body: AnalyzeRequest, request: Request) -> dict[str, Any]:
    """Cleans, parses and analyses ``text``; nothing is stored. Answers 422 for a text that is
    empty after cleaning or not French, 413 for a text over ``MAX_ANALYZE_CHARS`` (100,000
    characters), 429 past ``ANALYZE_PER_MINUTE`` analyses a minute from one address, 503 when
    the queue is full or the analysis overruns its time limit (it is then stopped)."""
    article = await request.app.state.analyzer.run(client=client_address(request), text=body.text,
                                                   title=body.title, published=body.published)
    return article.to_json()


def client_address(request: Request) -> str:
    """Who a request is from, for the rate limit: its peer address."""
    return request.client.host if request.client else "?"
