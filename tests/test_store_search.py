"""Full-text search, the same queries against SQLite (FTS5) and PostgreSQL (tsvector): accents and
case are ignored, quoted and hyphenated words match as phrases, and nothing else matches."""

from __future__ import annotations

import pytest
from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures
from corpus_helpers import make_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronique.store import open_store
from chronique.store.migrations import MIGRATIONS
from chronique.store.base import fts_phrases, fts_query

# Small articles, each with words the others lack, so that every hit or miss below is decided by one rule.
ARTICLES = {
    "usa": ("Les États-Unis ont salué mercredi la décision de l'État fédéral sur les tarifs douaniers.",
            "Washington salue une décision"),
    "sans-accents": ("Le gouvernement americain a publie jeudi un rapport sur la securite des Etats membres "
                     "face au COVID-19.", None),
    "premier": ("Le Premier ministre a présenté son équipe devant les sénateurs réunis en séance.",
                "Remaniement au sommet"),
    "ordre": ("Le ministre de l'Intérieur a remporté le premier tour de l'élection municipale à Lyon.", None),
    "unis": ("Les États du Sahel sont restés unis face à la sécheresse qui frappe les éleveurs.", None),
    "ete": ("Il était une fois un été très chaud dans les vignes de Bourgogne.", None),
    "citation": ("« L'État doit protéger les éleveurs », a déclaré une agricultrice de Corrèze.", None),
}
QUOTE = "L'État doit protéger les éleveurs"


def _ids(store, query: str) -> set[str]:
    return {r["id"] for r in store.search_articles(query, limit=50)}


@pytest.fixture
def searchable(corpus):
    for aid, (text, title) in ARTICLES.items():
        quotes = [("q1", QUOTE, None, None)] if aid == "citation" else []
        assert corpus.add_article(make_article(aid, "2024-05-02", text, title=title, quotes=quotes)) == "added"
    return corpus.store


# -- the query language (shared by both back ends) ------------------------------------------------------------
@pytest.mark.parametrize("text, groups", [
    ("réforme", [["réforme"]]),
    ("États-Unis", [["États", "Unis"]]),
    ("aujourd'hui l’État", [["aujourd", "hui"], ["l", "État"]]),
    ('"Premier ministre" démission', [["Premier", "ministre"], ["démission"]]),
    ("«\u00a0Premier ministre\u00a0» Matignon", [["Premier", "ministre"], ["Matignon"]]),
    ("“Premier ministre”", [["Premier", "ministre"]]),
    ('"non fermé', [["non"], ["fermé"]]),          # an unbalanced quotation mark is not syntax
    ('"" -- ** ( )', []),
    ("AND OR NEAR(x, y) *", [["AND"], ["OR"], ["NEAR"], ["x"], ["y"]]),
])
def test_a_search_is_read_as_phrases(text, groups):
    assert [list(p.words) for p in fts_phrases(text)] == groups


def test_a_phrase_keeps_how_it_was_written():
    assert [p.written for p in fts_phrases('COVID-19 « Premier ministre »')] == ["Premier ministre", "COVID-19"]


def test_the_query_string_quotes_every_phrase_so_no_word_is_an_operator():
    assert fts_query('OR "premier ministre" -pas') == '"premier ministre" "OR" "pas"'
    assert fts_query("  ,;: ") is None


# -- accents and case ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["États-Unis", "etats-unis", "ETATS-UNIS", "Etats Unis", '"etats unis"'])
def test_accents_and_case_are_ignored_in_the_query(searchable, query):
    assert "usa" in _ids(searchable, query)


@pytest.mark.parametrize("query", ["américain", "AMÉRICAIN", "sécurité", "publié"])
def test_accents_and_case_are_ignored_in_the_text(searchable, query):
    assert _ids(searchable, query) == {"sans-accents"}


@pytest.mark.parametrize("query", ["Etat fédéral", "etat federal", "ÉTAT FÉDÉRAL", "DECISION federal"])
def test_every_word_must_match_whatever_its_accents(searchable, query):
    assert _ids(searchable, query) == {"usa"}


