"""The browse pages: ``/articles``, ``/entities``, ``/stories``, each a filterable, sortable list
with paging and its true total ("plus de 10 000" when the count stops at its cap).

Form values are read leniently, as on the other pages: a date that is no date, an unknown sort
or type is dropped rather than answered with an error page."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..article.model import ENTITY_TYPES
from ..corpus.browse import ARTICLE_SORTS, ENTITY_SORTS, STORY_SORTS
from ..corpus.service import DEFAULT_PAGE_SIZE, MAX_OFFSET
from .pages import _corpus, _date_or_none, render

router = APIRouter(include_in_schema=False)

SORT_LABELS = {
    "articles": {"recent": "les plus récents", "oldest": "les plus anciens", "title": "titre (A → Z)",
                 "longest": "les plus longs"},
    "entities": {"articles": "nombre d'articles", "mentions": "nombre de mentions", "name": "nom (A → Z)",
                 "recent": "vus récemment", "oldest": "vus en premier"},
    "stories": {"recent": "les plus récentes", "size": "les plus grandes", "oldest": "les plus anciennes"},
}
MAX_TEXT = 200
Offset = Query(0, ge=0, le=MAX_OFFSET)


def _text(value: str | None) -> str:
    return (value or "").strip()[:MAX_TEXT]


def _choice(value: str | None, choices) -> str:
    return value if value in choices else ""


def _size(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) <= 6 else None


@router.get("/articles", response_class=HTMLResponse)
async def articles_view(request: Request, q: str | None = None, since: str | None = None, until: str | None = None,
                        outlet: str | None = None, entity: str | None = None, story: str | None = None,
                        sort: str | None = None, offset: int = Offset):
    corpus = _corpus(request)
    params = {"q": _text(q), "since": _date_or_none(since), "until": _date_or_none(until), "outlet": _text(outlet),
              "entity": _text(entity), "story": _size(story) or "", "sort": _choice(sort, ARTICLE_SORTS)}
    page = corpus.browse("articles", limit=DEFAULT_PAGE_SIZE, offset=offset, q=params["q"] or None,
                         since=params["since"], until=params["until"], outlet=params["outlet"] or None,
                         entity=params["entity"] or None, story=params["story"] or None, sort=params["sort"] or None)
    subject = corpus.entity_summary(params["entity"]) if params["entity"] else None
    story_obj = corpus.story(str(params["story"])) if params["story"] else None
    return render("articles.html", page=page, params=params, outlets=corpus.outlets(), subject=subject, story=story_obj,
                  sorts=SORT_LABELS["articles"])


@router.get("/entities", response_class=HTMLResponse)
async def entities_view(request: Request, q: str | None = None, type: str | None = None, since: str | None = None,
                        until: str | None = None, min: str | None = None, sort: str | None = None,
                        offset: int = Offset):
    params = {"q": _text(q), "type": _choice(type, ENTITY_TYPES), "since": _date_or_none(since),
              "until": _date_or_none(until), "min": _size(min) or "", "sort": _choice(sort, ENTITY_SORTS)}
    page = _corpus(request).browse("entities", limit=DEFAULT_PAGE_SIZE, offset=offset, q=params["q"] or None,
                                   type=params["type"] or None, since=params["since"], until=params["until"],
                                   min_articles=params["min"] or 1, sort=params["sort"] or None)
    return render("entities.html", page=page, params=params, types=ENTITY_TYPES, sorts=SORT_LABELS["entities"])


@router.get("/stories", response_class=HTMLResponse)
async def stories_view(request: Request, since: str | None = None, until: str | None = None,
                       min: str | None = None, max: str | None = None, entity: str | None = None,
                       sort: str | None = None, offset: int = Offset):
    corpus = _corpus(request)
    params = {"since": _date_or_none(since), "until": _date_or_none(until), "min": _size(min) or "",
              "max": _size(max) or "", "entity": _text(entity), "sort": _choice(sort, STORY_SORTS)}
    page = corpus.browse("stories", limit=DEFAULT_PAGE_SIZE, offset=offset, since=params["since"],
                         until=params["until"], min_articles=params["min"] or 1, max_articles=params["max"] or None,
                         entity=params["entity"] or None, sort=params["sort"] or None)
    subject = corpus.entity_summary(params["entity"]) if params["entity"] else None
    return render("stories.html", page=page, params=params, subject=subject, sorts=SORT_LABELS["stories"])


__all__ = ["SORT_LABELS", "router"]
