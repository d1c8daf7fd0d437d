"""Scaling out on Ray (``chronique ingest|analyze --engine ray``): Ray Data reads the inputs, an
actor pool analyses them (each actor loads the spaCy model once), and the driver prints the
articles or stores them through the one linking writer (``corpus.batch_writer``).

    connect   starting or joining a Ray cluster, Ray Data's settings
    rows      what travels between the stages: plain strings and numbers, never a spaCy ``Doc``
    actors    the reading task and the analysing actor
    run       the dataset, ``analyze_on_ray`` and ``ingest_on_ray``, and the run's figures

Needs the ``ray`` extra (``pip install 'chronique[ray]'``); nothing here is imported by the
embedded default path.
"""

from __future__ import annotations

from importlib import import_module

_HOME = {"analyze_on_ray": ".run", "ingest_on_ray": ".run", "RayRun": ".run"}

__all__ = ["RayRun", "analyze_on_ray", "ingest_on_ray"]


def __getattr__(name: str):
    if name in _HOME:
        return getattr(import_module(_HOME[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
