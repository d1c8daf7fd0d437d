"""The entity stage's per-article views: ``Tokens`` read from the token arrays, and the whole-word
search of family names, each equal to the slower form it replaced."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronique.extract.entities.resolve import _whole_word_occurrences
from chronique.extract.entities.roles import _head_end, head_end
from chronique.extract.entities.tokens import Tokens

TEXTS = [
    "Le Premier ministre Edouard Philippe a reçu M. Scholz à Matignon.",
    "« Mon agenda est le même »,  a déclaré Brigitte Macron.\n\nLe Maire estime que l'UE…",
    "apaisementInterrogé, le PDG d’Airbus (EADS) a répondu : non.  Fin",
    "  Deux espaces devant, un émoji 🎉 et un mot-composé à la fin",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_tokens_from_the_text_equal_tokens_from_the_doc(nlp, text):
    doc = nlp(text)
    from_text, from_doc = Tokens(doc, text), Tokens(doc)
    assert from_doc.string == doc.text == text
    for name in ("string", "text", "lower", "key", "pos", "start", "end", "initial", "cap", "n", "lowercase_words",
                 "acronym"):
        assert getattr(from_text, name) == getattr(from_doc, name), name
    assert from_doc.text == [t.text for t in doc] and from_doc.end == [t.idx + len(t) for t in doc]


@pytest.mark.slow
def test_tokens_ignore_a_text_of_another_length(nlp):
    doc = nlp(TEXTS[0])
    assert Tokens(doc, TEXTS[0] + " de plus").string == TEXTS[0]


@pytest.mark.slow
def test_head_end_is_computed_once_and_the_same(nlp):
    tk = Tokens(nlp("Le ministre de l'Intérieur Christophe Castaner et Mme Dupont."))
    assert [head_end(tk, i) for i in range(tk.n)] == [_head_end(tk, i) for i in range(tk.n)]
    assert head_end(tk, -1) == _head_end(tk, -1)  # negative indexes are not cached (they wrap)


_names = st.lists(st.text(alphabet="LeMairé -_1", min_size=1, max_size=6), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_names, st.text(alphabet="LeMairé -_1.,", max_size=40))
def test_whole_word_occurrences_are_those_of_the_regex(names, text):
    names = sorted(set(names), key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in names) + r")(?![\w-])")
    assert _whole_word_occurrences(text, names) == [(m.start(), m.end(), m.group(1)) for m in rx.finditer(text)]
