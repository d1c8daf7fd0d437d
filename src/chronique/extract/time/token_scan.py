"""``finditer`` for many regular expressions at once, tried only where a match can begin.

Running dozens of regular expressions over an article costs one pass each, and Python's ``re``
cannot skip ahead in a case-insensitive pattern that starts with a look-behind: it tries every
position. Yet a time expression always begins a word ("le", "mi-", "2023", "hier"). So each
pattern is analysed once, at import, for the first words a match can begin with
(``first_words``); one pass over the article splits it into runs of letters and runs of digits,
and a pattern is tried (``pattern.match(text, pos)``) only at the runs it can begin with.

The result is exactly ``pattern.finditer(text)``, by construction rather than by test:

- the analysis is over-inclusive. It reads the parsed pattern (``re._parser``), ignores every
  assertion but the few it understands, and gives up on a pattern (which then runs as a plain
  ``finditer``) when a match could begin with anything but a letter or a digit, be empty, or
  begin other than at the start of a run (only a look-behind refusing a word character or
  ``\\b`` prove that it does).
- ``finditer`` returns the leftmost match at or after the end of the previous one; trying, in
  order, every position where a match can begin gives the same match at the same place.
- the words are compared lower-cased; ``re.IGNORECASE`` folds a few characters differently from
  ``str.lower`` (``ſ`` is an ``s``, ``İ`` an ``i``, Greek and Cyrillic variants):
  a text holding one of them (``UNUSUAL_CASE``) is scanned the plain way.
"""

from __future__ import annotations

import re
import re._constants as sre  # noqa: PLC2701 - the parsed form of a pattern, stable since 3.11
import re._parser as sre_parse  # noqa: PLC2701
from dataclasses import dataclass
from typing import Iterator, Sequence

# Runs of digits and runs of other word characters: the places a match may begin.
RUNS = re.compile(r"(\d+)|[^\W\d]+")
# Characters that re.IGNORECASE folds otherwise than str.lower() (its extra cases, their capitals,
# and "İ", which str.lower() makes two characters): a text with one is scanned without the runs.
# ``tests/test_time_scan.py`` checks this list against every Unicode character.
UNUSUAL_CASE = re.compile("[\u0130\u0131\u017f\u0399\u039c\u03a3\u03b9\u03bc\u03c3\u03d0\u03d1\u03d5\u03d6"
                          "\u03f0\u03f1\u03f5\u1c80-\u1c87\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb06]")
# Beyond these a pattern's first words are not listed but given as a prefix (still exact).
MAX_WORD_CHARS = 40
MAX_WORDS = 20_000
ANY_CHAR = "ANY"


class _GiveUp(Exception):
    """The pattern may begin a match elsewhere than at a run: scan it the plain way."""


@dataclass(frozen=True)
class FirstWords:
    """Where matches of one pattern can begin: a run of letters equal to one of ``words`` or
    starting with one of ``prefixes`` (lower-cased), or (``digits``) a run of digits."""

    words: frozenset[str]
    prefixes: frozenset[str]
    digits: bool


def _kind(char: str) -> str:
    if re.match(r"\d", char):
        return "digit"
    return "letter" if re.match(r"\w", char) else "other"


