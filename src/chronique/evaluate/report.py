"""Human-readable report of a ``CorpusScores``."""

from __future__ import annotations

from .score import CATEGORIES
from .scores import PRF, CategoryScore, CorpusScores, Metric, Ratio


def _pct(value: float | None) -> str:
    return "    —" if value is None else f"{100 * value:5.1f}"


def format_metric(metric: Metric) -> str:
    if isinstance(metric, PRF):
        return (f"P {_pct(metric.precision)}  R {_pct(metric.recall)}  F1 {_pct(metric.f1)}"
                f"   (tp {metric.tp}, fp {metric.fp}, fn {metric.fn})")
    if isinstance(metric, Ratio):
        return f"{_pct(metric.value)} %  ({metric.hits}/{metric.total})"
    return str(metric)


def headline(name: str, cat: CategoryScore) -> str:
    """A category's first metric in a few characters: ``entities F1 92.3``, ``published 100``."""
    key, metric = next(iter(cat.metrics.items()))
    if isinstance(metric, PRF):
        return f"{name} F1 {_pct(metric.f1).strip()}"
    if isinstance(metric, Ratio):
        return f"{name} {key} {_pct(metric.value).strip()}"
    return f"{name} {key} {metric}"


def _ordered(categories: dict[str, CategoryScore]) -> list[tuple[str, CategoryScore]]:
    known = [(k, categories[k]) for k in CATEGORIES if k in categories]
    return known + [(k, v) for k, v in categories.items() if k not in CATEGORIES]


def render_text(scores: CorpusScores, source: str = "", verbose: bool = False) -> str:
    lines = [f"Chronique evaluation: {len(scores.articles)} articles" + (f" ({source})" if source else "")]
    failed = [a for a in scores.articles if a.error]
    if failed:
        lines.append(f"  {len(failed)} failed: " + "; ".join(f"{a.doc}: {a.error}" for a in failed))
    lines.append("")
    for name, cat in _ordered(scores.summary):
        for i, (metric_name, metric) in enumerate(cat.metrics.items()):
            lines.append(f"{name if i == 0 else '':<15}{metric_name:<27}{format_metric(metric)}")
        if cat.note:
            lines.append(f"{name if not cat.metrics else '':<15}({cat.note})")
    if verbose:
        for art in scores.articles:
            lines += ["", f"── {art.doc}" + (f"  [failed: {art.error}]" if art.error else ""),
                      "  " + " · ".join(headline(name, cat) for name, cat in _ordered(art.categories)
                                        if cat.metrics)]
            for name, cat in _ordered(art.categories):
                items = ([f"miss  {m}" for m in cat.misses] + [f"FP    {f}" for f in cat.false_positives]
                         + [f"error {e}" for e in cat.errors])
                if not items:
                    continue
                prf_line = "; ".join(f"{k} {format_metric(v).split('   (')[0]}" for k, v in cat.metrics.items()
                                     if isinstance(v, PRF))
                lines.append(f"  {name}" + (f": {prf_line}" if prf_line else ""))
                lines += [f"    {item}" for item in items]
    return "\n".join(lines)
