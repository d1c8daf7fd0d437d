"""Numbers as French writes them: digits with French grouping and decimals, number words, approximate numbers."""

from __future__ import annotations

import re

from text_to_num import alpha2digit, text2num

# Digits: "12 000", "839.000", "1,15", "4500", "+20", "99 446.80" (space-grouped, decimal point). Not inside words or names ("G20", "A380",
# "Covid-19", "49-3", "H1N1", "24h", "60e"): no letter, digit, hyphen or slash may touch it.
DIGITS_RE = re.compile(
    # a sign glued to the number, or spaced inside a parenthesis: "(- 10.6 %)"
    r"(?<![\w.,/°\-−+])(?P<sign>(?<=\()[+\-−][ \u00a0](?=\d)|[+\-−](?=\d))?"
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
    r"(?![\w\-−/]|[.,]\d)"
)

NUMBER_WORDS = (
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante",
    "cinquante", "soixante", "septante", "huitante", "octante", "nonante", "cent", "cents", "mille",
    "million", "millions", "milliard", "milliards",
)
_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# "vingt-trois", "deux mille cinq cents", "trente et un"; "et" only before un/une/onze, as in French.
WORDS_RE = re.compile(
    rf"(?<![\w\-]){_WORD}(?:(?:[ \u00a0\-]+|[ \-]et[ \-](?=un|une|onze)){_WORD})*(?![\w\-])",
    re.IGNORECASE,
)
ARTICLE_WORDS = frozenset({"un", "une"})
# The words time expressions count with: no zero, no Belgian/Swiss tens, nothing over "mille".
NUMBER_WORDS_TO_THOUSAND = tuple(w for w in NUMBER_WORDS if w not in {
    "zéro", "septante", "huitante", "octante", "nonante", "million", "millions", "milliard", "milliards"})
# The words from one to ten.
ONE_TO_TEN = NUMBER_WORDS[1:NUMBER_WORDS.index("dix") + 1]
# Approximate numbers as nouns ("une dizaine de", "des centaines de").
APPROX_NUMBER_NOUNS: dict[str, int] = {
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
# Adjectives hedging such a noun ("une petite cinquantaine", "une bonne centaine").
APPROX_HEDGES = frozenset({"petite", "bonne", "grosse", "large", "petit", "bon", "gros"})


def parse_digits(num: str, sign: str | None = None) -> float | None:
    """'12 000' → 12000, '839.000' → 839000, '1,15' → 1.15, '2.5' → 2.5."""
    s = re.sub(r"[ \u00a0\u202f]", "", num)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        return None
    return -value if sign and sign.strip() in ("-", "−") else value


def parse_words(words: str) -> float | None:
    """'vingt-trois' → 23, 'deux millions' → 2000000; 'deux trois' (two or three) → 2."""
    text = words.lower().replace("\u00a0", " ")
    try:
        return float(text2num(text, "fr"))
    except (ValueError, TypeError, AssertionError, IndexError):
        pass
    try:
        first = re.search(r"\d+", alpha2digit(text, "fr"))
    except Exception:  # text2num raises bare errors on odd input; it must never crash the stage
        return None
    return float(first.group()) if first else None
