"""Scraping glue, hours and counts: a video caption's source glued to the words around it ("répond
Jeanne Morelpar BFMTVPlutôt"), an outlet whose digits lost their space ("20Minutes"), an acronym
glued to the next sentence's elided article ("ténors LRL'heure"), a run-in
subheading that opens with a number after a quotation's stop; "24 heures" and "10 heures de
négociations" are durations, "vers 18 heures" a time; a count of a hyphenated noun ("300
sapeurs-pompiers"); a chamber of commerce is an organisation, a quoted title after the noun of a
work ("l'émission « … »") a work.

Every sentence here was written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from chronique.ingest.clean import clean
from chronique.ingest.raw import RawArticle
from chronique.ingest.vocab import known_word_checker


@pytest.fixture(scope="module")
def cleaned(nlp):
    known = known_word_checker(nlp.vocab)
    return lambda text: clean(RawArticle(text=text, source="<t>", title="Titre", title_in_text=False), known)


def pieces(c):
    return [(b.kind, c.text[b.start:b.end]) for b in c.blocks]


def test_a_caption_source_glued_to_both_sides_is_cut_off(cleaned):
    c = cleaned("Le débat a repris. Pas d'alliance avec le FN : “Et alors ?” répond Jeanne Morelpar "
                "BFMTVPlutôt que de s'allier au FN, l'ancienne ministre préfère convaincre ses électeurs.")
    assert "Jeanne Morel par BFMTV" not in c.text and "Morelpar" not in c.text
    assert ("paragraph", "par BFMTV") in pieces(c)
    assert any(t.startswith("Plutôt que de s'allier") for _, t in pieces(c))


def test_an_outlets_digits_glued_to_its_name(cleaned):
    c = cleaned("La vidéo a été vue des milliers de fois. Comme le rapporte 20Minutes, Éric Morvan a témoigné.")
    assert "Comme le rapporte 20 Minutes, Éric Morvan a témoigné." in c.text
    assert all(kind == "paragraph" for kind, _ in pieces(c))


def test_an_elided_article_glued_to_an_acronym(cleaned):
    c = cleaned("La nomination tend la main à certains ténors LRL'heure de vérité a sonné pour eux.")
    assert "ténors LR L'heure de vérité" in c.text


def test_a_subheading_opening_on_a_number_after_a_quotations_stop(cleaned, analyze):
    text = ("Il ignorait qu'il s'agissait \"d'une issue de secours\".9 000 euros d'amendeDans la foulée, "
            "l'équipage alerte la police.")
    assert ("subheading", "9 000 euros d'amende") in pieces(cleaned(text))
    assert [(m.value, m.unit) for m in analyze(text, published="2018-05-07").amounts] == [(9000, "EUR")]


@pytest.mark.parametrize("sentence, words, kind", [
    ("Depuis 24h, l'agression fait grand bruit.", "24h", "DURATION"),
    ("Le déraillement survient après 24 heures de violentes intempéries.", "24 heures", "DURATION"),
    ("Après 10 heures de négociations, l'accord a été signé.", "10 heures", "DURATION"),
    ("Il est reparti vers 18 heures.", "vers 18 heures", "TIME"),
    ("Il est arrivé à 10 heures du matin.", "10 heures", "TIME"),
])
def test_hours_of_a_duration_and_of_a_time(analyze, sentence, words, kind):
    timexes = analyze(sentence, published="2020-06-12").timexes
    assert [(t.text, t.type) for t in timexes] == [(words, kind)]


def test_a_count_of_a_hyphenated_noun(analyze):
    a = analyze("Selon la préfecture, 300 sapeurs-pompiers s'activent.", published="2019-07-29")
    assert [(m.value, m.unit) for m in a.amounts] == [(300, "sapeurs-pompiers")]


def test_a_chamber_of_commerce_is_an_organisation(analyze):
    a = analyze("Le chanteur a été récompensé par la Chambre de commerce d'Hollywood.", published="2017-06-25")
    chambers = [(e.type, e.name) for e in a.entities if "Chambre" in e.name]
    assert chambers == [("ORG", "Chambre de commerce d'Hollywood")]


def test_a_quoted_title_after_the_noun_of_a_work_is_a_work(analyze):
    a = analyze("On la retrouvera dans l'émission « Confidences du soir » sur TF1, puis dans le jeu « Les "
                "12 coups de minuit ». Le jeu « Les 12 coups de minuit » est un succès.", published="2017-07-08")
    works = sorted(e.name for e in a.entities if e.type == "MISC")
    assert works == ["Confidences du soir", "Les 12 coups de minuit"]
    assert not a.amounts  # a number inside a name is no amount
