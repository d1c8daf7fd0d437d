"""The human summary printed by ``analyze --format pretty``: in French, every code given its
French label, numbers written the French way, and a layer longer than ``MAX_ITEMS`` cut with
"… et N autres" rather than silently."""

from __future__ import annotations

from ..article import Article, Published
from ..lang.fr.format import format_amount, format_number
from ..lang.fr.labels import ENTITY_TYPE_PLURAL, MODALITY, PUBLISHED_SOURCE, QUOTE_KIND, event_label
from ..timex import readable_value

MAX_ITEMS = 12
MAX_EVIDENCE = 3


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _published_label(pub: Published) -> str:
    """"publié le 2020-03-14 (donnée)", or an estimate with its confidence and interval."""
    if pub.value is None:
        return "date de publication inconnue"
    if not pub.estimated:
        return f"publié le {pub.value} ({PUBLISHED_SOURCE.get(pub.source, pub.source)})"
    parts = [f"confiance {format_number(round(pub.confidence * 100))} %"] if pub.confidence is not None else []
    if pub.interval:
        parts.append(f"entre le {pub.interval[0]} et le {pub.interval[1]}")
    return f"date estimée {pub.value}" + (f" ({', '.join(parts)})" if parts else "")


def more(total: int, shown: int) -> str:
    """"… et 3 autres" when ``total`` items were cut to ``shown``; "" when nothing was cut."""
    rest = total - shown
    return f"… et {format_number(rest)} {'autre' if rest == 1 else 'autres'}" if rest > 0 else ""


def _listed(items: list[str], total: int) -> str:
    tail = more(total, len(items))
    return ", ".join(items) + (f" {tail}" if tail else "")


def _quote_line(text: str, kind: str, who: str) -> str:
    # indirect speech is a report, not the speaker's words: never inside « »
    said = f"« {_clip(text, 80)} »" if kind != "indirect" else _clip(text, 80)
    return f"   {said} — {who} [{QUOTE_KIND.get(kind, kind)}]"


def summarise(article: Article) -> str:
    pub = article.published
    lines = [
        f"━━ {article.title or '(sans titre)'}",
        f"   id {article.id} · {_published_label(pub)}"
        + (f" · {article.dateline}" if article.dateline else "")
        + f" · {format_number(len(article.text.split()))} mots, {format_number(len(article.sentences))} phrases",
    ]
    if pub.estimated and pub.evidence:
        lines.append("   Indices de date : " + " ; ".join(_clip(e, 70) for e in pub.evidence[:MAX_EVIDENCE]))
    if article.entities:
        by_type: dict[str, list[str]] = {}
        for e in article.entities:
            by_type.setdefault(e.type, []).append(e.name + (f" ×{len(e.mentions)}" if len(e.mentions) > 1 else ""))
        lines.append("   Entités : " + " · ".join(
            f"{ENTITY_TYPE_PLURAL.get(t, t)} {_listed(names[:MAX_ITEMS], len(names))}"
            for t, names in sorted(by_type.items())))
    names = {e.id: e.name for e in article.entities}
    for q in article.quotes[:MAX_ITEMS]:
        who = (names.get(q.speaker.entity) or q.speaker.text) if q.speaker else "locuteur inconnu"
        lines.append(_quote_line(q.text, q.kind, who))
    if len(article.quotes) > MAX_ITEMS:
        lines.append(f"   {more(len(article.quotes), MAX_ITEMS)} citations")
    if article.timexes:
        dates = [f"{t.text} = {readable_value(t.value)}" for t in article.timexes[:MAX_ITEMS]]
        lines.append("   Dates : " + _listed(dates, len(article.timexes)))
    if article.amounts:
        amounts = [f"{a.text} = {format_amount(a.value, a.unit, a.approx)}" for a in article.amounts[:MAX_ITEMS]]
        lines.append("   Montants : " + _listed(amounts, len(article.amounts)))
    for ev in article.events[:MAX_ITEMS]:
        label = event_label(ev.type, ev.mode, [names.get(p.entity, p.entity) for p in ev.participants])
        modality = MODALITY.get(ev.modality, ev.modality)
        lines.append(f"   Événement : {label} (« {ev.trigger.text} »{', ' + modality if modality else ''})")
    if len(article.events) > MAX_ITEMS:
        lines.append(f"   {more(len(article.events), MAX_ITEMS)} événements")
    return "\n".join(lines)
