"""The application ``chronique serve`` runs: the REST API (``chronique.api``) and the web pages
(``chronique.web``) in one ASGI app.

    app = create_app(Settings.from_env("sqlite:///corpus.db"))

The two halves never import each other; both read the corpus through ``chronique.corpus.view``
(``app.state.corpus``) and share the analysis worker (``app.state.analyzer``). This module is the
one place that knows both.
"""

from __future__ import annotations

from typing import Callable

from fastapi import FastAPI

from .api import Settings
from .api import create_app as create_api_app
from .article import Article
from .corpus.view import CorpusView
from .web.browse_pages import router as browse_router
from .web.corrections_page import router as corrections_router
from .web.pages import html_error, router as pages_router, static_app
from .web.timeline_page import router as timeline_router

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings | None = None, corpus: CorpusView | None = None,
               analyze: Callable[..., Article] | None = None, warm: bool = False) -> FastAPI:
    """The API app (``chronique.api.create_app``, same arguments) with the web pages mounted at
    ``/`` and ``/static``, and HTML error pages outside ``/api/``."""
    app = create_api_app(settings, corpus, analyze, warm, html_error=html_error)
    app.include_router(pages_router)
    app.include_router(browse_router)
    app.include_router(timeline_router)
    app.include_router(corrections_router)
    app.mount("/static", static_app(), name="static")
    return app
