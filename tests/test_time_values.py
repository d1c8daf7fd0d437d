"""Time values that hang on context: spans of years, imperfect vs conditional, "aujourd'hui"
as nowadays, comparisons with "l'année passée", and judged periods ("une année record").
Sentences are our own; 2020-06-10 is a Wednesday."""

from __future__ import annotations

import pytest

from chronique.extract.time import lexicon as tl
from chronique.extract.time.patterns import find_candidates, year_range_end

PUB = "2020-06-10"


def values(analyze, text, published=PUB):
    art = analyze(text, published=published, title="Titre")
    assert not art.check_offsets()
    return [(t.text, t.type, t.value) for t in art.timexes]


# -- spans of years ---------------------------------------------------------------------------
@pytest.mark.parametrize("y1, y2, end", [("1991", "95", 1995), ("1998", "02", 2002), ("1914", "18", 1918),
                                         ("2020", "10", None), ("1990", "88", None)])
def test_year_range_end(y1, y2, end):
    assert year_range_end(y1, y2) == end


def test_year_range_with_a_two_digit_end_is_one_timex(analyze):
    got = values(analyze, "La guerre (1914-18) a fait des millions de morts en Europe.")
    assert got == [("1914-18", "DATE", "1914/1918")]


def test_two_written_years_are_two_timexes(analyze):
    got = values(analyze, "Le chômage a reculé sur la période 1982-1990, selon l'institut.")
    assert got == [("1982", "DATE", "1982"), ("1990", "DATE", "1990")]


def test_a_year_and_a_month_number_is_no_range():
    cands = find_candidates("le bilan 2020-10 reste flou")
    assert [(c.kind, c.groups.get("year")) for c in cands] == [("year", "2020")]


# -- imperfect vs conditional: the year of a bare month ------------------------------------------
def test_imperfect_misread_as_conditional_is_past(analyze):
    got = values(analyze, "Il a cité le chômage partiel, qui concernait 8 millions de salariés en avril, "
                          "et l'apprentissage.")
    assert ("avril", "DATE", "2020-04") in got


def test_conditional_misread_as_imperfect_is_future(analyze):
    got = values(analyze, "Le dispositif concernerait 8 millions de salariés en septembre.")
    assert ("septembre", "DATE", "2020-09") in got


def test_imperfect_of_a_verb_with_an_r_stem_stays_past(analyze):
    got = values(analyze, "Le ministre déclarait en septembre que la crise était finie.")
    assert ("septembre", "DATE", "2019-09") in got


# -- "aujourd'hui": the day, or nowadays with a stative verb --------------------------------------
def test_aujourdhui_with_a_stative_verb_is_present_ref(analyze):
    got = values(analyze, "Le peintre est mort en 1890. Ses toiles reposent aujourd'hui au musée d'Orsay.")
    assert ("aujourd'hui", "DATE", "PRESENT_REF") in got


@pytest.mark.parametrize("text", [
    "Le ministre se rend aujourd'hui à Berlin pour un sommet.",
    "La ministre a annoncé aujourd'hui sa démission.",
])
def test_aujourdhui_with_an_event_is_the_day(analyze, text):
    assert ("aujourd'hui", "DATE", PUB) in values(analyze, text)


# -- "l'année passée" in a comparison within a report on an earlier year --------------------------
def test_last_year_in_a_comparison_is_relative_to_the_year_reported_on(analyze):
    got = values(analyze, "Les ventes ont atteint un record en 2017, avec un pic en octobre 2017. "
                          "Cela représente une hausse de 20% par rapport à l'année passée.")
    assert ("l'année passée", "DATE", "2016") in got


@pytest.mark.parametrize("text", [
    "Les ventes ont bondi de 20% par rapport à l'année dernière, selon le ministère.",
    # another period came between the year written and the comparison: publication-relative
    "Les ventes ont atteint un record en 2017. En mars, elles ont bondi de 20% par rapport à l'année passée.",
])
def test_last_year_is_otherwise_the_year_before_publication(analyze, text):
    got = values(analyze, text)
    assert [v for v in got if v[0].startswith("l'année")] == [(got[-1][0], "DATE", "2019")]


