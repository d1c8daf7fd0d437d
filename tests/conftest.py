"""Shared fixtures: one spaCy model and one pipeline per test session, and the shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# A stage that raises fails the test (and the CLI and server processes the tests start):
# users get the article marked partial instead, tests must see the bug.
os.environ["CHRONIQUE_STRICT_STAGES"] = "1"

from chronique.paths import shared_path


@pytest.fixture(scope="session")
def nlp():
    from chronique.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from chronique.pipeline import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def analyze(pipeline):
    """``analyze(text, published=None, title=None) -> Article`` through the shared pipeline."""
    from chronique.ingest import RawArticle

    def run(text: str, published: str | None = None, title: str | None = None):
        raw = RawArticle(text=text, source="<test>", title=title, title_in_text=title is None)
        return pipeline.analyze(raw, published=published)

    return run


@pytest.fixture(scope="session")
def gold_dev_dir() -> Path:
    path = shared_path("gold", "dev")
    if path is None:
        pytest.skip("../shared/gold/dev is absent")
    return path


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    path = shared_path("data")
    if path is None:
        pytest.skip("../shared/data is absent")
    return path
