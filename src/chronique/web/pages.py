"""The web pages (server-rendered Jinja2, French interface): stable addresses over the corpus.

    /                  search box and latest stories        /articles/{id}   article with highlights
    /articles, /entities, /stories: browse pages (``web.browse_pages``)
    /entities/{id}     aliases, articles, quotes, events     /quotes          quote explorer
    /stories/{id}      story and its timeline                /timeline        timeline (``web.timeline_page``)
    /search?q=         search across everything              /analyser        analyse a pasted text

Every value from an article reaches the page through Jinja2 autoescaping or ``markupsafe.escape``
(``web.highlight``); no template uses ``|safe`` on article data.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException

from ..article import Article
from ..corpus.service import DEFAULT_PAGE_SIZE, MAX_OFFSET
from ..corpus.entity_stats import CO_OCCURRING_ARTICLES
from ..corpus.timeline import article_timeline
from ..errors import InputError
from ..ingest.metadata import EARLIEST_PUBLISHED, parse_published
from ..lang.fr.format import format_amount, format_number
from ..lang.fr.labels import (CORRECTION_KIND, ENTITY_TYPE, EXPORT_LABEL, MODALITY, PUBLISHED_SOURCE, QUOTE_KIND, ROLE,
                              event_label)
from ..timex import readable_value
from .highlight import render_article_body
from .timeline import TimelineItem, layout
from .charts import weekly_svg
from .timeline_groups import group_items, histogram_svg
from .timeline_svg import timeline_svg

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
LATEST_STORIES = 12
LATEST_ARTICLES = 10
# What an entity page lists (of the 100 articles, 50 events, 50 stories the API gives):
# enough to read, short enough to render in a few milliseconds.
ENTITY_ARTICLES = 30
ENTITY_EVENTS = 30
ENTITY_QUOTES = 20
ENTITY_STORIES = 20
# What the entity page reads of get_entity's lists: what it shows, and one more to know whether
# to say "the latest N" (articles: their total is the entity's count). No timeline: the weekly
# chart shows the whole span, and the timeline page, linked, groups every item with presets.
ENTITY_PAGE_SIZES = {"articles": ENTITY_ARTICLES, "quotes": ENTITY_QUOTES + 1, "events": ENTITY_EVENTS + 1,
                     "stories": ENTITY_STORIES + 1, "timeline": 0}
STORY_ARTICLES = 60  # articles listed on a story page (a long-running story can have hundreds)
STORY_CORRECTIONS = {"merge": "Histoires fusionnées.", "split": "Articles déplacés dans cette nouvelle histoire."}
TIMELINE_MAX_ITEMS = 100  # items drawn on one timeline: readable, and the page renders in ~15 ms
ERROR_HEADINGS = {404: "Page introuvable", 413: "Envoi trop volumineux", 422: "Requête invalide",
                  429: "Trop de demandes", 503: "Service indisponible", 504: "Délai dépassé"}


def _urlencode_params(params: dict[str, Any], **override: Any) -> str:
    merged = {k: v for k, v in {**params, **override}.items() if v not in (None, "")}
    return urlencode(merged)


_SNIPPET_HIT = re.compile(r"\[([^\[\]]{1,200})\]")


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet whose hits the store marks as ``[word]``: each piece escaped, hits in ``<mark>``."""
    if not snippet:
        return Markup("")
    out, pos = [], 0
    for m in _SNIPPET_HIT.finditer(snippet):
        out.append(str(escape(snippet[pos:m.start()])))
        out.append(f"<mark>{escape(m.group(1))}</mark>")
        pos = m.end()
    out.append(str(escape(snippet[pos:])))
    return Markup("".join(out))


