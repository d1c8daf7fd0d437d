"""The outlets table: well formed, one row per name, and read by the entities and the speakers."""

from __future__ import annotations

import pytest

from chronique.errors import FormatError
from chronique.knowledge.media import KINDS, load, outlet_kinds

from quotes_support import only, quote_pipeline, run, speaker_name  # noqa: F401 (fixture)


def test_every_outlet_once_with_a_known_kind():
    rows = load()
    assert len({r.name for r in rows}) == len(rows)
    assert {r.kind for r in rows} <= KINDS and all(len(r.country) == 2 for r in rows)
    assert outlet_kinds()["le journal du dimanche"] == "hebdomadaire" and outlet_kinds()["bfmtv"] == "chaîne"


def test_a_malformed_row_names_its_line(tmp_path):
    bad = tmp_path / "media.tsv"
    bad.write_text("# comment\nle monde\tjournal\tFR\n", encoding="utf-8")
    with pytest.raises(FormatError, match="media.tsv:2"):
        load(bad)


@pytest.mark.parametrize("noun, outlet", [("le magazine", "Valeurs Actuelles"), ("la chaîne", "BFMTV")])
def test_a_kind_noun_is_the_outlet_of_that_kind_named_last(quote_pipeline, noun, outlet):
    text = (f"Le magazine Valeurs Actuelles publie un récit sur la députée Julie Garnier. Elle a répondu samedi sur "
            f"BFMTV. « Il s'agit d'une fiction », a répondu {noun} sur son site.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == outlet


def test_an_outlet_named_without_its_article_has_its_kind(quote_pipeline):
    text = ("Jeudi, le Journal du dimanche a publié un document. Julie Garnier a répondu sur BFMTV. « Ce document "
            "est un faux », écrit l'hebdomadaire.")
    a = run(quote_pipeline, text)
    (q,) = only(a, "direct")
    assert speaker_name(a, q) == "Journal du dimanche"


def test_a_regional_paper_is_an_outlet_and_a_region_stays_a_place(quote_pipeline):
    a = run(quote_pipeline, "Un enfant a été retrouvé affamé, rapporte Vosges Matin. « Il était très faible », selon "
                            "le quotidien régional. Les élus du Dauphiné ont dénoncé la fermeture de l'usine.")
    types = {e.name: e.type for e in a.entities}
    assert types.get("Vosges Matin") == "ORG" and types.get("Dauphiné") == "LOC"
    assert speaker_name(a, only(a, "direct")[0]) == "Vosges Matin"
