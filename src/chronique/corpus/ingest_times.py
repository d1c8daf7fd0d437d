"""Where an ingest's time goes: linking (storing and linking each analysed article) against the whole run.

``Corpus.ingest`` times each ``Linker.add`` call, in wall seconds and in CPU seconds of the calling
thread (analysis runs in worker processes, so the thread's CPU time is the linking cost alone, blurred
neither by the workers nor by other work on a shared machine), and groups them in slices of
``SLICE`` stored articles in input order: does linking cost more as the store grows?

    {"seconds": 812.4, "linking_seconds": 61.0, "linking_share": 0.075, "linking_cpu_seconds": 55.2,
     "slice": 1000, "slices": [{"first": 1, "last": 1000, "ms_per_article": 9.8, "cpu_ms_per_article": 8.9}, …]}
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

SLICE = 1000


@dataclass
class IngestTimes:
    """Linking times of one ingest, per article in input order; ``start``/``stop`` bound the run."""

    slice: int = SLICE
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    stopped: float | None = None

    def timer(self) -> "_Timer":
        """``with times.timer(): linker.add(…)`` records one article's linking time."""
        return _Timer(self)

    def stop(self) -> None:
        self.stopped = time.perf_counter()

    def to_dict(self) -> dict[str, Any]:
        seconds = (self.stopped or time.perf_counter()) - self.started
        linking = sum(self.wall)
        slices = []
        for i in range(0, len(self.wall), self.slice):
            wall, cpu = self.wall[i:i + self.slice], self.cpu[i:i + self.slice]
            slices.append({"first": i + 1, "last": i + len(wall),
                           "ms_per_article": round(1000 * sum(wall) / len(wall), 2),
                           "cpu_ms_per_article": round(1000 * sum(cpu) / len(cpu), 2)})
        return {"seconds": round(seconds, 2), "linking_seconds": round(linking, 2),
                "linking_share": round(linking / seconds, 4) if seconds > 0 else 0.0,
                "linking_cpu_seconds": round(sum(self.cpu), 2), "slice": self.slice, "slices": slices}

    def summary(self) -> str:
        """One line for the terminal: 'linking 61.0 s of 812.4 s (7.5 %); ms/article per 1000: 9.8, 10.1'."""
        d = self.to_dict()
        per = ", ".join(f"{s['ms_per_article']:.1f}" for s in d["slices"])
        return (f"linking {d['linking_seconds']:.1f} s of {d['seconds']:.1f} s ({100 * d['linking_share']:.1f} %); "
                f"ms/article per {self.slice}: {per or '-'}")


class _Timer:
    def __init__(self, times: IngestTimes):
        self.times = times

    def __enter__(self) -> None:
        self.wall0, self.cpu0 = time.perf_counter(), time.thread_time()

    def __exit__(self, *exc: Any) -> None:
        self.times.wall.append(time.perf_counter() - self.wall0)
        self.times.cpu.append(time.thread_time() - self.cpu0)
