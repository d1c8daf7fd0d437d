"""``chronique serve``: the REST API and the web pages in one local process (uvicorn)."""

from __future__ import annotations

import argparse
import logging
import socket
import sys

from ..errors import UsageError
from ..extras import require

NAME = "serve"
HELP = "serve the REST API (/api/v1) and the web interface over a corpus"

log = logging.getLogger(__name__)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="corpus store: sqlite:///FILE or postgresql://... (default $CHRONIQUE_DB or sqlite:///chronique.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--no-warm", dest="warm", action="store_false",
                   help="do not load the language model at start (the first analysis will)")


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket for uvicorn (``UsageError`` when the address is taken or invalid)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it, a keep-alive client waits ~40 ms per response
    # (Nagle holding the body behind the headers until the client's delayed ACK; measured).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    return sock


def run(args: argparse.Namespace) -> int:
    uvicorn = require("uvicorn", "serve", "chronique serve")
    require("fastapi", "serve", "chronique serve")

    from ..server import Settings, create_app

    if not 0 <= args.port <= 65535:
        raise UsageError(f"port {args.port} is not between 0 and 65535")
    settings = Settings.from_env(args.db)
    app = create_app(settings, warm=args.warm)
    # Bind the socket here so that the printed address is the real one (port 0 = a free port).
    sock = listening_socket(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    mode = "ingest enabled (bearer token)" if settings.token else "read-only (set CHRONIQUE_TOKEN to ingest)"
    print(f"Chronique sert http://{shown}:{port}/  (API http://{shown}:{port}/api/v1/, {mode})", flush=True)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("chronique serve: warning: listening beyond this machine", file=sys.stderr)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=5,
                            limit_concurrency=200, server_header=False)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return 0
