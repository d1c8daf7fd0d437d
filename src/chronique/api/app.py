"""The application factory of the REST API (``/api/v1``).

    app = create_app(Settings.from_env("sqlite:///corpus.db"))

The corpus is reached only through the corpus service (``chronique.corpus.view`` wraps it for
threads); the analyser through ``chronique.analysis``. Both are created lazily, so the app starts
at once. The web pages are not part of it: ``chronique.server.create_app`` adds them to this app.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Callable

from fastapi import Depends, FastAPI

from ..article import Article
from ..corpus.view import CorpusHolder, CorpusView
from .analyze import Analyzer, default_analyze
from .analyze import router as analyze_router
from .corrections import router as corrections_router
from .errors import HtmlErrorHandler, UnhandledErrors, install_error_handlers
from .headers import SecurityHeaders
from .limits import BodySizeLimit, RateLimit, TimeLimit
from .meta import reject_unknown_params
from .meta import router as meta_router
from .routes import router as corpus_router
from .settings import Settings

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None, corpus: CorpusView | None = None,
               analyze: Callable[..., Article] | None = None, warm: bool = False,
               html_error: HtmlErrorHandler | None = None) -> FastAPI:
    """``corpus``: an opened ``CorpusView`` (else opened from ``settings.db_url`` on first use);
    ``analyze(text=, title=, published=)``: the analyser (else ``chronique.analyze``);
    ``warm``: load the language model in the background at start-up (``chronique serve`` does);
    ``html_error(request, status, code, message)``: renders the errors of paths outside ``/api/``
    (the web pages' error page; JSON errors everywhere when None)."""
    from .. import __version__

    settings = settings or Settings.from_env()
    holder = CorpusHolder(settings.db_url, corpus)
    analyzer = Analyzer(analyze or default_analyze, settings.analyze_timeout_s, settings.max_analyze_queue,
                        isolated=settings.analysis_process, max_chars=settings.max_analyze_chars,
                        rate=RateLimit(settings.analyze_per_minute, settings.analyze_burst), uses_model=analyze is None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm and analyze is None:
            analyzer.warm_up()
        yield
        analyzer.close()
        holder.close()

    app = FastAPI(
        title="Chronique", version=__version__, lifespan=lifespan,
        description="Qui a dit quoi, qui a fait quoi avec qui, quand, où et combien — dans la presse française.",
        openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None,  # docs: api.meta
    )
    app.state.settings = settings
    app.state.corpus = holder
    app.state.analyzer = analyzer
    install_error_handlers(app, html_handler=html_error)
    checked = [Depends(reject_unknown_params)]
    app.include_router(meta_router, prefix=API_PREFIX, dependencies=checked)
    app.include_router(analyze_router, prefix=API_PREFIX, dependencies=checked)
    app.include_router(corpus_router, prefix=API_PREFIX, dependencies=checked)
    app.include_router(corrections_router, prefix=API_PREFIX, dependencies=checked)
    # Innermost first (each add wraps the previous ones): errors, time, size, then the headers
    # outside everything, so that every answer carries them; the size check runs before anything
    # reads the body.
    app.add_middleware(UnhandledErrors, html_handler=html_error)
    app.add_middleware(TimeLimit, seconds=settings.request_timeout_s,
                       long_paths=(f"{API_PREFIX}/analyze", f"{API_PREFIX}/articles"),
                       long_seconds=settings.analyze_timeout_s + 5)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
