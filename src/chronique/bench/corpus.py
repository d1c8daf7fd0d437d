"""The texts a benchmark runs on: a file or folder read like ``chronique analyze`` inputs."""

from __future__ import annotations

import logging
from itertools import islice
from pathlib import Path

from ..errors import InputError, UsageError
from ..ingest import RawArticle, read_inputs
from ..paths import REPO_ROOT, shared_path

log = logging.getLogger(__name__)

SHARED_CORPUS = ("data", "orangesum", "orangesum-5k.jsonl.gz")
SAMPLES_DIR = REPO_ROOT / "samples"


def default_corpus() -> Path | None:
    """OrangeSum 5k from the shared folder when present, else the bundled samples, else None."""
    path = shared_path(*SHARED_CORPUS)
    if path is not None:
        return path
    if SAMPLES_DIR.is_dir() and any(p.is_file() for p in SAMPLES_DIR.rglob("*")):
        return SAMPLES_DIR
    return None


def load_corpus(path: Path | None, limit: int | None = None) -> tuple[list[RawArticle], int]:
    """The first ``limit`` readable articles of ``path`` and the number of unreadable inputs skipped."""
    if path is None:
        path = default_corpus()
        if path is None:
            raise UsageError("no corpus: give --corpus (../shared/data/orangesum and samples/ are absent)")
    if not Path(path).exists():
        raise UsageError(f"corpus {path} does not exist")
    raws: list[RawArticle] = []
    errors = 0
    items = read_inputs([str(path)])
    for item in items if limit is None else islice(items, limit * 2 + 10):
        if isinstance(item, InputError):
            errors += 1
            log.debug("skipped %s", item)
            continue
        raws.append(item)
        if limit is not None and len(raws) >= limit:
            break
    if not raws:
        raise UsageError(f"corpus {path} holds no readable article")
    return raws, errors


def count_words(texts: list[str]) -> int:
    """Whitespace-separated tokens: the words of a words-per-second figure."""
    return sum(len(t.split()) for t in texts)
