"""``token_scan`` and ``pattern_starts``: the time rules tried only where a match can begin give
exactly ``finditer``.

The equality is by construction (see the module docstring); these tests check the analysis on
patterns whose first words are known, the case-folding table against every Unicode character,
and the equality itself on real sentences and on random texts over the rules' own vocabulary.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronique.extract.time.patterns import NOT_TIME, RULES, SCANNER, find_candidates
from chronique.extract.time.pattern_starts import DIGITS_SECOND, UNUSUAL_CASE, first_words, second_words
from chronique.extract.time.token_scan import TokenScanner
from chronique.regex_trie import alternation_trie

PATTERNS = [r.regex for r in RULES] + [NOT_TIME]


def _plain(text: str) -> list[list[tuple]]:
    return [[(m.span(), m.groupdict()) for m in p.finditer(text)] for p in PATTERNS]


def _scanned(text: str) -> list[list[tuple]]:
    starts = SCANNER.start_positions(text)
    return [[(m.span(), m.groupdict()) for m in SCANNER.finditer(i, text, starts)] for i in range(len(PATTERNS))]


def test_every_rule_is_scanned_by_its_first_words():
    assert SCANNER.plain() == []  # a rule the analysis gives up on still works, as a plain finditer


@pytest.mark.parametrize("pattern,words,prefixes,digits", [
    (r"(?<![\w-])(?:ce|le)\s+lundi", {"ce", "le"}, set(), False),
    (r"(?<![\w-])(?:(?:début|fin)\s*)?mai(?!\w)", {"début", "fin", "mai", "débutmai", "finmai"}, set(), False),
    (r"(?<![\w-])hier", set(), {"hier"}, False),                     # "hiers" begins with it
    (r"(?<![\d/.])\d+/\d+", set(), set(), True),
    (r"\bG\s?\d{1,2}\b|\bTF1\b", {"g", "tf"}, set(), False),         # a letter run closed by a digit
    (r"(?<![\w-])l['’]an", {"l"}, set(), False),
])
def test_first_words(pattern, words, prefixes, digits):
    fw = first_words(re.compile(pattern, re.IGNORECASE))
    assert (set(fw.words), set(fw.prefixes), fw.digits) == (words, prefixes, digits)


@pytest.mark.parametrize("pattern", [
    r"\d+ ans",                  # no look-behind: a match may begin inside a run of digits
    r"(?<![\w-])(?:\s|le)",      # may begin with a space
    r"(?<![\w-])\w+",            # any word
    r"(?<![\w-])(?:le)?",        # may be empty
    r"(?<!\d)(?:le|\d+)",        # a letter after a letter is allowed by the look-behind
])
def test_patterns_the_analysis_gives_up_on(pattern):
    assert first_words(re.compile(pattern, re.IGNORECASE)) is None


@pytest.mark.parametrize("pattern,follows", [
    # after "le" a weekday or a day; "lundi" may end the match: anything may follow it
    (r"(?<![\w-])(?:le\s+)?(?:lundi\s+)?\d+\s+mai", {"le": ({"lundi"}, (), True),
                                                                 "lundi": (set(), (), True)}),
    (r"(?<![\w-])il\s+y\s+a\s+\d+", {"il": ({"y"}, (), False)}),
    (r"(?<![\w-])aujourd['’]hui", {"aujourd": (set(), ("hui",), False)}),  # "huis" would match too
    (r"(?<![\w-])ce\s+\w+", {}),                                          # any word: no constraint
    (r"(?<![\w-])(?:ce|c\w+)\s+soir", {}),                                # "ce" also read as a prefix
])
def test_second_words(pattern, follows):
    rx = re.compile(pattern, re.IGNORECASE)
    got = second_words(rx, first_words(rx))
    assert {w: (set(s.words), s.prefixes, s.digits) for w, s in got.items()} == follows


def test_seconds_allow():
    rx = re.compile(r"(?<![\w-])le\s+(?:\d+|lun\w*)", re.IGNORECASE)
    follow = second_words(rx, first_words(rx))["le"]
    assert follow.allow(DIGITS_SECOND) and follow.allow("lundi") and not follow.allow("maire")
    assert not follow.allow(None)  # the text ends after "le"


def test_a_pattern_given_up_on_runs_plain():
    scanner = TokenScanner([re.compile(r"\d+ ans"), re.compile(r"(?<![\w-])le\s+\w+", re.I)])
    text = "Depuis 120 ans, Le maire et le préfet"
    starts = scanner.start_positions(text)
    assert [m.group() for m in scanner.finditer(0, text, starts)] == ["120 ans"]
    assert [m.group() for m in scanner.finditer(1, text, starts)] == ["Le maire", "le préfet"]


def test_unusual_case_lists_every_character_re_folds_otherwise_than_lower():
    """A text without these characters folds the same under ``re.IGNORECASE`` and ``str.lower``."""
    import _sre
    from re._casefix import _EXTRA_CASES

    lower_of = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch.lower() != chr(_sre.unicode_tolower(code)):
            assert UNUSUAL_CASE.match(ch), f"U+{code:04X}"
        lower_of.setdefault(_sre.unicode_tolower(code), []).append(ch)
    # of two characters re takes for one another, one side (all that lowers to it) is unusual
    for a, others in _EXTRA_CASES.items():
        for b in others:
            sides = [lower_of.get(x, []) + [chr(x)] for x in (a, b)]
            assert any(all(UNUSUAL_CASE.match(ch) for ch in side) for side in sides), (hex(a), hex(b))


SENTENCES = [
    "Le président a annoncé mercredi 6 avril 2022 qu'il partirait du 12 au 14 juin 2023.",
    "Fin 2022, il y a deux ans, dans quinze jours, l'an dernier, au printemps 2021, cet été.",
    "Vers 15 h 30, hier, la veille au soir, le 14-Juillet, à Noël, aujourd'hui vendredi.",
    "Les années 1990, le XIXe siècle, (1914-18), 1991-95, 2020-10, le 1/10/2022 à 18:30.",
    "Covid-19, G20, CAC 40, mai 68, les 35 heures, 24h/24 et 7 j/7, la loi n° 2019.",
    "Tous les deux ans, chaque lundi, quotidiennement, désormais, il y a longtemps, mi-avril.",
    "Courantaoût, hiers et demains, l'avant-veille, ce jour-là, la nuit de samedi à dimanche.",
    "ſemaine dernière, İl y a deux ans, ΣΑΒΒΑΤΟ 3 mai",          # unusual case folding: scanned plain
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_scanner_gives_finditer_on_sentences(text):
    assert _scanned(text) == _plain(text)


# Random texts over the rules' own words, digits and separators: the places where a scanner
# could go wrong (word edges, apostrophes, hyphens, digits glued to letters, capitals).
_WORDS = ["le", "la", "l'", "l’", "de", "du", "d'", "en", "au", "ce", "cet", "cette", "il", "y", "a", "dans",
          "mai", "Mai", "juin", "mars", "été", "hiver", "lundi", "lundis", "hier", "demain", "aujourd'hui",
          "an", "ans", "année", "années", "mois", "jours", "semaine", "siècle", "XIXe", "fin", "début",
          "mi", "dernier", "prochain", "deux", "vingt", "cinq", "quelques", "environ", "plus", "tous", "les",
          "chaque", "h", "heures", "midi", "vers", "à", "Noël", "veille", "même", "là", "jour", "Covid"]
_SEPARATORS = [" ", " ", " ", "-", "'", "’", ", ", ". ", "\n\n", "/", ":", "", "(", ")", "  "]
_text = st.lists(st.one_of(st.sampled_from(_WORDS), st.integers(0, 2030).map(str), st.sampled_from(_SEPARATORS)),
                 max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_scanner_gives_finditer_on_random_texts(text):
    assert _scanned(text) == _plain(text)


FIRST_WORDS_ONLY = TokenScanner(PATTERNS, pairs=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_scanner_without_second_words_gives_finditer_too(text):
    starts = FIRST_WORDS_ONLY.start_positions(text)
    got = [[(m.span(), m.groupdict()) for m in FIRST_WORDS_ONLY.finditer(i, text, starts)] for i in range(len(PATTERNS))]
    assert got == _plain(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_scanner_gives_finditer_on_any_text(text):
    assert _scanned(text) == _plain(text)


def test_find_candidates_on_a_sentence():
    found = [(c.kind, c.start, c.end) for c in find_candidates("Le lundi 6 avril 2020, il y a deux ans, vers 15 h.")]
    assert found == [("date", 0, 21), ("ago", 23, 38), ("clock", 40, 49)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcdéÉ'-", min_size=1, max_size=5), min_size=1, max_size=8), st.text(alphabet="abcdéÉ'- ", max_size=30))
def test_alternation_trie_matches_like_the_longest_first_alternation(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(alternation_trie(set(words)))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
