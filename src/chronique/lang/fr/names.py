"""Name normalisation for linking: accent/case folding, titles stripped, surname and first names.

"Édouard Philippe", "Edouard Philippe" and "M. Philippe" give the keys ``edouard philippe`` and
surname ``philippe``; "George H. W. Bush" keeps its middle initials so that it never matches
"George W. Bush".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .fold import fold_words as fold
from .honorifics import FOLDED_GENDER, NAME_PARTICLES, TITLE_WORDS


# Prepositions of a source phrase closed by a comma ("Selon l'avocat de X, Paul Durand n'a …"): the
# name after the comma begins the clause, it does not hold the role ("d'après" is "d'" + "après";
# "apres" as folded keys write it).
SOURCE_PREPOSITIONS = frozenset({"selon", "après", "apres"})


@dataclass(frozen=True)
class PersonName:
    key: str                 # folded full name without titles: "olaf scholz"
    surname: str             # last name with its particles: "scholz", "de gaulle"
    given: tuple[str, ...]   # folded given names and initials: ("george", "h", "w")
    gender: str | None       # MASC / FEM when an honorific says so


@lru_cache(maxsize=65536)
def strip_titles(text: str) -> tuple[str, str | None]:
    """``text`` folded, without leading titles ("M.", "Mme", "le président"), and the gender they imply."""
    words = fold(text).split()
    gender = None
    while words and (words[0] in TITLE_WORDS or words[0] in FOLDED_GENDER):
        gender = FOLDED_GENDER.get(words[0], gender)
        words = words[1:]
    return " ".join(words), gender


@lru_cache(maxsize=65536)
def person_name(text: str) -> PersonName:
    key, gender = strip_titles(text)
    words = key.split()
    if not words:
        return PersonName(key=fold(text), surname=fold(text), given=(), gender=gender)
    # The surname is the last word plus any particles right before it ("Charles de Gaulle").
    i = len(words) - 1
    while i > 0 and words[i - 1] in NAME_PARTICLES:
        i -= 1
    if i == 0 and len(words) > 1 and words[0] in NAME_PARTICLES:
        i = 0
    return PersonName(key=key, surname=" ".join(words[i:]), given=tuple(words[:i]), gender=gender)


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """May two given-name sequences name the same person?

    Empty sequences fit anything ("Scholz"). Otherwise the first given names must agree (equal,
    or one the initial of the other: "G." and "George"), and where both sides list middle names
    or initials, those must agree too (George H. W. Bush ≠ George W. Bush).
    """
    if not a or not b:
        return True
    if not _word_compatible(a[0], b[0]):
        return False
    ma, mb = a[1:], b[1:]
    if ma and mb:
        if len(ma) != len(mb):
            return False
        return all(_word_compatible(x, y) for x, y in zip(ma, mb))
    return True


def _word_compatible(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    # A typo in a long first name ("Emannuel" for "Emmanuel") is the same name; short or clearly
    # different ones are not (Marine / Marion ≈ 67, Bill / Hillary far below).
    if min(len(x), len(y)) >= TYPO_MIN_LEN and x[0] == y[0]:
        return fuzz.ratio(x, y) >= TYPO_RATIO
    return False


def surname_prefix(surname: str) -> str:
    """A coarse key for spelling variants of a surname (Zelensky / Zelenski): its first letters."""
    return "~" + surname.replace(" ", "")[:SURNAME_PREFIX_LEN]


# Given names of at least TYPO_MIN_LEN letters with a rapidfuzz ratio ≥ TYPO_RATIO are spelling
# variants: one moved, doubled or dropped letter in a 7–8 letter name scores 87–94
# (Emannuel/Emmanuel 87.5); Marine/Marion scores 67. Marine/Martine (92) would pass: such pairs
# rarely share a surname, and a split rule (chronique split) corrects one when they do.
TYPO_MIN_LEN = 5
TYPO_RATIO = 85

# Length of the surname prefix used to find spelling variants: 4 letters keeps the candidate
# lists short on the 5k OrangeSum corpus (a few entities per prefix) while catching the usual
# transliteration variants, which differ near the end of the name.
SURNAME_PREFIX_LEN = 4
