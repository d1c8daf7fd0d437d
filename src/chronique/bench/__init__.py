"""Benchmarks: throughput and memory of the pipeline against bare spaCy on the same texts, and
the gate on them (``gate``). The names below load on first use, so that ``chronique --help``
(which reads the gate's default floors) imports no reader or model."""

from __future__ import annotations

from importlib import import_module

_HOME = {"default_corpus": ".corpus", "load_corpus": ".corpus", "measure_throughput": ".throughput"}

__all__ = ["default_corpus", "load_corpus", "measure_throughput"]


def __getattr__(name: str):
    if name in _HOME:
        return getattr(import_module(_HOME[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
