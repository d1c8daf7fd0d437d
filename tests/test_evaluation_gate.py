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


# Measured on gold/dev (10 articles) on 2026-11-23 08:05 UTC; the achieved value is in the comment.
# Margins: about one item of the category on dev (2-5 points), so that a single flip fails loudly.
FLOORS = [
    # layout (cleaner)
    Floor("layout", "title", "value", 0.95),                        # 1.000
    Floor("layout", "dateline", "value", 0.95),                     # 1.000
    Floor("layout", "subheadings", "f1", 0.90),                     # 1.000
    # entities
    Floor("entities", "entities", "f1", 0.95),                      # 1.000
    Floor("entities", "entities", "recall", 0.95),                  # 1.000
    Floor("entities", "wrong_merges", "count", 0, at_most=True),    # 0
    Floor("entities", "not_entity_hits", "count", 2, at_most=True), # 0
    # quotes and reported speech
    Floor("quotes", "detection", "f1", 0.95),                       # 1.000
    Floor("quotes", "speaker_accuracy", "value", 0.93),             # 0.977
    Floor("quotes", "kind_accuracy", "value", 0.95),                # 1.000
    Floor("quotes", "unattributed_violations", "count", 0, at_most=True),  # 0
    Floor("indirect", "detection", "recall", 0.95),                 # 1.000
    Floor("indirect", "detection", "f1", 0.95),                     # 0.988
    Floor("indirect", "recall_with_right_speaker", "value", 0.95),  # 1.000
    # time
    Floor("timexes", "detection", "f1", 0.95),                      # 1.000
    Floor("timexes", "type_accuracy", "value", 0.95),               # 1.000
    Floor("timexes", "value_accuracy", "value", 0.95),              # 1.000
    Floor("published", "exact_all", "value", 0.20),                 # 0.300
    Floor("published", "within_1_day_all", "value", 0.40),          # 0.500 (with the other articles' years)
    # amounts
    Floor("amounts", "amounts", "f1", 0.95),                        # 1.000
    # events
    Floor("events", "events", "f1", 0.58),                          # 0.630 (type and both actors, FORMAT.md)
    Floor("events", "events_one_actor", "f1", 0.88),                # 0.909
    Floor("events", "modality_accuracy", "value", 0.95),            # 0.960
    Floor("events", "time_accuracy", "value", 0.85),                # 1.000
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
