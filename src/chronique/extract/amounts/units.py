"""The unit of a candidate amount: its scale word, then a currency, a percent sign, a measure or
the noun it counts (with a noun compound or complement: "cas types", "suppressions de postes");
a time unit or a month after it makes it a duration or a date, dropped."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.fr.demonyms import DEMONYM_COUNTRIES, PLURAL_DEMONYM_ENDINGS
from ...lang.fr.fold import fold
from ..entities.lexicon import is_common_word

from . import lexicon as lx
from .candidates import _Cand, _TokenFinder
from .unit_patterns import (ABBR_SCALE_RE, CURRENCY_RE, PERCENT_RE, PREFIX_CURRENCY_RE, SCALE_RE, SCALED_CURRENCY_RE,
                            SUBUNIT_RE, UNIT_WORD_RE)


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
    m = SUBUNIT_RE.match(text, c.end) if not c.scaled else None
    if m:
        cur = m.group("cur")
        c.unit = lx.CURRENCIES[cur.lower()] if cur else lx.SUBUNITS[m.group("sub").lower().replace("’", "'")]
        c.value, c.kind, c.end = round(c.value / 100, 6), "money", m.end()
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
    if low in lx.MEASURE_UNITS and (not c.words or len(low) > 2) and not (word.isupper() and text[wm.end():wm.end() + 1] == ".") \
            and text[wm.end():wm.end() + 1] not in ("'", "’"):  # not "en 2012 m'ont convaincu"
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
        if nxt is not None and nxt.text == "-" and nxt.idx == end and noun.i + 2 < len(doc) \
                and doc[noun.i + 2].idx == end + 1 and doc[noun.i + 2].text.isalpha():
            end = doc[noun.i + 2].idx + len(doc[noun.i + 2].text)  # "300 sapeurs-pompiers", split by the tokenizer
        elif nxt is not None and (nxt.pos_ == "NOUN" or nxt.lower_ in lx.APPOSITIVE_NOUNS) \
                and nxt.text.isalpha() and nxt.text.islower() \
                and nxt.idx == end + 1 and nxt.lower_ not in lx.TIME_UNITS and nxt.lower_ not in lx.WEEKDAYS \
                and nxt.lower_ not in lx.MONTHS:  # not "4.038 nouveaux cas jeudi"
            end = nxt.idx + len(nxt.text)  # noun–noun compound written without a preposition ("cas types")
        else:
            end = _complement_end(doc, noun, end, low_noun in lx.NOUNS_WITH_COMPLEMENT)
        c.unit = text[noun.idx:end]
        # "une vingtaine de kilomètres": a measure reached through "de"
        c.kind = "measure" if c.approx and low_noun in lx.MEASURE_UNITS else "count"
        c.end = end


_COMPOUNDS = frozenset(fold(u) for u in lx.COMPOUND_UNITS)


def _complement_end(doc: Doc, noun: Token, end: int, any_complement: bool) -> int:
    """End of "suppressions de postes" (``any_complement``: the noun after "de"/"d'" when it is a
    plain common noun) or of a compound of ``COMPOUND_UNITS`` ("lignes de métro", "chefs d'État")."""
    i = noun.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("de", "d'", "d’") or not doc[i + 1].text.isalpha():
        return end
    comp = doc[i + 1]
    if any_complement and comp.pos_ == "NOUN" and comp.text.islower() \
            or f"{fold(noun.lemma_)} {fold(comp.text)}" in _COMPOUNDS:
        return comp.idx + len(comp.text)
    return end


# A plural demonym read as a counted noun is longer than this ("Salvetois"; not "Bois", "Niçois").
PLURAL_DEMONYM_MIN = 6


def _capitalised_common_plural(word: str, number_tok: Token | None) -> bool:
    """"40 Français", "13 000 Casques bleus", "50 Etats": a nationality, or a common noun written
    with a capital after digits — not a name ("3 Renault", "la plage des Trois Moutons")."""
    low = word.lower()
    if fold(word) in DEMONYM_COUNTRIES or len(low) > PLURAL_DEMONYM_MIN and low.endswith(PLURAL_DEMONYM_ENDINGS):
        return True  # (a people or a town's inhabitants: "une cinquantaine de Tchétchènes", "1.000 Salvetois")
    return number_tok is not None and number_tok.text[:1].isdigit() and low.endswith(("s", "x")) \
        and (is_common_word(low, inflected=False) or is_common_word(low[:-1], inflected=False))


def _is_counted_noun(tok: Token, word: str, number_tok: Token | None, value: float) -> bool:
    low = word.lower()
    if value >= 2 and not low.endswith(("s", "x", "z")):
        return False  # after two or more, a counted noun is plural: "4 000 vivant au Liban" is not
    if low in lx.NOT_COUNT_NOUNS or not (word[:1].islower() or _capitalised_common_plural(word, number_tok)):
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
