"""What the API says about itself: ``/api/v1/`` (the endpoints), ``/api/v1/docs`` (a readable
reference drawn on the server from the OpenAPI spec, so it works offline and under the strict
Content-Security-Policy: no script, no CDN), and the check that refuses unknown query
parameters (``quotes?sine=2030-01-01`` is a 422 naming the accepted ones, never a silent
"everything")."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from markupsafe import escape

from .errors import ApiError

router = APIRouter()


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def reject_unknown_params(request: Request) -> None:
    """A router dependency: every query parameter must be one the matched route declares."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    accepted = _query_names(route.dependant)
    unknown = sorted(set(request.query_params.keys()) - accepted)
    if unknown:
        listed = ", ".join(sorted(accepted)) or "none"
        raise ApiError(422, "unknown_parameter",
                       f"unknown query parameter(s) {', '.join(unknown)}; {request.url.path} accepts: {listed}",
                       [{"loc": ["query", name], "msg": "unknown parameter", "type": "unknown_parameter",
                         "accepted": sorted(accepted)} for name in unknown])


def endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every documented route of the OpenAPI ``spec``: method, path, summary and query parameters."""
    return [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
             "query": sorted(p["name"] for p in op.get("parameters", ()) if p.get("in") == "query")}
            for path, methods in spec.get("paths", {}).items() for method, op in methods.items()]


@router.get("/", tags=["meta"], summary="The endpoints of this API")
async def index(request: Request) -> dict[str, Any]:
    prefix = request.scope.get("root_path", "") + "/api/v1"
    return JSONResponse({"endpoints": endpoints(request.app.openapi()), "openapi": f"{prefix}/openapi.json",
                         "docs": f"{prefix}/docs"})


def _schema_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    kind = schema.get("type", "")
    return f"{kind} ({schema['format']})" if schema.get("format") else kind


def docs_html(spec: dict[str, Any]) -> str:
    """The OpenAPI spec as one HTML page; every string from the spec is escaped."""
    info = spec.get("info", {})
    parts = [f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{escape(info.get('title', ''))} "
             "API</title><link rel='stylesheet' href='/static/app.css'><link rel='icon' href='data:,'></head><body><main class='api-docs'>",
             f"<h1>{escape(info.get('title', ''))} API {escape(info.get('version', ''))}</h1>",
             f"<p>{escape(info.get('description', ''))}</p>",
             "<p>Spécification : <a href='openapi.json'>openapi.json</a> · liste : <a href='./'>/api/v1/</a></p>"]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            anchor = escape(f"{method}-{path}")
            parts.append(f"<section class='op' id='{anchor}'><h2><code>{escape(method.upper())} {escape(path)}</code>"
                         f" — {escape(op.get('summary', ''))}</h2>")
            if op.get("description"):
                parts.append(f"<p>{escape(op['description'])}</p>")
            params = op.get("parameters", [])
            if params:
                parts.append("<table class='list'><thead><tr><th>paramètre</th><th>où</th><th>type</th>"
                             "<th>obligatoire</th><th>description</th></tr></thead><tbody>")
                for p in params:
                    parts.append(f"<tr><td><code>{escape(p['name'])}</code></td><td>{escape(p.get('in', ''))}</td>"
                                 f"<td>{escape(_schema_type(p.get('schema', {})))}</td>"
                                 f"<td>{'oui' if p.get('required') else 'non'}</td>"
                                 f"<td>{escape(p.get('description', ''))}</td></tr>")
                parts.append("</tbody></table>")
            codes = ", ".join(escape(c) for c in op.get("responses", {}))
            parts.append(f"<p class='muted'>Réponses : {codes}</p></section>")
    parts.append("</main></body></html>")
    return "".join(parts)


@router.get("/docs", include_in_schema=False)
async def docs(request: Request) -> HTMLResponse:
    return HTMLResponse(docs_html(request.app.openapi()))


__all__ = ["docs_html", "endpoints", "reject_unknown_params", "router"]
