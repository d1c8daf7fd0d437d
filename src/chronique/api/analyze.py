"""``POST /api/v1/analyze``: one article in, its ``chronique/article/1`` analysis out.

Analyses run one at a time on a dedicated worker thread (spaCy's parser is not shared between
threads, and the machine's cores are better spent on one parse than on several half-speed ones);
at most ``Settings.max_analyze_queue`` requests wait for it, later ones get 503 at once.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator

from ..article import Article
from ..ingest.metadata import parse_published
from .errors import ApiError, error_responses
from .settings import MAX_BODY_BYTES


class AnalyzeRequest(BaseModel):
    """An article to analyse. ``text`` is the body; a first line followed by a blank line is
    taken as the title when ``title`` is not given."""

    text: str = Field(min_length=1, max_length=MAX_BODY_BYTES, description="the article body (plain text)")
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
    """The single analysis worker with a bounded queue and a time limit."""

    def __init__(self, analyze: Callable[..., Article], timeout_s: float, max_queue: int):
        self._analyze = analyze
        self.timeout_s = timeout_s
        self.max_queue = max_queue
        self._executor: ThreadPoolExecutor | None = None
        self._waiting = 0
        self._lock = threading.Lock()

    async def run(self, **kwargs: Any) -> Article:
        """``analyze(**kwargs)`` on the worker."""
        return await self.submit(lambda: self._analyze(**kwargs))

    async def submit(self, work: Callable[[], Any]) -> Any:
        """Any analysis work on the worker, with the queue bound and the time limit."""
        with self._lock:
            if self._waiting >= self.max_queue:
                raise ApiError(503, "busy", "too many analyses waiting; try again shortly",
                               headers={"Retry-After": "5"})
            self._waiting += 1
            if self._executor is None:  # created on first use, and again after close()
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chronique-analyze")
            executor = self._executor
        try:
            future = asyncio.get_running_loop().run_in_executor(executor, work)
            try:
                return await asyncio.wait_for(future, timeout=self.timeout_s)
            except asyncio.TimeoutError:
                raise ApiError(503, "timeout", f"the analysis took longer than {self.timeout_s:g} s",
                               headers={"Retry-After": "30"}) from None
        finally:
            with self._lock:
                self._waiting -= 1

    def warm_up(self, load: Callable[[], Any]) -> None:
        """Start ``load`` (e.g. loading the language model) on the worker now, without waiting:
        the first analysis then does not pay for it."""
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chronique-analyze")
            self._executor.submit(load)

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def default_analyze(text: str, title: str | None, published: str | None) -> Article:
    from ..analysis import analyze

    return analyze(text, published=published, title=title, strict=True)


router = APIRouter(tags=["analyse"])


@router.post("/analyze", summary="Analyse one article",
             response_description="the article as chronique/article/1",
             responses=error_responses(413, 422, 503, 504))
async def analyze_article(body: AnalyzeRequest, request: Request) -> dict[str, Any]:
    """Cleans, parses and analyses ``text``; nothing is stored. Answers 422 for a text that is
    empty after cleaning or not French."""
    article = await request.app.state.analyzer.run(text=body.text, title=body.title, published=body.published)
    return article.to_json()
