"""``score_article`` on hand-built articles: every category's counting rules."""

from __future__ import annotations

import pytest

from chronique.article import (
    Amount, Article, Cue, Entity, Event, Mention, Participant, Published, Quote, Speaker, Timex, Trigger,
)
from chronique.article.model import Block
from chronique.evaluate import PRF, Ratio, aggregate, score_article
from chronique.evaluate.entities import EntityAlignment, wrong_merges

TEXT = (
    "Le ministre Jean Dupont a déclaré mercredi à Lyon : « Nous allons investir 3 millions d’euros. » "
    "Selon Le Progrès, la mairie de Lyon accepte le projet. Il a rencontré Marie Dupont, son épouse, "
    "du 12 au 14 juin. « Ce sera une fête », assure un proche du maire. La « Nuit des lumières » reviendra. "
    "Les 200 participants ont protesté."
)


def at(text: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``text`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text)


def mention(text: str, nth: int = 0, kind: str = "name") -> Mention:
    return Mention(*at(text, nth), text, kind)


def entity(eid: str, etype: str, name: str, *surfaces: str | tuple[str, int]) -> Entity:
    ms = [mention(*s) if isinstance(s, tuple) else mention(s) for s in surfaces or (name,)]
    return Entity(eid, etype, name, tuple(ms))


def quote(qid: str, text: str, kind: str = "direct", speaker: str | None = None, entity_id: str | None = None,
          cue: str | None = None) -> Quote:
    spk = Speaker(speaker, *at(speaker), entity_id) if speaker else None
    cue_obj = Cue(cue, cue.lower(), *at(cue)) if cue else None
    return Quote(qid, kind, text, *at(text), spk, cue_obj)


def timex(tid: str, text: str, value: str, ttype: str = "DATE", nth: int = 0) -> Timex:
    return Timex(tid, ttype, text, *at(text, nth), value)


ENTITIES = (
    entity("e1", "PER", "Jean Dupont"),
    entity("e2", "LOC", "Lyon", ("Lyon", 0), ("Lyon", 1)),
    entity("e3", "ORG", "Progrès"),
    entity("e4", "PER", "Marie Dupont"),
)


def article(**layers) -> Article:
    base = dict(id="a1", text=TEXT, title="Lyon investit", entities=ENTITIES,
                blocks=(Block("paragraph", 0, len(TEXT)),))
    base.update(layers)
    art = Article(**base)
    assert art.check_offsets() == []
    return art


GOLD_ENTITIES = [
    {"name": "Jean Dupont", "type": "PER", "aliases": ["Jean Dupont"]},
    {"name": "Lyon", "type": "LOC", "aliases": ["Lyon"]},
    {"name": "Le Progrès", "type": "ORG", "aliases": ["Le Progrès"]},
    {"name": "Marie Dupont", "type": "PER", "aliases": ["Marie Dupont"], "must_not_merge_with": "Jean Dupont"},
]


def gold(**fields) -> dict:
    out = {"doc": "a1.txt", "published": {"value": "2024-06-05", "accept": ["2024-06-05"]},
           "entities": GOLD_ENTITIES}
    out.update(fields)
    return out


def metric(scores, category: str, name: str):
    return scores.categories[category].metrics[name]


# -- entities ----------------------------------------------------------------------------------
def test_entities_all_found():
    s = score_article(gold(), article())
    assert metric(s, "entities", "entities") == PRF(4, 0, 0)
    assert metric(s, "entities", "wrong_merges") == 0


def test_entity_with_wrong_type_is_a_miss_and_a_false_positive():
    ents = (ENTITIES[0], ENTITIES[1], entity("e3", "LOC", "Progrès"), ENTITIES[3])
    s = score_article(gold(), article(entities=ents))
    assert metric(s, "entities", "entities") == PRF(3, 1, 1)
    assert any("type" in e for e in s.categories["entities"].errors)


def test_accept_types_widen_the_type():
    g = [dict(e) for e in GOLD_ENTITIES]
    g[2] = {**g[2], "accept_types": ["ORG", "LOC"]}
    ents = (ENTITIES[0], ENTITIES[1], entity("e3", "LOC", "Progrès"), ENTITIES[3])
    assert metric(score_article(gold(entities=g), article(entities=ents)), "entities", "entities") == PRF(4, 0, 0)


def test_not_entities_are_false_positives_and_counted():
    ents = ENTITIES + (entity("e5", "PER", "Le ministre"),)
    s = score_article(gold(not_entities=["ministre"]), article(entities=ents))
    assert metric(s, "entities", "entities") == PRF(4, 1, 0)
    assert metric(s, "entities", "not_entity_hits") == 1


def test_a_person_designated_only_by_a_title_is_no_false_positive_but_a_wrong_name_is():
    # "Le ministre" resolved through world knowledge to a holder the text never names: the gold
    # lists names written in the text, so it is out of the entity score; a name the text writes is not.
    holder = Entity("e5", "PER", "Paul Martin", (mention("Le ministre", kind="nominal"),))
    assert metric(score_article(gold(), article(entities=ENTITIES + (holder,))), "entities", "entities") == PRF(4, 0, 0)
    named = Entity("e5", "PER", "Le ministre", (mention("Le ministre", kind="nominal"),))
    assert metric(score_article(gold(), article(entities=ENTITIES + (named,))), "entities", "entities") == PRF(4, 1, 0)


def test_optional_entity_counts_when_found_and_is_not_missed_when_absent():
    g = GOLD_ENTITIES + [{"name": "Nuit des lumières", "type": "MISC", "aliases": ["Nuit des lumières"],
                          "optional": True}]
    assert metric(score_article(gold(entities=g), article()), "entities", "entities") == PRF(4, 0, 0)
    ents = ENTITIES + (entity("e5", "MISC", "Nuit des lumières"),)
    assert metric(score_article(gold(entities=g), article(entities=ents)), "entities", "entities") == PRF(5, 0, 0)


def test_merging_two_people_is_a_wrong_merge():
    merged = Entity("e1", "PER", "Jean Dupont", (mention("Jean Dupont"), mention("Marie Dupont")))
    s = score_article(gold(), article(entities=(merged, ENTITIES[1], ENTITIES[2])))
    assert metric(s, "entities", "wrong_merges") == 1
    # Both people are still "found" (one system entity answers both), the merge is what is wrong.
    assert metric(s, "entities", "entities").tp == 4


def test_must_not_merge_with_a_string_outside_the_gold_entities():
    g = [{"name": "Lyon", "type": "LOC", "aliases": ["Lyon"], "must_not_merge_with": ["Progrès"]}]
    merged = Entity("e2", "LOC", "Lyon", (mention("Lyon"), mention("Progrès")))
    s = score_article(gold(entities=g), article(entities=(merged,)))
    assert metric(s, "entities", "wrong_merges") == 1


def test_an_ambiguous_mention_does_not_make_a_must_not_merge():
    # "Maxwell" (of "Mme Maxwell") matches her alias and also the father's name: no evidence of a merge.
    g = [{"name": "Ghislaine Maxwell", "type": "PER", "aliases": ["Ghislaine Maxwell", "Mme Maxwell"],
          "must_not_merge_with": "Robert Maxwell"},
         {"name": "Robert Maxwell", "type": "PER", "aliases": ["Robert Maxwell"], "must_not_merge_with": "Ghislaine Maxwell"}]

    def person(*names: str) -> Entity:
        return Entity("e1", "PER", names[0], tuple(Mention(0, len(n), n, "name") for n in names))

    assert wrong_merges(EntityAlignment(g, (person("Ghislaine Maxwell", "Maxwell"),))) == []
    assert len(wrong_merges(EntityAlignment(g, (person("Ghislaine Maxwell", "Robert Maxwell"),)))) == 1


def test_a_description_does_not_answer_a_name_it_happens_to_spell():
    # "le maire" of "le maire de Bordeaux", a description of Alain Juppé, is not Bruno Le Maire
    g = [{"name": "Alain Juppé", "type": "PER", "aliases": ["Alain Juppé"]},
         {"name": "Bruno Le Maire", "type": "PER", "aliases": ["Bruno Le Maire", "Le Maire"]}]
    juppe = Entity("e1", "PER", "Alain Juppé", (Mention(0, 11, "Alain Juppé", "name"),
                                                Mention(20, 28, "le maire", "nominal"), Mention(40, 45, "maire", "title")))
    align = EntityAlignment(g, (juppe,))
    assert align.answers == [[juppe], []]
    assert wrong_merges(align) == []
    # a speaker the gold gives by a description is still found through it
    assert align.system_ids("le maire") == {"e1"}


def test_a_family_name_shared_by_two_gold_people_is_no_evidence_of_a_merge():
    # "Fillon" is half of "Marie Fillon" by the span rule, and a part of "François Fillon": ambiguous
    g = [{"name": "François Fillon", "type": "PER", "aliases": ["François Fillon"]},
         {"name": "Marie Fillon", "type": "PER", "aliases": ["Marie Fillon", "Marie"],
          "must_not_merge_with": "François Fillon"}]

    def person(*names: str) -> Entity:
        return Entity("e1", "PER", names[0], tuple(Mention(0, len(n), n, "name") for n in names))

    assert wrong_merges(EntityAlignment(g, (person("François Fillon", "Fillon"),))) == []
    assert len(wrong_merges(EntityAlignment(g, (person("François Fillon", "Marie Fillon"),)))) == 1


def test_a_mention_matching_two_gold_entities_is_not_a_merge():
    g = [{"name": "Dupont", "type": "PER", "aliases": ["Dupont"]},
         {"name": "Jean Dupont", "type": "PER", "aliases": ["Jean Dupont"]}]
    s = score_article(gold(entities=g), article(entities=(ENTITIES[0],)))
    assert metric(s, "entities", "wrong_merges") == 0


# -- quotes ------------------------------------------------------------------------------------
GOLD_QUOTES = [
    {"text": "Nous allons investir 3 millions d'euros", "speaker": "Jean Dupont", "kind": "direct"},
    {"text": "Ce sera une fête", "speaker": "un proche du maire", "kind": "direct"},
]


def test_quotes_found_with_right_speakers():
    qs = (quote("q1", "Nous allons investir 3 millions d’euros.", speaker="Jean Dupont", entity_id="e1"),
          quote("q2", "Ce sera une fête", speaker="un proche du maire"))
    s = score_article(gold(quotes=GOLD_QUOTES), article(quotes=qs))
    assert metric(s, "quotes", "detection") == PRF(2, 0, 0)
    assert metric(s, "quotes", "speaker_accuracy") == Ratio(2, 2)
    assert metric(s, "quotes", "found_with_right_speaker") == Ratio(2, 2)
    assert metric(s, "quotes", "kind_accuracy") == Ratio(2, 2)


def test_wrong_speaker_entity_and_wrong_phrase():
    qs = (quote("q1", "Nous allons investir 3 millions d’euros.", speaker="Marie Dupont", entity_id="e4"),
          quote("q2", "Ce sera une fête", speaker="Marie Dupont", entity_id="e4", kind="partial"))
    s = score_article(gold(quotes=GOLD_QUOTES), article(quotes=qs))
    assert metric(s, "quotes", "detection") == PRF(2, 0, 0)
    assert metric(s, "quotes", "speaker_accuracy") == Ratio(0, 2)
    assert metric(s, "quotes", "kind_accuracy") == Ratio(1, 2)


def test_speaker_text_alone_does_not_resolve_a_named_speaker():
    qs = (quote("q1", "Nous allons investir 3 millions d’euros.", speaker="Jean Dupont", entity_id=None),)
    s = score_article(gold(quotes=GOLD_QUOTES[:1]), article(quotes=qs))
    assert metric(s, "quotes", "speaker_accuracy") == Ratio(0, 1)


def test_missed_and_extra_quotes():
    qs = (quote("q1", "Nous allons investir", speaker="Jean Dupont", entity_id="e1"),)
    s = score_article(gold(quotes=GOLD_QUOTES), article(quotes=qs))
    assert metric(s, "quotes", "detection") == PRF(0, 1, 2)
    assert metric(s, "quotes", "found_with_right_speaker") == Ratio(0, 2)


def test_quoted_without_speaker_must_not_get_one():
    speakerless = (quote("q3", "Nuit des lumières", kind="partial"),)
    s = score_article(gold(quoted_without_speaker=["Nuit des lumières"]), article(quotes=speakerless))
    assert metric(s, "quotes", "detection") == PRF(0, 0, 0)
    assert metric(s, "quotes", "unattributed_violations") == 0
    attributed = (quote("q3", "Nuit des lumières", kind="partial", speaker="Jean Dupont", entity_id="e1"),)
    s = score_article(gold(quoted_without_speaker=["Nuit des lumières"]), article(quotes=attributed))
    assert metric(s, "quotes", "unattributed_violations") == 1
    assert metric(s, "quotes", "detection").fp == 1


def test_quote_found_by_its_alt_text():
    # FORMAT.md: alt_text lists other acceptable spans for the same item
    g = [{"text": "Nous allons investir 3 millions d'euros, a dit Jean Dupont", "speaker": "Jean Dupont",
          "alt_text": ["Nous allons investir 3 millions d'euros"]}]
    qs = (quote("q1", "Nous allons investir 3 millions d’euros.", speaker="Jean Dupont", entity_id="e1"),)
    assert metric(score_article(gold(quotes=g), article(quotes=qs)), "quotes", "detection") == PRF(1, 0, 0)


def test_optional_quote_not_missed():
    g = [dict(GOLD_QUOTES[1], optional=True)]
    assert metric(score_article(gold(quotes=g), article()), "quotes", "detection") == PRF(0, 0, 0)


# -- reported speech ---------------------------------------------------------------------------
GOLD_INDIRECT = [{"cue": "Selon Le Progrès", "speaker": "Le Progrès",
                  "content_starts": "la mairie de Lyon accepte"}]


def test_indirect_matched_by_content_with_right_speaker():
    qs = (quote("q4", "la mairie de Lyon accepte le projet", kind="indirect", speaker="Le Progrès",
                entity_id="e3", cue="Selon"),)
    s = score_article(gold(indirect=GOLD_INDIRECT), article(quotes=qs))
    assert metric(s, "indirect", "detection") == PRF(1, 0, 0)
    assert metric(s, "indirect", "recall_with_right_speaker") == Ratio(1, 1)


def test_indirect_matched_by_cue_alone_but_wrong_speaker():
    qs = (quote("q4", "accepte le projet", kind="indirect", speaker="Lyon", entity_id="e2", cue="Selon"),)
    s = score_article(gold(indirect=GOLD_INDIRECT), article(quotes=qs))
    assert metric(s, "indirect", "detection") == PRF(1, 0, 0)
    assert metric(s, "indirect", "recall_with_right_speaker") == Ratio(0, 1)


def test_indirect_unrelated_is_missed_and_false_positive():
    qs = (quote("q4", "Il a rencontré Marie Dupont", kind="indirect"),)
    s = score_article(gold(indirect=GOLD_INDIRECT), article(quotes=qs))
    assert metric(s, "indirect", "detection") == PRF(0, 1, 1)


def test_indirect_quotes_are_not_scored_as_quotes():
    qs = (quote("q4", "la mairie de Lyon accepte le projet", kind="indirect"),)
    assert metric(score_article(gold(), article(quotes=qs)), "quotes", "detection") == PRF(0, 0, 0)


# -- timexes -----------------------------------------------------------------------------------
def test_timex_detection_type_and_value():
    g = [{"text": "mercredi", "type": "DATE", "value": "2024-06-05"}]
    s = score_article(gold(timexes=g), article(timexes=(timex("t1", "mercredi", "2024-06-05"),)))
    assert metric(s, "timexes", "detection") == PRF(1, 0, 0)
    assert metric(s, "timexes", "value_accuracy") == Ratio(1, 1)
    s = score_article(gold(timexes=g), article(timexes=(timex("t1", "mercredi", "2024-05-29", "TIME"),)))
    assert metric(s, "timexes", "detection") == PRF(1, 0, 0)
    assert metric(s, "timexes", "value_accuracy") == Ratio(0, 1)
    assert metric(s, "timexes", "type_accuracy") == Ratio(0, 1)


def test_timex_alt_text_and_too_wide_span():
    g = [{"text": "le 12 juin", "alt_text": ["du 12 au 14 juin"], "type": "DATE", "value": "2024-06-12/2024-06-14"}]
    s = score_article(gold(timexes=g), article(timexes=(timex("t1", "du 12 au 14 juin", "2024-06-12/2024-06-14"),)))
    assert metric(s, "timexes", "detection") == PRF(1, 0, 0)
    wide = (timex("t1", "a déclaré mercredi", "2024-06-05"),)
    s = score_article(gold(timexes=[{"text": "mercredi", "type": "DATE", "value": "2024-06-05"}]), article(timexes=wide))
    assert metric(s, "timexes", "detection") == PRF(0, 1, 1)


def test_timex_split_ok_accepts_pieces():
    g = [{"text": "du 12 au 14 juin", "type": "DATE", "value": "2024-06-12/2024-06-14", "split_ok": True}]
    pieces = (timex("t1", "12", "2024-06-12"), timex("t2", "14 juin", "2024-06-14"))
    s = score_article(gold(timexes=g), article(timexes=pieces))
    assert metric(s, "timexes", "detection") == PRF(1, 0, 0)
    assert metric(s, "timexes", "value_accuracy") == Ratio(1, 1)
    s = score_article(gold(timexes=[dict(g[0], split_ok=False)]), article(timexes=pieces))
    assert metric(s, "timexes", "detection") == PRF(0, 2, 1)


def test_repeated_gold_timex_needs_two_system_timexes():
    g = [{"text": "Lyon", "type": "DATE", "value": "X"}] * 2  # any string that occurs twice
    one = (timex("t1", "Lyon", "X"),)
    assert metric(score_article(gold(timexes=g), article(timexes=one)), "timexes", "detection") == PRF(1, 0, 1)
    two = one + (timex("t2", "Lyon", "X", nth=1),)
    assert metric(score_article(gold(timexes=g), article(timexes=two)), "timexes", "detection") == PRF(2, 0, 0)


def test_not_timexes_counted_and_optional_timex():
    g = [{"text": "mercredi", "type": "DATE", "value": "2024-06-05", "optional": True}]
    s = score_article(gold(timexes=g, not_timexes=["une fête"]),
                      article(timexes=(timex("t1", "une fête", "FUTURE_REF"),)))
    assert metric(s, "timexes", "detection") == PRF(0, 1, 0)
    assert metric(s, "timexes", "not_timex_hits") == 1


# -- publication date --------------------------------------------------------------------------
@pytest.mark.parametrize("inferred, exact, near, week, year", [
    ("2024-06-05", 1, 1, 1, 1), ("2024-06-04", 0, 1, 1, 1), ("2024-06-05T08:00:00", 1, 1, 1, 1),
    ("2024-06-11", 0, 0, 1, 1), ("2024-05-01", 0, 0, 0, 1), ("2023-06-05", 0, 0, 0, 0),
])
def test_published_inference(inferred, exact, near, week, year):
    undated = article(published=Published(inferred, "inferred"))
    s = score_article(gold(), article(), undated=undated)
    assert metric(s, "published", "exact_all") == Ratio(exact, 1)
    assert metric(s, "published", "within_1_day_all") == Ratio(near, 1)
    assert metric(s, "published", "within_7_days_all") == Ratio(week, 1)
    assert metric(s, "published", "exact_of_produced") == Ratio(exact, 1)
    assert metric(s, "published", "year_right_of_produced") == Ratio(year, 1)


def test_published_nothing_inferred():
    s = score_article(gold(), article(), undated=article())
    assert metric(s, "published", "produced") == Ratio(0, 1)
    assert metric(s, "published", "exact_all") == Ratio(0, 1)
    assert "exact_of_produced" not in s.categories["published"].metrics
    assert "published" not in score_article(gold(), article()).categories


# -- amounts -----------------------------------------------------------------------------------
def amount(text: str, value: float, unit: str) -> Amount:
    return Amount("m1", text, *at(text), value, unit)


def test_amount_value_and_unit():
    g = [{"text": "3 millions d'euros", "value": 3000000, "unit": "EUR"}]
    ok = (amount("3 millions d’euros", 3_000_000.0000001, "€"),)
    s = score_article(gold(amounts=g), article(amounts=ok))
    assert metric(s, "amounts", "amounts") == PRF(1, 0, 0)
    wrong = (amount("3 millions d’euros", 3.0, "EUR"),)
    s = score_article(gold(amounts=g), article(amounts=wrong))
    assert metric(s, "amounts", "detection") == PRF(1, 0, 0)
    assert metric(s, "amounts", "amounts") == PRF(0, 1, 1)


def test_amount_unit_plural_and_missing():
    g = [{"text": "200 participants", "value": 200, "unit": "participants"},
         {"text": "3 millions d'euros", "value": 3000000, "unit": "EUR"}]
    s = score_article(gold(amounts=g), article(amounts=(amount("200 participants", 200, "participant"),)))
    assert metric(s, "amounts", "amounts") == PRF(1, 0, 1)


# -- events ------------------------------------------------------------------------------------
def event(etype: str, trigger: str, *entities: str, modality: str = "asserted", time: str | None = None,
          place: str | None = None) -> Event:
    return Event("v1", etype, Trigger(trigger, *at(trigger)),
                 tuple(Participant("participant", e) for e in entities), time=time, place=place, modality=modality)


GOLD_EVENT = {"id": "meeting", "types": ["CONSULT"], "participants": ["Jean Dupont", "Marie Dupont"],
              "date": "2024-06-12", "place": "Lyon", "trigger_any": ["rencontré"]}


def test_event_matched_with_modality_time_and_place():
    t = timex("t1", "du 12 au 14 juin", "2024-06-12")
    ev = event("CONSULT", "rencontré", "e1", "e4", time="t1", place="e2")
    s = score_article(gold(events=[GOLD_EVENT]), article(events=(ev,), timexes=(t,)))
    assert metric(s, "events", "events") == PRF(1, 0, 0)
    assert metric(s, "events", "modality_accuracy") == Ratio(1, 1)
    assert metric(s, "events", "time_accuracy") == Ratio(1, 1)
    assert metric(s, "events", "place_accuracy") == Ratio(1, 1)


def test_event_wrong_type_or_no_shared_participant():
    for ev in (event("ACCUSE", "rencontré", "e1"), event("CONSULT", "rencontré", "e2")):
        s = score_article(gold(events=[GOLD_EVENT]), article(events=(ev,)))
        assert metric(s, "events", "events") == PRF(0, 1, 1)


def test_event_planned_modality_and_missing_date():
    g = dict(GOLD_EVENT, modality="planned")
    s = score_article(gold(events=[g]), article(events=(event("CONSULT", "rencontré", "e1", "e4"),)))
    assert metric(s, "events", "events") == PRF(1, 0, 0)
    assert metric(s, "events", "modality_accuracy") == Ratio(0, 1)
    assert metric(s, "events", "time_accuracy") == Ratio(0, 1)


def test_an_event_with_one_of_two_actors_matches_only_the_one_actor_score():
    s = score_article(gold(events=[GOLD_EVENT]), article(events=(event("CONSULT", "rencontré", "e4"),)))
    assert metric(s, "events", "events") == PRF(0, 1, 1)
    assert metric(s, "events", "events_one_actor") == PRF(1, 0, 0)


def test_a_gold_event_with_one_participant_needs_only_that_one():
    g = dict(GOLD_EVENT, participants=["Marie Dupont"])
    s = score_article(gold(events=[g]), article(events=(event("CONSULT", "rencontré", "e4"),)))
    assert metric(s, "events", "events") == PRF(1, 0, 0)


# -- layout ------------------------------------------------------------------------------------
def test_layout_title_dateline_subheadings():
    sub_start, sub_end = at("La « Nuit des lumières » reviendra.")
    blocks = (Block("paragraph", 0, sub_start - 1), Block("subheading", sub_start, sub_end))
    g = gold(title="Lyon investit", dateline=None, subheadings=["La « Nuit des lumières » reviendra",
                                                                "Une fête"])
    s = score_article(g, article(blocks=blocks))
    assert metric(s, "layout", "title") == Ratio(1, 1)
    assert metric(s, "layout", "dateline") == Ratio(1, 1)
    assert metric(s, "layout", "subheadings") == PRF(1, 0, 1)
    s = score_article(dict(g, title="Autre titre", dateline="LYON"), article(blocks=blocks))
    assert metric(s, "layout", "title") == Ratio(0, 1)
    assert metric(s, "layout", "dateline") == Ratio(0, 1)


# -- aggregation -------------------------------------------------------------------------------
def test_aggregate_is_micro_averaged():
    found = score_article(gold(), article())
    nothing = score_article(gold(entities=GOLD_ENTITIES * 3), article(entities=()))  # 12 gold, 0 found
    corpus = aggregate([found, nothing])
    prf = corpus.summary["entities"].metrics["entities"]
    assert prf == PRF(4, 0, 12)
    assert prf.recall == pytest.approx(0.25)  # not the macro mean 0.5
    assert corpus.to_json()["summary"]["entities"]["metrics"]["entities"]["recall"] == 0.25


def test_empty_article_misses_everything():
    s = score_article(gold(quotes=GOLD_QUOTES), Article(id="x", text=""))
    assert metric(s, "entities", "entities") == PRF(0, 0, 4)
    assert metric(s, "quotes", "detection") == PRF(0, 0, 2)
