"""Layout facts the cleaner must find: title, repeated title, dateline, subheadings."""

from __future__ import annotations

from typing import Any

from ..article import Article
from .gold import label
from .normalise import norm_quote
from .scores import CategoryScore


def score_layout(gold: dict[str, Any], article: Article) -> CategoryScore:
    cat = CategoryScore()
    if "title" in gold:
        ok = norm_quote(gold["title"]) == norm_quote(article.title)
        cat.ratio("title").add(ok)
        if not ok:
            cat.errors.append(f"title: {label(gold['title'] or '')}, system says {label(article.title or '')}")
    if gold.get("title_repeated") and gold.get("title"):
        # The body repeated the title: the cleaned text must no longer open with it.
        first = article.text[article.blocks[0].start:article.blocks[0].end] if article.blocks else article.text
        ok = norm_quote(first) != norm_quote(gold["title"])
        cat.ratio("title_repeated").add(ok)
        if not ok:
            cat.errors.append("title_repeated: the repeated title is still in the text")
    if "dateline" in gold:
        ok = norm_quote(gold["dateline"]) == norm_quote(article.dateline)
        cat.ratio("dateline").add(ok)
        if not ok:
            cat.errors.append(f"dateline: {gold['dateline']!r}, system says {article.dateline!r}")
    if "subheadings" in gold:
        prf = cat.prf("subheadings")
        wanted = [norm_quote(s) for s in gold.get("subheadings") or []]
        found = [article.text[b.start:b.end] for b in article.blocks if b.kind == "subheading"]
        remaining = list(wanted)
        for text in found:
            key = norm_quote(text)
            if key in remaining:
                remaining.remove(key)
                prf.tp += 1
            else:
                prf.fp += 1
                cat.false_positives.append(f"subheading {label(text)}")
        for s in gold.get("subheadings") or []:
            if norm_quote(s) in remaining:
                remaining.remove(norm_quote(s))
                prf.fn += 1
                cat.misses.append(f"subheading {label(s)}")
        cat.ratio("subheadings_exact").add(prf.fp == 0 and prf.fn == 0)
    return cat
