"""Benchmarks: throughput and memory of the pipeline against bare spaCy on the same texts."""

from .corpus import default_corpus, load_corpus
from .throughput import measure_throughput

__all__ = ["default_corpus", "load_corpus", "measure_throughput"]
