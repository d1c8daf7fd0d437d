"""``/api/v1/corrections``: correcting entities by hand (bearer token), the log, and undoing.

    POST /api/v1/corrections            {"kind": "merge", "entity": 12, "others": [34], "reason": "…"}
                                        {"kind": "split", "entity": 12, "aliases": ["M. Martin"], "reason": "…"}
                                        {"kind": "rename", "entity": 12, "name": "…", "reason": "…"}
                                        {"kind": "retype", "entity": 12, "type": "ORG", "reason": "…"}
    POST /api/v1/corrections/{id}/undo  {"reason": "…"}
    GET  /api/v1/corrections            ?entity= &limit= &offset=   (the log, latest first)

The operations are the command line's (``chronique merge``/``split``/``corrections``), through
``corpus.corrections``: recorded with their time and reason, obeyed again after re-linking.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from ..article.model import ENTITY_TYPES
from ..corpus.corrections import MAX_REASON_CHARS
from ..corpus.service import DEFAULT_PAGE_SIZE
from .errors import error_responses
from .routes import EntityId, Limit, Offset, Page, _corpus, _json, require_token

router = APIRouter()
WRITE_ERRORS = error_responses(400, 401, 403, 422, 503, 504)
Reason = Annotated[str, Field(min_length=1, max_length=MAX_REASON_CHARS, description="why (kept in the log)")]


class Correction(BaseModel):
    kind: Literal["merge", "split", "rename", "retype"]
    entity: Annotated[int, Field(ge=1, le=2**63 - 1, description="the entity's id")]
    reason: Reason
    others: list[Annotated[int, Field(ge=1, le=2**63 - 1)]] | None = Field(None, max_length=50,
                                                                           description="merge: ids merged into entity")
    aliases: list[Annotated[str, Field(min_length=1, max_length=200)]] | None = Field(
        None, max_length=50, description="split: the names moved to a new entity")
    name: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        None, description="rename: the new name; merge/split: the resulting entity's name")
    type: Literal[ENTITY_TYPES] | None = Field(None, description="retype: the new type")


class Undo(BaseModel):
    reason: Reason


@router.post("/corrections", tags=["corrections"], dependencies=[Depends(require_token)], responses=WRITE_ERRORS,
             summary="Merge, split, rename or retype an entity (bearer token)")
async def correct(request: Request, body: Annotated[Correction, Body()]) -> dict[str, Any]:
    """Answers the entity as it is after the correction, with ``correction``: the log entry's id."""
    return _json(_corpus(request).correct(body.kind, body.entity, body.reason, others=body.others,
                                          aliases=body.aliases, name=body.name, type=body.type))


@router.post("/corrections/{correction_id}/undo", tags=["corrections"], dependencies=[Depends(require_token)],
             responses=WRITE_ERRORS, summary="Reverse a correction (bearer token)")
async def undo(request: Request, correction_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
               body: Annotated[Undo, Body()]) -> dict[str, Any]:
    return _json(_corpus(request).undo(correction_id, body.reason))


@router.get("/corrections", response_model=Page, tags=["corrections"], responses=error_responses(422, 503, 504),
            summary="The corrections log, latest first")
async def list_corrections(request: Request, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
                           entity: EntityId = None):
    return _json(_corpus(request).corrections(limit=limit, offset=offset, entity=entity))


__all__ = ["router"]
