"""Finding the spans between quotation marks in real, messy text.

Works on the string alone (no parse), so it is cheap and cannot be fooled by tokenisation:
- « », “ ”, ‹ › and straight " " marks; marks of another kind inside an open quotation are nested
  quotations and stay part of it;
- a missing closing mark closes the quotation at the end of its paragraph (line break), or just
  before a new opening « that starts a new sentence;
- a quotation running over several paragraphs (the press re-opens « at each paragraph without
  closing the previous one) gives one span per paragraph, linked by ``group``;
- glued punctuation (``travailler. »``, ``».Les``) needs no special case: offsets are characters.
``start``/``end`` delimit the content without the marks and without surrounding white space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import PAIRED_MARKS, STRAIGHT_MARK

_MARK = re.compile(r'[«»“”‹›„"\n]')
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
# Characters stripped from the ends of a quotation's content besides white space:
# a dangling comma before the closing mark ("« Bonjour, »").
_TRAILING = " \t\n,;"


@dataclass(frozen=True)
class MarkSpan:
    open: int           # offset of the opening mark
    start: int          # content start
    end: int            # content end (exclusive)
    close: int | None   # offset of the closing mark, None when it was missing
    mark: str           # the opening mark
    group: int          # spans of one multi-paragraph quotation share a group number

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the content end when the mark is missing)."""
        return self.close + 1 if self.close is not None else self.end


def _content(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    start = open_at + 1
    end = close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _straight_opens(text: str, i: int) -> bool:
    """Whether a straight " at ``i`` reads as an opening mark (space or start before, a word after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after in ".,;:!?)":
        return False
    return before.isspace() or before in "([{'’:«-—–" or not before.isalnum()


def find_quote_marks(text: str) -> list[MarkSpan]:
    spans: list[MarkSpan] = []
    group = 0
    # The open quotation: (opening mark, offset); nested marks only count depth.
    open_mark: str | None = None
    open_at = 0
    depth = 0
    carried = False  # the open quotation continues from the previous paragraph

    def emit(close_at: int, closed: bool) -> None:
        nonlocal group
        start, end = _content(text, open_at, close_at)
        if end > start:
            spans.append(MarkSpan(open_at, start, end, close_at if closed else None, open_mark or "", group))

    for m in _MARK.finditer(text):
        ch = m.group()
        i = m.start()
        if ch == "\n":
            if open_mark is None:
                continue
            # Paragraph end inside a quotation: close it here; carry it on when the next
            # paragraph re-opens with the same mark (press convention for long quotations).
            emit(i, closed=False)
            nxt = text[i:].lstrip()
            if nxt.startswith(open_mark) and open_mark != STRAIGHT_MARK:
                carried = True
                open_mark, depth = None, 0
                continue
            open_mark, depth, carried = None, 0, False
            group += 1
            continue
        if open_mark is None:
            if ch in PAIRED_MARKS or (ch == STRAIGHT_MARK and _straight_opens(text, i)):
                if not carried:
                    group += 1
                carried = False
                open_mark, open_at, depth = ch, i, 0
            continue
        # Inside an open quotation.
        if ch == STRAIGHT_MARK and open_mark == STRAIGHT_MARK:
            emit(i, closed=True)
            open_mark = None
        elif ch == PAIRED_MARKS.get(open_mark) and open_mark != STRAIGHT_MARK:
            if depth:
                depth -= 1
            else:
                emit(i, closed=True)
                open_mark = None
        elif ch == open_mark and open_mark != STRAIGHT_MARK:
            # A second opener of the same kind: a nested quotation, unless the text before it
            # ends a sentence — then the previous quotation lost its closing mark.
            if _SENTENCE_END.search(text[max(open_at + 1, i - 40):i]) and depth == 0:
                emit(i, closed=False)
                group += 1
                open_at = i
            else:
                depth += 1
    if open_mark is not None:
        emit(len(text), closed=False)
    return spans
