"""Running the pipeline on the gold articles and scoring them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from ..errors import InputError, UsageError
from ..ingest.readers import read_file
from .gold import gold_files, load_gold, published_value
from .score import empty_article, score_article
from .scores import ArticleScores, CorpusScores, aggregate

log = logging.getLogger(__name__)


def evaluate_dir(gold_dir: Path, texts_dir: Path | None = None, pipeline=None, infer_published: bool = True,
                 on_article: Callable[[ArticleScores], None] | None = None, year_prior: bool = True) -> CorpusScores:
    """Analyse the text of every gold file of ``gold_dir`` (texts in ``texts_dir``, default the
    same folder) with the gold publication date, and again without it when ``infer_published``;
    score each against its gold annotation; micro-average over the folder.

    Inferring a hidden date, the pipeline knows the years of the *other* gold articles, as it
    knows those of its batch in use (``year_prior=False``: the article's own text only)."""
    gold_dir = Path(gold_dir)
    texts_dir = Path(texts_dir) if texts_dir is not None else gold_dir
    if not gold_dir.is_dir():
        raise UsageError(f"{gold_dir} is not a folder")
    paths = list(gold_files(gold_dir))
    if not paths:
        raise UsageError(f"{gold_dir} holds no gold .json files")
    if pipeline is None:
        from ..analysis import default_pipeline

        pipeline = default_pipeline()
    golds = [load_gold(path) for path in paths]
    dates = [published_value(g) for g in golds]
    results = []
    try:
        for i, gold in enumerate(golds):
            if pipeline.year_prior is not None:
                pipeline.year_prior.reset(d for j, d in enumerate(dates) if j != i and year_prior)
            scores = evaluate_one(gold, texts_dir / gold["doc"], pipeline, infer_published)
            if on_article is not None:
                on_article(scores)
            results.append(scores)
    finally:
        if pipeline.year_prior is not None:
            pipeline.year_prior.reset()  # the gold years must not follow the pipeline elsewhere
    return aggregate(results)


def evaluate_one(gold: dict, text_path: Path, pipeline, infer_published: bool = True) -> ArticleScores:
    doc = gold["doc"]
    try:
        raw = _read_one(text_path)
        article = pipeline.analyze(raw, published=published_value(gold))
        undated = pipeline.analyze(raw, published=None) if infer_published else None
    except InputError as err:
        log.warning("%s: %s", doc, err)
        scores = score_article(gold, empty_article(doc), empty_article(doc) if infer_published else None, doc=doc)
        scores.error = str(err)
        return scores
    return score_article(gold, article, undated, doc=doc)


def _read_one(path: Path):
    if not path.exists():
        raise InputError("text file named by the gold 'doc' field is missing", str(path))
    for item in read_file(path):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError("no article in the text file", str(path))
