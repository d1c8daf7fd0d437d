"""Language identification (py3langid), so that a non-French article is reported and skipped."""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from ..errors import LanguageError

# The language of an empty text (BCP 47 "undetermined").
UNDETERMINED = "und"
# Below this many letters the guess is noise: short texts are given the benefit of the doubt.
MIN_LETTERS = 40
SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    sample = text[:SAMPLE_CHARS]
    # (counting stops at the MIN_LETTERS-th letter: a news text reaches it in its first line)
    if sum(1 for _ in islice((c for c in sample if c.isalpha()), MIN_LETTERS)) < MIN_LETTERS:
        return "fr", 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def require_french(text: str, source: str) -> str:
    lang, prob = detect_language(text)
    if lang != "fr":
        raise LanguageError(f"not French (detected {lang!r}, p={prob:.2f}); skipped", source)
    return lang