# -- judged periods are not durations -------------------------------------------------------------
@pytest.mark.parametrize("qualifier", sorted(tl.PERIOD_QUALIFIERS))
def test_judged_year_is_not_a_duration(analyze, qualifier):
    got = values(analyze, f"Le secteur a connu une année {qualifier} avant la reprise.")
    assert not [v for v in got if v[1] == "DURATION"], got


def test_quoted_qualifier_and_real_durations(analyze):
    got = values(analyze, "Il évoque une année « noire », après une année passée à Rome et un mois de repos.")
    assert [v for v in got if v[1] == "DURATION"] == [("une année", "DURATION", "P1Y"),
                                                      ("un mois", "DURATION", "P1M")]


def test_a_closing_quotation_mark_does_not_judge_the_period(analyze):
    got = values(analyze, "« Je me donne un an », a-t-il précisé devant la presse.")
    assert ("un an", "DURATION", "P1Y") in got


# -- every entry of the new tables ----------------------------------------------------------------
STATIVE_PLURALS = {
    "reposer": "reposent", "vivre": "vivent", "habiter": "habitent", "rester": "restent", "demeurer": "demeurent",
    "exister": "existent", "appartenir": "appartiennent", "posséder": "possèdent", "compter": "comptent",
    "représenter": "représentent", "constituer": "constituent", "incarner": "incarnent",
    "symboliser": "symbolisent", "sembler": "semblent", "paraître": "paraissent", "ressembler": "ressemblent",
    "dépendre": "dépendent", "occuper": "occupent", "justifier": "justifient", "connaître": "connaissent",
    "savoir": "savent", "régner": "règnent", "dominer": "dominent", "subsister": "subsistent",
    "perdurer": "perdurent", "survivre": "survivent", "manquer": "manquent", "valoir": "valent",
    "coûter": "coûtent", "peser": "pèsent", "figurer": "figurent", "trouver": "trouvent", "situer": "situent",
    "détenir": "détiennent", "abriter": "abritent",
}


def test_every_stative_verb_has_a_test_form():
    assert set(STATIVE_PLURALS) == set(tl.STATIVE_VERBS)


@pytest.mark.parametrize("lemma", sorted(tl.STATIVE_VERBS))
def test_stative_verb_makes_aujourdhui_present_ref(analyze, lemma):
    got = values(analyze, f"Ses deux frères {STATIVE_PLURALS[lemma]} aujourd'hui à Lyon.")
    assert ("aujourd'hui", "DATE", "PRESENT_REF") in got, got


@pytest.mark.parametrize("lemma, stem", sorted(tl.FUTURE_STEMS.items()))
def test_irregular_conditional_is_future(analyze, lemma, stem):
    got = values(analyze, f"Selon lui, le comité {stem}ait en septembre.")
    assert ("septembre", "DATE", "2020-09") in got, got


@pytest.mark.parametrize("cue", tl.COMPARISON_CUES)
def test_comparison_cue(analyze, cue):
    sep = "" if cue.endswith("'") else " "
    got = values(analyze, f"Le chiffre d'affaires de 2017 a atteint un record en octobre 2017. Il a "
                          f"progressé de 20% plus {cue}{sep}l'année passée.")
    assert [v for v in got if v[0] == "l'année passée"] == [("l'année passée", "DATE", "2016")], got


@pytest.mark.parametrize("text", ["le dossier 12-2020 est clos", "le code 12019-2020 est faux"])
def test_a_number_after_a_dash_is_a_year_only_after_a_year(text):
    assert [c for c in find_candidates(text) if c.kind == "year" and c.groups["year"] == "2020"] == []


# -- "jusqu'à" + weekday: an end bound, the nearer such day whatever the tense -------------------
@pytest.mark.parametrize("text, value", [
    ("Météo-France a maintenu la vigilance orange jusqu'à jeudi.", "2020-06-11"),
    ("Le suspect est resté en garde à vue jusqu'à lundi.", "2020-06-08"),
])
def test_until_a_weekday_is_the_nearer_such_day(analyze, text, value):
    assert [v for _, _, v in values(analyze, text)] == [value]
