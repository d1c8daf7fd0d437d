"""Look-ups from character offsets to the entities layer, for the stages that run after it."""

from __future__ import annotations

from bisect import bisect_right

from ...article import Article, Entity, Mention


class EntityIndex:
    """Mentions sorted by start offset: which entity covers a character, or lies inside a span."""

    def __init__(self, article: Article):
        pairs = sorted(((m, e) for e in article.entities for m in e.mentions), key=lambda p: (p[0].start, -p[0].end))
        self._mentions: list[Mention] = [m for m, _ in pairs]
        self._entities: list[Entity] = [e for _, e in pairs]
        self._starts = [m.start for m in self._mentions]
        self.by_id = {e.id: e for e in article.entities}

    def mention_at(self, offset: int) -> tuple[Mention, Entity] | None:
        """The mention covering character ``offset`` (start <= offset < end), if any."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            m = self._mentions[i]
            if m.start <= offset < m.end:
                return m, self._entities[i]
            if self._starts[i] < offset - 200:  # mentions are short; stop scanning far back
                break
            i -= 1
        return None

    def entity_at(self, offset: int) -> Entity | None:
        hit = self.mention_at(offset)
        return hit[1] if hit else None

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Mentions lying entirely inside ``[start, end)``, in text order."""
        i = bisect_right(self._starts, start - 1)
        out = []
        while i < len(self._mentions) and self._starts[i] < end:
            m = self._mentions[i]
            if m.end <= end:
                out.append((m, self._entities[i]))
            i += 1
        return out

    def mentions_before(self, offset: int, limit: int = 10) -> list[tuple[Mention, Entity]]:
        """Up to ``limit`` mentions ending at or before ``offset``, nearest first."""
        i = bisect_right(self._starts, offset) - 1
        out = []
        while i >= 0 and len(out) < limit:
            if self._mentions[i].end <= offset:
                out.append((self._mentions[i], self._entities[i]))
            i -= 1
        return out
