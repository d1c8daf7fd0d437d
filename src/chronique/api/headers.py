"""Security headers on every response: a strict Content-Security-Policy (only our own script and
stylesheet may run or load, no plugins, no framing) as a second wall behind escaping, plus nosniff."""

from __future__ import annotations

# Inline style attributes are used by the timeline legend; no inline script is used anywhere.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(event):
            if event["type"] == "http.response.start":
                event = {**event, "headers": [*event.get("headers", ()), *HEADERS]}
            await send(event)

        await self.app(scope, receive, with_headers)
