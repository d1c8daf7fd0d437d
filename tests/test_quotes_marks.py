"""The quotation-mark scanner on messy text (no model needed)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from chronique.extract.quotes.marks import find_quote_marks


def contents(text):
    return [text[s.start:s.end] for s in find_quote_marks(text)]


def test_guillemets_content_without_marks_and_spaces():
    text = "Le maire a prévenu : « Nous ne céderons pas. » Puis il est parti."
    spans = find_quote_marks(text)
    assert contents(text) == ["Nous ne céderons pas."]
    assert text[spans[0].open] == "«" and text[spans[0].close] == "»"


def test_glued_punctuation_and_dangling_comma():
    text = "« On peut travailler, »dit-il.« Oui. ».Les autres"
    assert contents(text) == ["On peut travailler", "Oui."]


def test_curly_single_and_straight_marks():
    text = 'Il parle d\'un “test” puis d\'un ‹ essai › et dit "je viens" enfin.'
    assert contents(text) == ["test", "essai", "je viens"]


def test_missing_closing_mark_stops_at_the_paragraph_end():
    text = "« Nous allons gagner, a-t-il lancé.\n\nLe match commence à 21 heures."
    spans = find_quote_marks(text)
    assert contents(text) == ["Nous allons gagner, a-t-il lancé."]
    assert spans[0].close is None


def test_quotation_over_several_paragraphs_is_one_group():
    text = "« Premier paragraphe de la citation.\n\n« Deuxième paragraphe.\n\n« Dernier. »\n\nSuite."
    spans = find_quote_marks(text)
    assert contents(text) == ["Premier paragraphe de la citation.", "Deuxième paragraphe.", "Dernier."]
    assert len({s.group for s in spans}) == 1


def test_nested_quotation_stays_inside():
    text = "« Il m'a dit « jamais » hier », raconte-t-elle."
    assert contents(text) == ["Il m'a dit « jamais » hier"]


def test_reopened_mark_after_a_sentence_end_closes_the_previous_one():
    text = "« Nous sommes prêts. « Et nous irons jusqu'au bout », a-t-il ajouté."
    assert contents(text) == ["Nous sommes prêts.", "Et nous irons jusqu'au bout"]
    assert len({s.group for s in find_quote_marks(text)}) == 2


def test_empty_and_stray_marks_give_nothing():
    assert contents("Un « » vide et un » perdu.") == []
    assert contents("") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab «»“”‹›"\n.,:')), max_size=80))
def test_spans_are_well_formed_on_any_text(text):
    for s in find_quote_marks(text):
        assert 0 <= s.open < s.start <= s.end <= len(text)
        assert s.close is None or s.end <= s.close < len(text)
        assert text[s.start:s.end] == text[s.start:s.end].strip()
