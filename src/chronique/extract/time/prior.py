"""The years an article's neighbours were published in: a prior for a year no clue writes.

"Samedi 25 janvier" fits 2014, 2020 and 2025 alike; an undated dispatch that arrives in a
batch (or a corpus) of articles dated 2019–2020 was most likely written then too. The prior only
chooses among the years the text allows equally (``infer``): it never outweighs the text. The
pipeline counts the given publication dates of the batch it analyses; the evaluator gives
the other gold articles' dates (never the article's own).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

# Share of a year's weight given to each neighbouring year (a batch dated 2019 makes 2018 and
# 2020 likelier than 2003).
NEIGHBOUR_SHARE = 0.25


class YearPrior:
    def __init__(self, dates: Iterable[str | None] = ()):
        self.counts: Counter[int] = Counter()
        self.reset(dates)

    def reset(self, dates: Iterable[str | None] = (), years: Mapping[int, int] | None = None) -> None:
        """Start again from ``dates`` (ISO strings) and/or ``years`` (year -> number of articles)."""
        self.counts.clear()
        self.counts.update(years or {})
        for d in dates:
            self.add(d)

    def add(self, published: str | None) -> None:
        if published and len(published) >= 4 and published[:4].isdigit():
            self.counts[int(published[:4])] += 1

    def __bool__(self) -> bool:
        return bool(self.counts)

    def weight(self, year: int) -> float:
        c = self.counts
        return c[year] + NEIGHBOUR_SHARE * (c[year - 1] + c[year + 1])

    def share(self, year: int) -> float:
        """``year``'s weight over the number of articles counted (0 when none is)."""
        total = sum(c for c in self.counts.values() if c > 0)
        return self.weight(year) / total if total else 0.0

    def span(self) -> tuple[int, int] | None:
        return (min(self.counts) - 1, max(self.counts) + 1) if self.counts else None

    def best(self, years: Iterable[int]) -> int | None:
        """The likeliest of ``years`` (the earliest of equals), or None when none has weight."""
        scored = [(self.weight(y), -y) for y in years]
        top = max(scored, default=None)
        return -top[1] if top and top[0] > 0 else None
