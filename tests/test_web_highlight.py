"""Stand-off spans → HTML: nesting, overlaps, escaping, and a property test over arbitrary spans."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings, strategies as st

from chronique.article import Article, Entity, Mention, Quote, Speaker, Timex
from chronique.web.highlight import Span, article_spans, render_article_body, render_spans

TAG = re.compile(r"<[^>]+>")


class _Checker(HTMLParser):
    """Records the tag stack; fails on a closing tag that does not match the open one."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == [], f"unclosed {checker.stack}"
    return checker


def span(layer, start, end):
    return Span(layer, start, end, f"hl hl-{layer}", (("data-tip", f"{layer} {start}:{end}"),))


def test_disjoint_spans_wrap_their_words():
    text = "Olaf Scholz a parlé mardi."
    out = render_spans(text, [span("entity", 0, 11), span("timex", 20, 25)])
    assert out == ('<span class="hl hl-entity" data-tip="entity 0:11">Olaf Scholz</span> a parlé '
                   '<span class="hl hl-timex" data-tip="timex 20:25">mardi</span>.')


def test_nested_spans_open_outer_first():
    text = "« Nous viendrons lundi », dit-il."
    out = str(render_spans(text, [span("timex", 17, 22), span("quote", 2, 22)]))
    assert out.index("hl-quote") < out.index("hl-timex")
    assert parse(out).text and html.unescape(TAG.sub("", out)) == text


def test_crossing_spans_are_split_and_stay_well_nested():
    text = "abcdefghij"
    out = str(render_spans(text, [span("quote", 0, 6), span("entity", 4, 9)]))
    parse(out)
    assert out.count('data-part="cont"') == 1  # the entity reopens after the quote closes
    assert html.unescape(TAG.sub("", out)) == text


def test_text_and_attributes_are_escaped():
    text = '<script>alert(1)</script> " onmouseover="x'
    spans = [Span("entity", 0, 8, "hl", (("data-tip", '"><script>alert(2)</script>'),))]
    out = str(render_spans(text, spans))
    assert "<script>" not in out
    checker = parse(out)
    assert [t for t, _ in checker.tags] == ["span"]
    assert not any(name.startswith("on") for _, attrs in checker.tags for name in attrs)


def test_out_of_range_and_empty_spans_are_dropped():
    text = "court"
    out = str(render_spans(text, [span("entity", 3, 99), span("timex", 2, 2), span("amount", -1, 3)]))
    assert out == "court"


def test_article_body_uses_blocks_and_tooltips():
    from chronique.article import Block

    text = "Titre intermédiaire\nM. Dupont a dit qu'il viendrait le 3 mars 2024."
    article = Article(
        id="a", text=text,
        blocks=(Block("subheading", 0, 19), Block("paragraph", 20, len(text))),
        entities=(Entity("e1", "PER", "Jean Dupont", (Mention(20, 29, "M. Dupont", "title"),)),),
        quotes=(Quote("q1", "indirect", "il viendrait le 3 mars 2024", 38, 66, Speaker("M. Dupont", 20, 29, "e1")),),
        timexes=(Timex("t1", "DATE", "3 mars 2024", 55, 66, "2024-03-03"),),
    )
    out = str(render_article_body(article, lambda local: f"/entities/{local}"))
    checker = parse(out)
    assert [t for t, _ in checker.tags][:1] == ["h3"]
    tips = [attrs.get("data-tip") for _, attrs in checker.tags if "data-tip" in attrs]
    assert "Locuteur : Jean Dupont" in tips and "Date : 3 mars 2024" in tips
    assert any(attrs.get("data-href") == "/entities/e1" for _, attrs in checker.tags)
    assert len(article_spans(article)) == 4


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet=st.sampled_from(list("ab <>&\"'é«»\n")), max_size=40))
    n = len(text)
    layers = ["quote", "speaker", "event", "entity", "timex", "amount"]
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(-2, n + 2))
        end = draw(st.integers(-2, n + 2))
        spans.append(span(draw(st.sampled_from(layers)), start, end))
    return text, spans


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_any_spans_give_well_nested_html_with_the_exact_text(case):
    text, spans = case
    out = str(render_spans(text, spans))
    checker = parse(out)
    assert "".join(checker.text) == text
    assert all(tag == "span" for tag, _ in checker.tags)
    # every character covered by a valid span sits inside a span of that layer
    for s in spans:
        if 0 <= s.start < s.end <= len(text):
            assert f"hl-{s.layer}" in out
