"""Stand-off spans → HTML: the article text with entities, quotations, dates, amounts and events marked.

The layers overlap freely (a date inside a quotation, a speaker inside a quoted sentence, two
quotations sharing words), so the HTML is built from offsets, not by string replacement:
the text is cut at every span boundary, and each piece is wrapped in the spans that cover it.
When a span must close while a span opened after it is still open, the later one is closed and
reopened (``data-part="cont"``), so the result is always well nested. Every text piece and every
attribute value goes through ``markupsafe.escape``; nothing from the article reaches the page raw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from markupsafe import Markup, escape

from ..article import Article
from ..lang.fr.format import format_amount
from ..lang.fr.labels import MODALITY, QUOTE_KIND, event_label
from ..timex import readable_value

ENTITY_TYPE_LABELS = {"PER": "Personne", "ORG": "Organisation", "LOC": "Lieu", "MISC": "Divers"}
TIMEX_TYPE_LABELS = {"DATE": "Date", "TIME": "Heure", "DURATION": "Durée", "SET": "Fréquence"}
AMOUNT_KIND_LABELS = {"money": "Somme", "count": "Nombre", "percent": "Pourcentage", "measure": "Mesure"}

# Which span opens first when two start at the same offset and have the same length:
# the wider layers outside, the word-level ones inside.
LAYER_ORDER = {"quote": 0, "speaker": 1, "event": 2, "entity": 3, "timex": 4, "amount": 5}


@dataclass(frozen=True)
class Span:
    """One highlight: ``classes`` and ``attrs`` become the ``<span>``'s attributes."""

    layer: str
    start: int
    end: int
    classes: str
    attrs: tuple[tuple[str, str], ...] = field(default=())

    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, LAYER_ORDER.get(self.layer, 9))

    def open_tag(self, continued: bool) -> str:
        attrs = "".join(f' {name}="{escape(value)}"' for name, value in self.attrs)
        part = ' data-part="cont"' if continued else ""
        return f'<span class="{escape(self.classes)}"{attrs}{part}>'


def article_spans(article: Article, entity_href: Callable[[str], str | None] | None = None) -> list[Span]:
    """Every highlight of ``article``. ``entity_href(local_id)`` gives a link target, or None."""
    names = {e.id: e.name for e in article.entities}
    timex_values = {t.id: t.value for t in article.timexes}
    spans: list[Span] = []
    for e in article.entities:
        href = entity_href(e.id) if entity_href else None
        tip = f"{ENTITY_TYPE_LABELS.get(e.type, e.type)} : {e.name}"
        attrs = [("data-tip", tip), ("data-entity", e.id)]
        if href:
            attrs.append(("data-href", href))
        for m in e.mentions:
            spans.append(Span("entity", m.start, m.end, f"hl hl-entity hl-{e.type}", tuple(attrs)))
    for q in article.quotes:
        who = "locuteur inconnu"
        if q.speaker is not None:
            who = names.get(q.speaker.entity or "", q.speaker.text)
            spans.append(Span("speaker", q.speaker.start, q.speaker.end, "hl hl-speaker",
                              (("data-tip", f"Locuteur : {who}"), ("data-quote", q.id))))
        spans.append(Span("quote", q.start, q.end, f"hl hl-quote hl-quote-{q.kind}",
                          (("data-tip", f"{QUOTE_KIND.get(q.kind, q.kind).capitalize()} — {who}"),
                           ("data-quote", q.id))))
    for t in article.timexes:
        spans.append(Span("timex", t.start, t.end, f"hl hl-timex hl-timex-{t.type}",
                          (("data-tip", f"{TIMEX_TYPE_LABELS.get(t.type, t.type)} : {readable_value(t.value)}"),
                           ("data-value", t.value))))
    for a in article.amounts:
        spans.append(Span("amount", a.start, a.end, f"hl hl-amount hl-amount-{a.kind}",
                          (("data-tip", f"{AMOUNT_KIND_LABELS.get(a.kind, a.kind)} : "
                                        f"{format_amount(a.value, a.unit, a.approx)}"),)))
    for ev in article.events:
        tip = event_label(ev.type, ev.mode, [names.get(p.entity, p.entity) for p in ev.participants])
        if MODALITY.get(ev.modality):
            tip += f" ({MODALITY[ev.modality]})"
        if ev.time in timex_values:
            tip += f" · {readable_value(timex_values[ev.time])}"
        spans.append(Span("event", ev.trigger.start, ev.trigger.end, f"hl hl-event hl-event-{ev.type}",
                          (("data-tip", tip), ("data-event", ev.id))))
    return spans


def render_spans(text: str, spans: Iterable[Span], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as escaped HTML with ``spans`` (clipped to the range) well nested."""
    end = len(text) if end is None else end
    clipped = []
    for s in spans:
        s_start, s_end = max(s.start, start), min(s.end, end)
        if s_start < s_end and 0 <= s.start and s.end <= len(text):  # empty or out-of-range spans are dropped
            clipped.append((s_start, s_end, s))
    clipped.sort(key=lambda c: (c[0], -c[1], LAYER_ORDER.get(c[2].layer, 9)))
    cuts = sorted({start, end, *(c[0] for c in clipped), *(c[1] for c in clipped)})
    out: list[str] = []
    stack: list[tuple[int, int, Span]] = []  # open spans, outermost first
    opened: set[int] = set()  # ids of spans already opened once (reopenings are continuations)
    pending = 0  # index into clipped of the next span to open
    for left, right in zip(cuts, cuts[1:]):
        # Close everything that ends here; spans above a closing one are closed and reopened later.
        keep = 0
        while keep < len(stack) and stack[keep][1] > left:
            keep += 1
        for _ in range(len(stack) - keep):
            out.append("</span>")
        reopen = [c for c in stack[keep:] if c[1] > left]
        del stack[keep:]
        starting = []
        while pending < len(clipped) and clipped[pending][0] == left:
            starting.append(clipped[pending])
            pending += 1
        for c in sorted(reopen + starting, key=lambda c: (-c[1], c[0], LAYER_ORDER.get(c[2].layer, 9))):
            out.append(c[2].open_tag(continued=id(c) in opened))
            opened.add(id(c))
            stack.append(c)
        out.append(str(escape(text[left:right])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))


def render_article_body(article: Article, entity_href: Callable[[str], str | None] | None = None) -> Markup:
    """The whole text as ``<p>``/``<h3>`` blocks with highlights (one paragraph when no blocks)."""
    spans = article_spans(article, entity_href)
    blocks = [(b.kind, b.start, b.end) for b in article.blocks if 0 <= b.start < b.end <= len(article.text)]
    if not blocks:
        blocks = [("paragraph", 0, len(article.text))]
    parts = []
    for kind, start, end in blocks:
        tag = "h3" if kind == "subheading" else "p"
        parts.append(f"<{tag}>{render_spans(article.text, spans, start, end)}</{tag}>")
    return Markup("\n".join(parts))
