"""Ingestion over HTTP: raw articles are analysed on the analysis worker, then stored.

An item is either a raw article (``text`` or ``html`` with optional metadata, the same fields as
``chronique analyze`` reads from JSON) or an already analysed ``chronique/article/1`` object, which
is checked against the schema and the stand-off invariant before it is stored as it is.
Each item succeeds or fails on its own; the response lists the outcome of every one.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

from ..article import SCHEMA_ID, Article, validate
from ..errors import ChroniqueError, FormatError, InputError
from ..ingest.readers import check_article_id, raw_from_json_object

log = logging.getLogger(__name__)
MAX_REPORTED_PROBLEMS = 5


def analysed_article(item: dict[str, Any], source: str) -> Article:
    problems = validate(item)
    if problems:
        raise FormatError("not a valid chronique/article/1 object: " + "; ".join(problems[:MAX_REPORTED_PROBLEMS]),
                          source)
    try:
        article = Article.from_json(item)
    except (KeyError, TypeError, ValueError) as err:
        raise FormatError(f"not a valid chronique/article/1 object: {err}", source) from None
    check_article_id(article.id, source)
    problems = article.check_offsets()
    if problems:
        raise FormatError("offsets do not match the text: " + "; ".join(problems[:MAX_REPORTED_PROBLEMS]), source)
    return article


async def ingest_items(app: FastAPI, items: list[Any]) -> dict[str, Any]:
    from .analyze import analyze_raw

    corpus = app.state.corpus.get()
    results = []
    for index, item in enumerate(items):
        source = f"<item {index}>"
        try:
            if not isinstance(item, dict):
                raise FormatError("expected a JSON object", source)
            if item.get("schema") == SCHEMA_ID:
                article = analysed_article(item, source)
            else:
                raw = raw_from_json_object(item, source)
                article = await app.state.analyzer.call(analyze_raw, raw)
            outcome = await run_in_threadpool(corpus.add, article)
            results.append({"index": index, "id": article.id, **outcome})
        except InputError as err:
            results.append({"index": index, "status": "failed",
                            "error": {"code": "bad_input", "message": err.reason,
                                      "details": {"chronique_code": err.code}}})
        except ChroniqueError as err:
            log.warning("ingest %s: %s", source, err)
            results.append({"index": index, "status": "failed",
                            "error": {"code": "store_error", "message": str(err),
                                      "details": {"chronique_code": err.code}}})
    failed = sum(1 for r in results if r["status"] == "failed")
    return {"results": results, "added": len(results) - failed, "failed": failed}
