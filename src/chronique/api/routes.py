"""The corpus endpoints of ``/api/v1``: articles, entities, quotes, events, stories, timeline, search, ingest.

Lists share one shape, ``{"items": [...], "total": n, "limit": l, "offset": o}``, and the same
bounded ``limit``/``offset``; filters are optional query parameters, validated (dates are
``YYYY-MM-DD``, texts at most ``MAX_FILTER_CHARS``).

Read handlers are ``async`` and query the store on the event loop: every query is bounded (limit,
offset, indexed filters) and takes a millisecond or two, while a hop to the thread pool and back
costs more than that on a busy machine (measured with scripts/load-test.py). Work that may be
slow — analysis, ingestion — runs off the loop (``api.analyze``, ``api.ingest``).
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..article.model import ENTITY_TYPES, EVENT_TYPES
from ..corpus.browse import ARTICLE_SORTS, ENTITY_SORTS, STORY_SORTS
from ..corpus.corrections import MAX_REASON_CHARS
from ..corpus.service import DEFAULT_PAGE_SIZE, EXPORTABLE, MAX_OFFSET, MAX_PAGE_SIZE
from ..ingest.readers import MAX_ID_CHARS
from .errors import ApiError, error_responses
from .settings import MAX_INGEST_BATCH

MAX_FILTER_CHARS = 200
TIMELINE_MAX = 1000

router = APIRouter()
_bearer = HTTPBearer(auto_error=False, description="CHRONIQUE_TOKEN, required to ingest and to correct")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"page size (1–{MAX_PAGE_SIZE})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Text = Annotated[str | None, Query(min_length=1, max_length=MAX_FILTER_CHARS)]
Since = Annotated[dt.date | None, Query(description="on or after this date (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="on or before this date (YYYY-MM-DD)")]
Ident = Annotated[str, Path(min_length=1, max_length=MAX_ID_CHARS)]
# Entity filters take an id (ASCII digits); names are searched with ``q`` (entities) or ``speaker`` (quotes).
EntityId = Annotated[str | None, Query(pattern=r"^[0-9]{1,25}$", description="an entity id (digits)")]
READ_ERRORS = error_responses(404, 422, 503, 504)
LIST_ERRORS = error_responses(422, 503, 504)


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class SearchResults(BaseModel):
    q: str
    articles: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    stories: list[dict[str, Any]]


class Timeline(BaseModel):
    items: list[dict[str, Any]]


class IngestResult(BaseModel):
    results: list[dict[str, Any]]
    added: int
    failed: int


def _corpus(request: Request):
    return request.app.state.corpus.get()


def _json(data: Any) -> JSONResponse:
    """The service's dicts are JSON-ready: send them as they are. Returning a response skips
    FastAPI's re-validation against ``response_model`` (kept for the spec), which cost more than
    the query itself on long pages (measured: 200 timeline items, ~40 ms)."""
    return JSONResponse(data)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _check_range(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise ApiError(422, "validation_error", "since is after until",
                       [{"loc": ["query", "since"], "msg": "after until", "type": "value_error"}])


def _found(obj: Any, what: str, ident: str) -> Any:
    if obj is None:
        raise ApiError(404, "not_found", f"no {what} with id {ident!r}")
    return obj


# -- articles --------------------------------------------------------------------------------
@router.get("/articles", response_model=Page, tags=["articles"], responses=LIST_ERRORS,
            summary="List articles, newest first")
async def list_articles(request: Request, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0, q: Text = None,
                        entity: EntityId = None, story: Annotated[int | None, Query(ge=1, le=2**62)] = None,
                        since: Since = None, until: Until = None, outlet: Text = None,
                        sort: Literal[tuple(ARTICLE_SORTS)] | None = None):
    """``q``: full-text search in titles and texts; ``entity``: articles mentioning that entity
    (its id); ``story``: the articles of one story. With ``outlet`` or ``sort`` (as on the
    ``/articles`` page) near-duplicates are left out."""
    _check_range(since, until)
    if outlet or sort:
        return _json(_corpus(request).browse("articles", limit=limit, offset=offset, q=q, entity=entity, story=story,
                                             since=_iso(since), until=_iso(until), outlet=outlet, sort=sort))
    return _json(_corpus(request).articles(limit=limit, offset=offset, q=q, entity=entity, story=story,
                                           since=_iso(since), until=_iso(until)))


# ``:path``: an id may hold a ``/``, sent encoded (``/articles/a%2Fb``), which the server decodes
# before routing.
@router.get("/articles/{article_id:path}", tags=["articles"], responses=READ_ERRORS,
            summary="One article as chronique/article/1")
async def get_article(request: Request, article_id: Ident) -> dict[str, Any]:
    """``article_id`` URL-encoded: ``/`` as ``%2F``."""
    return _json(_found(_corpus(request).article(article_id), "article", article_id).to_json())


async def require_token(request: Request,
                        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    token = request.app.state.settings.token
    if not token:
        raise ApiError(403, "read_only", "this server is read-only (CHRONIQUE_TOKEN is not set)")
    if credentials is None or not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "a valid bearer token is required to ingest or correct",
                       headers={"WWW-Authenticate": 'Bearer realm="chronique"'})


@router.post("/articles", response_model=IngestResult, tags=["articles"],
             dependencies=[Depends(require_token)], responses=error_responses(401, 403, 413, 422, 503, 504),
             summary="Analyse and store articles (bearer token)")
async def ingest_articles(request: Request, body: Annotated[
        dict[str, Any] | list[dict[str, Any]],
        Body(description="one article or a list: {id?, text | html, title?, published?, url?, outlet?}, "
                         "or an already analysed chronique/article/1 object",
             examples=[{"title": "Grève à la SNCF", "text": "Les syndicats ont appelé à la grève mardi.",
                        "published": "2023-03-07"}])]):
    from .ingest import ingest_items

    items = body if isinstance(body, list) else [body]
    if not items:
        raise ApiError(422, "validation_error", "no article in the body")
    if len(items) > MAX_INGEST_BATCH:
        raise ApiError(413, "payload_too_large", f"at most {MAX_INGEST_BATCH} articles per request")
    return await ingest_items(request.app, items)


# -- entities --------------------------------------------------------------------------------
@router.get("/entities", response_model=Page, tags=["entities"], responses=LIST_ERRORS,
            summary="List entities, most cited first")
async def list_entities(request: Request, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0, q: Text = None,
                        type: Literal[ENTITY_TYPES] | None = None, sort: Literal[tuple(ENTITY_SORTS)] | None = None):
    """``q``: name or alias (prefix match, accents and case ignored); ``type``: PER, ORG, LOC or MISC;
    ``sort``: as on the ``/entities`` page (default: most articles first)."""
    if sort:
        return _json(_corpus(request).browse("entities", limit=limit, offset=offset, q=q, type=type, sort=sort))
    return _json(_corpus(request).entities(limit=limit, offset=offset, q=q, type=type))


@router.get("/entities/{entity_id}", tags=["entities"], responses=READ_ERRORS,
            summary="One entity with its aliases")
async def get_entity(request: Request, entity_id: Ident) -> dict[str, Any]:
    """``entity_id``: the entity's id; anything else (a name, ``-1``, ``²``) is an id that names
    none: 404. Names are searched with ``GET /entities?q=``."""
    return _json(_found(_corpus(request).entity(entity_id), "entity", entity_id))


# -- quotes and events -----------------------------------------------------------------------
@router.get("/quotes", response_model=Page, tags=["quotes"], responses=LIST_ERRORS,
            summary="Search quotations")
async def list_quotes(request: Request, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
                      speaker: Text = None, entity: EntityId = None, q: Text = None, article: Text = None,
                      since: Since = None, until: Until = None):
    """``speaker``: words of the speaker's name or alias; ``entity``: the speaker's entity id;
    ``q``: words of the quotation; ``article``: quotes of one article."""
    _check_range(since, until)
    return _json(_corpus(request).quotes(limit=limit, offset=offset, speaker=speaker, entity=entity, q=q,
                                         article=article, since=_iso(since), until=_iso(until)))


@router.get("/events", response_model=Page, tags=["events"], responses=LIST_ERRORS, summary="List events")
async def list_events(request: Request, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
                      type: Literal[EVENT_TYPES] | None = None,
                      entity: EntityId = None, since: Since = None, until: Until = None):
    """``type``: an event type; ``entity``: a participant's entity id; dates filter on when it happened."""
    _check_range(since, until)
    return _json(_corpus(request).events(limit=limit, offset=offset, type=type, entity=entity,
                                         since=_iso(since), until=_iso(until)))


