"""The quotation stage on French sentences written for these tests (real spaCy model)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from chronique.extract.quotes import QuoteStage
from chronique.extract.quotes.stage import extract_quotes


from quotes_support import only, quote_pipeline, run, speaker_name  # noqa: F401 (fixture)


def test_incise_with_a_name(quote_pipeline):
    a = run(quote_pipeline, "« La réforme sera votée avant l'été », a affirmé Gérald Darmanin mardi.")
    (q,) = only(a, "direct")
    assert q.text == "La réforme sera votée avant l'été"
    assert "Darmanin" in speaker_name(a, q)
    assert q.cue.lemma == "affirmer" and a.text[q.cue.start:q.cue.end] == q.cue.text


def test_inverted_pronoun_resolves_to_the_last_person_not_the_outlet(quote_pipeline):
    text = ("Valérie Pécresse a réuni ses soutiens samedi à Versailles. « Nous allons gagner cette élection », "
            "déclare-t-elle au micro de BFMTV.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert q.speaker.text == "elle"
    assert speaker_name(a, q) == "Valérie Pécresse"


def test_gender_of_the_pronoun_picks_the_right_person(quote_pipeline):
    text = ("Marine Tondelier a rencontré Olivier Faure lundi. « Nous avons trouvé un accord sur les retraites », "
            "a-t-il expliqué.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Olivier Faure"


def test_colon_introduction_and_narrative_infinitive(quote_pipeline):
    text = ("Le maire de Lyon Grégory Doucet a détaillé son plan : « Les travaux commenceront en mars. » "
            "Et Grégory Doucet d'ajouter : « Personne ne sera oublié. »")
    a = run(quote_pipeline, text)
    quotes = only(a, "direct")
    assert [q.text for q in quotes] == ["Les travaux commenceront en mars.", "Personne ne sera oublié."]
    assert all("Doucet" in speaker_name(a, q) for q in quotes)


def test_partial_quotation_governed_by_a_speech_verb(quote_pipeline):
    a = run(quote_pipeline, "Le sénateur Bruno Retailleau estime que ce projet est « une faute politique majeure ».")
    (q,) = only(a, "partial")
    assert q.text == "une faute politique majeure"
    assert "Retailleau" in speaker_name(a, q)


def test_term_quoted_as_the_object_of_a_speech_verb(quote_pipeline):
    a = run(quote_pipeline, "La députée Clémentine Autain dénonce le « mépris » du gouvernement envers les syndicats.")
    (q,) = only(a, "partial")
    assert q.text == "mépris" and "Autain" in speaker_name(a, q)


@pytest.mark.parametrize("text", [
    "Le gouvernement a présenté le plan « France 2030 » aux industriels réunis à Paris.",
    "Les soldats de l'opération « Sentinelle » patrouillent devant les gares.",
    "La devise « Liberté, égalité, fraternité » orne le fronton de la mairie.",
    "Le pays est passé au « stade 3 » de l'épidémie selon les autorités sanitaires.",
    "Des « gilets jaunes » ont manifesté samedi devant la préfecture.",
    "Le sommet « Choose France » a réuni deux cents patrons à Versailles.",
])
def test_names_slogans_and_scare_quotes_get_no_speaker(quote_pipeline, text):
    a = run(quote_pipeline, text)
    assert all(q.speaker is None for q in a.quotes if q.kind != "indirect")


def test_unnamed_source_keeps_its_phrase(quote_pipeline):
    a = run(quote_pipeline, "« Il ne se représentera pas », confie un proche du ministre au Parisien.")
    (q,) = only(a, "direct")
    assert q.speaker.text == "un proche du ministre" and q.speaker.entity is None


def test_role_is_resolved_to_the_person_named_with_it(quote_pipeline):
    text = ("Le ministre de l'Intérieur Gérald Darmanin a visité Calais lundi. Il a rencontré des policiers. "
            "« Nous tiendrons nos engagements », a ajouté le ministre.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Gérald Darmanin"
    assert q.speaker.text == "le ministre"


def test_run_of_quotations_continues_the_same_speaker(quote_pipeline):
    text = ("« Nous ne reculerons pas », a martelé Fabien Roussel devant les militants. "
            "« Les salaires doivent augmenter. »\n\n« La bataille ne fait que commencer. »")
    a = run(quote_pipeline, text)
    quotes = only(a, "direct")
    assert len(quotes) == 3
    assert all("Roussel" in speaker_name(a, q) for q in quotes)


def test_quotation_over_paragraphs_shares_its_speaker(quote_pipeline):
    text = ("Jean Castex a déclaré : « La situation reste fragile.\n\n« Chacun doit rester prudent. »\n\n"
            "La conférence s'est terminée à midi.")
    a = run(quote_pipeline, text)
    quotes = only(a, "direct")
    assert [q.text for q in quotes] == ["La situation reste fragile.", "Chacun doit rester prudent."]
    assert all("Castex" in speaker_name(a, q) for q in quotes)


def test_indirect_speech_with_que_and_selon(quote_pipeline):
    text = ("Le Premier ministre Gabriel Attal a assuré mardi que les retraites seraient revalorisées. "
            "Selon le quotidien Les Echos, le projet sera présenté en juin.")
    a = run(quote_pipeline, text)
    reported = only(a, "indirect")
    first = next(q for q in reported if q.cue.lemma == "assurer")
    assert first.text.startswith("que les retraites seraient revalorisées")
    assert "Attal" in speaker_name(a, first)
    selon = next(q for q in reported if q.cue.lemma == "selon")
    assert selon.text.startswith("le projet sera présenté en juin")
    assert "Echos" in selon.speaker.text


def test_parenthetical_cue_reports_the_writer_clause(quote_pipeline):
    a = run(quote_pipeline, "Comme le révèle Le Monde, le ministre quittera ses fonctions à la fin du mois.")
    (q,) = only(a, "indirect")
    assert q.text.startswith("le ministre quittera ses fonctions")
    assert "Monde" in q.speaker.text


def test_quote_in_a_headline_then_colon_subject(quote_pipeline):
    a = run(quote_pipeline, "« Nous ne céderons pas » : la ministre Agnès Pannier-Runacher maintient sa réforme.")
    (q,) = only(a, "direct")
    assert "Pannier-Runacher" in speaker_name(a, q)


def test_straight_quotes_are_quotations_too(quote_pipeline):
    a = run(quote_pipeline, '"Nous attendons des actes", a réagi Sophie Binet, la secrétaire générale de la CGT.')
    (q,) = only(a, "direct")
    assert q.text == "Nous attendons des actes" and "Binet" in speaker_name(a, q)


def test_stage_declares_its_layers():
    assert QuoteStage.requires == ("entities", "timexes") and QuoteStage.assigns == ("quotes",)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "« ", " »", "“", "”", '"', "\n\n", ", a-t-il dit", " selon lui", " Marie Curie", " le ministre",
    " estime que", " : ", ". ", "il", " explique-t-elle", "Comme le rappelle Le Monde,", " un proche",
    "-", "»«", "Et de poursuivre :", " qui", " la ", "«»", "M.", " ",
]), max_size=30))
def test_no_input_breaks_the_extraction(nlp, pieces):
    from chronique.article import Article
    from chronique.extract.entities import EntityStage

    text = "".join(pieces)
    doc = nlp(text)
    article = EntityStage()(Article(id="t", text=text), doc)
    quotes = extract_quotes(article, doc)  # called directly: the stage's safety net would hide a bug
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_impersonal_on_takes_the_source_named_after_it(quote_pipeline):
    a = run(quote_pipeline, "« Il ne viendra pas à la cérémonie », a-t-on appris dans l'entourage du ministre.")
    (q,) = only(a, "direct")
    assert q.speaker.text == "l'entourage du ministre" and q.speaker.entity is None


def test_a_role_is_not_given_to_someone_holding_another(quote_pipeline):
    text = ("Le porte-parole du gouvernement Olivier Véran a rendu compte du Conseil des ministres. "
            "« Nous irons au bout de la réforme », a jugé le président, selon lui.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert q.speaker is not None and q.speaker.entity is None


def test_media_noun_is_the_outlet_named_before(quote_pipeline):
    text = ("Comme le révèle Le Parisien, la mairie a vendu le terrain en mars. "
            "Le maire Pierre Durand a refusé de commenter. Le terrain vaut deux millions, précise le quotidien.")
    a = run(quote_pipeline, text)
    reported = [q for q in only(a, "indirect") if q.cue.lemma == "préciser"]
    assert reported and "Parisien" in speaker_name(a, reported[0])


def test_the_meanings_of_a_word_are_terms_nobody_says(quote_pipeline):
    text = ("« C'est un menteur », a écrit le ministre Paulo Souza. Le mot portugais signifie aussi "
            "« tricheur » et « connard ».")
    a = run(quote_pipeline, text)
    assert [q.text for q in a.quotes if q.speaker is not None] == ["C'est un menteur"]


def test_a_verb_of_meaning_in_the_sentence_before_does_not_silence_a_quotation(quote_pipeline):
    a = run(quote_pipeline, "Personne ne sait ce que cela signifie. « Je suis perdu », confie Paul Durand.")
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Paul Durand"
