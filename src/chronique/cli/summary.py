"""The human summary printed by ``analyze --format pretty``."""

from __future__ import annotations

from ..article import Article

MAX_ITEMS = 12


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summarise(article: Article) -> str:
    pub = article.published
    lines = [
        f"━━ {article.title or '(sans titre)'}",
        f"   id {article.id} · publié {pub.value or 'inconnu'} ({pub.source})"
        + (f" · {article.dateline}" if article.dateline else "")
        + f" · {len(article.text.split())} mots, {len(article.sentences)} phrases",
    ]
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
