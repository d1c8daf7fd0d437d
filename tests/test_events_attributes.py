"""Event attributes through the real pipeline: the time (parse, story day, demonstrative
take-up), the place ("où", "sur", dateline), nationality adjectives as actors, and questions."""

from __future__ import annotations

import pytest

from chronique.lang.fr.demonyms import DEMONYM_COUNTRIES, DEMONYMS
from chronique.extract.events.when import _as_day
from events_support import names, run

def event(art, etype, trigger=None):
    hits = [e for e in art.events if e.type == etype and (trigger is None or e.trigger.text == trigger)]
    assert len(hits) == 1, [(e.type, e.trigger.text) for e in art.events]
    return hits[0]


def value(art, ev):
    return next(t.value for t in art.timexes if t.id == ev.time) if ev.time else None


def place(art, ev):
    return art.entity(ev.place).name if ev.place else None


# -- time ----------------------------------------------------------------------------------
def test_date_in_the_clause_dates_the_event(analyze):
    art = run(analyze, "Camille Renaud a rencontré mardi Hugo Lambert à Nantes.")
    assert value(art, event(art, "CONSULT")) == "2024-03-05"


def test_undated_event_of_the_story_takes_the_story_day(analyze):
    art = run(analyze, "Le ministre Camille Renaud s'est rendu mercredi à Nantes pour une journée de travail. "
                       "Sur place, elle a rencontré Hugo Lambert, le maire de la ville.")
    ev = event(art, "CONSULT", "rencontré")
    assert value(art, ev) == "2024-03-06"


def test_story_day_skips_background_and_planned_events(analyze):
    art = run(analyze, "Camille Renaud s'est rendue mercredi à Nantes. Elle avait rencontré Hugo Lambert "
                       "à Lille. Elle rencontrera Julie Garnier.")
    assert event(art, "CONSULT", "rendue").time is not None
    assert event(art, "CONSULT", "rencontré").time is None  # pluperfect: before the story
    assert event(art, "CONSULT", "rencontrera").time is None  # future: not on the story day


def test_story_day_not_given_to_quoted_events(analyze):
    art = run(analyze, "Camille Renaud s'est rendue mercredi à Nantes. « J'ai rencontré Hugo Lambert », "
                       "a raconté Julie Garnier.")
    ev = event(art, "CONSULT", "rencontré")
    assert ev.time is None


def test_an_old_date_in_the_lead_is_no_story_day(analyze):
    # more than a week before publication: background, not the day of the story
    art = run(analyze, "Camille Renaud a quitté Nantes le 2 janvier. Elle a rencontré Hugo Lambert à Lille.")
    ev = event(art, "CONSULT", "rencontré")
    assert ev.time is None


def test_no_story_day_without_publication_date(analyze):
    art = run(analyze, "Camille Renaud s'est rendue mercredi à Nantes. Elle a rencontré Hugo Lambert.",
              published=None)
    assert event(art, "CONSULT", "rencontré").time is None


def test_sentence_opening_on_a_demonstrative_takes_up_the_date_before(analyze):
    art = run(analyze, "L'entreprise Valdor a fait faillite en 2016. Cette faillite a entraîné la "
                       "démission de Hugo Lambert.")
    ev = event(art, "RETREAT")
    assert value(art, ev) == "2016"


def test_without_demonstrative_no_date_is_taken_up(analyze):
    art = run(analyze, "L'entreprise Valdor a fait faillite en 2016. Les salariés avaient appris la "
                       "démission de Hugo Lambert.")
    assert event(art, "RETREAT").time is None


def test_a_date_of_another_clause_is_not_replaced_by_the_story_day(analyze):
    art = run(analyze, "Camille Renaud s'est rendue mercredi à Nantes. Hugo Lambert, qui dirigeait la ville "
                       "en 2010, a critiqué Julie Garnier.")
    assert value(art, event(art, "ACCUSE")) in (None, "2010")


