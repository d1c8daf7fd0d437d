"""Text normalisation and the string-matching rules of the gold format (``gold/FORMAT.md``).

Gold annotations are strings, not offsets, so every comparison goes through ``norm``:
Unicode NFKC, one form for every apostrophe and every quotation mark, white space
(no-break spaces included) collapsed to one space, case-folded.
"""

from __future__ import annotations

import re
import unicodedata

# Every apostrophe-like character → ASCII apostrophe.
APOSTROPHES = "'’‘‛ʼʹ`´′＇"
# Every quotation mark → ASCII double quote (French guillemets included; ‹ › too).
QUOTATION_MARKS = "\"«»“”„‟‹›〝〞〟＂"
_FOLD = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: '"' for c in QUOTATION_MARKS}})

# Characters stripped around a quotation's text before its exact comparison: the quotation
# marks themselves, sentence punctuation and dashes that a system may or may not include.
QUOTE_EDGE_CHARS = " \"'.,;:!?…-–—()[]"
# French typography puts a (no-break) space inside guillemets, English none: « Oui » = “Oui”.
_SPACE_AFTER_OPENING = re.compile(r"([«“‹])\s+")
_SPACE_BEFORE_CLOSING = re.compile(r"\s+([»”›])")
_WORD = re.compile(r"\w+(?:['-]\w+)*")
# Words that open a noun phrase; dropped before comparing unnamed-source phrases
# ("des responsables" / "responsables").
DETERMINERS = frozenset("le la les l' un une des du de d' son sa ses leur leurs ce cette ces".split())


def norm(text: str | None) -> str:
    """NFKC, folded apostrophes and quotation marks (no space inside guillemets), collapsed
    white space, case-folded."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _SPACE_BEFORE_CLOSING.sub(r"\1", _SPACE_AFTER_OPENING.sub(r"\1", text)).translate(_FOLD)
    return " ".join(text.split()).casefold()


def norm_quote(text: str | None) -> str:
    """``norm`` without the quotation marks and punctuation around the text."""
    return norm(text).strip(QUOTE_EDGE_CHARS)


def norm_bare(text: str | None) -> str:
    """``norm`` with every quotation mark removed (inner ones too) and the edges stripped."""
    return " ".join(norm(text).replace('"', " ").split()).strip(QUOTE_EDGE_CHARS)


def words(text: str | None) -> list[str]:
    """The words of ``norm(text)`` (elided articles stay attached: ``l'attestation``)."""
    return _WORD.findall(norm(text))


def span_match(a: str | None, b: str | None) -> bool:
    """Entity/timex span rule: one contains the other, in whole words, and the shorter holds at
    least half of the longer one's characters (``Parisien`` ~ ``Le Parisien``, not ``PS`` ~
    ``Université d'été du PS``, not the pronoun ``elle`` ~ ``Estelle``)."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    return 2 * len(short) >= len(long_) and contains_words(long_, short)


def contains_words(text: str, part: str) -> bool:
    """``part`` occurs in ``text`` neither starting nor ending inside a word."""
    i = text.find(part)
    while i >= 0:
        j = i + len(part)
        if (i == 0 or not (text[i - 1].isalnum() and part[0].isalnum())) \
                and (j == len(text) or not (text[j].isalnum() and part[-1].isalnum())):
            return True
        i = text.find(part, i + 1)
    return False


def any_span_match(candidates: list[str], texts: list[str]) -> bool:
    return any(span_match(c, t) for c in candidates for t in texts)


def quote_match(a: str | None, b: str | None) -> bool:
    """Quotation rule: equal after ``norm`` and stripping the marks and punctuation around them."""
    na = norm_quote(a)
    return bool(na) and na == norm_quote(b)


def phrase_words(text: str | None) -> list[str]:
    """Words of a noun phrase without its leading determiners (``l'entourage`` → ``entourage``)."""
    ws = words(text)
    while ws:
        head, _, rest = ws[0].partition("'")
        if ws[0] in DETERMINERS:
            ws = ws[1:]
        elif rest and head + "'" in DETERMINERS:
            ws = [rest] + ws[1:]
        else:
            break
    return ws


def phrase_match(gold_phrase: str | None, system_text: str | None) -> bool:
    """Loose match of an unnamed source: the system's words contain the gold phrase, or are its
    head (a prefix of it), determiners aside: ``un proche`` ~ ``Un proche d'Edouard Philippe``,
    but the name inside the phrase (``Edouard Philippe``) is not the speaker."""
    g, s = phrase_words(gold_phrase), phrase_words(system_text)
    if not g or not s:
        return False
    if s[: len(g)] == g or _contains(s, g):
        return True
    return g[: len(s)] == s


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def same_stem(a: str, b: str, prefix: int = 5) -> bool:
    """Two word forms of one verb or noun (``annoncé``/``annonce``): equal, or sharing a
    ``prefix``-letter start when both are that long (5 letters: calibrated on speech verbs,
    ``déclar-``, ``affirm-``, ``indiqu-``, without joining ``rappelle`` and ``rapporte``)."""
    if a == b:
        return True
    return len(a) >= prefix and len(b) >= prefix and a[:prefix] == b[:prefix]
