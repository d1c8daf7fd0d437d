"""Helpers shared by the event tests: analyse a sentence, pick events, name their participants."""

from __future__ import annotations

PUBLISHED = "2024-03-08"  # a Friday: "mercredi" is 2024-03-06


def run(analyze, text, published=PUBLISHED, title="Titre"):
    art = analyze(text, published=published, title=title)
    assert not art.check_offsets()
    return art


def of_type(art, etype):
    return [e for e in art.events if e.type == etype]


def names(art, ev, role=None):
    return {art.entity(p.entity).name for p in ev.participants if role is None or p.role == role}
