"""Score containers: counts per article that add up over a corpus (micro-averaging).

A category (``entities``, ``quotes``…) holds named metrics of three kinds:
``PRF`` (tp/fp/fn → precision, recall, F1), ``Ratio`` (hits over a total, an accuracy)
and plain ``int`` counts (wrong merges, violations), plus the readable list of each miss,
false positive and error for ``--verbose``.

``chronique evaluate --json`` prints ``CorpusScores.to_json()``::

    {"format": "chronique evaluation/1", "articles": 10, "failed": [doc, ...], "gold_dir": "...",
     "summary": {CATEGORY: {"metrics": {NAME: METRIC}, "note"?: "..."}},     # micro-averaged
     "per_article": [{"doc": "x.txt", "error"?: "...",
                      "categories": {CATEGORY: {"metrics": {NAME: METRIC},
                                                "misses": [...], "false_positives": [...], "errors": [...]}}}]}

where METRIC is ``{"tp", "fp", "fn", "precision", "recall", "f1"}`` (a PRF; rates are null
when undefined), ``{"hits", "total", "value"}`` (a Ratio) or an integer count. Categories and
their metrics: layout (title, dateline, title_repeated, subheadings, subheadings_exact),
entities (entities, wrong_merges, not_entity_hits, split_entities), quotes (detection,
speaker_accuracy, found_with_right_speaker, kind_accuracy, unattributed_violations), indirect
(detection, recall_with_right_speaker, speaker_accuracy), timexes (detection, type_accuracy,
value_accuracy, not_timex_hits), published (produced, exact_all, within_1_day_all, within_7_days_all,
exact_of_produced, within_1_day_of_produced, year_right_of_produced), amounts (amounts = value+unit, detection = span
only), events (events, modality_accuracy, time_accuracy, place_accuracy), cross_document
(a note only, for now).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Union


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None when there was nothing to find and nothing found; 0 when nothing was right."""
        if not (self.tp or self.fp or self.fn):
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def add(self, hit: bool) -> None:
        self.hits += int(bool(hit))
        self.total += 1

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(self.hits + other.hits, self.total + other.total)

    def to_json(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "value": _round(self.value)}


Metric = Union[PRF, Ratio, int]


@dataclass
class CategoryScore:
    metrics: dict[str, Metric] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # found, but wrong speaker, value, type…
    note: str | None = None

    def prf(self, name: str) -> PRF:
        return self.metrics.setdefault(name, PRF())  # type: ignore[return-value]

    def ratio(self, name: str) -> Ratio:
        return self.metrics.setdefault(name, Ratio())  # type: ignore[return-value]

    def count(self, name: str, n: int = 1) -> None:
        self.metrics[name] = int(self.metrics.get(name, 0)) + n  # type: ignore[arg-type]

    def to_json(self, details: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"metrics": {k: metric_json(v) for k, v in self.metrics.items()}}
        if self.note:
            out["note"] = self.note
        if details:
            out.update(misses=self.misses, false_positives=self.false_positives, errors=self.errors)
        return out


@dataclass
class ArticleScores:
    doc: str
    categories: dict[str, CategoryScore] = field(default_factory=dict)
    error: str | None = None  # the input error that stopped the analysis, if any

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc,
                               "categories": {k: v.to_json() for k, v in self.categories.items()}}
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class CorpusScores:
    articles: list[ArticleScores]
    summary: dict[str, CategoryScore]

    def metric(self, category: str, name: str) -> Metric | None:
        cat = self.summary.get(category)
        return cat.metrics.get(name) if cat else None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "chronique evaluation/1",
            "articles": len(self.articles),
            "failed": [a.doc for a in self.articles if a.error],
            "summary": {k: v.to_json(details=False) for k, v in self.summary.items()},
            "per_article": [a.to_json() for a in self.articles],
        }


def metric_json(metric: Metric) -> Any:
    return metric if isinstance(metric, int) else metric.to_json()


def aggregate(articles: Iterable[ArticleScores]) -> CorpusScores:
    """Micro-average: add every article's counts, category by category, metric by metric."""
    articles = list(articles)
    summary: dict[str, CategoryScore] = {}
    for art in articles:
        for name, cat in art.categories.items():
            total = summary.setdefault(name, CategoryScore(note=cat.note))
            for key, metric in cat.metrics.items():
                if key in total.metrics:
                    total.metrics[key] = total.metrics[key] + metric  # type: ignore[operator]
                else:
                    total.metrics[key] = _copy(metric)
    return CorpusScores(articles, summary)


def _copy(metric: Metric) -> Metric:
    if isinstance(metric, PRF):
        return PRF(metric.tp, metric.fp, metric.fn)
    if isinstance(metric, Ratio):
        return Ratio(metric.hits, metric.total)
    return metric


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
