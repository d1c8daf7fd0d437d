"""Publication-date inference: office holders, the batch's years, lead and lag, and its scorer.

Sentences are our own. Calendar facts used: 2020-09-12 and 2020-01-25 are Saturdays,
2015-09-12 and 2026-09-12 too (so only the term of office picks 2020); 2021-03-25 is a Thursday.
"""

from __future__ import annotations

import gzip
import json
from datetime import date, timedelta

import pytest

from chronique.extract.time.infer import FUTURE_LEAD
from chronique.extract.time.knowledge import office_clues, terms
from chronique.lang.fr.fold import fold_same_length as fold
from chronique.extract.time.prior import YearPrior


# -- office holders -----------------------------------------------------------------------
@pytest.mark.parametrize("text, start", [
    ("Le ministre de l'Intérieur Gérald Darmanin a présenté son plan.", "2020-07-06"),
    ("Gerald Darmanin, le ministre de l'Interieur, a présenté son plan.", "2020-07-06"),
    ("La chancelière allemande Angela Merkel a reçu ses homologues.", "2005-11-22"),
    ("Selon la maire de Paris, Anne Hidalgo, le projet avance.", "2014-04-05"),
])
def test_office_holder_named_with_title_dates_the_text(text, start):
    clues = office_clues(text)
    assert [c.start.isoformat() for c in clues] == [start]


@pytest.mark.parametrize("text", [
    "L'ancien ministre de l'Intérieur Gérald Darmanin a présenté son plan.",
    "Gérald Darmanin, alors ministre de l'Intérieur, avait présenté son plan.",
    "L'ex-Premier ministre Édouard Philippe publie un livre.",
    "Gérald Darmanin a présenté son plan.",  # a name without a title says nothing
    "Le ministre de l'Intérieur a présenté son plan.",
])
def test_past_titles_and_bare_names_are_no_clue(text):
    assert office_clues(text) == []


def test_office_table_is_well_formed():
    for t in terms():
        assert t.end is None or t.start < t.end, t
    assert fold("Élisabeth Borne’s") == "Elisabeth Borne's"


def test_office_term_picks_the_year_of_a_weekday_date(analyze):
    text = ("Le ministre de l'Intérieur Gérald Darmanin s'est rendu samedi 12 septembre à Lyon. "
            "Il a rencontré les policiers du commissariat central.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value == "2020-09-12"
    assert any("Darmanin" in e for e in art.published.evidence)


def test_conflicting_offices_are_ignored_not_trusted(analyze):
    # Castaner and Darmanin were never both at the Interior ministry: no office bound at all
    text = ("Le ministre de l'Intérieur Christophe Castaner et le ministre de l'Intérieur Gérald Darmanin "
            "se sont exprimés jeudi 25 mars 2021.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value == "2021-03-25"
    assert any("ignored" in e for e in art.published.evidence)


# -- the batch's years ----------------------------------------------------------------------
def test_year_prior_weights_neighbouring_years():
    prior = YearPrior(["2019-05-02", "2019-06-01", "2014-01-01", None, "n/a"])
    assert prior.counts == {2019: 2, 2014: 1}
    assert prior.best([2014, 2020, 2025]) == 2014  # one article that year beats two neighbours' share
    assert prior.best([2020, 2025]) == 2020
    assert prior.best([2003]) is None
    assert not YearPrior()


def test_batch_years_choose_among_the_years_a_weekday_fits(nlp):
    from chronique.ingest import RawArticle
    from chronique.pipeline import Pipeline

    pipeline = Pipeline(nlp=nlp)  # its own prior: the shared pipeline's stays empty
    dated = [RawArticle(text=f"Le conseil municipal a voté le budget. Article {i}.", source=f"<{i}>", title="T",
                        title_in_text=False, published=f"2020-0{i}-10") for i in range(1, 4)]
    undated = RawArticle(text="Samedi 25 janvier, les manifestants ont défilé dans le centre-ville.",
                         source="<u>", title="T", title_in_text=False)
    *_, article = pipeline.analyze_stream([*dated, undated])
    assert article.published.value == "2020-01-25"
    alone = Pipeline(nlp=nlp).analyze(undated)
    assert alone.published.value != "2020-01-25"  # without the batch, the year is only bounded


# -- lead and lag ---------------------------------------------------------------------------
def test_announced_date_is_published_a_little_before(analyze):
    # "pourra être présentée ... à compter du" is future too (a passive infinitive under "pourra")
    text = ("Le ministre de l'Intérieur Gérald Darmanin a annoncé qu'une nouvelle carte sera disponible "
            "dès ce jeudi 25 mars. Elle pourra être présentée aux guichets à compter du jeudi 25 mars.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value == (date(2021, 3, 25) - timedelta(days=FUTURE_LEAD)).isoformat()
    assert FUTURE_LEAD >= 1  # announced ahead, not on the day
    assert not any("past clause" in e for e in art.published.evidence)


# -- scorer ---------------------------------------------------------------------------------
def test_dates_scorer_hides_the_date_and_compares(tmp_path):
    from chronique.evaluate.dates import evaluate_dates

    rows = [
        {"id": "a", "published": "2021-03-25", "title": "Visite",
         "text": "Le ministre de l'Intérieur Gérald Darmanin se rend ce jeudi 25 mars à Lille."},
        {"id": "b", "published": "2021-03-26", "title": "Budget", "text": "Le conseil a voté le budget."},
    ]
    path = tmp_path / "dated.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()))
    result = evaluate_dates(path, split=None)
    by_id = {r["id"]: r for r in result["articles"]}
    assert by_id["a"]["inferred"] == "2021-03-25" and by_id["a"]["clue"]
    assert by_id["b"]["inferred"] is None and not by_id["b"]["clue"]
    assert result["scores"]["all"]["within_1_day"] == 0.5
    assert result["scores"]["with_clue"] == {"articles": 1, "produced": 1, "exact": 1.0, "within_1_day": 1.0,
                                             "within_7_days": 1.0, "within_1_day_of_produced": 1.0}


# -- a corpus's years --------------------------------------------------------------------------
def test_corpus_years_date_an_undated_article_added_later(tmp_path, pipeline):
    from chronique.corpus import Corpus

    corpus = Corpus.open(f"sqlite:///{tmp_path / 'years.db'}")
    try:
        dated = [{"id": f"d{i}", "title": "Conseil", "published": f"2020-0{i}-10",
                  "text": f"Le conseil municipal a voté le budget numéro {i} à l'unanimité."} for i in range(1, 4)]
        corpus.ingest(dated)
        corpus.ingest([{"id": "u", "title": "Cortège",
                        "text": "Samedi 25 janvier, les manifestants ont défilé dans le centre-ville."}])
        article = corpus.get_article("u", include_json=True)
        assert article["published"] == "2020-01-25"
    finally:
        corpus.close()


def test_contradictory_clues_leave_the_date_unknown(analyze):
    # published on or after 12 March 2021 (past) and on or before 3 March 2021 (future): no such day
    text = ("Le maire a inauguré la médiathèque le 12 mars 2021. "
            "Le conseil municipal se réunira le 3 mars 2021 pour voter le budget.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value is None and art.published.source == "unknown"
    assert any("agrees" in e for e in art.published.evidence)
