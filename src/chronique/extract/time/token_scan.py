"""``finditer`` for many regular expressions at once, tried only where a match can begin.

Running dozens of regular expressions over an article costs one pass each, and Python's ``re``
cannot skip ahead in a case-insensitive pattern that starts with a look-behind: it tries every
position. Yet a time expression always begins a word ("le", "mi-", "2023", "hier"). So each
pattern is analysed once, on first use, for the first words a match can begin with
(``first_words``) and for the run of letters or digits that may come next after each
(``second_words``: after "le", a date needs a weekday, "premier" or digits). One pass over the
article finds the runs some pattern can begin with and the run after each, and a pattern is
tried (``pattern.match(text, pos)``) only there: some 130 calls per article instead of some
forty scans of all of it.

The result is exactly ``pattern.finditer(text)``, by construction rather than by test:

- the analysis is over-inclusive. It reads the parsed pattern (``re._parser``), ignores every
  assertion but the few it understands, and gives up on a pattern (which then runs as a plain
  ``finditer``) when a match could begin with anything but a letter or a digit, be empty, or
  begin other than at the start of a run (only a look-behind refusing a word character or
  ``\\b`` prove that it does); what it cannot follow after a first word allows anything there.
- ``finditer`` returns the leftmost match at or after the end of the previous one; trying, in
  order, every position where a match can begin gives the same match at the same place.
- the words are compared lower-cased; ``re.IGNORECASE`` folds a few characters differently from
  ``str.lower`` (``ſ`` is an ``s``, ``İ`` an ``i``, Greek and Cyrillic variants):
  a text holding one of them (``UNUSUAL_CASE``) is scanned the plain way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Iterator, Sequence

from .pattern_starts import DIGITS_SECOND, UNUSUAL_CASE, Seconds, first_words, second_words

# A word character that is no digit: runs of them and runs of digits are where matches begin.
_LETTER = re.compile(r"[^\W\d]")
# Keys of the runs found in a text beside its listed words (which hold no NUL character).
PREFIX_KEY = "\0prefix:"
DIGITS_KEY = "\0digits"


def _run_trie(words: set[str], prefixes: set[str]) -> str:
    """A regular expression for a run of letters that is one of ``words``, or else begins with
    one of ``prefixes`` (the longest one)."""
    root: dict = {}
    for w, end in [(w, "word") for w in words] + [(p, "prefix") for p in prefixes]:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node.setdefault("", set()).add(end)

    def build(node: dict) -> str:
        # longer words first, then this one if it ends the run, then this one as a prefix
        alternatives = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        ends = node.get("", set())
        if "prefix" in ends:
            alternatives.append("")
        elif "word" in ends:
            alternatives.append(f"(?!{_LETTER.pattern})")
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return build(root) if root else ""


@dataclass
class Starts:
    """The runs of one text some pattern can begin with (``TokenScanner.start_positions``)."""

    # run key (a listed word, PREFIX_KEY + prefix, DIGITS_KEY), or a listed word and the run
    # after it (``pair_key``) -> starts
    at: dict[str, list[int]]
    next_run: dict[int, object]    # start of a listed word -> the run after it


def pair_key(word: str, second) -> str:
    """A first word and the run after it (a word, ``DIGITS_SECOND`` or None at the end)."""
    return word + "\0" + ("\0digits" if second is DIGITS_SECOND else "\0end" if second is None else second)


# After a run: the next run, past characters outside words (a digit: a run of digits follows).
_NEXT_RUN = r"(?=\W*(?:(?P<next_digit>\d)|(?P<next_word>[^\W\d]+))|)"


class TokenScanner:
    """``finditer`` of each of ``patterns`` over one text, trying each only at the runs its
    matches can begin with, and only where the next run is one that may follow there (see the
    module docstring). The patterns are analysed on first use, not at import."""

    def __init__(self, patterns: Sequence[re.Pattern], pairs: bool = True):
        """``pairs=False`` tries a pattern at every run it can begin with, whatever follows."""
        self.patterns = tuple(patterns)
        self.pairs = pairs
        self._ready = False

    def _prepare(self) -> None:
        if self._ready:
            return
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
        # For each pattern: the run keys (``start_positions``) it is tried at whatever follows;
        # the pairs (first word, next run) it is tried at; and the first words it is tried at
        # after checking the next run against prefixes (``loose``).
        keys: list[set[str]] = [set() for _ in self.patterns]
        for w, hits in self.by_word.items():
            for i in hits:
                keys[i].add(w)
        for p, hits in self.by_prefix.items():
            for i in hits:
                keys[i].add(PREFIX_KEY + p)
        for i in self.on_digits:
            keys[i].add(DIGITS_KEY)
        pairs: list[set[str]] = [set() for _ in self.patterns]
        loose: list[dict[str, Seconds]] = [{} for _ in self.patterns]
        for i, (pattern, fw) in enumerate(zip(self.patterns, self.starts)):
            if fw is None:
                continue
            for word, follow in (second_words(pattern, fw) if self.pairs else {}).items():
                keys[i].discard(word)
                if follow.prefixes:
                    loose[i][word] = follow
                    continue
                pairs[i].update(pair_key(word, second) for second in follow.words)
                if follow.digits:
                    pairs[i].add(pair_key(word, DIGITS_SECOND))
        self.keys_of = tuple(frozenset(k | p) for k, p in zip(keys, pairs))  # (no pair key is a run key)
        self.loose_of = tuple(loose)
        # one pass over the lower-cased text finds the runs of letters some pattern can begin
        # with (a whole run that is a listed word, else the longest listed prefix of a run) and
        # the run after each, another the runs of digits
        trie = _run_trie(set(by_word), set(by_prefix)) or "(?!)"
        after = _NEXT_RUN if self.pairs else ""
        self.first_run = re.compile(f"(?:{trie}){after}")
        # (after the character before the run, which the scan jumps to: re skips ahead to a
        # character of a set, not to a place a look-behind allows)
        self.letter_runs = re.compile(rf"[\W\d](?:{trie}){after}")
        self.digit_runs = re.compile(r"\d(?<!\d\d)\d*" if self.on_digits else "(?!)")
        self._ready = True

    def plain(self) -> list[int]:
        """Indexes of the patterns that run as a plain ``finditer``."""
        self._prepare()
        return [i for i, fw in enumerate(self.starts) if fw is None]

    def start_positions(self, text: str) -> Starts | None:
        """Where each kind of run a pattern can begin with starts in ``text`` (a listed word, a
        prefix, digits), in text order, with the run after each listed word; None for a text
        with unusual case folding."""
        self._prepare()
        if UNUSUAL_CASE.search(text):
            return None
        low = text.lower()  # as long as text and as worded, the unusual characters aside
        found: dict[str, list[int]] = {}
        next_run: dict[int, object] = {}
        by_word = self.by_word
        first = self.first_run.match(low)
        for m in chain([first] if first else [], self.letter_runs.finditer(low)):
            start, end = m.span()
            if m is not first:
                start += 1  # the character before the run
            word = low[start:end]
            # a whole run that is a listed word, else (the trie tried that first) a prefix
            whole = word in by_word and not (end < len(low) and _LETTER.match(low, end))
            if whole and self.pairs:
                second = DIGITS_SECOND if m.group("next_digit") else m.group("next_word")
                next_run[start] = second
                pair = pair_key(word, second)
                at = found.get(pair)
                if at is None:
                    found[pair] = [start]
                else:
                    at.append(start)
                key = word
            elif whole:
                key = word
            else:
                key = PREFIX_KEY + word
            at = found.get(key)
            if at is None:
                found[key] = [start]
            else:
                at.append(start)
        digits = [m.start() for m in self.digit_runs.finditer(low)]
        if digits:
            found[DIGITS_KEY] = digits
        return Starts(found, next_run)

    def finditer(self, index: int, text: str, starts: Starts | None) -> Iterator[re.Match]:
        """The matches of pattern ``index`` in ``text``, as ``finditer`` gives them."""
        self._prepare()
        pattern = self.patterns[index]
        if starts is None or self.starts[index] is None:
            yield from pattern.finditer(text)
            return
        found = starts.at
        runs = [found[k] for k in self.keys_of[index].intersection(found)]
        for word, follow in self.loose_of[index].items():
            if word in found:
                runs.append([pos for pos in found[word] if follow.allow(starts.next_run[pos])])
        if not runs:
            return
        # (runs of different keys or pairs never start at one place)
        positions = runs[0] if len(runs) == 1 else sorted(chain.from_iterable(runs))
        match = pattern.match
        end = 0
        for pos in positions:
            if pos < end:
                continue
            m = match(text, pos)
            if m is not None:
                end = m.end()  # never empty: first_words refuses patterns that may match nothing
                yield m
