"""The amount stage: money, percentages, measures and counts, with the counted noun as unit.

Numbers are found by regular expressions on the text (spaCy's tokenisation of "12 000",
"3€." or "+20%" is unreliable); the parse is used for what follows the number (is the next
word a noun?) and for bare numbers whose noun is left implicit ("… à 15, dont huit").

Candidates are read in ``candidates``, extended over their scale and unit in ``units``, ruled
out by ``context_checks``, and bare numbers given the unit they leave implicit in
``implicit_units``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ...article import Amount, Article
from ...knowledge.currencies import currency_in, is_shared_currency
from ..entities.index import EntityIndex
from ..registry import register
from ..stage import Stage
from . import lexicon as lx
from .candidates import _Cand, _TokenFinder, _candidates
from .context_checks import _check_context, _label_lists
from .implicit_units import _merge_rates, _merge_ratios, _resolve_ellipses, _title_currency
from .units import _read_unit

APPROX_RE = re.compile(
    r"(?:^|[\s'’(])(?:" + "|".join(re.escape(c) for c in lx.APPROX_CUES) + r")[\s\u00a0]*$", re.IGNORECASE)
ZERO_RANGE_RE = re.compile(r"[^\S\n]*(?:[a-zA-Z/%]+[^\S\n]*)?(?:à|-)[^\S\n]*\d")


@register
class AmountStage(Stage):
    name = "amounts"
    requires = ("entities",)
    assigns = ("amounts",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        return article.with_layers(amounts=find_amounts(article, doc))


def find_amounts(article: Article, doc: Doc) -> tuple[Amount, ...]:
    text = article.text
    tokens = _TokenFinder(doc)
    index = EntityIndex(article)
    sent_starts = [s.start for s in article.sentences]

    cands = _candidates(text)
    for c in cands:
        c.sent = bisect_left(sent_starts, c.start + 1) - 1
        _read_unit(c, text, tokens)
        _check_context(c, text, tokens, index)

    _label_lists(cands, text)
    _merge_ratios(cands, text)
    _merge_rates(cands, text)
    _resolve_ellipses(cands, text, tokens, doc, _title_currency(article.title or ""))

    _local_currencies(cands, text, article)
    out = []
    for c in cands:
        if c.drop or c.unit is None or _zero_range_start(c, text):
            continue
        span = text[c.start:c.end]
        out.append(Amount(id=f"a{len(out) + 1}", text=span, start=c.start, end=c.end, value=c.value,
                          unit=c.unit, kind=c.kind,
                          approx=c.approx or bool(APPROX_RE.search(text[max(0, c.start - 25):c.start]))))
    return tuple(out)


def _local_currencies(cands: list[_Cand], text: str, article: Article) -> None:
    """A currency name several countries share ("400 riyals") is the currency of the first of them
    the article names (``knowledge/currencies.tsv``); the amounts that left it implicit follow."""
    shared = [(c, word) for c in cands if c.kind == "money" and not c.drop
              for word in text[c.start:c.end].split()[-1:] if is_shared_currency(word)]
    if not shared:
        return
    places = [e.name for e in sorted((e for e in article.entities if e.type == "LOC" and e.mentions),
                                     key=lambda e: min(m.start for m in e.mentions))]
    local = {c.unit: code for c, word in shared if (code := currency_in(word, places)) is not None}
    for c in cands:
        if c.kind == "money":
            c.unit = local.get(c.unit, c.unit)


def _zero_range_start(c: _Cand, text: str) -> bool:
    """"de 0 à 100 km/h": zero opening a range counts nothing."""
    return c.value == 0 and c.kind != "percent" and ZERO_RANGE_RE.match(text, c.end) is not None
