"""Cleaning rules, one test (or a table) per rule, on French examples written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.ingest.clean import BLOCK_SEPARATOR, clean
from chronique.ingest.raw import RawArticle
from chronique.ingest.vocab import known_word_checker


@pytest.fixture(scope="module")
def known(nlp):
    return known_word_checker(nlp.vocab)


@pytest.fixture(scope="module")
def cleaned(known):
    def run(text: str, title: str | None = None):
        return clean(RawArticle(text=text, source="<t>", title=title, title_in_text=title is None), known)

    return run


def blocks(c):
    return [(b.kind, c.text[b.start:b.end]) for b in c.blocks]


def subheadings(c):
    return [t for k, t in blocks(c) if k == "subheading"]


# -- spaces ------------------------------------------------------------------------------------
def test_no_break_and_narrow_spaces_become_plain_spaces(cleaned):
    c = cleaned("Le ministre a dit\u202f: «\u00a0Nous partirons\u202f!\u00a0»\u2009Fin\u200b du\u00ad débat.")
    assert c.text == "Le ministre a dit : « Nous partirons ! » Fin du débat."


def test_windows_line_ends_and_runs_of_spaces_are_normalised(cleaned):
    c = cleaned("Titre du jour\r\n\r\nLe   Sénat a voté\t mardi.\r\n\r\nLa séance est levée.")
    assert c.title == "Titre du jour"
    assert blocks(c) == [("paragraph", "Le Sénat a voté mardi."), ("paragraph", "La séance est levée.")]


# -- title ------------------------------------------------------------------------------------
def test_a_first_line_followed_by_a_blank_line_is_the_title(cleaned):
    c = cleaned("La BCE relève ses taux\n\nLa Banque centrale européenne a relevé jeudi ses taux.")
    assert c.title == "La BCE relève ses taux"
    assert c.text == "La Banque centrale européenne a relevé jeudi ses taux."


def test_a_first_line_without_blank_line_is_not_a_title(cleaned):
    c = cleaned("La BCE relève ses taux\nLa Banque centrale européenne a relevé jeudi ses taux.")
    assert c.title is None


def test_a_title_repeated_at_the_top_of_the_body_is_removed_once(cleaned):
    c = cleaned("Le Sénat adopte la réforme\n\nLe Sénat adopte la réforme\n\n"
                "Le Sénat a adopté samedi la réforme. Le Sénat adopte la réforme, titrait un journal.")
    assert c.title_repeated
    assert c.text == "Le Sénat a adopté samedi la réforme. Le Sénat adopte la réforme, titrait un journal."


def test_a_title_glued_to_the_first_sentence_is_removed(cleaned):
    c = cleaned("Les agriculteurs mobilisés à Paris", title="Les agriculteurs mobilisés à Paris")
    assert c.title_repeated and c.text == ""
    c = cleaned("Les agriculteurs mobilisés à ParisDes centaines de tracteurs ont convergé lundi.",
                title="Les agriculteurs mobilisés à Paris")
    assert c.title_repeated
    assert c.text == "Des centaines de tracteurs ont convergé lundi."


def test_a_body_that_only_starts_with_the_title_words_keeps_them(cleaned):
    c = cleaned("Le Sénat a voté la réforme jeudi soir.", title="Le Sénat")
    assert not c.title_repeated and c.text == "Le Sénat a voté la réforme jeudi soir."


# -- datelines --------------------------------------------------------------------------------
@pytest.mark.parametrize("opening, dateline", [
    ("BERLIN : ", "BERLIN"),
    ("BERLIN (AFP) - ", "BERLIN (AFP)"),
    ("PARIS (AFP) - ", "PARIS (AFP)"),
    ("Bruxelles, 5 mars (Reuters) - ", "Bruxelles (Reuters)"),
    ("TOKYO (Kyodo) - ", "TOKYO (Kyodo)"),
    ("Paris, le 3 mars 2023 (AFP) – ", "Paris (AFP)"),
    ("NEW YORK (Reuters) — ", "NEW YORK (Reuters)"),
    ("SAINT-ÉTIENNE : ", "SAINT-ÉTIENNE"),
    ("Aix-en-Provence (AFP) - ", "Aix-en-Provence (AFP)"),
])
def test_datelines_go_to_the_dateline_field_and_leave_the_text(cleaned, opening, dateline):
    c = cleaned(opening + "Le gouvernement a présenté mercredi son plan d'économies.", title="Titre")
    assert c.dateline == dateline
    assert c.text == "Le gouvernement a présenté mercredi son plan d'économies."


@pytest.mark.parametrize("opening", [
    "Bruxelles : la Commission a présenté mercredi son plan.",   # a capitalised place needs a date or an agency
    "Emmanuel Macron (LREM) - Le président a parlé mercredi.",  # a party in parentheses is no agency
    "INSOLITE - Un cygne a retardé mercredi les trains.",        # a rubric kicker
    "LIGUE DES CHAMPIONS - Le club a perdu mercredi.",          # capitals joined by DES: a rubric
    "UE : les Vingt-Sept se sont réunis mercredi.",             # two capitals: an acronym
    "Le président a parlé mercredi à Berlin.",
])
def test_openings_that_are_not_datelines_stay_in_the_text(cleaned, opening):
    c = cleaned(opening, title="Titre")
    assert c.dateline is None and c.text == opening


def test_an_agency_dateline_after_a_lead_paragraph_is_found(cleaned):
    c = cleaned("Le chapeau résume la dépêche.\n\nPARIS (AFP) - Le gouvernement a présenté son plan.", title="T")
    assert c.dateline == "PARIS (AFP)"
    assert c.text == "Le chapeau résume la dépêche.\n\nLe gouvernement a présenté son plan."
    c = cleaned("Le chapeau résume la dépêche.\n\nBERLIN : Le gouvernement a présenté son plan.", title="T")
    assert c.dateline is None


def test_a_date_line_at_the_top_of_a_page_is_dropped_before_the_dateline(cleaned):
    c = cleaned("Publié le 13 juillet 2023\nTOKYO (Kyodo) - Le Japon a signé jeudi un accord.", title="Titre")
    assert c.dateline == "TOKYO (Kyodo)" and c.text == "Le Japon a signé jeudi un accord."


# -- subheadings on lines of their own ----------------------------------------------------------
def test_a_line_framed_by_dashes_is_a_subheading_without_its_dashes(cleaned):
    c = cleaned("Le chancelier a reçu le président.\n\n- Les doutes de Berlin -\n\nLa chancellerie se tait.",
                title="Titre")
    assert blocks(c) == [("paragraph", "Le chancelier a reçu le président."),
                         ("subheading", "Les doutes de Berlin"), ("paragraph", "La chancellerie se tait.")]


def test_a_short_line_without_final_punctuation_is_a_subheading(cleaned):
    c = cleaned("Le chancelier a reçu le président.\nUne relation à reconstruire\nLa chancellerie se tait.",
                title="Titre")
    assert subheadings(c) == ["Une relation à reconstruire"]


@pytest.mark.parametrize("line", [
    "Le ministre a salué une avancée.",           # final full stop: a sentence
    "Par Jean Dupont, à Berlin",                  # a byline
    "Avec AFP",                                   # a credit
    "« Nous irons jusqu'au bout",                 # an opened quotation that goes on
    "Le ministre a salué une avancée notable pour les salariés du secteur privé et public dans tout le pays",
])
def test_lines_that_are_not_subheadings(cleaned, line):
    c = cleaned(f"Le chancelier a reçu le président.\n{line}\nLa chancellerie se tait.", title="Titre")
    assert subheadings(c) == []


def test_a_hard_wrapped_paragraph_is_joined_into_one_block(cleaned):
    text = ("Le gouvernement a présenté mercredi un projet de loi qui prévoit de relever\n"
            "progressivement l'âge légal de départ à la retraite de deux ans d'ici 2030.")
    c = cleaned(text, title="Titre")
    assert blocks(c) == [("paragraph", text.replace("\n", " "))]


# -- glued sentences and run-in subheadings ----------------------------------------------------
@pytest.mark.parametrize("glued, spaced", [
    ('Une forte présence policière était observée".Des témoins ont filmé la scène.',
     'Une forte présence policière était observée". Des témoins ont filmé la scène.'),
    ("La vidéo a circulé sur les réseaux sociaux.Ce passage a été coupé.",
     "La vidéo a circulé sur les réseaux sociaux. Ce passage a été coupé."),
    ("Il a dénoncé « une faute ».Le ministre a répondu jeudi.",
     "Il a dénoncé « une faute ». Le ministre a répondu jeudi."),
    ("Il faut agir vite, a-t-il dit.« Nous sommes prêts », a répondu la ministre.",
     "Il faut agir vite, a-t-il dit. « Nous sommes prêts », a répondu la ministre."),
    ("Trois frappes ont visé la ville, a rapporté l'Observatoire (OSDH)Selon lui, douze soldats sont morts.",
     "Trois frappes ont visé la ville, a rapporté l'Observatoire (OSDH) Selon lui, douze soldats sont morts."),
    # an acronym in a title touching the holder's first name: one sentence, no run-in subheading
    ("Des élus étaient là. Lundi, la secrétaire générale de la CFDTMarie Lenoir a salué l'accord.",
     "Des élus étaient là. Lundi, la secrétaire générale de la CFDT Marie Lenoir a salué l'accord."),
    ("La séance a repris. Samedi, le président du MRPJacques Armand a quitté la salle.",
     "La séance a repris. Samedi, le président du MRP Jacques Armand a quitté la salle."),
])
def test_sentences_glued_by_scraping_get_their_space(cleaned, glued, spaced):
    assert cleaned(glued, title="Titre").text == spaced


@pytest.mark.parametrize("text", [
    "Les ventes de McDonald's et d'Apple ont progressé, selon LaREM et BFMTV.",
    "L'iPhone et la PlayStation restent chers, a estimé M.Scholz en 2023.",
    "La ville fut fondée vers 50 av. J.-C. selon les historiens.",
    "Le taux est passé de 3.5 à 4.2 en un an, selon easyJet.",
    "Le site ASP.NET et la plateforme StopCovid ont été mis à jour.",
])
def test_names_and_abbreviations_are_not_split(cleaned, text):
    assert cleaned(text, title="Titre").text == text


@pytest.mark.parametrize("body, heading, after", [
    ("Le texte a été adopté en commission.Une rentrée sous tension ?Dès lundi, les syndicats manifesteront.",
     "Une rentrée sous tension ?", "Dès lundi, les syndicats manifesteront."),
    ("Les députés ont déposé leurs amendements.Une motion de censure en préparationJean-Luc Mélenchon "
     "a réuni son groupe mardi.", "Une motion de censure en préparation", "Jean-Luc Mélenchon a réuni son groupe mardi."),
    ("Les tensions ont duré tout l'hiver.Le ministre joue l'apaisementInterrogé par un journal, il a nié "
     "toute rivalité.", "Le ministre joue l'apaisement", "Interrogé par un journal, il a nié toute rivalité."),
    ("Elle a salué le public « avec émotion ».« Mon agenda reste chargé »La présidente a ensuite quitté la salle.",
     "« Mon agenda reste chargé »", "La présidente a ensuite quitté la salle."),
    ("La réforme entre en vigueur lundi.De quoi s'agit-il ?Le texte fixe un nouveau plafond.",
     "De quoi s'agit-il ?", "Le texte fixe un nouveau plafond."),
    ("Le dispositif a été testé dans trois villes.Une solution pour les EHPADDevant les résultats, la ministre "
     "a promis un plan.", "Une solution pour les EHPAD", "Devant les résultats, la ministre a promis un plan."),
    ("Les agents pourront scanner un code.Aucun risque de fraude« Le fichier est chiffré », a précisé le ministre.",
     "Aucun risque de fraude", "« Le fichier est chiffré », a précisé le ministre."),
    # a heading ending in an acronym after no office, touching a person's name
    ("Le texte est prêt.La réforme de la SNCFElisabeth Lenoir a présenté le projet.",
     "La réforme de la SNCF", "Elisabeth Lenoir a présenté le projet."),
    # a heading ending in a family name, touching a person's full name
    ("Il a parlé de démocratie.Rien à voir avec les élections, assure LenoirClaire Lenoir se défend de tout calcul.",
     "Rien à voir avec les élections, assure Lenoir", "Claire Lenoir se défend de tout calcul."),
])
def test_run_in_subheadings_become_subheading_blocks(cleaned, body, heading, after):
    c = cleaned("Le chapeau de l'article.\n\n" + body, title="Titre")
    kinds = blocks(c)
    i = kinds.index(("subheading", heading))
    assert kinds[i + 1] == ("paragraph", after)
    assert kinds[i - 1][0] == "paragraph"


@pytest.mark.parametrize("body, heading, after", [
    # the heading follows a full stop and a space: only its end is glued
    ("Les élus ont voté le budget. Un calendrier serré pour la commissionLes débats reprendront lundi.",
     "Un calendrier serré pour la commission", "Les débats reprendront lundi."),
    # a quoted heading between a glued stop and the straight quote opening the next sentence
    ('Le maire a écrit aux habitants."Une ville plus sûre pour tous""Nous allons agir vite", promet-il.',
     '"Une ville plus sûre pour tous"', '"Nous allons agir vite", promet-il.'),
    # a quoted heading whose closing straight quote touches the next sentence
    ('Elle parle d\'un texte "bancal"."Le doute demeure"Selon elle, le projet reste confus.',
     '"Le doute demeure"', "Selon elle, le projet reste confus."),
    # a noun phrase holding a quotation, glued to a quoted sentence
    ('La réunion a duré trois heures. Une hausse "sans précédent" des dépenses"Nous ne pouvons pas suivre", '
     "a dit l'adjoint.", 'Une hausse "sans précédent" des dépenses', '"Nous ne pouvons pas suivre", a dit l\'adjoint.'),
    # the wire's dash-framed intertitle, run into the text by scraping
    ("Le maire a fait voter le budget.- Des comptes contestés -Dans un rapport publié mardi, la cour tranche.",
     "Des comptes contestés", "Dans un rapport publié mardi, la cour tranche."),
    ('« Rien n\'est décidé », a-t-elle estimé. - "Un pari risqué" - Le chef du groupe a répondu lundi.',
     '"Un pari risqué"', "Le chef du groupe a répondu lundi."),
    # a heading ending in a name, glued to the sentence after it
    ("Le préfet a signé l'arrêté.De nombreuses plages ouvertes autour de BrestEn Bretagne, trois plages ont rouvert.",
     "De nombreuses plages ouvertes autour de Brest", "En Bretagne, trois plages ont rouvert."),
    ("Les plages restent fermées.Les maires du Pas-de-CalaisMême les plages du Nord restent fermées.",
     "Les maires du Pas-de-Calais", "Même les plages du Nord restent fermées."),
    ("Le ton monte. Le ministre annule sa rencontre avec Le MaireL'affaire s'est envenimée lundi.",
     "Le ministre annule sa rencontre avec Le Maire", "L'affaire s'est envenimée lundi."),
    ("Les prévenus ont été relaxés.Condamné à payer 2.000 euros au FigaroDe plus, les juges ont tranché.",
     "Condamné à payer 2.000 euros au Figaro", "De plus, les juges ont tranché."),
    # a heading in capitals glued at both ends, and one of a single long word
    ('Elle a dit "c\'est trop tard".PAS DE TEXTE DE LOI DANS L\'IMMÉDIATLe débat reste ouvert.',
     "PAS DE TEXTE DE LOI DANS L'IMMÉDIAT", "Le débat reste ouvert."),
    ("Trois écoles restent fermées.NORVEGE Bilan positif du retour en classe des enfants.",
     "NORVEGE", "Bilan positif du retour en classe des enfants."),
    # a heading in capitals opening a list of reactions run into one paragraph
    ('Le texte a suscité des réactions (Twitter). LES RÉACTIONS À DROITE - Paul Girard, maire : "Une faute".',
     "LES RÉACTIONS À DROITE", '- Paul Girard, maire : "Une faute".'),
    # a heading after a bullet, glued to its section
    ("Voici le calendrier : • Jeudi 4 mars : grève des contrôleursLes syndicats appellent à la mobilisation.",
     "Jeudi 4 mars : grève des contrôleurs", "Les syndicats appellent à la mobilisation."),
    # a question after a bullet, then its section with a space between
    ("Le vote a eu lieu. • Quel impact pour les expatriés ? Le départ s'annonce compliqué.",
     "Quel impact pour les expatriés ?", "Le départ s'annonce compliqué."),
    # a heading in capitals quoting someone, its quotes no glue points
    ('Il faut agir." GIRARD : "C\'EST LA FRANCE QUI EST TOUCHÉE"Dans les rangs de l\'opposition, on réagit.',
     'GIRARD : "C\'EST LA FRANCE QUI EST TOUCHÉE"', "Dans les rangs de l'opposition, on réagit."),
])
def test_run_in_subheadings_after_a_spaced_stop_in_quotes_dashes_or_bullets(cleaned, body, heading, after):
    c = cleaned("Le chapeau de l'article.\n\n" + body, title="Titre")
    kinds = blocks(c)
    i = kinds.index(("subheading", heading))
    assert kinds[i + 1] == ("paragraph", after)
    assert kinds[i - 1][0] == "paragraph"


@pytest.mark.parametrize("text", [
    "Le président - qui était absent - a dit non.",       # dashes of a parenthesis, no sentence end before
    "Le score était de 3 - 2 à la mi-temps. Il a dit non.",
    "• Les syndicats ont appelé à la grève jeudi.",        # a bulleted sentence is no heading
])
def test_dashes_and_bullets_inside_sentences_make_no_subheading(cleaned, text):
    assert subheadings(cleaned("Le chapeau.\n\n" + text, title="Titre")) == []


@pytest.mark.parametrize("text", [
    'Il a qualifié la mesure de "brutale" et a quitté la salle. "Nous verrons", a-t-il ajouté.',
    "Le maire a tranché. Il a prévenu les habitants d'une coupure« Elle durera deux heures », a-t-il dit.",
])
def test_glued_quotes_inside_sentences_make_no_subheading(cleaned, text):
    assert subheadings(cleaned("Le chapeau.\n\n" + text, title="Titre")) == []


@pytest.mark.parametrize("line, expected", [
    ("Essai de la nouvelle berlinepar Auto Magazine", False),     # a caption whose source lost its space
    ("Pourquoi le budget dérape publié par Exemple-actu", False),
    ("Le oui l'emporte avec 52% des voix.12 mars 2001", False),   # two lines run together
    ("Jusqu'à 2.500 euros d'amende", True),                         # a dot between digits is a number
    ("Un calendrier serré pour la commission", True),
])
def test_what_a_subheading_looks_like(line, expected):
    from chronique.ingest.subheading import looks_like_subheading

    assert looks_like_subheading(line) is expected


def test_a_video_caption_is_a_paragraph_not_a_subheading(cleaned):
    body = ("Le plan a été déclenché jeudi. Retraites : que change la réforme ?par BFMTVDe quoi s'agit-il ?"
            "Le texte relève l'âge légal.")
    c = cleaned("Le chapeau de l'article.\n\n" + body, title="Titre")
    assert blocks(c) == [
        ("paragraph", "Le chapeau de l'article."), ("paragraph", "Le plan a été déclenché jeudi."),
        ("paragraph", "Retraites : que change la réforme ?par BFMTV"), ("subheading", "De quoi s'agit-il ?"),
        ("paragraph", "Le texte relève l'âge légal."),
    ]


@pytest.mark.parametrize("body, caption, after", [
    ("Le maire a tranché. Municipales : le maire candidat ?par Exemple vidéos\"Je reste ici\", a-t-il dit.",
     "Municipales : le maire candidat ?par Exemple vidéos", '"Je reste ici", a-t-il dit.'),
    ("Il a été entendu. Affaire des comptes : que sait-on ?par Radio 1En garde à vue, il a parlé.",
     "Affaire des comptes : que sait-on ?par Radio 1", "En garde à vue, il a parlé."),
])
def test_a_caption_source_of_several_words_is_cut_before_the_next_sentence(cleaned, body, caption, after):
    c = cleaned("Le chapeau de l'article.\n\n" + body, title="Titre")
    assert blocks(c)[2:] == [("paragraph", caption), ("paragraph", after)]


def test_a_heading_in_capitals_run_into_its_section_is_a_subheading(cleaned):
    c = cleaned("Le chapeau.\n\nLa perte atteint 300 euros. UNE MAJORITÉ DE PERDANTS DANS LA FONCTION PUBLIQUE "
                "Sans les primes, le calcul change. La CGT et FO UE Les usagers attendent.", title="Titre")
    assert subheadings(c) == ["UNE MAJORITÉ DE PERDANTS DANS LA FONCTION PUBLIQUE"]


def test_a_quoted_heading_in_capitals_keeps_its_attribution(cleaned):
    c = cleaned('Le chapeau.\n\nIl a parlé au journal. DUPONT, "C\'EST UN PEU COURT", SELON DURAND Un projet, '
                'dénonçant "le pouvoir", a été lancé.', title="Titre")
    assert subheadings(c) == ['DUPONT, "C\'EST UN PEU COURT", SELON DURAND']
    assert 'Un projet, dénonçant "le pouvoir", a été lancé.' in c.text


def test_a_quoted_heading_in_capitals_does_not_take_the_next_word(cleaned):
    c = cleaned('Le chapeau.\n\nIl a parlé. DUPONT : "C\'EST NON" L\'Élysée a réagi dans la soirée.', title="Titre")
    assert "L'Élysée a réagi" in c.text and not [s for s in subheadings(c) if s.endswith("L'")]


def test_a_word_touching_a_word_in_capitals_gets_its_space(known):
    from chronique.ingest.glue import glue_points

    assert glue_points("Temple à Montbéliard - DoubsBRETAGNE. Phare", known) == [(28, "W")]
    assert glue_points("un iPhone et une PlayStation au salon VivaTECH", known) == []


def test_a_straight_quote_opening_a_glued_sentence_gets_its_space(cleaned):
    c = cleaned('Il a cité la presse régionale"Nous verrons", a-t-il ajouté. Il a dit "non".', title="Titre")
    assert c.text == 'Il a cité la presse régionale "Nous verrons", a-t-il ajouté. Il a dit "non".'


def test_a_glued_lowercase_capital_boundary_needs_an_unknown_glued_form(known):
    from chronique.ingest.glue import glue_points

    assert glue_points("le plan est prévuLe texte", known) == [(17, "H")]
    assert glue_points("il a acheté un iPhone et une PlayStation", known) == []


def test_a_closing_straight_quote_touching_a_capital_is_a_heading_end(known):
    from chronique.ingest.glue import glue_points

    assert glue_points('Il a dit "oui"Le texte suit', known) == [(14, "H")]
    assert glue_points('Un titre "cité""Nous partons"', known) == [(15, "H")]
    assert glue_points('Il a dit "Non merci" hier', known) == []  # an opening quote before a capital


# -- offsets ----------------------------------------------------------------------------------
def test_blocks_are_joined_by_a_blank_line_and_cover_the_text(cleaned):
    c = cleaned("Titre\n\nPremier paragraphe.\n\n- Intertitre -\n\nSecond paragraphe.La suite.")
    assert c.text.split(BLOCK_SEPARATOR) == [c.text[b.start:b.end] for b in c.blocks]
    assert [b.kind for b in c.blocks] == ["paragraph", "subheading", "paragraph"]


# -- cost -------------------------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["préparationJean", "LE PRÉSIDENT A DIT. ", '"a"."B', "Titre ?par franceinfo", "- x -\n"])
def test_cleaning_stays_linear_on_adversarial_text(cleaned, unit):
    """450,000 characters of one glue pattern: quadratic code takes minutes, linear well under a second
    (the bound is loose for a loaded machine)."""
    import time

    start = time.perf_counter()
    cleaned(unit * (450_000 // len(unit)), title="Titre")
    assert time.perf_counter() - start < 20


# -- glue regexes: each opens with the character it is about (so re skips to the candidates);
# they find what their plain look-behind forms find ------------------------------------------
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
PLAIN_GLUE = {
    "_LOWER_UPPER": (rf"(?<=[{_LO}]{{3}})(?=[{_UP}](?:[{_LO}]|['’]))", "start"),
    "_CAPS_UPPER": (rf"(?<=[{_UP}]{{2}})(?=[{_UP}][{_LO}]{{2}})", "start"),
    "_DIGIT_UPPER": (rf"(?<=[0-9])(?=[{_UP}](?:[{_LO}]{{2}}|['’][{_LO}]))", "start"),
    "_OPEN_QUOTE": (rf"(?<=[{_LO}{_UP}0-9])(?=«)", "start"),
    "_CLOSE_QUOTE": (rf"(?<=[»”])(?=[{_UP}])", "start"),
    "_CLOSE_BRACKET": (rf"(?<=[)\]])(?=[{_UP}][{_LO}])", "start"),
    "_STRAIGHT_OPEN": (rf"(?<=[{_LO}{_UP}0-9])\"(?=[{_UP}])", "span"),
    "_STRAIGHT_CLOSE": (rf'(?<=[^\s"])"(?=[{_UP}][{_LO}])', "span"),
    "_QUOTE_PAIR": (rf'(?<=[^\s"])""(?=[{_UP}])', "span"),
    "_CAPS_HEADING": (rf"(?:(?<=[.!?…»\"] )|(?<=[.!?…»\"])|^)((?:[{_UP}][{_UP}'’-]{{0,30}}\s){{0,11}}[{_UP}][{_UP}'’-]{{0,30}}"
                      rf"(?:[?!]|\s[?!](?=\s[{_UP}][{_LO}]))?)\s*(?=[{_UP}][{_LO}]|[\"«“]|[-–—]\s[{_UP}])", "group"),
}
_glue_text = st.text(alphabet="aéeLÉDUNX0123 .!?»”«\"()'’-\n", max_size=50)


@pytest.mark.parametrize("name", sorted(PLAIN_GLUE))
@settings(max_examples=300, deadline=None)
@given(text=_glue_text)
def test_glue_regexes_find_what_their_plain_forms_find(name, text):
    import re

    from chronique.ingest import glue

    plain, used = PLAIN_GLUE[name]
    fast = getattr(glue, name)

    def places(rx):
        if used == "start":
            return [m.start() for m in rx.finditer(text)]
        if used == "span":
            return [m.span() for m in rx.finditer(text)]
        return [(m.span(), m.span(1)) for m in rx.finditer(text)]

    assert places(fast) == places(re.compile(plain))
