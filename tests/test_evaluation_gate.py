"""Evaluation gate: the scores on ../shared/gold/dev must not fall below pinned floors.

Each row of FLOORS is one metric of ``chronique evaluate`` (category, metric, field). Floors
are what the system achieved when the row was last raised, minus a small margin for noise;
whoever improves a category raises its row in the same change (never lower one to make a
change pass: fix the regression). Skips cleanly when the shared gold folder is absent.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from chronique.evaluate import PRF, Ratio, evaluate_dir


@dataclass(frozen=True)
class Floor:
    category: str
    metric: str
    field: str      # f1 / precision / recall for P/R/F1 metrics, value for ratios, count for counts
    bound: float
    at_most: bool = False  # a ceiling instead of a floor (error counts)

    def __str__(self) -> str:
        return f"{self.category}.{self.metric}.{self.field} {'<=' if self.at_most else '>='} {self.bound}"


# Measured on gold/dev (10 articles) on 2026-11-23 — see the comment on each row.
FLOORS = [
    # layout (cleaner)
    Floor("layout", "title", "value", 0.95),                  # 1.00
    Floor("layout", "dateline", "value", 0.95),               # 1.00
    Floor("layout", "subheadings", "f1", 0.90),               # 1.00
    # entities
    Floor("entities", "entities", "f1", 0.72),                # 0.75
    Floor("entities", "entities", "recall", 0.85),            # 0.886
    Floor("entities", "wrong_merges", "count", 0, at_most=True),
    # quotes (placeholder: the quote stage is not in the pipeline yet)
    Floor("quotes", "detection", "f1", 0.0),
    Floor("quotes", "speaker_accuracy", "value", 0.0),
    Floor("quotes", "unattributed_violations", "count", 0, at_most=True),
    Floor("indirect", "detection", "recall", 0.0),
    # time
    Floor("timexes", "detection", "f1", 0.95),                # 1.00
    Floor("timexes", "value_accuracy", "value", 0.95),        # 1.00
    Floor("published", "exact_all", "value", 0.15),           # 0.20
    # amounts
    Floor("amounts", "amounts", "f1", 0.95),                  # 1.00
    # events (placeholder: no event stage yet)
    Floor("events", "events", "f1", 0.0),
]


@pytest.fixture(scope="module")
def dev_scores(gold_dev_dir, pipeline):
    return evaluate_dir(gold_dev_dir, pipeline=pipeline)


def read(scores, floor: Floor) -> float:
    metric = scores.metric(floor.category, floor.metric)
    if metric is None:
        pytest.fail(f"{floor.category}.{floor.metric} is not reported any more")
    if isinstance(metric, PRF):
        value = getattr(metric, floor.field)
    elif isinstance(metric, Ratio):
        value = metric.value
    else:
        value = metric
    return 0.0 if value is None else float(value)


def test_every_dev_article_is_analysed(dev_scores):
    assert [a.doc for a in dev_scores.articles if a.error] == []
    assert len(dev_scores.articles) >= 10


@pytest.mark.parametrize("floor", FLOORS, ids=str)
def test_floor(dev_scores, floor):
    value = read(dev_scores, floor)
    if floor.at_most:
        assert value <= floor.bound, f"{floor}: got {value:g}"
    else:
        assert value >= floor.bound, f"{floor}: got {value:.4f}"