class _Analysis:
    def __init__(self, flags: int):
        self.ignorecase = bool(flags & re.IGNORECASE)
        self.words: set[str] = set()
        self.prefixes: set[str] = set()
        self.digits = False

    def _open(self, partials: set[str]) -> None:
        """These words may go on with letters we do not follow: keep them as prefixes."""
        for p in partials:
            if not p:
                raise _GiveUp("a match may begin with any letter")
            self.prefixes.add(p)

    def _close(self, partials: set[str]) -> None:
        for p in partials:
            if not p:
                raise _GiveUp("a match may begin with a character outside a word")
            self.words.add(p)

    def consume(self, chars, partials: set[str]) -> set[str]:
        """One character of ``chars`` (a set of characters, or ``ANY_CHAR`` and the kinds it may
        be) read after each of ``partials``: the partial first words that go on."""
        letters, kinds = chars
        if "other" in kinds:
            self._close(partials)
        if "digit" in kinds:
            if "" in partials:
                self.digits = True
            self._close(partials - {""})
        if "letter" not in kinds:
            return set()
        if letters is ANY_CHAR:
            self._open(partials)
            return set()
        out = {p + c for p in partials for c in letters}
        long = {p for p in out if len(p) > MAX_WORD_CHARS}
        if long or len(out) > MAX_WORDS:
            self._open(partials if len(out) > MAX_WORDS else long)
            out = set() if len(out) > MAX_WORDS else out - long
        return out

    def charset(self, items) -> tuple:
        letters: set[str] = set()
        kinds: set[str] = set()
        for op, av in items:
            if op is sre.NEGATE:
                return ANY_CHAR, {"letter", "digit", "other"}
            if op is sre.LITERAL:
                self._add_char(chr(av), letters, kinds)
            elif op is sre.RANGE:
                lo, hi = av
                if hi - lo > 500:
                    return ANY_CHAR, {"letter", "digit", "other"}
                for code in range(lo, hi + 1):
                    self._add_char(chr(code), letters, kinds)
            elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
                kinds.add("digit")
            elif op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
                kinds.add("other")  # no white space is a word character
            else:
                return ANY_CHAR, {"letter", "digit", "other"}
        return letters, kinds

    def _add_char(self, char: str, letters: set[str], kinds: set[str]) -> None:
        kind = _kind(char)
        kinds.add(kind)
        if kind == "letter":
            low = char.lower() if self.ignorecase else char
            if len(low) != 1 or UNUSUAL_CASE.match(char):
                raise _GiveUp(f"letter {char!r} folds unusually")
            letters.add(low)

    def sequence(self, items, partials: set[str]) -> set[str]:
        for op, av in items:
            if not partials:
                return partials
            partials = self.item(op, av, partials)
        return partials

    def item(self, op, av, partials: set[str]) -> set[str]:
        if op is sre.LITERAL:
            return self.consume(self.charset([(op, av)]), partials)
        if op is sre.IN:
            return self.consume(self.charset(av), partials)
        if op in (sre.ANY, sre.NOT_LITERAL):
            return self.consume((ANY_CHAR, {"letter", "digit", "other"}), partials)
        if op is sre.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                out |= self.sequence(branch, set(partials))
            return out
        if op is sre.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                raise _GiveUp("a scoped case flag")
            return self.sequence(sub, partials)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av, partials)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            out = set(partials) if low == 0 else set()
            current, seen = partials, set(partials)
            for count in range(1, (high if high != sre.MAXREPEAT else 10**9) + 1):
                current = self.sequence(sub, current)
                if count >= low:
                    out |= current
                if count >= low:  # past the minimum, a word seen before leads nowhere new
                    current = current - seen
                    seen |= current
                if not current:
                    break
            return out
        if op is sre.ASSERT_NOT and av[0] == 1 and _refuses_word_char(av[1]):
            self._close(partials - {""})  # "(?!\w)": the word ends here
            return partials & {""}
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return partials  # zero-width: ignoring it only lets more positions be tried
        self._open(partials)  # back-references, conditionals: do not follow
        return set()


def _refuses_word_char(items) -> bool:
    return len(items) == 1 and items[0][0] is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]


def _guard(items) -> str | None:
    """What the zero-width items at the head of ``items`` say about the character before a
    match: ``"word"`` (not a word character), ``"digit"`` (not a digit) or None."""
    best = None
    for op, av in items:
        if op is sre.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is sre.IN:
            cats = av[1][0][1]
            if (sre.CATEGORY, sre.CATEGORY_WORD) in cats:
                best = "word"
            elif (sre.CATEGORY, sre.CATEGORY_DIGIT) in cats and best is None:
                best = "digit"
        elif op is sre.ASSERT and av[0] == -1 and _ends_outside_word(av[1]):
            best = "word"
        elif op is sre.AT and av is sre.AT_BOUNDARY:
            best = "word"  # before a word character (checked apart), \b means none before it
        elif op is sre.BRANCH and all(branch and all(o in (sre.ASSERT, sre.ASSERT_NOT, sre.AT) for o, _ in branch)
                                      for branch in av[1]):
            guards = {_guard(branch) for branch in av[1]}
            if guards == {"word"}:
                best = "word"
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        else:
            break
    return best


def _ends_outside_word(items) -> bool:
    """Whether every string ``items`` matches ends with a character outside a word."""
    if not items:
        return False
    op, av = items[-1]
    if op is sre.LITERAL:
        return _kind(chr(av)) == "other"
    if op is sre.IN:
        letters, kinds = _Analysis(0).charset(av)
        return kinds == {"other"}
    if op is sre.BRANCH:
        return all(_ends_outside_word(b) for b in av[1])
    if op is sre.SUBPATTERN:
        return _ends_outside_word(av[3])
    return False


