"""Units a number leaves implicit: a ratio ("10 sur 28") counted in its denominator's unit, a
number paired with another ("10 à 15 morts"), a bare number taking the unit of a count before it
or of "le nombre de …", a bare scaled sum the currency of a sum nearby or of the title; numbers
that are factors, proportions, dates or pronouns are left alone or dropped."""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc

from ...lang.fr.numbers import ARTICLE_WORDS, DIGITS_RE
from . import lexicon as lx
from .candidates import _Cand, _TokenFinder
from .unit_patterns import _SP, ABBR_SCALE_RE, CURRENCY_RE, PREFIX_CURRENCY_RE, SCALE_RE, SCALED_CURRENCY_RE

RATIO_RE = re.compile(rf"{_SP}sur{_SP}$", re.IGNORECASE)
# "85 pour 100.000 habitants", "398 cas pour 100.000 habitants": a rate, the number before "pour" counted per
# the one after.
RATE_RE = re.compile(rf"{_SP}pour{_SP}$", re.IGNORECASE)
# "10 à 15 morts", "67 et non 65 ans": a bare number takes the unit of the number it is paired with.
PAIRED_RE = re.compile(rf"^{_SP}(?:à|et|ou|,|-|–|voire){_SP}(?:non{_SP}|pas{_SP})?$", re.IGNORECASE)
# Bare numbers take the unit of an amount at most this many sentences back (1: the one before);
# calibrated on gold/dev ("… 28 cas types … 10 sur 28. L'étude en annonçait 21.").
ELLIPSIS_SENTENCES = 1
# How far after a bare number "le nombre de …" may start to name what it counts ("à 15 le nombre de").
COUNT_NOUN_AFTER = 2
# A repeated number is the same amount: a bare "297" takes the unit of an earlier (or later)
# "297 députés" of the article. Only from this value up (digits), where a chance repetition is
# unlikely; calibrated on gold/dev (no small bare number there repeats a counted one).
REPEAT_MIN_VALUE = 10
# "un cas sur", "deux Français sur": the number that follows is a proportion's denominator
PROPORTION_RE = re.compile(
    rf"(?<![\w])(?P<num>\d{{1,3}}|{'|'.join(sorted(lx.PROPORTION_NUMERATORS, key=len, reverse=True))})"
    rf"(?:{_SP}[^\W\d_]+){{0,2}}{_SP}sur{_SP}$", re.IGNORECASE)
POSSESSIVE_DETS = frozenset({"les", "ces", "nos", "vos", "leurs", "ses", "mes", "tes", "des"})


def _noun_after(c: _Cand, tokens: _TokenFinder) -> bool:
    """A noun follows the number ("sur 10 communes"): it counts something of its own."""
    tok = tokens.covering(c.start)
    if tok is None or tok.i + 1 >= len(tokens.doc):
        return False
    return tokens.doc[tok.i + 1].pos_ in ("NOUN", "PROPN")


def _merge_ratios(cands: list[_Cand], text: str) -> None:
    """'10 sur 28' is one amount (10) counted in the unit of 28."""
    for a, b in zip(cands, cands[1:]):
        if a.drop or b.drop or a.unit is not None:
            continue
        if RATIO_RE.fullmatch(text, a.end, b.start) or RATIO_RE.match(text[a.end:b.start]):
            a.end = b.end
            a.unit, a.kind = b.unit, b.kind
            b.drop = True


def _merge_rates(cands: list[_Cand], text: str) -> None:
    """'85 pour 100.000 habitants' is one amount (85), its unit the rate ('pour 100.000 habitants', or
    'cas pour 100.000 habitants' when the number counts a noun of its own; 'pour 100 000' when the base's
    noun comes later: "de 150 pour 100 000 à 200 pour 100 000 habitants")."""
    for a, b in zip(cands, cands[1:]):
        if a.drop or b.drop or a.kind != "count" or b.kind != "count":
            continue
        if RATE_RE.fullmatch(text, a.end, b.start) and b.value >= 10 and math.log10(b.value).is_integer():
            # (per a round base: not "125.255 décès pour 2.492.246 cas", two counts)
            a.unit = f"{a.unit} {text[a.end:b.end].strip()}" if a.unit else text[a.end:b.end].strip()
            a.end = b.end
            b.drop = True


# A number written with a last group of thousands at zero ("8.000", "100 000").
_THOUSANDS = re.compile(r"\d[.\s\u00a0\u202f]000(?![\d,])")


