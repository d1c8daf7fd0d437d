"""Publication-date inference: office holders, the batch's years, lead and lag, and its scorer.

Sentences are our own. Calendar facts used: 2020-09-12 and 2020-01-25 are Saturdays,
2015-09-12, 2009-09-12 and 2026-09-12 too (so only the term of office picks 2020); 2021-03-25
is a Thursday, 2021-03-03 a Wednesday; 25 May is a Thursday in 2017 and 2023 (and 2006, 2000,
1995, 2028); 12 November is a Thursday in 2020 (and 2015, 2009, 2026).
"""

from __future__ import annotations

import gzip
import json
from datetime import date, timedelta

import pytest

from chronique.extract.time.infer import FUTURE_LEAD
from chronique.extract.time.knowledge import office_clues
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
    assert [c.windows[0][0].isoformat() for c in clues] == [start]


@pytest.mark.parametrize("text, after", [
    ("L'ancien ministre de l'Intérieur Gérald Darmanin a présenté son plan.", "2024-09-21"),
    ("L'ex-Premier ministre Édouard Philippe publie un livre.", "2020-07-03"),
])
def test_former_titles_date_the_text_after_the_term(text, after):
    (clue,) = office_clues(text)
    assert clue.windows == ((date.fromisoformat(after), None),)


@pytest.mark.parametrize("text", [
    "Gérald Darmanin a présenté son plan.",  # a name without a title says nothing
    "Le ministre de l'Intérieur a présenté son plan.",
])
def test_bare_names_and_bare_titles_are_no_clue(text):
    assert office_clues(text) == []


def test_office_term_picks_the_year_of_a_weekday_date(analyze):
    text = ("Le ministre de l'Intérieur Gérald Darmanin s'est rendu samedi 12 septembre à Lyon. "
            "Il a rencontré les policiers du commissariat central.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value == "2020-09-12"
    assert any("Darmanin" in e for e in art.published.evidence)
    earliest, latest = art.published.interval
    assert earliest == "2020-09-12" and latest.startswith("2020-09-") and art.published.estimated
    assert art.to_json()["published"]["interval"] == {"earliest": earliest, "latest": latest}


def test_a_deadline_year_in_a_past_clause_is_no_lower_bound(analyze):
    text = ("Le ministre de l'Intérieur Gérald Darmanin s'est rendu samedi 12 septembre à Lyon. Le gouvernement "
            "a demandé des économies à la police d'ici à 2026.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value == "2020-09-12"


def test_each_term_is_a_window_of_its_own(analyze):
    # Trump's two terms leave out the Biden years: "jeudi 25 mai" can be 2017, not 2023
    trump = analyze("Le président américain Donald Trump a reçu jeudi 25 mai les dirigeants européens.",
                    published=None, title="Titre")
    assert trump.published.value == "2017-05-25"
    biden = analyze("Le président américain Joe Biden a reçu jeudi 25 mai les dirigeants européens.",
                    published=None, title="Titre")
    assert biden.published.value == "2023-05-25"


def test_elect_and_former_read_the_window_around_the_term(analyze):
    elect = analyze("Le président élu Joe Biden a présenté jeudi 12 novembre son équipe de crise.",
                    published=None, title="Titre")
    assert elect.published.value == "2020-11-12"  # between the election and the inauguration
    sitting = analyze("Le président Joe Biden a présenté jeudi 12 novembre son équipe de crise.",
                      published=None, title="Titre")
    assert sitting.published.value is None  # 12 November is never a Thursday of his term
    former = analyze("L'ancien président russe Vladimir Poutine a ouvert samedi 12 septembre le forum.",
                     published=None, title="Titre")
    assert former.published.value == "2009-09-12"  # between his two presidencies


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
    # published on or after 25 March 2021 (past) and on or before 3 March 2021 (future): no such day
    text = ("Le maire a inauguré la médiathèque jeudi 25 mars 2021. "
            "Le conseil municipal se réunira mercredi 3 mars 2021 pour voter le budget.")
    art = analyze(text, published=None, title="Titre")
    assert art.published.value is None and art.published.source == "unknown"
    assert any("agrees" in e for e in art.published.evidence)


def test_a_date_written_with_its_year_is_history_not_the_day(analyze):
    # "le 9 janvier 2003" without its weekday is a bound (after it), never the publication day
    art = analyze("L'enfant avait disparu le 9 janvier 2003 à la sortie de l'école.", published=None, title="Titre")
    assert art.published.value is None


# -- the text decides, the batch's years only break its ties --------------------------------------
DECIDED = ("Le ministre de l'Intérieur Gérald Darmanin s'est rendu samedi 12 septembre à Lyon. "
           "Il a rencontré les policiers du commissariat central.")
TIED = "Samedi 25 janvier, les manifestants ont défilé dans le centre-ville."


def _batch(nlp, text, years):
    from chronique.ingest import RawArticle
    from chronique.pipeline import Pipeline

    dated = [RawArticle(text=f"Le conseil municipal a voté le budget. Article {i}.", source=f"<{i}>", title="T",
                        title_in_text=False, published=f"{y}-0{i % 9 + 1}-10") for i, y in enumerate(years)]
    undated = RawArticle(text=text, source="<u>", title="T", title_in_text=False)
    *_, article = Pipeline(nlp=nlp).analyze_stream([*dated, undated])
    return article.published


def _in_corpus(tmp_path, text, years):
    from chronique.corpus import Corpus

    corpus = Corpus.open(f"sqlite:///{tmp_path / 'years.db'}")
    try:
        corpus.ingest([{"id": f"d{i}", "title": "Conseil", "published": f"{y}-0{i % 9 + 1}-10",
                        "text": f"Le conseil municipal a voté le budget numéro {i} à l'unanimité."}
                       for i, y in enumerate(years)])
        corpus.ingest([{"id": "u", "title": "Titre", "text": text}])
        return corpus.get_article("u", include_json=True)["published"]
    finally:
        corpus.close()


def test_same_date_alone_in_a_batch_and_in_a_corpus_of_other_years(nlp, tmp_path):
    from chronique.ingest import RawArticle
    from chronique.pipeline import Pipeline

    alone = Pipeline(nlp=nlp).analyze(RawArticle(text=DECIDED, source="<u>", title="T", title_in_text=False))
    assert alone.published.value == "2020-09-12"
    # 12 September is a Saturday in 2015 and 2009 too: a batch of those years does not move it
    assert _batch(nlp, DECIDED, [2015, 2015, 2015]).value == "2020-09-12"
    assert _in_corpus(tmp_path, DECIDED, [2009, 2009, 2010]) == "2020-09-12"


def test_a_tie_is_no_date_alone_and_the_batch_year_in_a_batch(nlp):
    from chronique.ingest import RawArticle
    from chronique.pipeline import Pipeline

    alone = Pipeline(nlp=nlp).analyze(RawArticle(text=TIED, source="<u>", title="T", title_in_text=False))
    assert alone.published.value is None
    assert any("about equally" in e for e in alone.published.evidence)
    batch = _batch(nlp, TIED, [2020, 2020, 2020])
    assert batch.value == "2020-01-25" and batch.confidence <= 0.45
    assert any("batch's years choose it" in e for e in batch.evidence)
    # a batch whose years the text does not allow chooses nothing
    assert _batch(nlp, TIED, [2017, 2017, 2017]).value is None
