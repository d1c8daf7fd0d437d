"""The stage registry: every extractor registers itself, and the pipeline order comes from the
stages' declarations.

A stage module (``extract/<layer>/stage.py``) decorates its class with ``@register``; the
registry imports every ``extract/*/stage.py`` it finds, so adding a layer is one module (plus its
schema fragment and its tests). ``ordered`` sorts stages so that each runs after the stages
assigning what it requires; a stage that requires and assigns the same layer refines it, after
the stage that first assigns it. Ties are broken by name, so the order never depends on import order.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from ..errors import PipelineError
from .stage import BASE_LAYERS, Stage

_REGISTERED: dict[str, type[Stage]] = {}


def register(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make ``cls`` one of the default stages."""
    other = _REGISTERED.get(cls.name)
    if other is not None and other is not cls:
        raise PipelineError(f"two stages are named {cls.name!r}: {other.__module__} and {cls.__module__}")
    _REGISTERED[cls.name] = cls
    return cls


def _import_stage_modules() -> None:
    here = Path(__file__).parent
    for info in pkgutil.iter_modules([str(here)]):
        if info.ispkg and (here / info.name / "stage.py").exists():
            importlib.import_module(f"{__package__}.{info.name}.stage")


def ordered(stages: list[Stage]) -> list[Stage]:
    """``stages`` in an order that satisfies every declaration (``PipelineError`` if none does)."""
    first_assigner: dict[str, str] = {}
    for s in sorted(stages, key=lambda s: s.name):
        for layer in s.assigns:
            if layer not in s.requires:
                first_assigner.setdefault(layer, s.name)
    refiners: dict[str, list[str]] = {}
    for s in stages:
        for layer in set(s.assigns) & set(s.requires):
            refiners.setdefault(layer, []).append(s.name)

    def needs(s: Stage) -> set[str]:
        out = set()
        for layer in s.requires:
            if layer in BASE_LAYERS and layer not in first_assigner:
                continue
            if layer not in first_assigner:
                raise PipelineError(f"stage {s.name!r} requires {layer!r} which no stage assigns")
            out.add(first_assigner[layer])
            if layer not in s.assigns:  # a reader waits for every refinement of the layer
                out.update(refiners.get(layer, ()))
        out.discard(s.name)
        return out

    waiting = {s.name: needs(s) for s in stages}
    by_name = {s.name: s for s in stages}
    out: list[Stage] = []
    while waiting:
        ready = sorted(name for name, deps in waiting.items() if not deps)
        if not ready:
            raise PipelineError(f"stages {sorted(waiting)} wait for each other")
        name = ready[0]
        out.append(by_name[name])
        del waiting[name]
        for deps in waiting.values():
            deps.discard(name)
    return out


def default_stages() -> list[Stage]:
    """One instance of every registered stage, in declaration order."""
    _import_stage_modules()
    return ordered([cls() for cls in _REGISTERED.values()])
