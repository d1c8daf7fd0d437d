"""Correcting entities and stories from the pages: the forms of an entity page (merge, split,
rename, change of type), of a story page (merge other stories in, split articles out) and the
corrections log at ``/corrections`` with an undo per line.

Each form carries the server's token (``CHRONIQUE_TOKEN``, the API's bearer token) and a reason;
without a token set the server is read-only and says so. The operations are those of the API and
the command line (``corpus.corrections`` through the one writer of ``corpus.view``). A success
answers 303 to the entity or story page (or the log), which names the correction made. Story
corrections are rules kept with their reason and obeyed by ``relink`` (``corpus.story_rules``)."""

from __future__ import annotations

import hmac
import re
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..corpus.service import DEFAULT_PAGE_SIZE, MAX_OFFSET
from ..errors import ChroniqueError, UsageError
from .pages import STORY_ARTICLES, _corpus, render, url_segment

router = APIRouter(include_in_schema=False)

_IDS = re.compile(r"\d{1,19}")
MAX_FORM_FIELDS = STORY_ARTICLES + 10  # a story's split form: one checkbox per listed article


async def _form(request: Request) -> dict[str, list[str]]:
    try:
        return parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=MAX_FORM_FIELDS)
    except ValueError:
        return {}


def _one(form: dict[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[0].strip()


def _refusal(request: Request, form: dict[str, list[str]]) -> tuple[int, str] | None:
    """Why the form may not write (status, message), or None when its token is the server's."""
    token = request.app.state.settings.token
    if not token:
        return 403, "Ce serveur est en lecture seule : lancez-le avec CHRONIQUE_TOKEN pour corriger."
    if not hmac.compare_digest(_one(form, "token").encode(), token.encode()):
        return 401, "Jeton invalide : la correction n'a pas été faite."
    if not _one(form, "reason"):
        return 422, "Donnez la raison de la correction : elle est gardée dans le journal."
    return None


def _failed(status: int, message: str, back: str) -> HTMLResponse:
    return render("error.html", status=status, status_code=status, heading="Correction refusée", message=message,
                  status_text="", back=back)


async def _authorised(request: Request, back: str) -> tuple[dict[str, list[str]], HTMLResponse | None]:
    """The posted form, and the page refusing it when its token or reason is missing."""
    form = await _form(request)
    refused = _refusal(request, form)
    return form, _failed(*refused, back) if refused else None


@router.post("/entities/{entity_id}/corriger", response_class=HTMLResponse)
async def correct_entity(request: Request, entity_id: str):
    back = f"/entities/{url_segment(entity_id)}"
    form, refusal = await _authorised(request, back)
    if refusal is not None:
        return refusal
    kind = _one(form, "kind")
    try:
        entity = _corpus(request).correct(
            kind, entity_id, _one(form, "reason"), others=[int(i) for i in _IDS.findall(_one(form, "others"))],
            aliases=[a.strip() for a in form.get("aliases", []) if a.strip()], name=_one(form, "name") or None,
            type=_one(form, "type") or None)
    except ChroniqueError as err:
        return _failed(422, f"Correction impossible : {err}", back)
    return RedirectResponse(f"/entities/{url_segment(entity['id'])}?correction={entity['correction']}", status_code=303)


@router.post("/stories/{story_id}/corriger", response_class=HTMLResponse)
async def correct_story(request: Request, story_id: str):
    back = f"/stories/{url_segment(story_id)}"
    form, refusal = await _authorised(request, back)
    if refusal is not None:
        return refusal
    kind, reason, corpus = _one(form, "kind"), _one(form, "reason"), _corpus(request)
    try:
        if kind == "merge":
            story = corpus.merge_stories(story_id, _IDS.findall(_one(form, "others")), reason)
        elif kind == "split":
            story = corpus.split_story(story_id, [a for a in form.get("articles", []) if a], reason)
        else:
            raise UsageError(f"unknown story correction {kind!r} (merge or split)")
    except ChroniqueError as err:
        return _failed(422, f"Correction impossible : {err}", back)
    return RedirectResponse(f"/stories/{url_segment(story['id'])}?correction={kind}", status_code=303)


@router.post("/corrections/{correction_id}/annuler", response_class=HTMLResponse)
async def undo_correction(request: Request, correction_id: str):
    form, refusal = await _authorised(request, "/corrections")
    if refusal is not None:
        return refusal
    try:
        done = _corpus(request).undo(correction_id, _one(form, "reason"))
    except ChroniqueError as err:
        return _failed(422, f"Annulation impossible : {err}", "/corrections")
    return RedirectResponse(f"/corrections?correction={done['correction']}", status_code=303)


@router.get("/corrections", response_class=HTMLResponse)
async def corrections_view(request: Request, offset: int = Query(0, ge=0, le=MAX_OFFSET),
                           correction: str | None = None):
    page = _corpus(request).corrections(limit=DEFAULT_PAGE_SIZE, offset=offset)
    return render("corrections.html", page=page, params={}, done=correction,
                  writable=bool(request.app.state.settings.token))


__all__ = ["router"]
