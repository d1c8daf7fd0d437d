"""``chronique bench`` on a tiny corpus: the report's shape only (speed targets live in
benchmarks, never in tests: this machine is shared and its timings mean nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronique.bench.corpus import count_words, load_corpus
from chronique.bench.gate import Floors, check_floors
from chronique.bench.throughput import memory_growth, percentile
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
    # the 95th-percentile article of each stage (spaCy parses in batches: a mean only)
    assert stages["spacy"]["p95_ms"] is None and t["spacy_mean_ms_per_article"] > 0
    assert all(st["p95_ms"] > 0 for name, st in stages.items() if name != "spacy")
    # resident memory after load and every tenth of the run, on both sides
    for side in ("spacy", "pipeline"):
        samples = t[side]["memory_mb"]
        assert samples[0][0] == 0 and samples[-1][0] == 3 and all(mb > 0 for _, mb in samples)
        assert t[side]["memory_growth_mb"] is None  # 3 articles: one batch, no growth to tell


def test_bench_text_report(report):
    text = render(report)
    assert "words/s" in text and "ratio pipeline/spaCy" in text and "per CPU second" in text
    assert all(name in text for name in report["throughput"]["stages"])
    assert "p95" in text and "memory after N articles, pipeline" in text


def test_percentile_is_nearest_rank():
    assert percentile([]) is None
    assert percentile([5.0]) == 5.0
    assert percentile([float(x) for x in range(1, 101)]) == 95.0
    assert percentile([1.0, 2.0, 3.0], 50) == 2.0


def test_memory_growth_from_the_middle_to_the_last_third():
    assert memory_growth([(0, 500.0), (10, 600.0), (20, 600.0), (25, 100.0)], 10) is None  # too few batches
    flat = [(0, 500.0)] + [(n, mb) for n, mb in zip(range(10, 100, 10), [600, 610, 605, 700, 600, 612, 590, 720, 606])]
    assert memory_growth(flat + [(95, 100.0)], 10) == pytest.approx(606 - 612)  # a batch of long articles is
    leak = [(0, 500.0)] + [(n, 600.0 + n) for n in range(10, 100, 10)]        # no growth; nor a last, short one
    assert memory_growth(leak, 10) == pytest.approx(30.0)


def _throughput(share=8.0, cpu_ratio=0.95, memory_ratio=1.1, growth=2.0) -> dict:
    return {"stages_total_percent_of_spacy": share, "cpu_ratio": cpu_ratio, "ratio": 0.5,
            "memory_ratio": memory_ratio, "pipeline": {"memory_growth_mb": growth}}


def test_gate_passes_within_the_floors():
    assert check_floors(_throughput(), Floors()) == []


@pytest.mark.parametrize("change,words", [
    ({"share": 12.5}, "12.5 % of the parse time"),
    ({"cpu_ratio": 0.85}, "0.85× bare spaCy's words per CPU second"),
    ({"cpu_ratio": None}, "0.50× bare spaCy's words per wall second"),   # several processes: no CPU ratio
    ({"memory_ratio": 1.2}, "peak memory is 1.20×"),
    ({"growth": 80.0}, "grew by 80 MB"),
    ({"share": None}, "no per-stage times"),
])
def test_gate_names_each_missed_floor(change, words):
    failures = check_floors(_throughput(**change), Floors())
    assert len(failures) == 1 and words in failures[0]


def test_bench_check_fails_with_exit_1(corpus):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["bench", "--corpus", str(corpus), "--limit", "2", "--check", "--max-stage-share", "0",
                     "--attempts", "1", "--json"])
    report = json.loads(out.getvalue())
    assert code == 1 and not report["check"]["passed"]
    assert report["check"]["floors"]["max_stage_share"] == 0
    assert any("of the parse time" in f for f in report["check"]["failures"])


def test_bench_check_options_are_documented():
    from chronique.cli.main import build_parser

    text = io_help(build_parser(), ["bench", "--help"])
    for option in ("--check", "--max-stage-share", "--min-ratio", "--max-memory-ratio", "--max-memory-growth",
                   "--attempts"):
        assert option in text


def io_help(parser, argv) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        parser.parse_args(argv)
    return out.getvalue()