def _shared_thousands(value: float, nxt: _Cand, text: str, given_thousands: bool) -> bool:
    """A small number before one written in thousands of the same order ("7 à 8.000": 7,000 —
    not "de 1 à 10.000", where 1 is one), or before one given them so (``given_thousands``:
    "70, 80 et 100.000")."""
    return value < 1000 and nxt.value / 10 < value * 1000 <= nxt.value \
        and (given_thousands or _THOUSANDS.search(text, nxt.start, nxt.end) is not None)


def _resolve_ellipses(cands: list[_Cand], text: str, tokens: _TokenFinder, doc: Doc,
                      title_currency: str | None = None) -> None:
    """Give bare numbers the unit they leave implicit, or drop them."""
    # "multiplié par 4 ou 5": the factor's alternative is a factor too
    for c, nxt in zip(cands, cands[1:]):
        if c.prev in lx.FACTOR_BEFORE and c.unit is None and nxt.unit is None and PAIRED_RE.match(text[c.end:nxt.start]):
            c.drop = nxt.drop = True
    # pairs first, right to left, so that "75, 70 et 33 ans" hands "ans" down the whole list
    in_thousands: set[int] = set()  # indexes of the numbers given the thousands of the one after
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if c.drop or c.unit is not None or c.sign or c.noun_follows:
            continue
        if PAIRED_RE.match(text[c.end:nxt.start]):
            if nxt.drop:
                c.drop = True  # "67 et non 65 ans": the pair is an age
            elif nxt.unit is not None:
                c.unit, c.kind = nxt.unit, nxt.kind
                if not c.scaled and not c.words and nxt.scale > 1:
                    # "entre 30 et 300 millions de dollars": the scale word serves both numbers
                    c.value, c.scale, c.scaled = round(c.value * nxt.scale, 6), nxt.scale, True
                elif not c.scaled and not c.words and _shared_thousands(c.value, nxt, text, k + 1 in in_thousands):
                    # "7 à 8.000 riyals", "70, 80 et 100.000": the thousands serve the numbers before
                    c.value = round(c.value * 1000, 6)
                    in_thousands.add(k)
    for k, c in enumerate(cands):
        if c.drop or c.unit is not None:
            continue
        if c.value == 0 or c.prev in lx.TIME_UNITS:
            continue  # "zéro" alone is not a count; "les années 70" is a decade
        if c.prev in lx.NOT_AMOUNT_BEFORE and c.prev not in lx.WEAK_BEFORE:
            c.drop = True
            continue
        if c.sign or c.noun_follows:
            continue  # "(+2)": a change; "à cinq reprises": the noun is not an amount's unit
        if c.words and c.prev in POSSESSIVE_DETS | {"l'", "l’", "le", "la"}:
            continue  # "les deux", "l'un": pronouns
        if c.prev == "sur" and not c.scaled:
            m = PROPORTION_RE.search(text, max(0, c.start - 40), c.start)
            if m and (c.words or m.group("num").lower() in ARTICLE_WORDS
                      or c.value <= lx.PROPORTION_MAX_DENOMINATOR and not _noun_after(c, tokens)):
                c.drop = True  # "un cas sur quatre", "1 train sur 2": a proportion, not a count
                continue
        if c.prev in ("le", "du", "au", "l'", "l’") and not c.words:
            continue  # "le 10": a date
        if c.scaled:
            if not c.money_noun and not c.approx and (unit := _superlative_noun(c, tokens, doc)) is not None:
                c.unit, c.kind = unit, "count"  # "le plus de cas d'infection (plus de 5,3 millions)"
                continue
            if c.money_noun:
                money = next((o for o in reversed(cands[:k]) if not o.drop and o.kind == "money" and o.unit), None)
                c.unit, c.kind = (money.unit if money else lx.DEFAULT_CURRENCY), "money"
                continue
            if c.approx:
                continue  # "une centaine" with no counted noun after it
            unit = _nearest_money(cands, k, c.sent)
            if unit is None and c.sent < ELLIPSIS_SENTENCES:
                unit = title_currency  # the title is the sentence before the first one
            if unit is not None:
                c.unit, c.kind = unit, "money"
            continue
        unit = _number_of_noun(c, tokens, doc)
        if unit is not None:
            c.unit, c.kind = unit, "count"
            continue
        same = _same_number(cands, k) if not c.words and c.value >= REPEAT_MIN_VALUE else None
        if same is not None:
            c.unit, c.kind = same.unit, same.kind
            continue
        prev = _previous(cands, k, c.sent, lambda o: o.kind == "count", same_sentence=False)
        if prev is not None:
            c.unit, c.kind = prev.unit, "count"


def _previous(cands: list[_Cand], k: int, sent: int, ok, same_sentence: bool) -> _Cand | None:
    for o in reversed(cands[:k]):
        if sent - o.sent > (0 if same_sentence else ELLIPSIS_SENTENCES):
            return None
        if not o.drop and o.unit is not None and ok(o):
            return o
    return None


