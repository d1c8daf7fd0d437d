"""The timeline ``Layout`` drawn as inline SVG markup.

Built in Python rather than in a Jinja macro: a timeline has hundreds of marks and the macro
was the slowest part of the entity and timeline pages (about 0.4 ms per mark against 0.05 here).
Every text and attribute value goes through ``markupsafe.escape``; hrefs are our own paths.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .timeline import Layout

LEGEND = ('<div class="timeline-legend"><i style="background:var(--event-b)"></i>événement '
          '<i style="background:var(--quote-b)"></i>citation <i style="background:var(--timex-b)"></i>fait daté'
          ' · un point = un jour, une barre = la période entière (mois, semaine, année…)</div>')


def timeline_svg(tl: Layout) -> Markup:
    out = [f'<div class="timeline" data-items="{len(tl.items)}">']
    if not tl.items:
        out.append('<p class="muted">Aucun élément daté à placer sur l\'axe.</p></div>')
    else:
        axis = tl.axis_y
        out.append(LEGEND)
        out.append(f'<svg viewBox="0 0 {tl.width} {tl.height}" role="img" aria-label="Chronologie">'
                   f'<line class="axis" x1="0" x2="{tl.width}" y1="{axis}" y2="{axis}"></line>')
        for t in tl.ticks:
            out.append(f'<g class="tick"><line x1="{t.x:.1f}" x2="{t.x:.1f}" y1="{axis - 4}" y2="{tl.height}"></line>'
                       f'<text x="{t.x + 3:.1f}" y="{axis - 8}">{escape(t.label)}</text></g>')
        for p in tl.items:
            item = p.item
            href = f' href="{escape(item.href)}"' if item.href and item.href.startswith("/") else ""
            title = f"{item.label} — {p.period} ({p.granularity_label}" + (f" ; {item.detail}" if item.detail else "") + ")"
            out.append(f'<a class="tl-item item-{escape(item.kind)}" data-granularity="{escape(p.interval.granularity)}"'
                       f'{href}><title>{escape(title)}</title>')
            if p.is_point:
                out.append(f'<circle class="dot" cx="{p.x:.1f}" cy="{p.y:.1f}" r="5"></circle>')
            else:
                out.append(f'<rect class="bar" x="{p.x:.1f}" y="{p.y - 6:.1f}" width="{p.width:.1f}" height="12" rx="3">'
                           '</rect>')
            if p.label:
                out.append(f'<text class="label" x="{p.label_x:.1f}" y="{p.y + 4:.1f}" '
                           f'text-anchor="{p.label_anchor}">{escape(p.label)}</text>')
            out.append("</a>")
        out.append("</svg></div>")
    if tl.unplaced:
        out.append(f'<p class="muted">{len(tl.unplaced)} élément(s) sans date précise sur le calendrier.</p>')
    return Markup("".join(out))
