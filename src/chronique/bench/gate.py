"""The benchmark gate: ``chronique bench --check`` fails when the pipeline drifts past its floors.

A timed unit test would flake on a shared machine; this gate compares the pipeline with bare
spaCy measured in the same run, so a slower machine moves both sides. The floors (``Floors``)
are the throughput goals of issue #20:

- everything but spaCy (cleaning and every extractor) costs at most ``max_stage_share`` of the
  parse time, measured inside the pipeline's own process (the steadiest of the figures);
- the pipeline keeps ``min_ratio`` of bare spaCy's words per CPU second (per wall second when
  the pipeline runs in several processes);
- its peak memory stays under ``max_memory_ratio`` times bare spaCy's, and its resident memory
  grows by at most ``max_memory_growth_mb`` from the middle third of the run to the last
  (``throughput.memory_growth``: flat, not leaking).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Articles a check runs on when no --limit is given: enough for the shares to settle (~30 s).
CHECK_ARTICLES = 100


@dataclass(frozen=True)
class Floors:
    max_stage_share: float = 0.10
    min_ratio: float = 0.90
    max_memory_ratio: float = 1.15
    # Calibrated on OrangeSum (see ``throughput.memory_growth``, which needs 6 batches: from 384
    # articles): over 1,000 articles the pipeline's resident memory moved by +14 MB from the middle
    # third to the last (vocabulary and caches filling; one batch of long articles moves it by 100
    # MB and more, hence medians of thirds); a leak of 0.2 MB per article fails on 1,000 articles.
    max_memory_growth_mb: float = 50.0


def check_floors(throughput: dict[str, Any], floors: Floors) -> list[str]:
    """The floors a throughput report (``measure_throughput``) misses, as sentences; [] if none."""
    failures = []
    share = throughput.get("stages_total_percent_of_spacy")
    if share is None:
        failures.append("no per-stage times (they are only kept with --processes 1)")
    elif share / 100 > floors.max_stage_share:
        failures.append(f"everything but spaCy costs {share:.1f} % of the parse time, over "
                        f"{100 * floors.max_stage_share:.0f} %")
    ratio, kind = throughput.get("cpu_ratio"), "CPU"
    if ratio is None:
        ratio, kind = throughput.get("ratio"), "wall"
    if ratio is None or ratio < floors.min_ratio:
        failures.append(f"the pipeline runs at {ratio or 0:.2f}× bare spaCy's words per {kind} second, "
                        f"under {floors.min_ratio:.2f}×")
    memory = throughput.get("memory_ratio")
    if memory is None or memory > floors.max_memory_ratio:
        failures.append(f"peak memory is {memory or 0:.2f}× bare spaCy's, over {floors.max_memory_ratio:.2f}×")
    growth = throughput["pipeline"].get("memory_growth_mb")  # None: too short a run to tell
    if growth is not None and growth > floors.max_memory_growth_mb:
        failures.append(f"resident memory grew by {growth:.0f} MB from the middle to the last third of the run, over "
                        f"{floors.max_memory_growth_mb:.0f} MB")
    return failures
