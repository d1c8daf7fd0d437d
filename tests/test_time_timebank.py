"""French TimeBank gate: the time stage keeps its dev-split floors (skips without ../shared)."""

from __future__ import annotations

import pytest

from chronique.evaluate.timebank import evaluate_timebank, read_splits, read_tml

# Floors on the DEV split (never tuned on test): relaxed detection F1 and value F1.
MIN_RELAXED_F1 = 0.92
MIN_VALUE_F1 = 0.85


@pytest.fixture(scope="module")
def ftib(shared_data_dir):
    path = shared_data_dir / "ftib"
    if not (path / "Data").is_dir():
        pytest.skip("French TimeBank absent")
    return path


def test_tml_reader_offsets(ftib):
    doc = read_tml(next((ftib / "Data").glob("*.tml")))
    assert doc.dct and doc.text
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text and t.value


def test_splits_cover_both(ftib):
    splits = read_splits(ftib)
    assert {"dev", "test"} <= set(splits.values())


def test_timebank_dev_floors(ftib, nlp):
    scores = evaluate_timebank(ftib, "dev", nlp=nlp)["scores"]
    assert scores["relaxed"]["f1"] >= MIN_RELAXED_F1, scores
    assert scores["value"]["f1"] >= MIN_VALUE_F1, scores
