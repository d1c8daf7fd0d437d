"""Every entry of the speech lexicon, exercised in a generated French sentence through the real model.

Verbs: as the cue of an incise (« … », VERB le maire de la ville.), which must yield a direct
quotation with that cue lemma and "le maire" as speaker. Nouns: as the statement in
"Selon la déclaration du maire, …", whose source must be found behind the noun. Prepositions:
"Selon le maire, …" as reported speech with the mayor as speaker.
"""

from __future__ import annotations

import pytest

from chronique.extract.quotes.lexicon import ENTRIES, VERB_FORMS, regular_er_forms, speech_verb, strip_reflexive

from quotes_support import quote_pipeline, run  # noqa: F401 (fixture)

VERBS = [e for e in ENTRIES if e.kind == "verb"]
NOUNS = [e for e in ENTRIES if e.kind == "noun"]
PREPS = [e for e in ENTRIES if e.kind == "prep"]
FEMININE_NOUN_ENDINGS = ("tion", "sion", "ence", "ance", "ette", "ure", "ique", "ole", "ale", "ine", "ise", "onse",
                         "ève", "esse", "ée", "ité", "ude", "ête", "ase", "ise", "ade", "une", "ande", "ulle", "che",
                         "ole", "re", "se", "yse")


def present_3sg(entry) -> str:
    """The form a news writer uses in an incise: 3rd person singular present."""
    base = entry.base
    listed = [f for f in entry.forms if f != base and f not in regular_er_forms(base)]
    if " " in base:  # multi-word verbs list "fait savoir" first
        return next(f for f in entry.forms if f != base)
    if listed and not base.endswith("er"):
        return listed[0]
    if listed and base.endswith("er"):
        return listed[0]  # the table spells the changed stem (rappelle, révèle, annonce)
    return base[:-2] + "e"


def test_lexicon_is_several_hundred_entries():
    assert len(VERBS) >= 300 and len(NOUNS) >= 40 and len(PREPS) >= 4


def test_regular_forms_cover_participles_and_imperfect():
    assert {"affirme", "affirment", "affirmé", "affirmait", "affirmant"} <= set(regular_er_forms("affirmer"))
    assert "jugeant" in regular_er_forms("juger") and "annonçait" in regular_er_forms("annoncer")


def test_surface_forms_back_up_the_lemmatiser():
    # spaCy lemmatises "estime" as "estime"; the form table still finds estimer.
    assert speech_verb("estime", "estime").lemma == "estimer"
    assert VERB_FORMS["martèle"].lemma == "marteler"
    assert speech_verb("manger", "mange") is None


@pytest.mark.parametrize("entry", VERBS, ids=[e.lemma for e in VERBS])
def test_every_verb_attributes_a_quotation(quote_pipeline, entry):
    form = present_3sg(entry)
    reflexive = "s'" if entry.lemma.startswith(("s'", "s’")) else "se " if entry.lemma.startswith("se ") else ""
    if reflexive == "se " and form[:1] in "aeiouéèêh":
        reflexive = "s'"
    text = f"« Nous resterons mobilisés jusqu'au bout », {reflexive}{form} le maire de la ville."
    article = run(quote_pipeline, text)
    quotes = [q for q in article.quotes if q.kind == "direct"]
    assert len(quotes) == 1, (text, article.quotes)
    q = quotes[0]
    assert q.text == "Nous resterons mobilisés jusqu'au bout"
    assert q.cue is not None and q.cue.lemma == strip_reflexive(entry.lemma), (text, q.cue)
    assert q.speaker is not None and q.speaker.text.startswith("le maire"), (text, q.speaker)


@pytest.mark.parametrize("entry", NOUNS, ids=[e.lemma for e in NOUNS])
def test_every_noun_leads_to_the_source(quote_pipeline, entry):
    noun = entry.lemma
    det = "la" if noun.endswith(FEMININE_NOUN_ENDINGS) else "le"
    if noun[:1] in "aeiouéèêh":
        det = "l'"
    sep = "" if det == "l'" else " "
    text = f"Selon {det}{sep}{noun} du maire, la ville sera prête pour la rentrée."
    article = run(quote_pipeline, text)
    reported = [q for q in article.quotes if q.kind == "indirect"]
    assert reported, text
    assert reported[0].speaker is not None and reported[0].speaker.text.endswith("maire"), (text, reported[0])
    assert reported[0].text.startswith("la ville sera prête")


@pytest.mark.parametrize("entry", PREPS, ids=[e.lemma for e in PREPS])
def test_every_preposition_reports_speech(quote_pipeline, entry):
    prep = entry.lemma[0].upper() + entry.lemma[1:]
    source = "du maire" if prep.endswith(" de") else "le maire"
    if prep.endswith(" de"):
        prep = prep[:-3]
    text = f"{prep} {source}, la ville sera prête pour la rentrée."
    article = run(quote_pipeline, text)
    reported = [q for q in article.quotes if q.kind == "indirect"]
    assert reported, text
    q = reported[0]
    assert q.cue is not None and q.cue.lemma == entry.lemma
    assert q.speaker is not None and q.speaker.text.endswith("maire")
    assert q.text.startswith("la ville sera prête")


def test_irregular_verbs_list_their_forms():
    irregular = [e.lemma for e in VERBS if not e.base.endswith("er") and len(e.forms) < 2]
    assert irregular == []


def test_cue_words_are_looked_up_by_the_ids_the_token_arrays_hold(nlp):
    """``indirect`` picks candidate cues from ``doc.to_array(LOWER)``, which holds each word's id
    in the string store: its hash, or a small id for a spaCy symbol ("aux" is one)."""
    from chronique.extract.quotes.cues import PREPOSITION_STARTS
    from chronique.extract.quotes.indirect import _MULTIWORD_HASHES, _PREPOSITION_START_HASHES
    from chronique.extract.quotes.lexicon import MULTIWORD_VERBS

    assert nlp.vocab.strings.add("aux") < 1000  # a symbol
    for word in PREPOSITION_STARTS:
        assert {nlp.vocab.strings.add(word), nlp.vocab.strings.add(word.replace("'", "’"))} <= _PREPOSITION_START_HASHES
    for word in MULTIWORD_VERBS:
        assert nlp.vocab.strings.add(word) in _MULTIWORD_HASHES
