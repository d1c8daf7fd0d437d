"""Time stage: detection, tense-aware normalisation and publication-date inference.

Sentences are our own; dates are chosen so that the expected values can be checked by hand
(2024-01-10 is a Wednesday, 2023-03-09 a Thursday).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.extract.time.normalize import duration_value, parse_number, resolve_month_day, weekday_date
from chronique.extract.time.patterns import find_candidates
from datetime import date


def timexes(analyze, text, published="2023-03-09"):
    art = analyze(text, published=published, title="Titre")
    return {t.text: t for t in art.timexes}, art


# -- pure functions ---------------------------------------------------------------------
def test_weekday_date_follows_tense():
    ref = date(2023, 3, 9)  # Thursday
    assert weekday_date(ref, 3, "past", None) == date(2023, 3, 8)
    assert weekday_date(ref, 3, "future", None) == date(2023, 3, 15)
    assert weekday_date(ref, 5, "past", None) == date(2023, 3, 3)
    assert weekday_date(ref, 4, None, "last") == date(2023, 3, 2)


def test_month_year_follows_tense():
    ref = date(2024, 1, 15)
    assert resolve_month_day(ref, 12, None, "past", None) == 2023
    assert resolve_month_day(ref, 12, None, "future", None) == 2024
    assert resolve_month_day(ref, 10, None, None, "last") == 2023
    assert resolve_month_day(ref, 1, 20, "future", None) == 2024


def test_a_day_close_to_the_publication_stays_in_its_year_whatever_the_tense():
    ref = date(2018, 11, 14)
    assert resolve_month_day(ref, 11, 22, "past", None) == 2018    # "a calé le discours le 22 novembre"
    assert resolve_month_day(ref, 11, 10, "future", None) == 2018
    assert resolve_month_day(ref, 12, 30, "past", None) == 2017    # weeks away: the tense decides
    assert resolve_month_day(ref, 11, 22, None, "last") == 2017    # "le 22 novembre dernier"


@pytest.mark.parametrize("words,number", [("deux", 2), ("vingt-cinq", 25), ("1,5", 1.5), ("cinq ou six", 5),
                                          ("quelques", None)])
def test_parse_number(words, number):
    assert parse_number(words) == number


def test_duration_values():
    assert duration_value(10, "minutes") == "PT10M"
    assert duration_value(2, "ans") == "P2Y"
    assert duration_value(None, "jours") == "PXD"
    assert duration_value(2, "décennies") == "P20Y"


# -- detection (regex layer only) ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "le G20 de Osaka", "Mai 68 reste un mythe", "recours au 49-3", "le CAC 40 recule", "la Covid-19",
])
def test_names_with_numbers_are_not_candidates(text):
    assert not [c for c in find_candidates(text) if c.kind in ("year", "duration", "month", "date", "clock")]


# -- through the pipeline -------------------------------------------------------------------
def test_tense_decides_the_weekday(analyze):
    found, _ = timexes(analyze, "La ministre a déclaré mercredi que le président se rendra vendredi à Lyon.")
    assert found["mercredi"].value == "2023-03-08"
    assert found["vendredi"].value == "2023-03-10"
    assert found["mercredi"].anchor == "published"


def test_month_without_year_in_past_clause(analyze):
    found, _ = timexes(analyze, "En décembre, le conseil municipal avait voté le budget. "
                                "En octobre dernier, la mairie a fermé la piscine.", "2024-01-15")
    assert found["décembre"].value == "2023-12"
    assert found["octobre dernier"].value == "2023-10"


def test_dates_ranges_and_granularity(analyze):
    found, _ = timexes(analyze, "Le festival aura lieu du 12 au 14 juin. Le contrat signé le 1er mars 2021 "
                                "court jusqu'au 1/10/2022. Fin 2022, mi-avril et début mai, les ventes ont baissé.")
    assert found["du 12 au 14 juin"].value == "2023-06-12/2023-06-14"
    assert found["le 1er mars 2021"].value == "2021-03-01"
    assert found["1/10/2022"].value == "2022-10-01"
    assert (found["Fin 2022"].value, found["Fin 2022"].mod) == ("2022", "END")
    assert found["mi-avril"].mod == "MID"
    assert found["début mai"].mod == "START"


def test_deictic_relative_and_anaphoric(analyze):
    found, _ = timexes(analyze, "Hier soir, les pompiers sont intervenus. La veille, une alerte avait été lancée. "
                                "Il y a deux ans, l'usine avait déjà brûlé. Les travaux commenceront dans quinze jours. "
                                "Cette semaine, le maire a reçu les riverains. L'an prochain, tout sera rénové.")
    assert (found["Hier soir"].type, found["Hier soir"].value) == ("TIME", "2023-03-08TEV")
    assert found["La veille"].value == "2023-03-07"
    assert found["La veille"].anchor == found["Hier soir"].id
    assert found["Il y a deux ans"].value == "2021"
    assert found["dans quinze jours"].value == "2023-03-24"
    assert found["Cette semaine"].value == "2023-W10"
    assert found["L'an prochain"].value == "2024"


def test_times_durations_sets_and_vague(analyze):
    found, _ = timexes(analyze, "L'incendie s'est déclaré samedi soir vers 21 h 45. Il a duré environ dix minutes. "
                                "Le marché se tient chaque année. Les résultats seront bientôt publiés; "
                                "le site est actuellement fermé.")
    assert found["samedi soir"].value == "2023-03-04TEV"
    assert found["vers 21 h 45"].value == "2023-03-04T21:45"
    assert (found["environ dix minutes"].value, found["environ dix minutes"].mod) == ("PT10M", "APPROX")
    assert (found["chaque année"].type, found["chaque année"].value) == ("SET", "P1Y")
    assert found["bientôt"].value == "FUTURE_REF"
    assert found["actuellement"].value == "PRESENT_REF"


@pytest.mark.parametrize("text,bad", [
    ("Ils dessinent l'Europe de demain.", "demain"),
    ("Un homme de 40 ans a été interpellé.", "40 ans"),
    ("Jean Martin, 67 ans, a pris la parole.", "67 ans"),
    ("Il n'a pas hésité une seconde.", "une seconde"),
    ("Elle parle pour la première fois.", "fois"),
    ("Le sommet du G20 s'ouvre.", "G20"),
])
def test_not_time_expressions(analyze, text, bad):
    found, _ = timexes(analyze, text)
    assert not [t for t in found if bad in t]


def test_underspecified_without_date_and_no_clue(analyze):
    art = analyze("Le conseil se réunira le 1er octobre pour voter le budget.", published=None, title="Titre")
    assert art.published.value is None and art.published.source == "unknown"
    assert [t.value for t in art.timexes] == ["XXXX-10-01"]


def test_publication_date_inferred_from_dated_clue(analyze):
    text = ("Le gouvernement a présenté ce jeudi 9 mars son projet de loi sur l'énergie. "
            "Le texte sera examiné par les députés lundi. En 2022, un premier projet avait échoué.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.source == "inferred"
    assert art.published.value == "2023-03-09"
    assert 0 <= art.published.confidence <= 1 and art.published.evidence
    lundi = next(t for t in art.timexes if t.text == "lundi")
    assert lundi.value == "2023-03-13"  # resolved against the inferred date, future clause


def test_inference_never_contradicts_a_past_date(analyze):
    text = "Le maire a inauguré le 20 mai 2021 la nouvelle médiathèque. Il s'est exprimé mercredi."
    art = analyze(text, published=None, title="Titre")
    assert art.published.value is not None and art.published.value >= "2021-05-20"


def test_a_year_naming_a_thing_does_not_date_the_clause(nlp):
    from chronique.extract.time.tense import clause_tense

    text = "Ils ont saisi le tribunal pour obtenir une primaire avant l'élection présidentielle de 2027."
    doc = nlp(text)
    start = text.index("2027")
    assert clause_tense(doc, start, start + 4) is None
    # guards: a year that dates the verb keeps the verb's tense, and so does a part of a year
    text = "En 2027, ils ont saisi le tribunal."
    doc = nlp(text)
    assert clause_tense(doc, 3, 7) == "past"
    text = "Le chantier sera achevé à la fin de 2027."
    doc = nlp(text)
    start = text.index("2027")
    assert clause_tense(doc, start, start + 4) == "future"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_stage_never_crashes(nlp, text):
    from chronique.article import Article
    from chronique.extract.time import TimeStage

    art = TimeStage()(Article(id="x", text=text), nlp(text))
    assert art.check_offsets() == []


def test_seasons_sets_and_named_durations(analyze):
    found, _ = timexes(analyze, "Cet automne, la ligne sera prolongée. L'automne dernier, les travaux avaient pris du retard. "
                                "Le bus passe tous les lundis et le site est mis à jour quotidiennement. "
                                "Le septennat a été remplacé par le quinquennat. L'opposition a 24h pour réagir.",
                       "2020-07-14")
    assert found["Cet automne"].value == "2020-FA"
    assert found["L'automne dernier"].value == "2019-FA"
    assert (found["tous les lundis"].type, found["tous les lundis"].value) == ("SET", "XXXX-WXX-1")
    assert found["quotidiennement"].value == "P1D"
    assert found["septennat"].value == "P7Y"
    assert (found["24h"].type, found["24h"].value) == ("DURATION", "PT24H")


def test_same_day_and_evening_lean_on_the_previous_date(analyze):
    found, _ = timexes(analyze, "Le préfet a réuni les élus jeudi 5 mars en soirée. Le même jour, la ville "
                                "avait fermé ses écoles. Ce jour-là, il pleuvait.", "2020-03-07")
    assert found["jeudi 5 mars"].value == "2020-03-05"
    assert found["en soirée"].value == "2020-03-05TEV"
    assert found["Le même jour"].value == "2020-03-05"
    assert found["Ce jour-là"].anchor == found["Le même jour"].id


def test_tml_reader_on_a_small_document(tmp_path):
    from chronique.evaluate.timebank import read_tml, score_doc
    from chronique.article import Timex

    tml = tmp_path / "x.tml"
    tml.write_text('<?xml version="1.0" encoding="UTF-8"?><TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" '
                   'tid="t1" type="DATE" value="1999-05-17"/></DCT><TEXT>Il est venu <TIMEX3 tid="t2" type="DATE" '
                   'value="1999-05-16">hier</TIMEX3> à <EVENT eid="e1">Nancy <TIMEX3 tid="t3" type="TIME" '
                   'value="1999-05-16T18:00">18 h</TIMEX3></EVENT>.</TEXT></TimeML>', encoding="utf-8")
    doc = read_tml(tml)
    assert doc.dct == "1999-05-17" and [t.text for t in doc.timexes] == ["hier", "18 h"]
    system = [Timex("t1", "DATE", "hier", doc.timexes[0].start, doc.timexes[0].end, "1999-05-16"),
              Timex("t2", "TIME", "Nancy 18", doc.timexes[1].start - 6, doc.timexes[1].end - 2, "1999-05-16T19:00")]
    c = score_doc(doc, system)
    assert (c.strict, c.relaxed, c.value_ok, c.type_ok) == (1, 2, 1, 2)


def test_nights_holidays_and_parts_of_periods(analyze):
    found, _ = timexes(analyze, "Dans la nuit de samedi à dimanche, un entrepôt a brûlé. À Noël, les familles se "
                                "retrouveront. Noël Dupuis a porté plainte. À la fin de l'année dernière, la dette "
                                "avait grimpé.", "2020-06-10")
    assert found["la nuit de samedi à dimanche"].value == "2020-06-06TNI"
    assert found["Noël"].value == "2020-12-25"
    assert len([t for t in found if t.startswith("Noël")]) == 1
    assert (found["la fin de l'année dernière"].value, found["la fin de l'année dernière"].mod) == ("2019", "END")


def test_ages_and_anniversaries_are_not_durations(analyze):
    found, _ = timexes(analyze, "Cette Lyonnaise de 86 ans a été secourue, raconte Karim, 37 ans. Le musée fête "
                                "les 150 ans de la ville. Les travaux dureront deux ans.")
    assert list(found) == ["deux ans"]


def test_a_weekday_and_part_of_day_before_a_date_are_one_time(analyze):
    found, _ = timexes(analyze, "Elle a débattu jeudi soir 14 mars sur la chaîne.", published="2019-03-16")
    assert [(t.text, t.type, t.value) for t in found.values()] == [("jeudi soir 14 mars", "TIME", "2019-03-14TEV")]
    # with the date hidden, the weekday still counts among the years the text allows
    art = analyze("Titre\n\nLe Premier ministre Édouard Philippe était là. Elle a débattu jeudi soir 14 mars "
                  "sur la chaîne, a-t-elle dit vendredi.")
    assert art.published.value == "2019-03-15"


def test_a_month_in_a_future_perfect_is_the_nearest(analyze):
    found, _ = timexes(analyze, "Les accidents baissent depuis mars, et juillet n'aura pas fait exception.", "2020-08-13")
    assert found["juillet"].value == "2020-07"


def test_a_month_naming_a_thing_does_not_date_the_clause_and_a_deadline_is_ahead(nlp):
    from chronique.extract.time.tense import clause_tense
    text = "Il a décrit les élections régionales de mars 2021 comme son rendez-vous de la confiance."
    doc = nlp(text)
    start = text.index("mars 2021")
    assert clause_tense(doc, start, start + 9) is None
    text = "Le premier tour serait annulé et un nouveau scrutin organisé « au plus tard au mois de janvier 2021 »."
    doc = nlp(text)
    start = text.index("au mois de janvier 2021")
    assert clause_tense(doc, start, start + len("au mois de janvier 2021")) == "future"
    # guard: a month that dates the verb keeps the verb's tense
    text = "Il a démissionné en mars 2021."
    doc = nlp(text)
    assert clause_tense(doc, text.index("mars"), text.index("mars") + 9) == "past"


@pytest.mark.parametrize("text, timexes", [
    ("Il l'a confié au Parisien/Aujourd'hui en France.", []),
    ("Selon les informations du Journal du dimanche, l'avocat a menti.", []),
    ("Selon 20 Minutes, l'avocat a menti.", []),
    ("Il a parlé 20 minutes avec l'avocat.", ["20 minutes"]),
    ("Aujourd'hui en France, il pleut.", ["Aujourd'hui"]),
])
def test_an_outlet_named_with_a_time_word_is_no_time(analyze, text, timexes):
    assert [t.text for t in analyze(text, published="2020-01-26").timexes] == timexes
