"""The REST API (FastAPI, ``/api/v1``) and the app factory that also mounts the web pages."""

from .app import API_PREFIX, create_app
from .settings import Settings

__all__ = ["API_PREFIX", "Settings", "create_app"]
