"""The Python API: ``analyze`` one text, ``analyze_many`` a stream (optionally over processes)."""

from __future__ import annotations

import multiprocessing
from functools import lru_cache
from itertools import islice
from typing import Any, Iterable, Iterator, Literal, Mapping

from .article import Article
from .errors import InputError, UsageError
from .ingest import RawArticle
from .ingest.metadata import parse_published
from .ingest.readers import raw_from_json_object
from .pipeline import Pipeline

# Articles sent to a worker process at a time: large enough to amortise pickling,
# small enough to keep every worker busy on a few hundred articles.
CHUNK_SIZE = 32

Item = str | dict[str, Any] | RawArticle | InputError


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(text: str, published: str | None = None, title: str | None = None, strict: bool = False) -> Article:
    """Analyse one French article. ``published`` is ``YYYY-MM-DD``; a first line followed by a
    blank line is taken as the title unless ``title`` is given.

    Never raises for any ``str`` text (a ``published`` that is not a date is a ``UsageError``):
    an empty or blank text gives an article with language ``und`` and empty layers; a non-French
    text gives its detected language (``en``...), its cleaned text and blocks, and no sentences,
    entities or other layers; garbage too short to identify is analysed as French. ``strict=True`` gives batch semantics instead: ``EmptyInputError`` or
    ``LanguageError`` (both ``InputError``) for such texts, as the CLI and the HTTP API report them.
    """
    raw = RawArticle(text=text if isinstance(text, str) else str(text), source="<text>",
                     title=title, title_in_text=title is None)
    return default_pipeline().analyze(raw, published=check_published(published), strict=strict)


def check_published(published: str | None) -> str | None:
    """The caller's publication date in ISO form; ``UsageError`` when it is not a date of the
    calendar in [1800, tomorrow] (a wrong argument, unlike the text, is the caller's mistake to
    hear about)."""
    if not published:
        return None
    try:
        return parse_published(published)
    except ValueError as err:
        raise UsageError(f"{err}; published must be a date in YYYY-MM-DD form") from None


def to_raw(item: Item, index: int) -> RawArticle | InputError:
    if isinstance(item, (RawArticle, InputError)):
        return item
    if isinstance(item, str):
        return RawArticle(text=item, source=f"<item {index}>")
    if isinstance(item, dict):
        try:
            return raw_from_json_object(item, f"<item {index}: {item.get('id', '?')}>")
        except InputError as err:
            return err
    return InputError(f"cannot analyse a {type(item).__name__}", f"<item {index}>")


def analyze_many(items: Iterable[Item], processes: int = 1, published: str | None = None,
                 errors: Literal["raise", "skip", "return"] = "raise",
                 years: Mapping[int, int] | None = None) -> Iterator[Article | InputError]:
    """Analyse many articles (strings, JSON article dicts or ``RawArticle``), in input order.

    ``errors``: ``raise`` the first ``InputError``, ``skip`` bad inputs, or ``return`` them in
    place of their article. ``years`` (year -> number of articles, e.g. a corpus's) joins the
    years of the dated inputs as the prior for inferring a missing publication date.
    """
    if errors not in ("raise", "skip", "return"):
        raise UsageError(f"errors must be raise, skip or return, not {errors!r}")
    if processes < 1:
        raise UsageError("processes must be at least 1")
    published = check_published(published)
    raws = (to_raw(item, i) for i, item in enumerate(items, 1))
    if processes == 1:
        results: Iterator[Article | InputError] = default_pipeline().analyze_stream(raws, published, years)
    else:
        results = _analyze_in_processes(raws, processes, published, years)
    for result in results:
        if isinstance(result, InputError):
            if errors == "raise":
                raise result
            if errors == "skip":
                continue
        yield result


def _chunks(iterable: Iterable, size: int) -> Iterator[list]:
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


def _work(args: tuple[list[RawArticle | InputError], str | None, Mapping[int, int] | None]
          ) -> list[Article | InputError]:
    chunk, published, years = args
    return list(default_pipeline().analyze_stream(chunk, published, years))


def _analyze_in_processes(raws: Iterable[RawArticle | InputError], processes: int, published: str | None,
                          years: Mapping[int, int] | None = None) -> Iterator[Article | InputError]:
    ctx = multiprocessing.get_context("spawn" if multiprocessing.get_start_method(True) != "fork" else "fork")
    with ctx.Pool(processes) as pool:
        for batch in pool.imap(_work, ((c, published, years) for c in _chunks(raws, CHUNK_SIZE))):
            yield from batch