def alternation_trie(words) -> str:
    """A regular expression matching exactly ``words``, the longer of two words sharing a start
    tried first (so that a word is read whole rather than as the shorter word it begins with)."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def first_words(pattern: re.Pattern) -> FirstWords | None:
    """Where matches of ``pattern`` can begin, or None when that cannot be told from runs."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(parsed)
    branches = [items]
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        branches = items[0][1][1]  # "\bmai\s+68\b|\bCAC\s?40\b|...": each alternative on its own
    words: set[str] = set()
    prefixes: set[str] = set()
    digits = False
    for branch in branches:
        analysis = _Analysis(pattern.flags)
        try:
            left = analysis.sequence(branch, {""})
            if "" in left:
                raise _GiveUp("a match may be empty")
            analysis._open(left)
        except _GiveUp:
            return None
        guard = _guard(branch)
        letters = analysis.words or analysis.prefixes
        if not (guard == "word" or guard == "digit" and not letters):
            return None
        words |= analysis.words
        prefixes |= analysis.prefixes
        digits |= analysis.digits
    return FirstWords(frozenset(words), frozenset(prefixes), digits)


class TokenScanner:
    """``finditer`` of each of ``patterns`` over one text, trying each only at the runs its
    matches can begin with (see the module docstring)."""

    def __init__(self, patterns: Sequence[re.Pattern]):
        self.patterns = tuple(patterns)
        self.starts = tuple(first_words(p) for p in self.patterns)
        by_word: dict[str, set[int]] = {}
        by_prefix: dict[str, set[int]] = {}
        for i, fw in enumerate(self.starts):
            if fw is None:
                continue
            for w in fw.words:
                by_word.setdefault(w, set()).add(i)
            for p in fw.prefixes:
                by_prefix.setdefault(p, set()).add(i)
        # a listed word, or a prefix, also gets the patterns of the (shorter) prefixes it starts with
        for table in (by_word, by_prefix):
            for word, hits in table.items():
                for p, more in by_prefix.items():
                    if word.startswith(p):
                        hits |= more
        self.by_word = {w: tuple(sorted(h)) for w, h in by_word.items()}
        self.by_prefix = {p: tuple(sorted(h)) for p, h in by_prefix.items()}
        self.on_digits = tuple(i for i, fw in enumerate(self.starts) if fw is not None and fw.digits)
        # one pass over the lower-cased text finds the runs some pattern can begin with: a whole
        # run that is a listed word, else the longest listed prefix of a run, else a run of digits
        letter = r"[^\W\d]"
        alternatives = []
        if by_word:
            alternatives.append(rf"(?<!{letter}){alternation_trie(by_word)}(?!{letter})")
        if by_prefix:
            alternatives.append(rf"(?<!{letter})(?P<prefix>{alternation_trie(by_prefix)})")
        if self.on_digits:
            alternatives.append(r"(?<!\d)(?P<digits>\d+)")
        self.runs = re.compile("|".join(alternatives) or "(?!)")

    def plain(self) -> list[int]:
        """Indexes of the patterns that run as a plain ``finditer``."""
        return [i for i, fw in enumerate(self.starts) if fw is None]

    def start_positions(self, text: str) -> list[list[int]] | None:
        """For each pattern, the positions to try, in text order; None for an unusual text."""
        if UNUSUAL_CASE.search(text):
            return None
        low = text.lower()  # as long as text and as worded, the unusual characters aside
        positions: list[list[int]] = [[] for _ in self.patterns]
        by_word, by_prefix, on_digits = self.by_word, self.by_prefix, self.on_digits
        for m in self.runs.finditer(low):
            kind = m.lastgroup
            if kind is None:
                hits = by_word[m.group()]
            elif kind == "prefix":
                hits = by_prefix[m.group()]
            else:
                hits = on_digits
            start = m.start()
            for i in hits:
                positions[i].append(start)
        return positions

    def finditer(self, index: int, text: str, positions: list[list[int]] | None) -> Iterator[re.Match]:
        """The matches of pattern ``index`` in ``text``, as ``finditer`` gives them."""
        pattern = self.patterns[index]
        if positions is None or self.starts[index] is None:
            yield from pattern.finditer(text)
            return
        match = pattern.match
        end = 0
        for pos in positions[index]:
            if pos < end:
                continue
            m = match(text, pos)
            if m is not None:
                end = m.end()  # never empty: first_words refuses patterns that may match nothing
                yield m
