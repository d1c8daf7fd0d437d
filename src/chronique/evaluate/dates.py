"""Publication-date inference scored on any dated collection (``chronique evaluate --dates FILE``).

Every article of a JSON/JSONL file (or folder) with a ``published`` field is analysed with that
date hidden; the inferred date is compared with it. Articles are split by their position (even:
``dev``, odd: ``test``) so that constants are tuned on one half and reported on the other. As
in use, the pipeline knows the years of the *other* articles of the set (``--no-year-prior``:
each text alone). The headline figure follows the time issue's definition: articles that
contain a weekday or a dated clue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from ..lang.fr.calendar import month_pattern, weekday_pattern

WEEKDAY_OR_DATE = re.compile(
    rf"\b(?:{weekday_pattern()})\b|\b(?:1er|\d{{1,2}})\s+(?:{month_pattern()})\b", re.IGNORECASE)
BATCH = 64


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def evaluate_dates(path: Path, split: str | None = "dev", limit: int | None = None, year_prior: bool = True,
                   nlp=None) -> dict[str, Any]:
    from ..extract.time import TimeStage
    from ..ingest.readers import read_inputs
    from ..pipeline import Pipeline

    raws = []
    for i, item in enumerate(r for r in read_inputs([str(path)]) if not isinstance(r, InputError)):
        if item.published and (split is None or (i % 2 == 0) == (split == "dev")):
            raws.append(item)
        if limit and len(raws) >= limit:
            break
    if not raws:
        raise UsageError(f"{path}: no dated articles in split {split or 'all'}")
    pipeline = Pipeline(stages=[TimeStage()], nlp=nlp)
    prior = pipeline.year_prior
    prior.reset(r.published for r in raws if year_prior)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(raws), BATCH):
        chunk = raws[start:start + BATCH]
        articles = []
        for raw in chunk:
            try:
                articles.append((raw, pipeline.prepare(dataclasses.replace(raw, published=None), strict=False)))
            except InputError:
                continue
        for (raw, article), doc in zip(articles, pipeline.parse(a.text for _, a in articles)):
            own = int(raw.published[:4]) if year_prior and raw.published[:4].isdigit() else None
            if own is not None:
                prior.counts[own] -= 1  # leave the article's own year out
            inferred = pipeline.annotate(article, doc).published
            if own is not None:
                prior.counts[own] += 1
            apart = _days_apart(inferred.value, raw.published) if inferred.value else None
            rows.append({"id": raw.id, "published": raw.published[:10], "inferred": inferred.value,
                         "confidence": inferred.confidence, "days_apart": apart,
                         "clue": bool(WEEKDAY_OR_DATE.search(article.text))})
    return {"source": str(path), "split": split or "all", "year_prior": year_prior,
            "scores": _scores(rows), "articles": rows}


def _scores(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def block(sub: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(sub)
        produced = [r for r in sub if r["inferred"]]
        near = sum(1 for r in produced if r["days_apart"] is not None and r["days_apart"] <= 1)
        exact = sum(1 for r in produced if r["days_apart"] == 0)
        week = sum(1 for r in produced if r["days_apart"] is not None and r["days_apart"] <= 7)
        return {"articles": n, "produced": len(produced),
                "exact": round(exact / n, 4) if n else 0.0,
                "within_1_day": round(near / n, 4) if n else 0.0,
                "within_7_days": round(week / n, 4) if n else 0.0,
                "within_1_day_of_produced": round(near / len(produced), 4) if produced else 0.0}

    return {"all": block(rows), "with_clue": block([r for r in rows if r["clue"]])}


def render_dates(result: dict[str, Any], verbose: bool = False) -> str:
    lines = [f"Publication-date inference, {result['source']}, split {result['split']}"
             f" ({'with' if result['year_prior'] else 'without'} the other articles' years)"]
    for key, label in (("with_clue", "articles with a weekday or date clue"), ("all", "all articles")):
        s = result["scores"][key]
        lines.append(f"  {label}: {s['articles']}, date produced for {s['produced']}")
        lines.append(f"    within 1 day {100 * s['within_1_day']:.1f} %   exact {100 * s['exact']:.1f} %   "
                     f"within 7 days {100 * s['within_7_days']:.1f} %   "
                     f"within 1 day of those produced {100 * s['within_1_day_of_produced']:.1f} %")
    if verbose:
        lines.append("")
        for r in result["articles"]:
            if r["inferred"] and (r["days_apart"] or 0) > 1:
                lines.append(f"  {r['id']}: published {r['published']}, inferred {r['inferred']}"
                             f" ({r['days_apart']} days apart, confidence {r['confidence']})")
    return "\n".join(lines)
