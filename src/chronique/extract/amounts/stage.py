"""The amount stage: money, percentages, measures and counts, with the counted noun as unit.

Numbers are found by regular expressions on the text (spaCy's tokenisation of "12 000",
"3€." or "+20%" is unreliable); the parse is used for what follows the number (is the next
word a noun?) and for bare numbers whose noun is left implicit ("… à 15, dont huit").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...article import Amount, Article
from ...nlp.offsets import token_index_at
from ..entities.index import EntityIndex
from ..registry import register
from ..stage import Stage
from . import lexicon as lx
from ...lang.fr.numbers import ARTICLE_WORDS, DIGITS_RE, WORDS_RE, parse_digits, parse_words


_SP = r"[ \u00a0\u202f]*"
SCALE_RE = re.compile(rf"{_SP}(mille|millions?|milliards?|billions?)(?![\w\-])", re.IGNORECASE)
ABBR_SCALE_RE = re.compile(rf"{_SP}(Mds?|Mrds?|M|k|md|mds)(?={_SP}(?:€|\$|£|d['’]euros|de dollars))")
_CURRENCY = "|".join(re.escape(c) for c in sorted(lx.CURRENCIES, key=len, reverse=True))
CURRENCY_RE = re.compile(rf"{_SP}(?P<de>(?:de|d['’]){_SP})?(?P<cur>{_CURRENCY})(?![\w])", re.IGNORECASE)
SCALED_CURRENCY_RE = re.compile(
    rf"{_SP}(?:de|d['’]){_SP}(?P<cur>{'|'.join(lx.SCALED_CURRENCIES)})(?![\w])", re.IGNORECASE)
PREFIX_CURRENCY_RE = re.compile(r"(?P<cur>US\$|\$|€|£|¥)[ \u00a0]?$")
PERCENT_RE = re.compile(rf"{_SP}(?:%|pour[ \u00a0\-]?cents?(?![\w])|pourcents?(?![\w]))", re.IGNORECASE)
UNIT_WORD_RE = re.compile(r"km/h|km²|m²|m2|km2|°C|°|[^\W\d_]+(?:-[^\W\d_]+)*")
RATIO_RE = re.compile(rf"{_SP}sur{_SP}$", re.IGNORECASE)
# "10 à 15 morts", "67 et non 65 ans": a bare number takes the unit of the number it is paired with.
PAIRED_RE = re.compile(rf"^{_SP}(?:à|et|ou|,|-|–|voire){_SP}(?:non{_SP}|pas{_SP})?$", re.IGNORECASE)
APPROX_RE = re.compile(
    r"(?:^|[\s'’(])(?:" + "|".join(re.escape(c) for c in lx.APPROX_CUES) + r")[\s\u00a0]*$", re.IGNORECASE)
PREV_WORD_RE = re.compile(r"([\w'’°]+)[\s\u00a0]*$")
YEAR_MIN, YEAR_MAX = 1000, 2100  # four-digit numbers in this range without a noun are years
# Bare numbers take the unit of an amount at most this many sentences back (1: the one before);
# calibrated on gold/dev ("… 28 cas types … 10 sur 28. L'étude en annonçait 21.").
ELLIPSIS_SENTENCES = 1
# How far after a bare number "le nombre de …" may start to name what it counts ("à 15 le nombre de").
COUNT_NOUN_AFTER = 2
# A repeated number is the same amount: a bare "297" takes the unit of an earlier (or later)
# "297 députés" of the article. Only from this value up (digits), where a chance repetition is
# unlikely; calibrated on gold/dev (no small bare number there repeats a counted one).
REPEAT_MIN_VALUE = 10
_APPROX_QUANT = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
_APPROX_NOUN = "|".join(sorted(lx.APPROX_NUMBER_NOUNS, key=len, reverse=True))
# "une douzaine de départs", "deux centaines de personnes"; not "une centaine de milliers" (no value)
APPROX_NOUN_RE = re.compile(
    rf"(?<![\w\-])(?P<q>{_APPROX_QUANT}){_SP}(?P<n>{_APPROX_NOUN})s?(?=[ \u00a0]*(?:de|d['’]))"
    rf"(?![ \u00a0]*(?:de|d['’])[ \u00a0]*(?:milliers|millions|milliards))", re.IGNORECASE)
# "un cas sur", "deux Français sur": the number that follows is a proportion's denominator
ZERO_RANGE_RE = re.compile(r"[^\S\n]*(?:[a-zA-Z/%]+[^\S\n]*)?(?:à|-)[^\S\n]*\d")
PROPORTION_RE = re.compile(
    rf"(?<![\w])(?P<num>{'|'.join(sorted(lx.PROPORTION_NUMERATORS, key=len, reverse=True))})"
    rf"(?:{_SP}[^\W\d_]+){{0,2}}{_SP}sur{_SP}$", re.IGNORECASE)
POSSESSIVE_DETS = frozenset({"les", "ces", "nos", "vos", "leurs", "ses", "mes", "tes", "des"})


@dataclass
class _Cand:
    start: int
    end: int
    value: float
    words: bool            # written in words
    scaled: bool = False
    scale: float = 1.0     # the scale word's factor ("millions": 1e6), 1 when none
    unit: str | None = None
    kind: str = "count"
    drop: bool = False
    sent: int = 0
    prev: str = ""
    sign: bool = False          # written with + or -: a change, never an elliptical count
    noun_follows: bool = False  # a noun follows that is not what it counts ("à cinq reprises")
    money_noun: bool = False    # "40 milliards de dépenses": a sum of money in an implicit currency
    approx: bool = False        # a collective number noun: "une douzaine"


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

    _merge_ratios(cands, text)
    _resolve_ellipses(cands, text, tokens, doc, _title_currency(article.title or ""))

    out = []
    for c in cands:
        if c.drop or c.unit is None or _zero_range_start(c, text):
            continue
        span = text[c.start:c.end]
        out.append(Amount(id=f"a{len(out) + 1}", text=span, start=c.start, end=c.end, value=c.value,
                          unit=c.unit, kind=c.kind,
                          approx=c.approx or bool(APPROX_RE.search(text[max(0, c.start - 25):c.start]))))
    return tuple(out)


def _zero_range_start(c: _Cand, text: str) -> bool:
    """"de 0 à 100 km/h": zero opening a range counts nothing."""
    return c.value == 0 and c.kind != "percent" and ZERO_RANGE_RE.match(text, c.end) is not None


class _TokenFinder:
    def __init__(self, doc: Doc):
        self.doc = doc

    def covering(self, offset: int) -> Token | None:
        i = token_index_at(self.doc, offset)
        return self.doc[i] if i >= 0 else None


def _candidates(text: str) -> list[_Cand]:
    cands: list[_Cand] = []
    for m in DIGITS_RE.finditer(text):
        value = parse_digits(m.group("num"), m.group("sign"))
        if value is not None:
            cands.append(_Cand(m.start(), m.end(), value, words=False, sign=m.group("sign") is not None))
    for m in APPROX_NOUN_RE.finditer(text):
        q = parse_words(m.group("q"))
        if q is not None:  # scaled: like "millions", the counted noun follows after "de"
            cands.append(_Cand(m.start(), m.end(), q * lx.APPROX_NUMBER_NOUNS[m.group("n").lower()],
                               words=True, scaled=True, approx=True))
    taken = [(c.start, c.end) for c in cands]
    for m in WORDS_RE.finditer(text):
        words = m.group().lower()
        if words in ARTICLE_WORDS and not CURRENCY_RE.match(text, m.end()):
            continue  # "un", "une" alone are articles ("un euro", "un dollar" are one of a currency)
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if words in lx.SCALES or words.startswith(("cent", "cents")) and text[max(0, m.start() - 5):m.start()].lower().startswith("pour"):
            continue  # a scale word alone belongs to the number before it; "pour cent" is a percent sign
        value = parse_words(m.group())
        if value is not None:
            cands.append(_Cand(m.start(), m.end(), value, words=True,
                               scaled=any(w in lx.SCALES for w in re.split(r"[\s\-]+", words))))
    cands.sort(key=lambda c: c.start)
    return cands


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\u202f\t":
        pos += 1
    return pos


def _read_unit(c: _Cand, text: str, tokens: _TokenFinder) -> None:
    """Extend ``c`` over its scale word and unit (currency, percent sign, measure or noun)."""
    if not c.words:
        m = SCALE_RE.match(text, c.end)
        if m is None:
            m = ABBR_SCALE_RE.match(text, c.end)
        if m:
            c.scale = lx.SCALES[m.group(1).lower()]
            c.value *= c.scale
            c.end, c.scaled = m.end(), True
    c.value = round(c.value, 6)

    pre = PREFIX_CURRENCY_RE.search(text, max(0, c.start - 4), c.start)
    if pre:
        c.unit, c.kind, c.start = lx.CURRENCIES[pre.group("cur").lower()], "money", pre.start()
        return
    m = CURRENCY_RE.match(text, c.end)
    if m and (m.group("de") is None or c.scaled):
        c.unit, c.kind, c.end = lx.CURRENCIES[m.group("cur").lower()], "money", m.end()
        return
    m = SCALED_CURRENCY_RE.match(text, c.end)
    if m and c.scaled:
        c.unit, c.kind, c.end = lx.SCALED_CURRENCIES[m.group("cur").lower()], "money", m.end()
        return
    m = PERCENT_RE.match(text, c.end)
    if m:
        c.unit, c.kind, c.end = "%", "percent", m.end()
        return

    pos = _skip_space(text, c.end)
    wm = UNIT_WORD_RE.match(text, pos)
    if wm is None:
        return
    word = wm.group()
    low = word.lower()
    if low in lx.TIME_UNITS or low in lx.MONTHS:
        c.drop = True  # a duration, an age, a time or a date
        return
    if low in lx.MEASURE_UNITS and (not c.words or len(low) > 2) and not (word.isupper() and text[wm.end():wm.end() + 1] == "."):
        end = wm.end()
        nxt = UNIT_WORD_RE.match(text, _skip_space(text, end))
        if nxt and nxt.group().lower() in lx.MEASURE_QUALIFIERS:
            end = nxt.end()  # "mètres carrés"
        c.unit, c.kind, c.end = text[pos:end], "measure", end
        return
    tok = tokens.covering(pos)
    if tok is None:
        return
    number_tok = tokens.covering(c.start)
    doc = tokens.doc
    i, skipped = tok.i, 0
    if c.scaled and doc[i].lower_ in ("de", "d'", "d’") and i + 1 < len(doc):
        i += 1
    while i < len(doc) - 1 and doc[i].lower_ in lx.PRENOMINAL and skipped < 2:
        i, skipped = i + 1, skipped + 1
    noun = doc[i]
    nm = UNIT_WORD_RE.match(noun.text)
    if nm is None:
        return
    if nm.group().lower() in lx.TIME_UNITS:
        c.drop = True
        return
    if c.scaled and nm.group().lower() in lx.MONEY_NOUNS:
        c.money_noun = True
        return
    c.noun_follows = noun.pos_ == "NOUN" and nm.group().lower() not in lx.WEEKDAYS
    if _is_counted_noun(noun, nm.group(), number_tok, c.value):
        end = noun.idx + nm.end()
        low_noun = nm.group().lower()
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) and nm.end() == len(noun.text) else None
        if nxt is not None and (nxt.pos_ == "NOUN" or nxt.lower_ in lx.APPOSITIVE_NOUNS) \
                and nxt.text.isalpha() and nxt.text.islower() \
                and nxt.idx == end + 1 and nxt.lower_ not in lx.TIME_UNITS:
            end = nxt.idx + len(nxt.text)  # noun–noun compound written without a preposition ("cas types")
        elif low_noun in lx.NOUNS_WITH_COMPLEMENT:
            end = _complement_end(doc, noun, end)  # "5 000 suppressions de postes"
        c.unit = text[noun.idx:end]
        # "une vingtaine de kilomètres": a measure reached through "de"
        c.kind = "measure" if c.approx and low_noun in lx.MEASURE_UNITS else "count"
        c.end = end


def _complement_end(doc: Doc, noun: Token, end: int) -> int:
    """End of "suppressions de postes": the noun after "de"/"d'" when it is a plain common noun."""
    i = noun.i + 1
    if i + 1 < len(doc) and doc[i].lower_ in ("de", "d'", "d’") and doc[i + 1].pos_ == "NOUN" \
            and doc[i + 1].text.isalpha() and doc[i + 1].text.islower():
        return doc[i + 1].idx + len(doc[i + 1].text)
    return end


def _is_counted_noun(tok: Token, word: str, number_tok: Token | None, value: float) -> bool:
    low = word.lower()
    if value >= 2 and not low.endswith(("s", "x", "z")):
        return False  # after two or more, a counted noun is plural: "4 000 vivant au Liban" is not
    if not word[:1].islower() or low in lx.NOT_COUNT_NOUNS:
        return False
    if low in lx.MONTHS or low in lx.TIME_UNITS or low in lx.CURRENCIES or low in lx.WEEKDAYS:
        return False
    if tok.pos_ == "NOUN":
        return True
    # the tagger often calls a plural noun after a number ADJ or VERB ("91 morts"); the number's
    # head decides, but a participle or a singular adjective is a predicate ("neuf filmées",
    # "4 000 vivant au Liban")
    if "Part" in tok.morph.get("VerbForm") or not low.endswith(("s", "x")):
        return False
    return number_tok is not None and number_tok.head.i == tok.i and tok.pos_ in ("ADJ", "VERB", "PROPN", "X")


def _check_context(c: _Cand, text: str, tokens: _TokenFinder, index: EntityIndex) -> None:
    """Rule out numbers that label something, sit inside a name, or are years."""
    if c.drop:
        return
    m = PREV_WORD_RE.search(text, max(0, c.start - 30), c.start)
    c.prev = m.group(1).lower() if m else ""
    if c.prev in lx.LABEL_NOUNS:
        c.drop = True
        return
    hit = index.mention_at(c.start)
    if hit is not None and (hit[0].start < c.start or re.match(r"[ \u00a0]+\w", text[c.end:hit[0].end])):
        c.drop = True  # "CAC 40", "Paris 2024": the number belongs to a name
        return
    tok = tokens.covering(c.start)
    if tok is not None and tok.i > 0 and c.kind != "money":
        prev = tokens.doc[tok.i - 1]
        if prev.text[:1].isupper() and prev.text.isalpha() and not prev.is_sent_start \
                and prev.idx + len(prev.text) < c.start and prev.pos_ in ("PROPN", "NOUN", "X"):
            c.drop = True  # "Ligue 1", "Boeing 737": a capitalised name followed by a number
            return
    if c.unit is None and not c.words and c.value.is_integer() and YEAR_MIN <= c.value <= YEAR_MAX \
            and not c.scaled:
        c.drop = True


def _merge_ratios(cands: list[_Cand], text: str) -> None:
    """'10 sur 28' is one amount (10) counted in the unit of 28."""
    for a, b in zip(cands, cands[1:]):
        if a.drop or b.drop or a.unit is not None:
            continue
        if RATIO_RE.fullmatch(text, a.end, b.start) or RATIO_RE.match(text[a.end:b.start]):
            a.end = b.end
            a.unit, a.kind = b.unit, b.kind
            b.drop = True


def _resolve_ellipses(cands: list[_Cand], text: str, tokens: _TokenFinder, doc: Doc,
                      title_currency: str | None = None) -> None:
    """Give bare numbers the unit they leave implicit, or drop them."""
    # "multiplié par 4 ou 5": the factor's alternative is a factor too
    for c, nxt in zip(cands, cands[1:]):
        if c.prev in lx.FACTOR_BEFORE and c.unit is None and nxt.unit is None and PAIRED_RE.match(text[c.end:nxt.start]):
            c.drop = nxt.drop = True
    # pairs first, right to left, so that "75, 70 et 33 ans" hands "ans" down the whole list
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
            if m and (c.words or m.group("num").lower() in ARTICLE_WORDS):
                c.drop = True  # "un cas sur quatre", "un sur cinq": a proportion, not a count
                continue
        if c.prev in ("le", "du", "au", "l'", "l’") and not c.words:
            continue  # "le 10": a date
        if c.scaled:
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


def _number_of_noun(c: _Cand, tokens: _TokenFinder, doc: Doc) -> str | None:
    """'le nombre des nouvelles contaminations … a chuté à 15' → contaminations."""
    tok = tokens.covering(c.start)
    if tok is None:
        return None
    sent = tok.sent
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
