"""One-to-one matching of gold items to system items.

Gold files can list the same string twice ("mercredi" said of two things), so a system item
may answer one gold item only. ``match`` first pairs the best-scoring edges greedily, then
grows the matching with augmenting paths (Kuhn's algorithm) until it is maximal: as many
gold items found as possible, and among equal counts, the better-scoring pairs preferred.
"""

from __future__ import annotations

from typing import Callable, Sequence, TypeVar

G = TypeVar("G")
S = TypeVar("S")


def match(golds: Sequence[G], systems: Sequence[S], score: Callable[[G, S], float]) -> dict[int, int]:
    """``{gold index: system index}``; ``score(g, s) > 0`` means the pair may match, higher is better."""
    edges: dict[int, list[tuple[float, int]]] = {}
    for gi, g in enumerate(golds):
        row = [(w, si) for si, s in enumerate(systems) if (w := score(g, s)) > 0]
        if row:
            row.sort(key=lambda e: (-e[0], e[1]))
            edges[gi] = row
    gold_to_sys: dict[int, int] = {}
    sys_to_gold: dict[int, int] = {}
    # Greedy on the best edges first.
    for w, gi, si in sorted(((w, gi, si) for gi, row in edges.items() for w, si in row),
                            key=lambda e: (-e[0], e[1], e[2])):
        if gi not in gold_to_sys and si not in sys_to_gold:
            gold_to_sys[gi], sys_to_gold[si] = si, gi

    def augment(gi: int, seen: set[int]) -> bool:
        for _, si in edges[gi]:
            if si in seen:
                continue
            seen.add(si)
            if si not in sys_to_gold or augment(sys_to_gold[si], seen):
                gold_to_sys[gi], sys_to_gold[si] = si, gi
                return True
        return False

    for gi in edges:
        if gi not in gold_to_sys:
            augment(gi, set())
    return gold_to_sys
