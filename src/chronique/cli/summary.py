"""The human summary printed by ``analyze --format pretty``."""

from __future__ import annotations

from ..article import Article, Published

# How the publication date was known, in French.
SOURCE_LABELS = {"given": "donnée", "metadata": "métadonnées"}

MAX_ITEMS = 12
MAX_EVIDENCE = 3


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _published_label(pub: Published) -> str:
    """"publié le 2020-03-14 (donné)", or an estimate with its confidence and interval."""
    if pub.value is None:
        return "date de publication inconnue"
    if not pub.estimated:
        return f"publié le {pub.value} ({SOURCE_LABELS.get(pub.source, pub.source)})"
    parts = [f"confiance {pub.confidence:.0%}".replace("%", " %")] if pub.confidence is not None else []
    if pub.interval:
        parts.append(f"entre le {pub.interval[0]} et le {pub.interval[1]}")
    return f"date estimée {pub.value}" + (f" ({', '.join(parts)})" if parts else "")


def summarise(article: Article) -> str:
    pub = article.published
    lines = [
        f"━━ {article.title or '(sans titre)'}",
        f"   id {article.id} · {_published_label(pub)}"
        + (f" · {article.dateline}" if article.dateline else "")
        + f" · {len(article.text.split())} mots, {len(article.sentences)} phrases",
    ]
    if pub.estimated and pub.evidence:
        lines.append("   Indices de date : " + " ; ".join(_clip(e, 70) for e in pub.evidence[:MAX_EVIDENCE]))
    if article.entities:
        by_type: dict[str, list[str]] = {}
        for e in article.entities:
            by_type.setdefault(e.type, []).append(e.name + (f" ×{len(e.mentions)}" if len(e.mentions) > 1 else ""))
        lines.append("   Entités : " + " · ".join(f"{t} {', '.join(names)}" for t, names in sorted(by_type.items())))
    names = {e.id: e.name for e in article.entities}
    for q in article.quotes[:MAX_ITEMS]:
        who = (names.get(q.speaker.entity) or q.speaker.text) if q.speaker else "?"
        lines.append(f"   « {_clip(q.text, 80)} » — {who} [{q.kind}]")
    if article.timexes:
        lines.append("   Dates : " + ", ".join(f"{t.text} = {t.value}" for t in article.timexes[:MAX_ITEMS]))
    if article.amounts:
        lines.append("   Montants : " + ", ".join(f"{a.text} = {a.value:g} {a.unit}" for a in article.amounts[:MAX_ITEMS]))
    for ev in article.events[:MAX_ITEMS]:
        who = ", ".join(names.get(p.entity, p.entity) for p in ev.participants)
        lines.append(f"   Événement {ev.type}/{ev.mode or '-'} « {ev.trigger.text} » {who} ({ev.modality})")
    return "\n".join(lines)
