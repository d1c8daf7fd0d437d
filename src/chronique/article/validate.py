"""Validation of serialised articles against the bundled ``chronique/article/1`` schema.

``schema.json`` is the contract from ``shared/schema``; ``tests/test_schema.py`` checks the two
copies are identical whenever ``../shared`` is present.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


def validate(data: dict[str, Any]) -> list[str]:
    """Schema violations of one serialised article, as readable strings (empty when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in _validator().iter_errors(data)]
