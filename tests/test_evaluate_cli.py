"""``chronique evaluate`` end to end on a small gold folder written here (real pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronique.cli.main import main
from chronique.errors import FormatError, UsageError
from chronique.evaluate import CATEGORIES, evaluate_dir
from chronique.evaluate.gold import load_gold

TEXT = """Sommet franco-allemand : Olaf Scholz reçu à Paris

Le chancelier allemand Olaf Scholz a rencontré Emmanuel Macron mardi à Paris, au palais de l'Élysée.

« Nous voulons avancer ensemble sur l'énergie », a déclaré Emmanuel Macron devant la presse. Les deux dirigeants se reverront en juillet à Berlin.
"""

GOLD = {
    "doc": "sommet.txt",
    "published": {"value": "2024-03-12", "accept": ["2024-03-12"]},
    "title": "Sommet franco-allemand : Olaf Scholz reçu à Paris",
    "title_repeated": False,
    "dateline": None,
    "subheadings": [],
    "entities": [
        {"name": "Olaf Scholz", "type": "PER", "aliases": ["Olaf Scholz"]},
        {"name": "Emmanuel Macron", "type": "PER", "aliases": ["Emmanuel Macron"]},
        {"name": "Paris", "type": "LOC", "aliases": ["Paris"]},
        {"name": "Berlin", "type": "LOC", "aliases": ["Berlin"]},
        {"name": "Élysée", "type": "LOC", "aliases": ["palais de l'Élysée", "Élysée"], "optional": True},
    ],
    "not_entities": ["chancelier allemand"],
    "quotes": [{"text": "Nous voulons avancer ensemble sur l'énergie", "speaker": "Emmanuel Macron",
                "kind": "direct"}],
    "indirect": [],
    "timexes": [{"text": "mardi", "type": "DATE", "value": "2024-03-12"},
                {"text": "en juillet", "alt_text": ["juillet"], "type": "DATE", "value": "2024-07"}],
    "amounts": [{"text": "deux dirigeants", "value": 2, "unit": "dirigeants", "optional": True}],
    "events": [{"id": "meeting", "types": ["CONSULT"], "participants": ["Olaf Scholz", "Emmanuel Macron"],
                "date": "2024-03-12", "place": "Paris", "trigger_any": ["rencontré"]}],
}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "sommet.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sommet.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_evaluate_json_reports_every_category(gold_dir, pipeline, capsys):
    assert main(["evaluate", "--gold", str(gold_dir), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["format"] == "chronique evaluation/1"
    assert out["articles"] == 1 and out["failed"] == []
    expected = {c for c in CATEGORIES if c != "cross_document"}
    assert set(out["summary"]) == expected
    ents = out["summary"]["entities"]["metrics"]["entities"]
    assert ents["tp"] + ents["fn"] in (4, 5)  # the optional entity counts when found, never as a miss
    assert ents["tp"] >= 3               # plain names the model knows
    assert out["summary"]["entities"]["metrics"]["wrong_merges"] == 0
    assert out["summary"]["layout"]["metrics"]["title"] == {"hits": 1, "total": 1, "value": 1.0}
    assert out["summary"]["published"]["metrics"]["produced"]["total"] == 1
    article = out["per_article"][0]
    assert article["doc"] == "sommet.txt"
    assert set(article["categories"]["quotes"]) >= {"metrics", "misses", "false_positives", "errors"}


def test_evaluate_text_and_verbose(gold_dir, pipeline, capsys):
    assert main(["evaluate", "--gold", str(gold_dir), "--verbose", "--no-infer-published"]) == 0
    out = capsys.readouterr().out
    assert "entities" in out and "F1" in out
    assert "── sommet.txt" in out
    assert "published" not in out.split("── ")[0]  # skipped with --no-infer-published


def test_texts_folder_and_missing_text(gold_dir, tmp_path_factory, pipeline, capsys):
    texts = tmp_path_factory.mktemp("texts")
    (texts / "sommet.txt").write_text(TEXT, encoding="utf-8")
    gold_only = tmp_path_factory.mktemp("gold")
    (gold_only / "sommet.json").write_text(json.dumps(GOLD), encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold_only), "--texts", str(texts), "--json"]) == 0
    capsys.readouterr()
    # Without the texts folder the text is missing: reported, scored as nothing found, exit 1.
    assert main(["evaluate", "--gold", str(gold_only), "--json", "--no-infer-published"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["failed"] == ["sommet.txt"]
    assert out["summary"]["entities"]["metrics"]["entities"]["tp"] == 0


def test_gold_folder_errors(tmp_path, capsys):
    assert main(["evaluate", "--gold", str(tmp_path)]) == 2  # no gold files: usage error
    assert "no gold" in capsys.readouterr().err
    with pytest.raises(UsageError):
        evaluate_dir(tmp_path / "absent")


@pytest.mark.parametrize("content", ["{broken", "[1, 2]", '{"entities": []}', '{"doc": "a.txt", "quotes": "x"}'])
def test_load_gold_rejects_non_gold(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError):
        load_gold(path)
