"""The parts of speaker resolution on their own: agreement, role phrases, speaker phrases and the
non-speech uses of speech verbs (real spaCy model, sentences written for these tests)."""

from __future__ import annotations

import pytest

from chronique.extract.quotes.non_speech import (
    infinitive_of_another_subject, not_asserted, pronominal_other_meaning, purpose_of_passive,
)
from chronique.extract.quotes.referent import norm_phrase
from chronique.lang.fr.first_names import name_gender as first_name_gender
from chronique.lang.fr.gender import compatible
from chronique.extract.quotes.role_phrases import role_after, role_before
from chronique.extract.quotes.speaker_phrases import is_complement, plausible_speaker, postposed_np
from chronique.extract.quotes.tables import DANGLING_WORDS, DEFINITE_DETERMINERS


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("name, gender", [
    ("Claire Dubois", "Fem"), ("Marc Lenoir", "Masc"), ("Marie-Hélène Petit", "Fem"), ("Jean-Luc Morel", "Masc"),
    ("Dominique Roux", None),  # both genders
    ("Xyzzy Roux", None), ("", None),
])
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


def test_agreement_and_phrase_keys():
    assert compatible(None, "Fem") and compatible("Masc", None) and compatible("Fem", "Fem")
    assert not compatible("Fem", "Masc")
    assert norm_phrase("  Chef de  l’État ") == "chef de l'état"
    assert DEFINITE_DETERMINERS <= DANGLING_WORDS


def test_role_before_and_after_a_name(nlp):
    doc = nlp("Le ministre de l'Intérieur Paul Girard est arrivé.")
    # "le ministre" is said of women too: the masculine of an epicene office gives no gender
    assert role_before(doc, _token(doc, "Paul").i) == ("ministre de l'intérieur", None)
    doc = nlp("La ministre de l'Intérieur Claire Dubois est arrivée.")
    assert role_before(doc, _token(doc, "Claire").i) == ("ministre de l'intérieur", "Fem")
    doc = nlp("Le directeur de l'hôpital Paul Girard est arrivé.")
    assert role_before(doc, _token(doc, "Paul").i) == ("directeur de l'hôpital", "Masc")
    doc = nlp("Claire Dubois, la directrice de l'hôpital, a parlé.")
    assert role_after(doc, _token(doc, "Dubois").i + 1) == ("directrice de l'hôpital", "Fem")
    # a complement is not a title, a clause is not an apposition
    doc = nlp("La visite du Paul Girard a été annulée.")
    assert role_before(doc, _token(doc, "Paul").i) is None
    doc = nlp("Face à Claire Dubois, le porte-parole a assuré que tout allait bien.")
    assert role_after(doc, _token(doc, "Dubois").i + 1) is None


def test_speaker_phrase_after_an_inverted_cue(nlp):
    doc = nlp("« Nous gagnerons », affirme le maire de Lyon lundi soir.")
    i = _token(doc, "affirme").i + 1
    a, b = postposed_np(doc, i, len(doc))
    assert doc[a:b].text == "le maire de Lyon"
    assert plausible_speaker(doc, a, b)
    assert is_complement(doc, _token(doc, "Lyon").i, a)


def test_things_do_not_speak(nlp):
    doc = nlp("La disparition de cette taxe est prévue.")
    assert not plausible_speaker(doc, 0, 5)


def test_non_speech_uses_of_speech_verbs(nlp):
    doc = nlp("Le chien s'appelle Max.")
    assert pronominal_other_meaning(_token(doc, "appelle"), "appeler")
    doc = nlp("Le maire appelle les habitants au calme.")
    assert not pronominal_other_meaning(_token(doc, "appelle"), "appeler")
    doc = nlp("Le gouvernement voit s'opposer deux ministres.")
    assert infinitive_of_another_subject(_token(doc, "opposer"))
    doc = nlp("Un test est effectué pour confirmer que le résultat est fiable.")
    assert purpose_of_passive(_token(doc, "confirmer"))
    doc = nlp("Le ministre est venu pour confirmer que le projet continue.")
    assert not purpose_of_passive(_token(doc, "confirmer"))
    doc = nlp("L'armée a bombardé la ville sans que le ministre confirme l'attaque.")
    assert not_asserted(_token(doc, "confirme"))
