"""Very long texts are parsed in sections (issue #19, item 10): the parser never holds more than
a section of one long text or a bounded batch of short ones, and the joined ``Doc`` is the one a
whole parse gives (same text, tokens, sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.nlp.sections import BATCH_CHARS, SECTION_CHARS, parse_in_sections, sections

PARAGRAPH = ("Le ministre de l'Économie, Bruno Le Maire, a présenté mercredi à Paris un budget en hausse. "
             "« Nous tiendrons nos engagements », a déclaré le ministre devant les députés.\n\n")


@given(st.text(alphabet=st.sampled_from("ab \n."), max_size=400), st.integers(min_value=5, max_value=60))
@settings(max_examples=200, deadline=None)
def test_sections_cover_the_text_exactly_and_stay_under_the_size(text, size):
    parts = sections(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts) and (all(parts) or parts == [""])


def test_sections_end_at_line_breaks_when_there_are_some():
    parts = sections(PARAGRAPH * 50, 1000)
    assert len(parts) > 1 and all(p.endswith("\n\n") for p in parts[:-1])


class RecordingNlp:
    """Stands for the language model: records what each ``pipe`` batch holds."""

    def __init__(self, nlp):
        self.nlp, self.batches = nlp, []

    def pipe(self, texts, batch_size):
        texts = list(texts)
        for i in range(0, len(texts), batch_size):
            chunk = texts[i:i + batch_size]
            self.batches.append(sum(map(len, chunk)))
            yield from self.nlp.pipe(chunk, batch_size=batch_size)


def test_the_parser_is_given_bounded_pieces_and_the_joined_doc_is_the_whole_parse(nlp):
    long_text = PARAGRAPH * (3 * SECTION_CHARS // len(PARAGRAPH))
    short = [PARAGRAPH * 2] * 3
    recording = RecordingNlp(nlp)
    docs = list(parse_in_sections(recording, [short[0], long_text, *short[1:]], batch_size=64))
    assert [d.text for d in docs] == [short[0], long_text, *short[1:]]
    assert max(recording.batches) <= SECTION_CHARS  # never the 60,000 characters at once
    whole = nlp(long_text)
    joined = docs[1]
    assert [t.text for t in joined] == [t.text for t in whole]
    assert [s.text for s in joined.sents] == [s.text for s in whole.sents]
    assert joined.has_annotation("DEP") and joined.has_annotation("ENT_IOB")


def test_batches_of_short_texts_are_bounded_in_characters(nlp):
    texts = ["Court texte de " + "mots " * (SECTION_CHARS // 6)] * 30  # each under a section, together far over
    recording = RecordingNlp(nlp)
    assert len(list(parse_in_sections(recording, texts, batch_size=64))) == 30
    assert max(recording.batches) <= BATCH_CHARS


@pytest.mark.slow
def test_a_long_article_through_the_pipeline_keeps_its_offsets(pipeline):
    from chronique.ingest import RawArticle

    text = PARAGRAPH * (2 * SECTION_CHARS // len(PARAGRAPH))
    article = pipeline.analyze(RawArticle(text=text, source="<long>", title="Un long rapport", title_in_text=False))
    assert article.text == text.strip()
    assert len(article.sentences) == 2 * text.count("\n\n")
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.start:m.end] == m.text