def test_the_title_is_searched_too(searchable):
    assert _ids(searchable, "remaniement") == {"premier"}
    assert _ids(searchable, "WASHINGTON") == {"usa"}


def test_quotes_are_searched_without_accents(searchable):
    for query in ("etat doit proteger", "ÉLEVEURS", "l'etat"):
        assert len(searchable.search_quotes(query, ids_only=True)) == 1, query
    assert searchable.search_quotes("fédéral", ids_only=True) == []


def test_the_snippet_marks_the_accented_word_found_without_accents(searchable):
    [hit] = searchable.search_articles("etats-unis")
    assert "[États" in hit["snippet"] and "]" in hit["snippet"]


# -- phrases ---------------------------------------------------------------------------------------------------
def test_a_quoted_phrase_needs_its_words_together_and_in_order(searchable):
    assert _ids(searchable, "premier ministre") == {"premier", "ordre"}
    assert _ids(searchable, '"premier ministre"') == {"premier"}
    assert _ids(searchable, "«\u00a0PREMIER MINISTRE\u00a0»") == {"premier"}
    assert _ids(searchable, '"ministre premier"') == set()


def test_a_hyphenated_word_is_a_phrase(searchable):
    assert _ids(searchable, "etats unis") == {"usa", "unis"}    # two words anywhere
    assert _ids(searchable, "etats-unis") == {"usa"}            # the compound only
    assert _ids(searchable, "Covid-19") == _ids(searchable, '"covid 19"') == {"sans-accents"}
    assert _ids(searchable, "covid-20") == set()


def test_postgresql_also_finds_the_other_forms_of_a_word(searchable):
    # The index and the query go through the same French stemmer (after accents are folded):
    # "senateur" finds "sénateurs" there; SQLite matches words as written.
    expected = {"premier"} if searchable.dialect == "postgresql" else set()
    assert _ids(searchable, "senateur") == expected
    assert _ids(searchable, "sénateurs") == {"premier"}


# -- no false matches ------------------------------------------------------------------------------------------
# PostgreSQL also stems French words (États → etat), SQLite matches them as written (folded):
# the third column is what the stems add on PostgreSQL.
@pytest.mark.parametrize("query, expected, by_stem", [
    ("etat", {"usa", "citation"}, {"unis", "sans-accents"}),   # État (États); not était nor été
    ("ete", {"ete"}, set()),                                   # été; not État
    ("etait", {"ete"}, set()),
    ("ministere", set(), set()),                               # ministre is another word
    ("bourgogne lyon", set(), set()),                          # each word is in another article
    ("xylophone", set(), set()),
])
def test_folding_accents_matches_no_other_word(searchable, query, expected, by_stem):
    if searchable.dialect == "postgresql":
        expected = expected | by_stem
    assert _ids(searchable, query) == expected


# Characters that are syntax in FTS5 or in tsquery, quotation marks and accented letters.
QUERY_CHARS = st.sampled_from('aéÉ -\'’"«»“”*()^:+~&|!<>.,;?0_\u00a0\t')


def test_any_string_is_a_valid_search(searchable):
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(alphabet=QUERY_CHARS, max_size=20) | st.text(max_size=20))
    def search(text):
        assert isinstance(searchable.search_articles(text), list)
        assert isinstance(searchable.search_quotes(text, ids_only=True), list)

    search()


# -- upgrade ---------------------------------------------------------------------------------------------------
def test_a_store_made_before_accent_folding_is_upgraded(store_url, monkeypatch):
    import chronique.store.base as base

    # every migration but the accent folding (2): today's corpus code writes the later tables
    monkeypatch.setattr(base, "MIGRATIONS", [m for m in base.MIGRATIONS if m[0] != 2])
    from chronique.corpus import Corpus

    old = Corpus.open(store_url)
    assert 2 not in old.store.applied_versions()
    old.add_article(make_article("vieux", "2019-01-03", ARTICLES["usa"][0], title=ARTICLES["usa"][1]))
    old.close()
    monkeypatch.undo()

    store = open_store(store_url)
    assert store.schema_version() == max(v for v, _, _ in MIGRATIONS)
    assert _ids(store, "etats-unis ETAT federal") == {"vieux"}
    store.close()