# -- stories, timeline, search ---------------------------------------------------------------
@router.get("/stories", response_model=Page, tags=["stories"], responses=LIST_ERRORS,
            summary="List stories (clusters of articles), latest first")
async def list_stories(request: Request, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
                       entity: EntityId = None, since: Since = None, until: Until = None,
                       min_articles: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
                       max_articles: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
                       sort: Literal[tuple(STORY_SORTS)] | None = None):
    """``min_articles``/``max_articles``: the story's size; ``sort``: as on the ``/stories`` page."""
    _check_range(since, until)
    if sort or min_articles or max_articles:
        return _json(_corpus(request).browse("stories", limit=limit, offset=offset, entity=entity, since=_iso(since),
                                             until=_iso(until), min_articles=min_articles or 1,
                                             max_articles=max_articles, sort=sort))
    return _json(_corpus(request).stories(limit=limit, offset=offset, entity=entity,
                                          since=_iso(since), until=_iso(until)))


@router.get("/stories/{story_id}", tags=["stories"], responses=READ_ERRORS,
            summary="One story with its articles")
async def get_story(request: Request, story_id: Ident) -> dict[str, Any]:
    return _json(_found(_corpus(request).story(story_id), "story", story_id))


StoryReason = Annotated[str, Field(min_length=1, max_length=MAX_REASON_CHARS, description="why (kept with the rule)")]