@lru_cache(maxsize=1)
def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(("html",), default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    # Jinja's own urlencode leaves '/' as it is: an article id "a/b" would link to /articles/a/b.
    env.filters["urlencode"] = url_segment
    env.filters["urlencode_params"] = _urlencode_params
    env.filters["snippet"] = snippet_html
    env.filters["timeline_svg"] = timeline_svg
    env.filters["period"] = _period
    env.filters["nombre"] = format_number
    env.filters["montant"] = lambda a: format_amount(a.value, a.unit, a.approx)
    env.filters["type_label"] = lambda code: ENTITY_TYPE.get(code, code)
    env.filters["quote_kind"] = lambda code: QUOTE_KIND.get(code, code)
    env.filters["modality"] = lambda code: MODALITY.get(code or "", code)
    env.filters["role"] = lambda code: ROLE.get(code, code)
    env.filters["published_source"] = lambda code: PUBLISHED_SOURCE.get(code, code)
    env.globals["event_label"] = event_label
    env.filters["correction_kind"] = lambda code: CORRECTION_KIND.get(code, code)
    env.filters["histogram"] = histogram_svg
    env.filters["export_label"] = lambda what: EXPORT_LABEL.get(what, what)
    env.filters["weekly"] = weekly_svg
    env.globals.update(ENTITY_ARTICLES=ENTITY_ARTICLES, ENTITY_EVENTS=ENTITY_EVENTS, ENTITY_STORIES=ENTITY_STORIES,
                       STORY_ARTICLES=STORY_ARTICLES, ENTITY_QUOTES=ENTITY_QUOTES,
                       CO_OCCURRING_ARTICLES=CO_OCCURRING_ARTICLES)
    return env


def _period(value: str | None) -> str:
    """A TIMEX3 value in French words ("semaine du 6 mars 2023", "5 ans"); the value itself when it
    has no place on the calendar (``PRESENT_REF``, ``XXXX-03-08``)."""
    return readable_value(value)


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates().get_template(name).render(**context), status_code=status)


def html_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return render("error.html", status=status, status_code=status,
                  heading=ERROR_HEADINGS.get(status, "Erreur"), message=message, status_text=code)


def static_app() -> StaticFiles:
    return StaticFiles(directory=HERE / "static")


def url_segment(value: Any) -> str:
    """``value`` as one URL path segment or query value: every reserved character encoded, ``/`` too."""
    return quote(str(value), safe="")


def entity_href(entity_id: str | None) -> str | None:
    return f"/entities/{url_segment(entity_id)}" if entity_id else None


def article_href(article_id: str) -> str:
    return f"/articles/{url_segment(article_id)}"


def _date_or_none(value: str | None) -> str | None:
    """A date filter from a form: kept when it is YYYY-MM-DD, dropped otherwise (pages never 422 on it)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat() if len(value) == 10 else None
    except ValueError:
        return None


def _corpus(request: Request):
    """The corpus the app serves (a ``chronique.corpus.view.CorpusView``)."""
    return request.app.state.corpus.get()


def not_found(message: str) -> HTTPException:
    """A 404, rendered by the app's HTML error handler (``html_error``)."""
    return HTTPException(404, detail=message)


router = APIRouter(include_in_schema=False)


def article_page(article: Article, entity_ids: dict[str, str], stories: list[dict] | None = None) -> HTMLResponse:
    names = {e.id: e.name for e in article.entities}
    body = render_article_body(article, lambda local: entity_href(entity_ids.get(local)))
    return render("article.html", article=article, body=body, names=names, entity_ids=entity_ids,
                  timex_values={t.id: t.value for t in article.timexes}, stories=stories or [],
                  word_count=len(article.text.split()),
                  tl=layout(TimelineItem.from_item(item) for item in article_timeline(article)))


@router.get("/", response_class=HTMLResponse)
async def home(request: Request):
    corpus = _corpus(request)
    return render("index.html", stories=corpus.stories(limit=LATEST_STORIES, offset=0),
                  articles=corpus.articles(limit=LATEST_ARTICLES, offset=0), stats=corpus.stats())


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)  # an id may hold a '/' (sent as %2F)
async def article_view(request: Request, article_id: str):
    bundle = _corpus(request).article_bundle(article_id)
    if bundle is None:
        raise not_found("Cet article n'existe pas dans le corpus.")
    return article_page(*bundle)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