def _nearest_money(cands: list[_Cand], k: int, sent: int) -> str | None:
    """The currency of a bare "2 milliards": that of the sentence's own sum of money, before then
    after it ("… 2 milliards de plus qu'en 2015, … 10 milliards d'euros"), else of one in the
    sentence before. A later sentence does not count: "un fonds de 2 milliards. … 104 millions
    d'euros de pertes" leaves the fund's currency unsaid."""
    def money(o: _Cand) -> bool:
        return not o.drop and o.kind == "money" and o.unit is not None
    before: list[_Cand] = []
    for o in reversed(cands[:k]):
        if sent - o.sent > ELLIPSIS_SENTENCES:
            break
        before.append(o)
    same_after: list[_Cand] = []
    for o in cands[k + 1:]:
        if o.sent != sent:
            break
        same_after.append(o)
    for group in ([o for o in before if o.sent == sent], same_after, before):
        hit = next((o for o in group if money(o)), None)
        if hit is not None:
            return hit.unit
    return None


def _title_currency(title: str) -> str | None:
    """The currency of the first sum of money in the title, which the first sentence follows."""
    for m in DIGITS_RE.finditer(title):
        end = m.end()
        sm = SCALE_RE.match(title, end) or ABBR_SCALE_RE.match(title, end)
        scaled = sm is not None
        if sm:
            end = sm.end()
        pm = PREFIX_CURRENCY_RE.search(title, max(0, m.start() - 4), m.start())
        if pm:
            return lx.CURRENCIES[pm.group("cur").lower()]
        cm = CURRENCY_RE.match(title, end)
        if cm and (cm.group("de") is None or scaled):
            return lx.CURRENCIES[cm.group("cur").lower()]
        cm = SCALED_CURRENCY_RE.match(title, end)
        if cm and scaled:
            return lx.SCALED_CURRENCIES[cm.group("cur").lower()]
    return None


def _same_number(cands: list[_Cand], k: int) -> _Cand | None:
    """The nearest other amount of the article written with the same number, preferring earlier ones."""
    c = cands[k]
    for group in (reversed(cands[:k]), cands[k + 1:]):
        for o in group:
            if o is not c and not o.drop and o.unit is not None and o.value == c.value \
                    and o.kind in ("count", "money") and not o.approx:
                return o
    return None


def _superlative_noun(c: _Cand, tokens: _TokenFinder, doc: Doc) -> str | None:
    """'le pays déplorant le plus de morts du virus, à plus de 160.000' → morts: the noun of a
    superlative of quantity, when only its complement and a linking word stand before the number."""
    tok = tokens.covering(c.start)
    if tok is None:
        return None
    for t in doc[tok.sent.start + 1:tok.i - 2]:
        if t.lower_ in lx.SUPERLATIVE_QUANTITIES and doc[t.i - 1].lower_ == "le" and doc[t.i + 1].lower_ in ("de", "d'", "d’"):
            noun = doc[t.i + 2]
            if noun.pos_ != "NOUN" or not noun.text.isalpha() or not noun.text.islower():
                return None
            between = doc[noun.right_edge.i + 1:tok.i]
            if all(x.is_punct or x.lower_ in lx.SUPERLATIVE_LINKS for x in between):
                return noun.text
            return None
    return None


def _number_of_noun(c: _Cand, tokens: _TokenFinder, doc: Doc) -> str | None:
    """'le nombre des nouvelles contaminations … a chuté à 15' → contaminations."""
    tok = tokens.covering(c.start)
    if tok is None:
        return None
    sent = tok.sent
    if (unit := _superlative_noun(c, tokens, doc)) is not None:
        return unit
    for t in doc[sent.start:tok.i]:
        if t.lemma_ in lx.COUNT_NOUNS:
            for u in doc[t.i + 1:min(t.i + 6, tok.i)]:
                if u.pos_ == "NOUN" and u.text.isalpha() and u.text.islower():
                    return u.text
    # "estime à 800 000 le nombre d'emplois supprimés": the count noun comes right after
    last = tokens.covering(max(c.start, c.end - 1)) or tok
    after = doc[last.i + 1:min(last.i + 1 + COUNT_NOUN_AFTER, sent.end)]
    for t in after:
        if t.lemma_ in lx.COUNT_NOUNS:
            for u in doc[t.i + 1:min(t.i + 4, sent.end)]:
                if u.pos_ == "NOUN" and u.text.isalpha() and u.text.islower():
                    return u.text
            break
    return None
