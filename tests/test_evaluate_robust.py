"""The scorers never crash, whatever strings a gold file or a system output holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.article import Amount, Article, Entity, Mention, Quote, Speaker, Timex
from chronique.evaluate import score_article

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@st.composite
def article_and_gold(draw):
    text = draw(st.text(max_size=200))
    n = len(text)

    def span():
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        return a, b

    ents = []
    for i in range(draw(st.integers(0, 3))):
        a, b = span()
        ents.append(Entity(f"e{i}", draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])), text[a:b],
                           (Mention(a, b, text[a:b]),)))
    quotes = []
    for i in range(draw(st.integers(0, 3))):
        a, b = span()
        spk = Speaker(text[a:b], a, b, draw(st.sampled_from([None, "e0", "e9"])))
        quotes.append(Quote(f"q{i}", draw(st.sampled_from(["direct", "partial", "indirect"])), text[a:b], a, b,
                            draw(st.sampled_from([None, spk]))))
    a, b = span()
    timexes = (Timex("t1", "DATE", text[a:b], a, b, draw(words)),)
    amounts = (Amount("m1", text[a:b], a, b, draw(st.floats(allow_nan=True)), draw(words)),)
    article = Article(id="x", text=text, entities=tuple(ents), quotes=tuple(quotes), timexes=timexes,
                      amounts=amounts)
    item = st.fixed_dictionaries({"text": words, "speaker": words, "value": words, "type": words,
                                  "unit": words, "name": words, "cue": words, "content_starts": words},
                                 optional={"alt_text": st.lists(words, max_size=2), "optional": st.booleans(),
                                           "split_ok": st.booleans(), "aliases": st.lists(words, max_size=2),
                                           "must_not_merge_with": words, "speaker_entity": st.none() | words})
    gold = {"doc": "x.txt", "title": draw(st.none() | words), "dateline": draw(st.none() | words),
            "subheadings": draw(st.lists(words, max_size=2)),
            "published": {"value": draw(words), "accept": draw(st.lists(words, max_size=2))}}
    for key in ("entities", "quotes", "indirect", "timexes", "amounts"):
        gold[key] = draw(st.lists(item, max_size=3))
    for key in ("not_entities", "not_timexes", "quoted_without_speaker"):
        gold[key] = draw(st.lists(words, max_size=2))
    gold["events"] = draw(st.lists(st.fixed_dictionaries(
        {"types": st.lists(st.sampled_from(["CONSULT", "ACCUSE"]), max_size=2),
         "participants": st.lists(words, max_size=2), "date": words, "place": words}), max_size=2))
    return gold, article


@settings(max_examples=150, deadline=None)
@given(article_and_gold())
def test_scoring_never_crashes(case):
    gold, article = case
    scores = score_article(gold, article, undated=article)
    assert set(scores.categories) >= {"entities", "quotes", "timexes", "amounts", "events"}
    scores.to_json()
