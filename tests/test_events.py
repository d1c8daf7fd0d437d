"""Events through the real pipeline: actors from the parse, resolved to entities; time, place,
modality and attribution."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events_support import names


def events(analyze, text, published="2024-03-05"):
    art = analyze(text, published=published, title="Titre")
    assert not art.check_offsets()
    return art, list(art.events)


def only(art, evs, etype):
    hits = [e for e in evs if e.type == etype]
    assert len(hits) == 1, [(e.type, e.trigger.text) for e in evs]
    return hits[0]


def test_verbal_trigger_with_source_and_partner(analyze):
    art, evs = events(analyze, "Olaf Scholz a convenu avec Rishi Sunak d'une nouvelle rencontre.")
    ev = only(art, evs, "AGREE")
    assert ev.trigger.text == "convenu" and ev.mode == "agreement"
    assert "Olaf Scholz" in names(art, ev, "source") and "Rishi Sunak" in names(art, ev)


def test_phone_call_noun_and_title_resolved(analyze):
    art, evs = events(analyze, "Emmanuel Macron a eu mardi un entretien téléphonique avec Olaf Scholz à Paris.")
    ev = only(art, evs, "CONSULT")
    assert ev.mode == "phone" and ev.trigger.text == "entretien téléphonique"
    assert names(art, ev) >= {"Emmanuel Macron", "Olaf Scholz"}
    assert art.entity(ev.place).name == "Paris"
    assert next(t for t in art.timexes if t.id == ev.time).value == "2024-03-05"


def test_summit_place_and_partner(analyze):
    art, evs = events(analyze, "Olaf Scholz a tenu jeudi son premier sommet avec le président Lula à Brasilia.")
    ev = only(art, evs, "CONSULT")
    assert ev.mode == "summit"
    assert "Olaf Scholz" in names(art, ev)
    assert art.entity(ev.place).name == "Brasilia"
    assert ev.time is not None


def test_pronoun_subject_takes_the_last_person(analyze):
    art, evs = events(analyze, "Marine Tondelier a tenu un meeting à Lille. Elle a fustigé Gérald Darmanin.")
    ev = only(art, evs, "ACCUSE")
    assert names(art, ev, "source") == {"Marine Tondelier"}
    assert names(art, ev, "target") == {"Gérald Darmanin"}


def test_title_subject_refers_back_to_the_person(analyze):
    text = "Bruno Le Maire était à Bercy lundi. Le ministre a ensuite critiqué Thierry Breton."
    art, evs = events(analyze, text)
    ev = only(art, evs, "ACCUSE")
    assert "Bruno Le Maire" in names(art, ev, "source")


def test_relative_qui_takes_its_antecedent(analyze):
    art, evs = events(analyze, "C'est Gabriel Attal qui a rencontré Élisabeth Borne à Matignon.")
    ev = only(art, evs, "CONSULT")
    assert names(art, ev) >= {"Gabriel Attal", "Élisabeth Borne"}


def test_passive_agent_is_the_source(analyze):
    art, evs = events(analyze, "Nicolas Sarkozy a été auditionné le 3 juillet par le parquet de Nanterre.")
    ev = only(art, evs, "COERCE")
    assert any("Nanterre" in n for n in names(art, ev, "source"))
    assert names(art, ev, "target") == {"Nicolas Sarkozy"}


def test_nominal_trigger_with_de_complement(analyze):
    art, evs = events(analyze, "La démission de Nicolas Hulot a surpris tout le monde.")
    ev = only(art, evs, "RETREAT")
    assert ev.mode == "resignation" and names(art, ev) == {"Nicolas Hulot"}


def test_visit_place_and_companion(analyze):
    art, evs = events(analyze, "Le roi Charles III a fait une visite à Bordeaux en compagnie de Brigitte Macron.")
    ev = only(art, evs, "CONSULT")
    assert ev.mode == "visit" and art.entity(ev.place).name == "Bordeaux"
    assert "Brigitte Macron" in names(art, ev)


def test_event_without_named_participant_is_dropped(analyze):
    _, evs = events(analyze, "Le ministre a rencontré des syndicalistes dans la matinée.")
    assert evs == []


def test_generic_word_needs_its_condition(analyze):
    # "évoquer" is an event only with a partner, "recevoir" only with a named guest
    _, evs = events(analyze, "Olaf Scholz a évoqué la crise. Olaf Scholz a reçu une lettre.")
    assert evs == []


@pytest.mark.parametrize("text", ["Le ministre Jean Dupont a reçu un courrier de la part du Quai d'Orsay.",
                                  "Le ministre Jean Dupont a reçu un appel de l'Élysée.",
                                  "Jean Dupont a reçu un avertissement de Google.",
                                  "Emmanuel Macron a reçu les félicitations de Joe Biden."])
def test_a_thing_received_from_someone_is_no_visit(analyze, text):
    _, evs = events(analyze, text)
    assert not [e for e in evs if e.type == "CONSULT"]


@pytest.mark.parametrize("text, modality", [
    ("Emmanuel Macron rencontre Olaf Scholz à Berlin.", "asserted"),
    ("Emmanuel Macron rencontrera Olaf Scholz à Berlin.", "planned"),
    ("Emmanuel Macron doit rencontrer Olaf Scholz à Berlin.", "planned"),
    ("Emmanuel Macron devrait rencontrer Olaf Scholz à Berlin.", "planned"),
    ("Emmanuel Macron prévoit de rencontrer Olaf Scholz à Berlin.", "planned"),
    ("Emmanuel Macron envisage de rencontrer Olaf Scholz à Berlin.", "planned"),
    ("Emmanuel Macron se rendra à Berlin avec Olaf Scholz.", "planned"),
    ("Emmanuel Macron n'a pas rencontré Olaf Scholz à Berlin.", "negated"),
    ("Emmanuel Macron n'a jamais critiqué Olaf Scholz.", "negated"),
    ("Emmanuel Macron a tenté de rencontrer Olaf Scholz, en vain.", "attempted"),
    ("Emmanuel Macron a essayé de bloquer Olaf Scholz.", "attempted"),
    ("Emmanuel Macron pourrait rencontrer Olaf Scholz à Berlin.", "hypothetical"),
    ("Si Emmanuel Macron rencontre Olaf Scholz, la crise sera réglée.", "hypothetical"),
])
def test_modality(analyze, text, modality):
    art, evs = events(analyze, text)
    assert evs, text
    assert evs[0].modality == modality, (text, [(e.trigger.text, e.modality) for e in evs])


def test_planned_noun(analyze):
    art, evs = events(analyze, "Le prochain sommet entre Emmanuel Macron et Olaf Scholz aura lieu à Berlin.")
    assert only(art, evs, "CONSULT").modality == "planned"


def test_criticism_verbs_are_accuse_events(analyze):
    text = ("Marine Le Pen a dénoncé Emmanuel Macron. Jordan Bardella accuse Gabriel Attal de mentir. "
            "Éric Ciotti reproche à Édouard Philippe son silence.")
    art, evs = events(analyze, text)
    assert [e.type for e in evs] == ["ACCUSE"] * 3


def test_event_inside_a_quote_is_attributed_to_it(analyze):
    text = "« J'ai rencontré Olaf Scholz à Berlin et nous avons convenu d'un plan », a déclaré Emmanuel Macron."
    art, evs = events(analyze, text)
    assert art.quotes, "the quote stage must find the quotation"
    consult = only(art, evs, "CONSULT")
    assert consult.attributed_to == art.quotes[0].id
    assert "Emmanuel Macron" in names(art, consult, "source")


def test_noun_re_mention_is_the_same_event(analyze):
    text = ("Donald Trump a décidé de suspendre les vols depuis l'Europe. "
            "La suspension des vols vers les États-Unis inquiète les compagnies.")
    art, evs = events(analyze, text)
    assert len([e for e in evs if e.type == "SANCTION"]) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_stages_never_raise(nlp, text):
    from chronique.article import Article
    from chronique.extract.amounts import find_amounts
    from chronique.extract.events import find_events

    doc = nlp(text)
    art = Article(id="x", text=text)
    for amount in find_amounts(art, doc):
        assert text[amount.start:amount.end] == amount.text
    find_events(art, doc)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["12 000", "euros", "deux", "Macron", "a", "rencontré", "Scholz", "%", "le",
                                 "sommet", "millions", "de", "dollars", ",", ".", "il", "n'", "pas", "à", "Paris",
                                 "«", "»", "vingt-trois", "soldats", "1,5", "-", "+20"]), max_size=30))
def test_stages_never_raise_on_newsy_noise(analyze, words):
    text = " ".join(words) or "Rien."
    try:
        art = analyze(text)
    except Exception as err:  # only input errors (empty, not French) may be raised, and not by our stages
        from chronique.errors import InputError
        assert isinstance(err, InputError), err
        return
    assert not art.check_offsets()


@pytest.mark.parametrize("text", [
    "Après la défaite, Olaf Scholz accuse le coup.",
    "« Tu viens avec Olaf Scholz, d'accord ? », demande Emmanuel Macron.",
    "Interrogé par Le Monde, Olaf Scholz n'a pas souhaité réagir.",
    "Olaf Scholz a saisi l'occasion pour parler.",
    "Le député Olaf Scholz a obtenu une suspension de séance.",
    "Selon Olaf Scholz, le service est en surchauffe et menacé de rupture.",
    "Le gouvernement a mal agi, a estimé Olaf Scholz. « Ils ont été malmenés : il y a eu les menaces de "
    "sanctions, les mensonges », a déclaré Olaf Scholz.",
])
def test_idioms_and_interviews_are_not_events(analyze, text):
    _, evs = events(analyze, text)
    # (the speaker's own criticism naming nobody, "« … les mensonges », a déclaré X", is theirs: one actor)
    evs = [e for e in evs if not (e.mode == "spoken criticism" and len(e.participants) == 1)]
    assert evs == [], [(e.type, e.trigger.text) for e in evs]


def test_hearing_by_a_judge_is_coerce(analyze):
    art, evs = events(analyze, "Nicolas Sarkozy a été interrogé par la juge Claire Thépaut à Paris.")
    assert only(art, evs, "COERCE").mode == "hearing"


def test_trigger_word_inside_a_name_is_not_an_event(analyze):
    art, evs = events(analyze, "Olaf Scholz a parlé de l'Alliance atlantique avec Joe Biden à Berlin.")
    assert [e.type for e in evs] == ["CONSULT"], [(e.type, e.trigger.text) for e in evs]


# -- wider coverage: meals, debates, requests, name-calling, strikes, withdrawals -----------
def test_meal_between_two_people_with_its_place(analyze):
    art, evs = events(analyze, "Un dîner entre Olaf Scholz et Emmanuel Macron a eu lieu à Strasbourg.")
    ev = only(art, evs, "CONSULT")
    assert ev.mode == "meal" and names(art, ev) == {"Olaf Scholz", "Emmanuel Macron"}
    assert art.entity(ev.place).name == "Strasbourg"


def test_meal_verb_needs_a_partner(analyze):
    art, evs = events(analyze, "Olaf Scholz a déjeuné avec Emmanuel Macron à Strasbourg.")
    assert names(art, only(art, evs, "CONSULT")) == {"Olaf Scholz", "Emmanuel Macron"}
    _, alone = events(analyze, "Olaf Scholz a dîné à Strasbourg.")
    assert alone == [], [(e.type, e.trigger.text) for e in alone]


def test_request_needs_a_named_addressee(analyze):
    art, evs = events(analyze, "Olaf Scholz a demandé au Bundestag de voter le budget.")
    ev = only(art, evs, "REQUEST")
    assert names(art, ev, "source") == {"Olaf Scholz"} and names(art, ev, "target") == {"Bundestag"}
    _, none = events(analyze, "Olaf Scholz a demandé un café au bar de l'hôtel Adlon à Berlin.")
    assert none == [], [(e.type, e.trigger.text) for e in none]


@pytest.mark.parametrize("text", [
    "Olaf Scholz exige de la Commission européenne un embargo sur le gaz russe.",
    "Olaf Scholz menace la Russie de sanctions.",
    "Joe Biden appelle à des sanctions contre la Russie.",
])
def test_events_called_for_or_threatened_are_planned(analyze, text):
    art, evs = events(analyze, text)
    assert only(art, evs, "SANCTION").modality == "planned"


def test_name_calling_is_an_accusation(analyze):
    art, evs = events(analyze, "Olaf Scholz a traité Emmanuel Macron de « menteur ».")
    ev = only(art, evs, "ACCUSE")
    assert names(art, ev, "source") == {"Olaf Scholz"} and names(art, ev, "target") == {"Emmanuel Macron"}


def test_praising_an_act_is_support_from_the_one_who_praises(analyze):
    art, evs = events(analyze, "La ministre Anne Roux a salué la mobilisation des pompiers.")
    assert names(art, only(art, evs, "SUPPORT"), "source") == {"Anne Roux"}


@pytest.mark.parametrize("text", [
    "Olaf Scholz a traité le dossier de la Grèce.",                      # no epithet: handling a file
    "Qualifié de « héros » par Emmanuel Macron, Olaf Scholz a souri.",   # bare participle
    "Olaf Scholz a pris la parole devant Emmanuel Macron.",              # "prendre" without "s'en … à"
    "Le maire de Lyon a remercié ses soutiens.",                         # supporters, not support
    "La crise a frappé Renault.",                                         # no named striker
    "Olaf Scholz s'est rendu compte de son erreur à Berlin.",            # realised, did not go
])
def test_look_alikes_are_not_events(analyze, text):
    _, evs = events(analyze, text)
    assert evs == [], [(e.type, e.trigger.text) for e in evs]


def test_s_en_prendre_a_is_criticism(analyze):
    art, evs = events(analyze, "Brigitte Bardot s'en est prise à Olaf Scholz.")
    assert names(art, only(art, evs, "ACCUSE"), "target") == {"Olaf Scholz"}


def test_lawsuit_against_a_place_is_not_an_assault(analyze):
    art, evs = events(analyze, "Emmanuel Macron a attaqué la Russie devant les tribunaux.")
    assert only(art, evs, "ACCUSE").mode == "criticism"
    art, evs = events(analyze, "La Russie a attaqué l'Ukraine.")
    assert names(art, only(art, evs, "ASSAULT"), "target") == {"Ukraine"}


def test_strike_place_on_the_object(analyze):
    art, evs = events(analyze, "La Turquie a frappé des positions kurdes à Kobané.")
    ev = only(art, evs, "ASSAULT")
    assert names(art, ev, "source") == {"Turquie"} and art.entity(ev.place).name == "Kobané"


def test_loan_from_a_named_lender(analyze):
    art, evs = events(analyze, "Bercy a accordé un prêt de cinq milliards d'euros à Renault.")
    ev = only(art, evs, "AID")
    assert ev.mode == "loan" and names(art, ev, "target") == {"Renault"}


def test_withdrawal_from_an_organisation(analyze):
    art, evs = events(analyze, "Le Royaume-Uni veut se désengager de l'OTAN. Ségolène Royal a claqué la porte du parti.")
    assert [e.type for e in evs] == ["RETREAT", "RETREAT"], [(e.type, e.trigger.text) for e in evs]


def test_place_of_an_actorless_mention_carries_over(analyze):
    text = ("Lors d'une visite à Clermont-Ferrand, la ministre a été applaudie. "
            "Élisabeth Borne a visité l'usine Michelin avec Thierry Breton.")
    art, evs = events(analyze, text)
    ev = only(art, evs, "CONSULT")
    assert ev.place is not None and art.entity(ev.place).name == "Clermont-Ferrand"


@pytest.mark.parametrize("text", ["Le texte requiert l'accord de l'Assemblée nationale.",
                                  "Le parquet a requis la relaxe de Nicolas Sarkozy."])
def test_requiring_without_a_penalty_accuses_no_one(analyze, text):
    _, evs = events(analyze, text)
    assert not [e for e in evs if e.type == "ACCUSE"]
