"""``chronique bench`` on a tiny corpus: the report's shape only (speed targets live in
benchmarks, never in tests: this machine is shared and its timings mean nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronique.bench.corpus import count_words, load_corpus
from chronique.cli.bench import render
from chronique.cli.main import main
from chronique.errors import UsageError

ARTICLES = [
    {"id": "b1", "published": "2024-05-02", "title": "La grève s'étend",
     "text": "La grève des contrôleurs aériens s'est étendue jeudi à Marseille. Plus de 300 vols ont été annulés, "
             "a indiqué la direction générale de l'aviation civile."},
    {"id": "b2", "published": "2024-05-03", "title": "Budget voté",
     "text": "Le conseil municipal de Nantes a voté vendredi un budget de 12 millions d'euros pour les écoles. "
             "« C'est un effort sans précédent », a déclaré la maire Johanna Rolland."},
    {"id": "b3", "published": "2024-05-04", "title": "Visite officielle",
     "text": "Le président brésilien est arrivé samedi à Paris pour une visite de trois jours. Il doit rencontrer "
             "Emmanuel Macron lundi à l'Élysée."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "tiny.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    path.write_text("\n".join(lines[:2] + ["{not json"] + lines[2:]) + "\n", encoding="utf-8")
    return path


def test_load_corpus_limit_and_skipped_inputs(corpus):
    raws, skipped = load_corpus(corpus)
    assert [r.id for r in raws] == ["b1", "b2", "b3"] and skipped == 1
    raws, _ = load_corpus(corpus, limit=2)
    assert [r.id for r in raws] == ["b1", "b2"]
    with pytest.raises(UsageError):
        load_corpus(corpus.parent / "absent.jsonl")


def test_count_words_splits_on_white_space():
    assert count_words(["Le 1er mai,  à Paris", "l'État\u00a0a dit"]) == 5 + 3


@pytest.fixture(scope="module")
def report(corpus) -> dict:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["bench", "--corpus", str(corpus), "--limit", "3", "--json"]) == 0
    return json.loads(out.getvalue())


def test_bench_report_shape(report):
    t = report["throughput"]
    assert report["skipped_inputs"] == 1
    assert t["articles"] == 3 and t["processes"] == 1
    assert t["words"] == sum(len(a["text"].split()) for a in ARTICLES)
    for side in ("spacy", "pipeline"):
        assert t[side]["seconds"] > 0 and t[side]["words_per_second"] > 0
        assert t[side]["cpu_seconds"] > 0 and t[side]["words_per_cpu_second"] > 0
        assert t[side]["peak_rss_mb"] >= t[side]["rss_after_load_mb"] > 0
        assert t[side]["docs"] == 3
    assert "chronique_sentences" not in t["spacy"]["components"]  # bare model, default components
    assert t["ratio"] == pytest.approx(t["pipeline"]["words_per_second"] / t["spacy"]["words_per_second"])
    assert t["cpu_ratio"] == pytest.approx(t["pipeline"]["words_per_cpu_second"] / t["spacy"]["words_per_cpu_second"])
    stages = t["stages"]
    assert {"clean", "spacy", "entities"} <= set(stages)
    assert stages["spacy"]["percent_of_spacy"] == pytest.approx(100.0)


def test_bench_text_report(report):
    text = render(report)
    assert "words/s" in text and "ratio pipeline/spaCy" in text and "per CPU second" in text
    assert all(name in text for name in report["throughput"]["stages"])
