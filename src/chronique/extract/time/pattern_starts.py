"""Where the matches of a regular expression can begin: their first word, and the run after it.

``first_words`` reads a compiled pattern's parsed form (``re._parser``) and lists the first
words (lower-cased runs of letters) a match can begin with, the prefixes of those it cannot
follow to their end, and whether a match may begin with digits; ``second_words`` adds, for each
first word, the run of letters or digits that may come next. Both are over-inclusive: every
assertion they do not understand is ignored, and whatever they cannot follow allows anything.
They give up (None, or no constraint) on a pattern a match of which could begin with anything
but a letter or a digit, be empty, or begin inside a run (a look-behind refusing a word
character, or ``\\b``, must prove that it does not). ``token_scan`` uses them.
"""

from __future__ import annotations

import re
import re._constants as sre  # noqa: PLC2701 - the parsed form of a pattern, stable since 3.11
import re._parser as sre_parse  # noqa: PLC2701
from dataclasses import dataclass

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
    """The first words of a pattern's matches: a walk over its parsed form carrying the set of
    partial first words read so far (``""``: nothing read yet)."""

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

    start = ""

    def word_end(self, partials: set[str]) -> set[str]:
        self._close(partials - {""})
        return partials & {""}

    def finish(self, partials: set[str]) -> None:
        """The pattern ends here: a word it was reading may go on in the text."""
        if "" in partials:
            raise _GiveUp("a match may be empty")
        self._open(partials)

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
            return self.word_end(partials)  # "(?!\w)": a word ends here
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return partials  # zero-width: ignoring it only lets more positions be tried
        self._open(partials)  # back-references, conditionals: do not follow
        return set()


# What may follow a first word (``_Pairs.seconds``): a word, a word beginning with a prefix, a
# run of digits, or anything (the match may end, or the analysis does not follow).
ANY_SECOND = ("any",)
DIGITS_SECOND = ("digits",)
MAX_STATES = 50_000


class _Pairs(_Analysis):
    """The first word of a match and what comes after it: the next run of letters or digits,
    past any characters outside words. States: ``("1", partial)`` in the first word, ``("sep",
    word)`` between the two, ``("2", word, partial)`` in the second. Over-inclusive like its
    parent: whatever it cannot follow allows any second run."""

    start = ("1", "")

    def __init__(self, flags: int):
        super().__init__(flags)
        self.seconds: dict[str, set[tuple]] = {}

    def _second(self, word: str, what: tuple) -> None:
        self.seconds.setdefault(word, set()).add(what)

    def consume(self, chars, states: set) -> set:
        letters, kinds = chars
        out = set()
        for state in states:
            if state[0] == "1":
                word = state[1]
                if "other" in kinds:
                    if not word:
                        raise _GiveUp("a match may begin with a character outside a word")
                    out.add(("sep", word))
                if "digit" in kinds:
                    if word:
                        self._second(word, DIGITS_SECOND)  # "G20": the digits are the next run
                    else:
                        self.digits = True
                if "letter" in kinds:
                    if letters is ANY_CHAR or len(word) >= MAX_WORD_CHARS:
                        self._open({word})
                    else:
                        out.update(("1", word + c) for c in letters)
            elif state[0] == "sep":
                word = state[1]
                if "other" in kinds:
                    out.add(state)
                if "digit" in kinds:
                    self._second(word, DIGITS_SECOND)
                if "letter" in kinds:
                    if letters is ANY_CHAR:
                        self._second(word, ANY_SECOND)
                    else:
                        out.update(("2", word, c) for c in letters)
            else:
                _, word, second = state
                if kinds & {"other", "digit"}:
                    self._second(word, ("word", second))
                if "letter" in kinds:
                    if letters is ANY_CHAR or len(second) >= MAX_WORD_CHARS:
                        self._second(word, ("prefix", second))
                    else:
                        out.update(("2", word, second + c) for c in letters)
        if len(out) > MAX_STATES:
            raise _GiveUp("too many pairs of words")
        return out

    def word_end(self, states: set) -> set:
        out = set()
        for state in states:
            if state[0] == "1":
                out.add(("sep", state[1]) if state[1] else state)
            elif state[0] == "sep":
                out.add(state)
            else:
                self._second(state[1], ("word", state[2]))
        return out

    def finish(self, states: set) -> None:
        for state in states:
            if state[0] == "1":
                super().finish({state[1]})
            elif state[0] == "sep":
                self._second(state[1], ANY_SECOND)
            else:
                self._second(state[1], ("prefix", state[2]))


@dataclass(frozen=True)
class Seconds:
    """What may follow one first word in a match: one of ``words``, a word beginning with one
    of ``prefixes``, or (``digits``) a run of digits."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    digits: bool

    def allow(self, second: str | None) -> bool:
        if second is None:  # the text ends after the first word
            return False
        if second is DIGITS_SECOND:
            return self.digits
        return second in self.words or second.startswith(self.prefixes)


def second_words(pattern: re.Pattern, starts: FirstWords) -> dict[str, Seconds]:
    """For first words of ``pattern`` (one of ``starts.words``), what must follow them; a first
    word absent from the result may be followed by anything."""
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    branches = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is sre.BRANCH else [parsed]
    seconds: dict[str, set[tuple]] = {}
    for branch in branches:
        pairs = _Pairs(pattern.flags)
        try:
            pairs.finish(pairs.sequence(branch, {pairs.start}))
        except _GiveUp:
            return {}
        for word, what in pairs.seconds.items():
            seconds.setdefault(word, set()).update(what)
    if set(seconds) != set(starts.words):
        return {}  # not the same first words as ``first_words`` read: trust neither here
    out = {}
    for word, what in seconds.items():
        if ANY_SECOND in what or any(word.startswith(p) for p in starts.prefixes):
            continue  # anything may follow, or the word may be read as a prefix going on
        out[word] = Seconds(frozenset(w[1] for w in what if w[0] == "word"),
                            tuple(sorted(w[1] for w in what if w[0] == "prefix")), DIGITS_SECOND in what)
    return out


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
            analysis.finish(analysis.sequence(branch, {analysis.start}))
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
