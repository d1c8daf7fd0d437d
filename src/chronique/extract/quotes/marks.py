"""Finding the spans between quotation marks in real, messy text.

Works on the string alone (no parse), so it is cheap and cannot be fooled by tokenisation:
- « », “ ”, ‹ › and straight " " marks; marks of another kind inside an open quotation are nested
  quotations and stay part of it;
- a missing closing mark closes the quotation at the end of its paragraph (line break), or just
  before a new opening « that starts a new sentence;
- a straight " that can only open (a space before, a word after) inside an open straight quotation
  is a quotation inside it after a colon (« hurlant : "Et vous…" ») or when a mark that can only
  close, before an incise's comma, follows its own closing mark; else, before a capital, when a
  sentence ended since the opening mark, the sign that the open one lost its closing mark: it ends
  with its first sentence ("…le jeu. Ce mercredi, X a évoqué … "Il faut …"");
- a straight quotation may close on » or ”, and guillemets on a straight " that can only close
  (« voix compatible avec les aéroports". "Quelle insulte !" …);
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
_CLOSING_GUILLEMETS = frozenset("»”")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
# The end of a quotation's first sentence: a stop, then a capitalised word or another mark.
_FIRST_SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÀ-Ý«\"“])")
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


def _straight_only_opens(text: str, i: int) -> bool:
    """A straight " at ``i`` that cannot close a quotation: white space (or the start) before, a word after."""
    return (i == 0 or text[i - 1].isspace()) and i + 1 < len(text) and text[i + 1].isalnum()


def _straight_only_closes(text: str, i: int) -> bool:
    """A straight " at ``i`` that cannot open a quotation: a word or a stop before; a space, a stop or
    the end after."""
    return i > 0 and not text[i - 1].isspace() and text[i - 1] not in "'’([«" \
        and (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ".,;:!?)»")


def _after_colon(text: str, i: int) -> bool:
    """A colon (and white space) right before offset ``i``."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _closed_after_inner(text: str, i: int) -> bool:
    """After the quotation opening at ``i`` and its closing mark, the paragraph's next straight mark
    can only close and an incise's comma follows it ("…", se souvient X): the quotation at ``i`` is
    inside an open one, which that mark closes."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    first = text.find('"', i + 1, end)
    second = text.find('"', first + 1, end) if first >= 0 else -1
    return second >= 0 and _straight_only_closes(text, second) and text[second + 1:second + 3].lstrip()[:1] == ","


def find_quote_marks(text: str) -> list[MarkSpan]:
    spans: list[MarkSpan] = []
    group = 0
    # The open quotation: (opening mark, offset); nested marks only count depth.
    open_mark: str | None = None
    open_at = 0
    depth = 0
    inner = 0  # marks of the other kind (guillemets, straight) open inside the quotation
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
                open_mark, open_at, depth, inner = ch, i, 0, 0
            continue
        # Inside an open quotation.
        if ch == STRAIGHT_MARK and open_mark == STRAIGHT_MARK:
            only_opens = _straight_only_opens(text, i)
            lost = _FIRST_SENTENCE_END.search(text, open_at + 1, i) if only_opens and text[i + 1].isupper() else None
            if only_opens and (_after_colon(text, i) or _closed_after_inner(text, i)):
                depth += 1  # a quotation inside the quotation: « hurlant : "Et vous…" », « l'air de dire "…". … »
            elif lost is not None and depth == 0:
                # the open quotation lost its closing mark: it was its first sentence
                emit(lost.end(), closed=False)
                group += 1
                open_at = i
            elif depth:
                depth -= 1
            else:
                emit(i, closed=True)
                open_mark = None
        elif open_mark == STRAIGHT_MARK:
            # guillemets inside a straight quotation: a quotation in it, or its mismatched closing
            # mark ("Ils se sont dit : « Où va-t-il ? ». C'est compliqué. »)
            if ch in PAIRED_MARKS:
                inner += 1
            elif inner:
                inner -= 1
            elif depth == 0 and ch in _CLOSING_GUILLEMETS:
                emit(i, closed=True)
                open_mark = None
        elif ch == STRAIGHT_MARK:
            # straight marks inside guillemets: a quotation in it, or its mismatched closing mark
            # (« voix compatible avec les aéroports". "Quelle insulte !" …)
            if inner and not _straight_only_opens(text, i):
                inner -= 1
            elif depth == 0 and _straight_only_closes(text, i):
                emit(i, closed=True)
                open_mark = None
            else:
                inner += 1
        elif ch == PAIRED_MARKS.get(open_mark):
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