async def entity_view(request: Request, entity_id: str, correction: str | None = None):
    corpus = _corpus(request)
    entity = corpus.entity(entity_id, ENTITY_PAGE_SIZES)
    if entity is None:
        raise not_found("Cette entité n'existe pas dans le corpus.")
    return render("entity.html", entity=entity, profile=corpus.entity_profile(entity_id),
                  corrections=corpus.corrections(limit=10, offset=0, entity=entity_id), done=correction,
                  writable=bool(request.app.state.settings.token))


@router.get("/quotes", response_class=HTMLResponse)
async def quotes_view(request: Request, speaker: str | None = None, q: str | None = None,
                      since: str | None = None, until: str | None = None,
                      offset: int = Query(0, ge=0, le=MAX_OFFSET)):
    params = {"speaker": (speaker or "").strip()[:200], "q": (q or "").strip()[:200],
              "since": _date_or_none(since), "until": _date_or_none(until)}
    page = _corpus(request).quotes(limit=DEFAULT_PAGE_SIZE, offset=offset, speaker=params["speaker"] or None,
                                   q=params["q"] or None, since=params["since"], until=params["until"])
    return render("quotes.html", page=page, params=params, q=None)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_view(request: Request, story_id: str, correction: str | None = None):
    corpus = _corpus(request)
    story = corpus.story(story_id)
    if story is None:
        raise not_found("Cette histoire n'existe pas dans le corpus.")
    grouped = group_items(_timeline_items(corpus.timeline(story=story_id, limit=TIMELINE_MAX_ITEMS)))
    return render("story.html", story=story, grouped=grouped, done=STORY_CORRECTIONS.get(correction or ""),
                  writable=bool(request.app.state.settings.token))


@router.get("/search", response_class=HTMLResponse)
async def search_view(request: Request, q: str | None = None):
    q = (q or "").strip()[:200]
    results = _corpus(request).search(q, limit=DEFAULT_PAGE_SIZE) if q else None
    return render("search.html", q=q, results=results, limit=DEFAULT_PAGE_SIZE)


@router.get("/analyser", response_class=HTMLResponse)
async def analyser_form():
    return render("analyser.html")


@router.post("/analyser", response_class=HTMLResponse)
async def analyser_submit(request: Request):
    # A plain urlencoded form, parsed here (the body size is already bounded by BodySizeLimit).
    try:
        form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    except ValueError:
        form = {}
    text = (form.get("text") or [""])[0]
    title = (form.get("title") or [""])[0].strip() or None
    published = (form.get("published") or [""])[0].strip() or None
    if not text.strip():
        return render("analyser.html", status=422, title=title, published=published,
                      error="Analyse impossible : le texte est vide.")
    if published is not None:
        try:
            if len(published) != 10:  # the form's date field sends YYYY-MM-DD
                raise ValueError(published)
            published = parse_published(published)
        except ValueError:
            return render("analyser.html", status=422, text=text, title=title, published=published,
                          error=f"Analyse impossible : date de publication invalide ({published!r}) ; "
                                f"une date AAAA-MM-JJ entre {EARLIEST_PUBLISHED.isoformat()} et demain.")
    try:
        article = await request.app.state.analyzer.run(client=request.client.host if request.client else "?",
                                                       text=text, title=title, published=published)
    except InputError as err:
        return render("analyser.html", status=422, text=text, title=title, published=published,
                      error=f"Analyse impossible : {err.reason}")
    return article_page(article, {})


def _timeline_items(items: list[dict], limit: int = TIMELINE_MAX_ITEMS) -> list[TimelineItem]:
    return [TimelineItem.from_item(it, article_href(it["article"]) if it.get("article") else None)
            for it in items[:limit]]


__all__ = ["article_page", "html_error", "router", "static_app"]
