"""The REST API (FastAPI, ``/api/v1``) over the corpus service; it never imports the web pages.

``chronique serve [--db URL] [--host 127.0.0.1] [--port 8000]`` runs it together with the pages
(``chronique.server.create_app``). Spec: ``/api/v1/openapi.json``.

    POST /api/v1/analyze              one text → chronique/article/1 (nothing stored)
    GET  /api/v1/articles             ?q= &entity= &since= &until=      (newest first)
    POST /api/v1/articles             ingest (Authorization: Bearer $CHRONIQUE_TOKEN; 403 when unset)
    GET  /api/v1/articles/{id}        the stored chronique/article/1
    GET  /api/v1/entities             ?q= &type=                               (most cited first)
    GET  /api/v1/entities/{id}        aliases, articles, quotes, events, stories, timeline
    GET  /api/v1/quotes               ?speaker= &entity= &q= &article= &since= &until=
    GET  /api/v1/events               ?type= &entity= &since= &until=
    GET  /api/v1/stories              ?entity= &since= &until=
    GET  /api/v1/stories/{id}         articles, entities, events
    GET  /api/v1/timeline             ?entity= | ?story= | a date window
    GET  /api/v1/search               ?q=   articles, entities, quotes, stories
    GET  /api/v1/health
    GET  /api/v1/corrections          the log of corrections; POST to merge/split/rename/retype (token),
    POST /api/v1/corrections/{id}/undo                                          POST …/undo to reverse one
    GET  /api/v1/                     the endpoints; /api/v1/docs: the reference, drawn offline

Every list and filter speaks the command line's words: ``q``, ``since``/``until`` (YYYY-MM-DD),
``limit``/``offset``; a query parameter an endpoint does not know is a 422 naming those it accepts.

Lists take ``limit`` (1–200, default 20) and ``offset`` (≤ 100,000) and answer
``{"items", "total", "limit", "offset"}``. Every error is ``{"error": {"code", "message", "details"}}``.
Bodies over 2 MB get 413; analyses over 60 s get 503; other requests over 10 s get 504.
"""

from .app import API_PREFIX, create_app
from .settings import Settings

__all__ = ["API_PREFIX", "Settings", "create_app"]
