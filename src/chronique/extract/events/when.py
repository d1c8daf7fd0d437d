"""When an event happened: the timex that dates it, from the parse, the story, or the sentence before.

In order:

1. a date of the trigger's sentence attached to it by the parse (on the trigger or a verb
   governing it, a few links away: "a rencontré jeudi X", "lors du sommet du 3 mars");
2. the date of the sentences just before when the sentence opens on a demonstrative noun
   phrase, which takes up what they told ("… a fait faillite en 2016. Cette faillite a entraîné
   la démission de X": the resignation came with the bankruptcy of 2016);
3. the story's reference day: news tells its main story on one recent day, given in the lead
   ("X s'est rendu mercredi à Y"); an asserted event told outside any quotation, in the present or
   the passé composé, in a sentence that gives no date of its own, belongs to that story day.
   Background (pluperfect, imperfect), planned and hypothetical events do not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ...article import Article, Timex
from ...nlp.offsets import token_starts

# Timexes further than this many dependency links from the trigger do not date it
# (calibrated on gold/dev: dates sit on the trigger or on its governing verb, 1–4 links away).
MAX_TIME_DISTANCE = 5
# Vague references ("désormais", "récemment") do not date an event.
UNDATED_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# The story day is looked for in this many first sentences of the body (the lead): on gold/dev
# the day of the story comes in the first or second sentence.
LEAD_SENTENCES = 3
# The story day lies at most this many days before publication (or on the day itself): news
# reports the events of the past week ("mercredi", "ce vendredi"); an older date in the lead is
# background ("élu en 2012"), not the day of the story.
STORY_DAY_MAX_AGE = 7
# A sentence opening on a demonstrative takes up a date at most this many sentences back
# (the antecedent of "Cette faillite" is told in the sentence before or the one before it).
CONTINUATION_SENTENCES = 2
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class TimeFinder:
    """The dates of one article, indexed by sentence, and its story day."""

    def __init__(self, article: Article, doc: Doc):
        self.doc = doc
        starts = token_starts(doc)
        self._sent_starts = [s.start for s in doc.sents] if len(doc) else []
        self.anchored: list[tuple[Token, Timex]] = []
        self.by_sentence: dict[int, list[Timex]] = {}
        for tx in article.timexes:
            if tx.type not in ("DATE", "TIME") or tx.value in UNDATED_VALUES:
                continue
            i = bisect_left(starts, tx.start)
            j = bisect_left(starts, tx.end)
            if i >= len(doc):
                continue
            root = doc[i:max(j, i + 1)].root
            self.anchored.append((root, tx))
            self.by_sentence.setdefault(self._sentence_no(root), []).append(tx)
        self.story_day = self._story_day(article.published.value)

    def _sentence_no(self, tok: Token) -> int:
        return bisect_right(self._sent_starts, tok.i) - 1

    def _story_day(self, published: str | None) -> Timex | None:
        pub = _as_day(published or "")
        if pub is None:
            return None
        for no in range(min(LEAD_SENTENCES, len(self._sent_starts))):
            for tx in sorted(self.by_sentence.get(no, ()), key=lambda t: t.start):
                day = _as_day(tx.value)
                if day is not None and pub - timedelta(days=STORY_DAY_MAX_AGE) <= day <= pub:
                    return tx
        return None

    def for_event(self, trigger: Token, modality: str, quoted: bool) -> str | None:
        """The id of the timex dating the event of ``trigger``, or None."""
        attached = self.attached(trigger)
        if attached is not None:
            return attached
        no = self._sentence_no(trigger)
        if no in self.by_sentence:
            return None  # the sentence's date belongs to another clause: do not guess
        if modality not in ("asserted", "negated"):
            return None
        taken_up = self._taken_up(no)
        if taken_up is not None:
            return taken_up
        if self.story_day is not None and modality == "asserted" and not quoted and not _background(trigger):
            return self.story_day.id
        return None

    def attached(self, trigger: Token) -> str | None:
        """The date the parse attaches to the trigger (fewest links), in its sentence."""
        best, best_d = None, MAX_TIME_DISTANCE + 1
        sent_start = trigger.sent.start
        up = {}
        t, k = trigger, 0
        while True:
            up[t.i] = k
            if t.head.i == t.i:
                break
            t, k = t.head, k + 1
        for root, tx in self.anchored:
            if root.sent.start != sent_start:
                continue
            t, k = root, 0
            while t.i not in up and t.head.i != t.i:
                t, k = t.head, k + 1
            if t.i in up and k + up[t.i] < best_d:
                best, best_d = tx.id, k + up[t.i]
        return best

    def _taken_up(self, no: int) -> str | None:
        """The latest date of the sentences before, when sentence ``no`` opens on a demonstrative."""
        if no <= 0:
            return None
        first = next((t for t in self.doc[self._sent_starts[no]:] if not t.is_punct), None)
        if first is None or first.lower_ not in DEMONSTRATIVES or first.dep_ != "det":
            return None
        for back in range(no - 1, max(-1, no - 1 - CONTINUATION_SENTENCES), -1):
            dates = self.by_sentence.get(back)
            if dates:
                return max(dates, key=lambda t: t.start).id
        return None


def _as_day(value: str) -> date | None:
    m = _DAY.match(value)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _background(trigger: Token) -> bool:
    """The event is told as background: its verb (the trigger or the verb a noun trigger hangs on,
    a few links up) is in the pluperfect ("avait rencontré") or the imperfect ("rencontrait"), or
    in the present inside a relative clause, which describes a state ("…, où X soutient Y")."""
    t = trigger
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return False
        t = t.head
    else:
        return False
    if t.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in t.children if c.dep_ in ("aux:tense", "aux", "aux:pass")]
    if auxes:
        return any("Imp" in a.morph.get("Tense") for a in auxes[:1])
    tense = t.morph.get("Tense")
    return "Imp" in tense and "Fin" in t.morph.get("VerbForm") or "Pres" in tense and t.dep_ == "acl:relcl"