class StoryMerge(BaseModel):
    others: list[Annotated[int, Field(ge=1, le=2**62)]] = Field(min_length=1, max_length=100)
    reason: StoryReason | None = None


class StorySplit(BaseModel):
    articles: list[Annotated[str, Field(min_length=1, max_length=MAX_ID_CHARS)]] = Field(min_length=1,
                                                                                         max_length=1000)
    reason: StoryReason | None = None


@router.post("/stories/{story_id}/merge", tags=["stories"], dependencies=[Depends(require_token)],
             responses=error_responses(400, 401, 403, 422, 503, 504),
             summary="Merge other stories into this one (bearer token; kept by relink)")
async def merge_stories(request: Request, story_id: Ident, body: StoryMerge) -> dict[str, Any]:
    corpus = _corpus(request)
    return _json(await run_in_threadpool(corpus.merge_stories, story_id, [str(o) for o in body.others],
                                         body.reason))


@router.post("/stories/{story_id}/split", tags=["stories"], dependencies=[Depends(require_token)],
             responses=error_responses(400, 401, 403, 422, 503, 504),
             summary="Move some articles of this story to a new story (bearer token; kept by relink)")
async def split_story(request: Request, story_id: Ident, body: StorySplit) -> dict[str, Any]:
    corpus = _corpus(request)
    return _json(await run_in_threadpool(corpus.split_story, story_id, body.articles, body.reason))


@router.get("/timeline", response_model=Timeline, tags=["timeline"], responses=LIST_ERRORS,
            summary="Dated events and quotations, in time order")
async def get_timeline(request: Request, entity: EntityId = None, story: Text = None,
                       since: Since = None, until: Until = None,
                       limit: Annotated[int, Query(ge=1, le=TIMELINE_MAX)] = 100):
    """One entity's or one story's timeline, or (neither given) the corpus's events and quotations
    in a date window (default: the corpus's last month). Each item has ``kind`` (event, quote, fact),
    ``value`` (TIMEX3), ``start``/``end`` (ISO dates, inclusive), ``granularity`` and ``period``
    (the interval in French, e.g. "semaine du 6 mars 2023")."""
    _check_range(since, until)
    if entity and story:
        raise ApiError(422, "validation_error", "give entity or story, not both")
    return _json({"items": _corpus(request).timeline(entity=entity, story=story, since=_iso(since),
                                                     until=_iso(until), limit=limit)})


@router.get("/search", response_model=SearchResults, tags=["search"], responses=LIST_ERRORS,
            summary="Search articles, entities, quotations and stories at once")
async def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=MAX_FILTER_CHARS)],
                 limit: Annotated[int, Query(ge=1, le=50)] = 10):
    return _json(_corpus(request).search(q, limit=limit))


@router.get("/export/{what}", tags=["export"], responses=LIST_ERRORS, response_class=StreamingResponse,
            summary="Download rows of one kind (the CLI's export), filtered like the lists")
def export(request: Request, what: Literal[EXPORTABLE], format: Literal["jsonl", "csv", "plover"] = "jsonl",
           since: Since = None, until: Until = None, entity: EntityId = None, story: Text = None,
           q: Text = None) -> StreamingResponse:
    """``what``: articles, entities, quotes, events, stories or timeline; ``format``: jsonl, csv, or
    plover (events as PLOVER records); ``since``/``until``/``entity``/``story``/``q`` keep the
    articles published in that window, mentioning the entity, of the story, matching the words.
    Streamed as an attachment (``chronique-<what>.<format>``)."""
    from ..corpus.export import export_lines

    _check_range(since, until)
    if format == "plover" and what != "events":
        raise ApiError(422, "validation_error", "format=plover exports events only")
    rows = _corpus(request).export(what, since=_iso(since), until=_iso(until), entity=entity, story=story, query=q,
                                   layout="plover" if format == "plover" else "rows")
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson; charset=utf-8"
    name = f"chronique-{what}.{'csv' if format == 'csv' else 'jsonl'}"
    return StreamingResponse(export_lines(rows, format), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/health", tags=["meta"], summary="Liveness and corpus size")
async def health(request: Request) -> dict[str, Any]:
    from .. import __version__

    return {"status": "ok", "version": __version__, "read_only": not request.app.state.settings.token,
            "corpus": _corpus(request).stats()}


__all__ = ["router"]