@pytest.mark.parametrize("text,day", [("2024-03-06", (2024, 3, 6)), ("2024-03-06TEV", (2024, 3, 6)),
                                      ("2024-03", None), ("2024-W10", None), ("2024-02-31", None)])
def test_day_precision(text, day):
    got = _as_day(text)
    assert (got.year, got.month, got.day) == day if day else got is None


# -- place ---------------------------------------------------------------------------------
def test_relative_ou_gives_the_place(analyze):
    art = run(analyze, "Camille Renaud a passé la semaine en Bretagne, où elle a rencontré Hugo Lambert.")
    assert place(art, event(art, "CONSULT")) == "Bretagne"


def test_sur_before_a_bare_city_is_a_place(analyze):
    art = run(analyze, "Camille Renaud a rencontré Hugo Lambert sur Biarritz.")
    assert place(art, event(art, "CONSULT")) == "Biarritz"


def test_sur_is_the_topic_of_a_criticism(analyze):
    art = run(analyze, "Camille Renaud a critiqué Hugo Lambert sur Israël.")
    assert place(art, event(art, "ACCUSE")) is None


def test_sur_is_the_place_of_a_strike(analyze):
    art = run(analyze, "L'armée syrienne a bombardé des positions rebelles sur Alep. La Syrie dément.")
    ev = event(art, "ASSAULT")
    assert place(art, ev) == "Alep"
    assert "Syrie" in names(art, ev, "source")


def test_dateline_place_for_the_story_day(analyze):
    art = run(analyze, "RENNES (AFP) - Camille Renaud a rencontré mardi Hugo Lambert. La ville de Rennes "
                       "accueille le congrès.")
    assert art.dateline and art.dateline.startswith("RENNES")
    assert place(art, event(art, "CONSULT")) == "Rennes"


# -- nationality adjectives ----------------------------------------------------------------
def test_nationality_adjective_on_the_trigger_is_the_actor(analyze):
    art = run(analyze, "Israël n'a pas commenté. Des frappes israéliennes ont eu lieu samedi à Gaza.")
    ev = event(art, "ASSAULT")
    assert names(art, ev, "source") == {"Israël"}
    assert place(art, ev) == "Gaza"


def test_nationality_adjective_on_a_government_subject(analyze):
    art = run(analyze, "La France reste prudente. Le gouvernement français a critiqué Hugo Lambert.")
    assert "France" in names(art, event(art, "ACCUSE"), "source")


def test_nationality_adjective_needs_the_country_in_the_article(analyze):
    art = run(analyze, "Des frappes israéliennes ont eu lieu samedi à Gaza.")
    assert all("Israël" not in names(art, e) for e in art.events)


def test_a_private_person_nationality_does_not_make_the_country_act(analyze):
    art = run(analyze, "La France suit l'affaire. Un touriste français a insulté Hugo Lambert.")
    assert all("France" not in names(art, e) for e in art.events)


def test_demonym_table_inflections():
    assert DEMONYM_COUNTRIES["israeliennes"] == ("Israël",)
    assert DEMONYM_COUNTRIES["francais"] == ("France",)
    assert DEMONYM_COUNTRIES["hebreux"] == ("Israël",)
    assert DEMONYM_COUNTRIES["afghanes"] == ("Afghanistan",)
    assert all(countries for _, _, countries in DEMONYMS)


# -- questions -----------------------------------------------------------------------------
def test_an_event_asked_about_is_not_reported(analyze):
    art = run(analyze, "« Tu vas critiquer Hugo Lambert ? », a demandé Camille Renaud.")
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_an_event_followed_by_a_question_elsewhere_stays(analyze):
    art = run(analyze, "Camille Renaud a critiqué Hugo Lambert. Que vont-ils faire ?")
    assert names(art, event(art, "ACCUSE")) == {"Camille Renaud", "Hugo Lambert"}
