"""Attribution cases: a plural pronoun going on with an unnamed group, incises of tribute and of
imagination, an adverbial phrase inside the verb group, the person behind a document's figures, and
a name set between a subject and its quoted predicate.

Every sentence here was written for these tests; names are invented.
"""

from __future__ import annotations

from quotes_support import quote_pipeline, quote_with, run, speaker_name  # noqa: F401 (fixture)


def test_a_plural_pronoun_goes_on_with_the_unnamed_group_quoted_before(quote_pipeline):
    text = ("« Ces conclusions confirment des déficiences », ont expliqué les administrateurs dans un "
            "communiqué. « Les dépenses recouvrent des surcoûts », ont-ils précisé.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "dépenses recouvrent")) == "les administrateurs"


def test_a_plural_pronoun_after_one_person_stays_unresolved(quote_pipeline):
    text = ("« Ces conclusions confirment des déficiences », a expliqué le président Paul Girard. "
            "« Les dépenses recouvrent des surcoûts », ont-ils précisé.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "dépenses recouvrent")) == "ils"


def test_paying_tribute_is_an_incise(quote_pipeline):
    text = "« Il était mon maître », lui a rendu hommage l'ancien Premier ministre Hugo Lambert dans un tweet."
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "mon maître")) == "Hugo Lambert"


def test_imagining_is_an_incise_past_a_complement(quote_pipeline):
    text = ("« J'espère revenir », confie Yann Keraudren. « Les dortoirs devront être traités comme les "
            "supermarchés », avec leur lot de désinfectant, imagine Nadia Belkacem.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "dortoirs")) == "Nadia Belkacem"


def test_an_adverbial_phrase_inside_the_verb_group(quote_pipeline):
    text = ("« J'espère revenir », confie Yann Keraudren. « Nous serons encore en ligne à l'automne », a "
            "d'ores et déjà tranché la doyenne de l'université, Pauline Ostrowski.")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "encore en ligne")) == "Pauline Ostrowski"


def test_the_person_behind_a_document_s_figures_speaks(quote_pipeline):
    text = ("Seuls 7 milliards d'euros seront affectés à la transition, d'après les calculs du rapporteur "
            "général du budget.")
    a = run(quote_pipeline, text)
    [q] = [q for q in a.quotes if q.kind == "indirect"]
    assert speaker_name(a, q).startswith("rapporteur général")


def test_a_name_between_a_subject_and_its_quoted_predicate_speaks(quote_pipeline):
    text = ("La demande d'extradition peut également intervenir après condamnation. L'Irak, qui n'a pas de "
            "convention d'extradition et d'entraide pénale avec la France, rappelle Catherine Le Goff, \"n'est "
            "pas obligé de répondre positivement à cette demande\".")
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "pas obligé")) == "Catherine Le Goff"
    assert not [q for q in a.quotes if q.kind == "indirect" and q.text == "Catherine Le Goff"]


def test_a_name_praised_before_a_quoted_epithet_does_not_speak(quote_pipeline):
    text = "Le Premier ministre Jean Castel, a salué Emmanuel Marceau, « un homme de courage »."
    a = run(quote_pipeline, text)
    assert speaker_name(a, quote_with(a, "homme de courage")) != "Emmanuel Marceau"


def test_a_report_closed_by_a_weekday_and_an_outlet(quote_pipeline):
    text = ("Dans tous les cas, la France n'a juridiquement aucun moyen de soustraire à la justice locale l'un "
            "de ses ressortissants détenu à l'étranger, rappelle lundi Le Parisien.")
    a = run(quote_pipeline, text)
    [q] = [q for q in a.quotes if q.kind == "indirect"]
    assert speaker_name(a, q) == "Le Parisien" and q.text.startswith("Dans tous les cas")


def test_the_lead_s_unnamed_speaker_is_the_one_the_body_names_for_the_same_words(quote_pipeline):
    text = ("Le rétablissement de l'opposant Pavel Orlov prendra « encore beaucoup de temps », a annoncé sa "
            "porte-parole. « En toute logique, la convalescence de Pavel va prendre encore beaucoup de temps », "
            "a affirmé Kira Marchenko dans une émission.")
    a = run(quote_pipeline, text)
    [partial] = [q for q in a.quotes if q.kind == "partial"]
    assert speaker_name(a, partial) == "Kira Marchenko"


def test_guards_of_the_group_and_repetition_rules(quote_pipeline):
    a = run(quote_pipeline, "« Nous voulons des réponses », a déclaré le porte-parole des agriculteurs. « Nous "
                            "attendons », ont-ils ajouté.")
    assert speaker_name(a, quote_with(a, "Nous attendons")) == "ils"  # one man is no "ils"
    a = run(quote_pipeline, "« Nous ne lâcherons rien sur les retraites », a prévenu un manifestant. Plus tard, « nous "
                            "ne lâcherons rien sur les retraites », a répété le syndicaliste Marc Dulac.")
    assert speaker_name(a, a.quotes[0]) == "un manifestant"  # one of many said it first


def test_an_epithet_after_de_is_stored_once(quote_pipeline):
    a = run(quote_pipeline, "Evoquant son rival Marc Lenoir, qu'il avait qualifié de « champion du déni », Paul "
                            "Girard a parlé.")
    assert [q.kind for q in a.quotes if "champion du déni" in q.text] == ["partial"]
