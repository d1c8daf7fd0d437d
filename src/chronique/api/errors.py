"""The one JSON error shape of the API: ``{"error": {"code", "message", "details"}}``.

Every 4xx/5xx under ``/api/`` uses it: our own ``ApiError``s, FastAPI's validation errors,
Starlette's 404/405, Chronique's ``InputError``s and any unexpected exception (500, logged).
Other paths (the web pages) get the HTML page of the ``html_handler`` the app is built with.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ChroniqueError, InputError, LanguageError, StoreError, TooLargeError, UsageError

log = logging.getLogger(__name__)

# Short machine-readable codes for the HTTP statuses Starlette raises by itself.
STATUS_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 413: "payload_too_large",
    415: "unsupported_media_type", 422: "validation_error", 429: "too_many_requests",
    500: "internal_error", 503: "unavailable", 504: "timeout",
}


# Renders an error of a path outside /api/: (request, status, code, message) -> response.
HtmlErrorHandler = Callable[[Request, int, str, str], Any]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: Any = None


class ErrorResponse(BaseModel):
    """What every failing API request returns."""

    error: ErrorBody


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.headers = status, code, message, details, headers


def error_payload(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_payload(code, message, details), status_code=status, headers=headers)


def from_chronique_error(err: ChroniqueError) -> ApiError:
    """Chronique's own errors → HTTP: bad input 422 (too large 413), store trouble 503."""
    details = {"chronique_code": err.code}
    if isinstance(err, TooLargeError):
        return ApiError(413, "payload_too_large", str(err.reason), details)
    if isinstance(err, LanguageError):
        return ApiError(422, "not_french", str(err.reason), details)
    if isinstance(err, InputError):
        return ApiError(422, "bad_input", str(err.reason), details)
    if isinstance(err, UsageError):
        return ApiError(400, "bad_request", str(err), details)
    if isinstance(err, StoreError):
        return ApiError(503, "store_unavailable", "the corpus store failed to answer", details)
    return ApiError(500, "internal_error", "internal error", details)


def _clean_validation_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic's error list without the echoed input (which may be megabytes) or URLs."""
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in errors]


def responder(html_handler: HtmlErrorHandler | None = None) -> Callable[..., Any]:
    """``respond(request, status, code, message, details=None, headers=None)``: the JSON error
    under ``/api/``, the page of ``html_handler`` elsewhere."""

    def respond(request: Request, status: int, code: str, message: str, details: Any = None,
                headers: dict[str, str] | None = None):
        if html_handler is not None and not request.url.path.startswith("/api/"):
            return html_handler(request, status, code, message)
        return error_response(status, code, message, details, headers)

    return respond


class UnhandledErrors:
    """ASGI middleware, innermost: an exception no handler took (a bug) becomes the app's one 500,
    logged with its traceback, and sent back through the outer middleware, so that it carries the
    security headers like every other page (Starlette's own last-resort handler sits outside them)."""

    def __init__(self, app, html_handler: HtmlErrorHandler | None = None):
        self.app, self.respond = app, responder(html_handler)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(event):
            nonlocal started
            started = started or event["type"] == "http.response.start"
            await send(event)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late for an error page: the client sees the connection end
                raise
            response = self.respond(Request(scope), 500, "internal_error", "internal error")
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI, html_handler: HtmlErrorHandler | None = None) -> None:
    """Register the handlers. ``html_handler(request, status, code, message)`` renders web pages' errors.
    (Exceptions nobody handles are answered by ``UnhandledErrors``, which the app installs.)"""
    respond = responder(html_handler)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return respond(request, exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return respond(request, 422, "validation_error", "the request is not valid",
                       _clean_validation_errors(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return respond(request, exc.status_code, code, message, None, getattr(exc, "headers", None))

    @app.exception_handler(ChroniqueError)
    async def _chronique(request: Request, exc: ChroniqueError):
        err = from_chronique_error(exc)
        if err.status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return respond(request, err.status, err.code, err.message, err.details)


# OpenAPI ``responses=`` entries for the error statuses an operation may return.
def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ErrorResponse, "description": STATUS_CODES.get(s, "error").replace("_", " ")}
            for s in statuses}
