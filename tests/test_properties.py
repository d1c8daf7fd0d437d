"""Properties over arbitrary text: offsets always point into the text, output always validates,
and ``chronique.analyze`` never raises.

The model is slow, so the whole-pipeline properties run a moderate number of examples; the
cleaner alone, which is fast, runs more.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronique.article import validate
from chronique.ingest import RawArticle
from chronique.ingest.clean import BLOCK_SEPARATOR, clean
from chronique.ingest.vocab import known_word_checker

# Pieces that exercise the cleaner's rules: datelines, quotes, glue points, subheadings, spaces.
FRAGMENTS = [
    "BERLIN (AFP) - ", "Paris, le 3 mars 2023 (AFP) – ", "Le chancelier Olaf Scholz", " a reçu ", "mercredi",
    " Emmanuel Macron", "« ", " »", "\"", "“", "”", ".", ". ", "?", " ?", "!", "…", ",", ":", " : ", "\n", "\n\n",
    "- Les doutes de Berlin -", "préparationJean-Luc", "l'apaisementInterrogé", "EHPADDevant", "».Le",
    "?par CNEWS", "De quoi s'agit-il ?", "McDonald's", "LaREM", "J.-C.", "M.Scholz", "3.5", "250 millions d'euros",
    "\u00a0", "\u202f", "\u200b", "\ufeff", "\ud800", "\x00", "\x85", "\u2028", "\r\n", "\t", "le 12 mars 2020", "à 10 h 30", "12 000 soldats", "10 %",
    "Titre de l'article\n\n", "a déclaré", "selon le ministre", "l'", "É", "œ", "ß", "🇫🇷", "\u0301", "‐", "—",
]

french_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map("".join)
any_text = st.text(max_size=400) | french_like

PIPELINE_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def known(nlp):
    return known_word_checker(nlp.vocab)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, title=st.none() | st.text(max_size=40))
def test_cleaning_never_raises_and_blocks_tile_the_text(known, text, title):
    c = clean(RawArticle(text=text, source="<h>", title=title, title_in_text=title is None), known)
    pos = 0
    for i, b in enumerate(c.blocks):
        if i:
            assert c.text[pos:b.start] == BLOCK_SEPARATOR
        assert b.start < b.end and c.text[b.start:b.end] == c.text[b.start:b.end].strip()
        pos = b.end
    assert pos == len(c.text)
    assert c.dateline is None or (c.dateline and "\n" not in c.dateline)
    assert c.title is None or (c.title and "\n" not in c.title)


@PIPELINE_SETTINGS
@given(text=any_text)
def test_every_span_points_into_the_text_and_the_output_validates(pipeline, text):
    article = pipeline.analyze(RawArticle(text=text, source="<h>"), strict=False)
    assert article.check_offsets() == []
    assert validate(article.to_json()) == []


@PIPELINE_SETTINGS
@given(text=any_text, published=st.none() | st.just("2023-03-08"))
def test_chronique_analyze_never_raises(text, published):
    import chronique

    article = chronique.analyze(text, published=published)
    article.dumps().encode("utf-8")  # writable: no lone surrogate survives
    assert article.check_offsets() == []
    assert validate(article.to_json()) == []
    assert (article.language == "und") == (article.text == "")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
       suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".docx"]))
def test_any_bytes_give_articles_or_input_errors(data, suffix):
    from chronique.errors import InputError
    from chronique.ingest.readers import read_bytes

    for item in read_bytes(data, "f" + suffix, suffix):
        assert isinstance(item, (RawArticle, InputError))
        if isinstance(item, InputError):
            assert item.source and item.reason and "\n" not in item.reason
