"""The article contract: serialisation, validation against the schema, the stand-off invariant."""

from __future__ import annotations

import json

import pytest

from chronique.article import (
    Article, Block, Cue, Entity, Event, Mention, Participant, Published, Quote, Sentence, Speaker,
    Timex, Trigger, content_id, schema, validate,
)
from chronique.paths import shared_path

TEXT = "Olaf Scholz a reçu mercredi Emmanuel Macron à Berlin. « Nous avançons », a-t-il dit."


def _span(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def _article() -> Article:
    scholz = Entity("e1", "PER", "Olaf Scholz", (Mention(*_span("Olaf Scholz"), "Olaf Scholz"), Mention(*_span("il"), "il", "pronoun")))
    macron = Entity("e2", "PER", "Emmanuel Macron", (Mention(*_span("Emmanuel Macron"), "Emmanuel Macron"),))
    berlin = Entity("e3", "LOC", "Berlin", (Mention(*_span("Berlin"), "Berlin"),))
    return Article(
        id=content_id(TEXT), text=TEXT, title="Scholz reçoit Macron",
        published=Published("2023-03-09", "given"),
        blocks=(Block("paragraph", 0, len(TEXT)),), sentences=(Sentence(0, _span(".")[1]), Sentence(_span("«")[0], len(TEXT))),
        entities=(scholz, macron, berlin),
        quotes=(Quote("q1", "direct", "Nous avançons", *_span("Nous avançons"), Speaker("il", *_span("il"), "e1"),
                      Cue("a-t-il dit", "dire", *_span("a-t-il dit"))),),
        timexes=(Timex("t1", "DATE", "mercredi", *_span("mercredi"), "2023-03-08", anchor="published"),),
        events=(Event("v1", "CONSULT", Trigger("reçu", *_span("reçu"), "recevoir"),
                      (Participant("source", "e1"), Participant("target", "e2")), mode="visit",
                      time="t1", place="e3"),),
    )


def test_serialised_article_validates_and_round_trips():
    article = _article()
    data = article.to_json()
    assert validate(data) == []
    assert article.check_offsets() == []
    assert Article.from_json(json.loads(article.dumps())) == article


def test_offset_violations_are_reported():
    broken = _article().with_layers(timexes=(Timex("t1", "DATE", "jeudi", *_span("mercredi"), "2023-03-09"),))
    problems = broken.check_offsets()
    assert len(problems) == 1 and "timexes" in problems[0]


def test_schema_violations_are_reported():
    data = _article().to_json()
    data["entities"][0]["type"] = "PERSON"
    del data["timexes"][0]["value"]
    problems = validate(data)
    assert len(problems) == 2


def test_content_id_is_stable_and_content_sensitive():
    assert content_id("a", "t") == content_id("a", "t")
    assert content_id("a", "t") != content_id("b", "t") != content_id("a", "u")


def test_bundled_schema_is_the_shared_contract():
    shared = shared_path("schema", "article.schema.json")
    if shared is None:
        pytest.skip("../shared is absent")
    ours = json.loads(json.dumps(schema()))
    extension = ours["properties"].pop("errors")  # Chronique's one extension: stage failures
    assert extension["type"] == "array" and "errors" not in ours["required"]
    mention = ours["properties"]["entities"]["items"]["properties"]["mentions"]["items"]
    assert mention["properties"].pop("evidence")["type"] == "string"  # the other: how a pronoun was resolved
    interval = ours["properties"]["published"]["properties"].pop("interval")  # and an estimate's interval
    assert interval["required"] == ["earliest", "latest"]
    assert json.loads(shared.read_text("utf-8")) == ours
