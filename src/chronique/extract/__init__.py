"""Extractors: one stage per layer, run on one shared spaCy parse, in the order their
declarations give (``registry``). Adding a layer is one ``extract/<layer>/stage.py`` module whose
stage class is decorated with ``@register``.
"""

from __future__ import annotations

from .registry import default_stages, register
from .stage import Stage

__all__ = ["Stage", "default_stages", "register"]
