"""Optional parts of Chronique and the extra that installs each: a clear error when one is missing.

The analysis and the SQLite store need only the base install; the web server (``serve``),
PostgreSQL and Parquet exports are extras (``pip install 'chronique[serve,postgres,parquet]'``).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import UsageError


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or say which extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageError(f"{feature} needs the '{extra}' extra: pip install 'chronique[{extra}]'") from None
