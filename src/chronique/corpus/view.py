"""The corpus as a threaded web server reads it: what the REST API and the web pages share.

A thin adapter over ``Corpus`` (``corpus.service``), the only way in:

* reads go through one ``Corpus`` per server thread (opened lazily; SQLite and PostgreSQL both
  serve concurrent readers), writes through a single writer ``Corpus`` behind a lock, because the
  service keeps one connection per ``Corpus`` and is not meant to be shared between threads;
* the servers' parameter ``q`` is mapped to the service's ``query``/``text``;
* ``CorpusHolder`` opens it on first use, so a server starts before its store is reachable.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Iterator

from ..article import Article
from ..errors import StoreError, UsageError
from .service import Corpus, parse_id

log = logging.getLogger(__name__)

Page = dict[str, Any]
_NOWHERE = object()  # an entity filter that is no id: it names nothing, the answer is empty


def _entity_ref(entity: str | None) -> int | None | object:
    """An ``entity`` filter of the servers: an entity id, never a name (names are searched with
    ``speaker`` or ``entities(q=...)``)."""
    if entity is None or entity == "":
        return None
    eid = parse_id(entity)
    return _NOWHERE if eid is None else eid


def _empty(limit: int, offset: int) -> Page:
    return {"items": [], "total": 0, "limit": limit, "offset": offset}


class CorpusView:
    """Per-thread readers and one locked writer over the store at ``url`` (``opened``: a first
    ``Corpus`` already open, which also serves as the writer)."""

    def __init__(self, url: str | None, opened: Corpus | None = None):
        self._open = lambda: Corpus.open(url)
        self.url = url
        self._local = threading.local()
        self._all: list[Any] = []
        self._all_lock = threading.Lock()
        self._write_lock = threading.Lock()
        first = opened if opened is not None else self._open()
        self._local.corpus = first
        self._all.append(first)
        self._writer = first  # the first connection also writes (under _write_lock)

    @property
    def _c(self):
        corpus = getattr(self._local, "corpus", None)
        if corpus is None:
            corpus = self._open()
            self._local.corpus = corpus
            with self._all_lock:
                self._all.append(corpus)
        return corpus

    def close(self) -> None:
        with self._all_lock:
            for corpus in self._all:
                try:
                    corpus.close()
                except Exception:  # closing is best effort at shutdown
                    log.debug("closing a corpus connection failed", exc_info=True)
            self._all.clear()

    # -- articles -----------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        return self._c.stats()

    def articles(self, *, limit: int, offset: int, q: str | None = None, entity: str | None = None,
                 since: str | None = None, until: str | None = None, story: int | None = None) -> Page:
        ref = _entity_ref(entity)
        if ref is _NOWHERE:
            return _empty(limit, offset)
        return self._c.list_articles(query=q, since=since, until=until, entity=ref, story=story,
                                     limit=limit, offset=offset)

    def article_record(self, article_id: str) -> dict[str, Any] | None:
        return self._c.get_article(article_id, include_json=True)

    def article(self, article_id: str) -> Article | None:
        record = self.article_record(article_id)
        return Article.from_json(record["json"]) if record and record.get("json") else None

    def article_bundle(self, article_id: str) -> tuple[Article, dict[str, str], list[dict[str, Any]]] | None:
        """The article, its local → global entity ids, and the stories it belongs to."""
        record = self.article_record(article_id)
        if not record or not record.get("json"):
            return None
        article = Article.from_json(record["json"])
        entity_ids = {e["local_id"]: str(e["entity"]) for e in record.get("entities", ())
                      if e.get("entity") is not None}
        stories = []
        if record.get("story") is not None:
            story = self._c.get_story(record["story"])
            if story:
                stories.append({"id": story["id"], "label": story.get("label") or f"Histoire {story['id']}"})
        return article, entity_ids, stories

    def add(self, article: Article) -> dict[str, Any]:
        with self._write_lock:
            status = self._writer.add_article(article)
        return {"status": status}

    # -- corrections (writes, through the one writer) --------------------------------------------
    def correct(self, kind: str, entity: str | int, reason: str | None, *, others: list[int] | None = None,
                aliases: list[str] | None = None, name: str | None = None, type: str | None = None) -> dict[str, Any]:
        """One correction of ``corpus.corrections``: merge (``others``), split (``aliases``),
        rename (``name``) or retype (``type``) the entity with this id; returns the entity."""
        eid = parse_id(entity)
        if eid is None:
            raise UsageError(f"no entity {entity!r}")
        with self._write_lock:
            w = self._writer
            if kind == "merge":
                return w.merge_entities(eid, list(others or []), name=name, reason=reason)
            if kind == "split":
                return w.split_entity(eid, list(aliases or []), name=name, reason=reason)
            if kind == "rename":
                return w.rename_entity(eid, name or "", reason=reason)
            if kind == "retype":
                return w.retype_entity(eid, type or "", reason=reason)
        raise UsageError(f"unknown correction {kind!r}: merge, split, rename or retype")

    def undo(self, correction: str | int, reason: str | None) -> dict[str, Any]:
        with self._write_lock:
            return self._writer.undo_correction(correction, reason=reason)

    def corrections(self, *, limit: int, offset: int, entity: str | None = None) -> Page:
        return self._c.list_corrections(entity=entity, limit=limit, offset=offset)

    # -- entities -----------------------------------------------------------------------------
    def entities(self, *, limit: int, offset: int, q: str | None = None, type: str | None = None) -> Page:
        return self._c.list_entities(type=type, text=q, limit=limit, offset=offset)

    def entity(self, entity_id: str, sizes: dict[str, int] | None = None) -> dict[str, Any] | None:
        """The entity with this id; None for an id that names none and for anything that is no
        id (a name, ``-1``, ``²``): an address is never searched (``entities(q=...)`` searches).
        ``sizes``: the lengths of its lists (``Corpus.get_entity``)."""
        eid = parse_id(entity_id)
        return None if eid is None else self._c.get_entity(eid, sizes)

    # -- quotes, events ------------------------------------------------------------------------
    def quotes(self, *, limit: int, offset: int, speaker: str | None = None, entity: str | None = None,
               q: str | None = None, article: str | None = None,
               since: str | None = None, until: str | None = None) -> Page:
        # ``entity`` is an id, ``speaker`` a name (or an id: the pages link /quotes?speaker=ID); the
        # service resolves both through one argument.
        ref = _entity_ref(entity)
        if ref is _NOWHERE:
            return _empty(limit, offset)
        who = ref if ref is not None else speaker
        return self._c.list_quotes(speaker=who, since=since, until=until, query=q, article=article,
                                   limit=limit, offset=offset)

    def events(self, *, limit: int, offset: int, type: str | None = None, entity: str | None = None,
               since: str | None = None, until: str | None = None) -> Page:
        ref = _entity_ref(entity)
        if ref is _NOWHERE:
            return _empty(limit, offset)
        return self._c.list_events(entity=ref, type=type, since=since, until=until,
                                   limit=limit, offset=offset)

    # -- stories, timeline, search ----------------------------------------------------------------
    def stories(self, *, limit: int, offset: int, entity: str | None = None,
                since: str | None = None, until: str | None = None) -> Page:
        ref = _entity_ref(entity)
        if ref is _NOWHERE:
            return _empty(limit, offset)
        return self._c.list_stories(entity=ref, since=since, until=until, limit=limit, offset=offset)

    def story(self, story_id: str) -> dict[str, Any] | None:
        sid = parse_id(story_id)
        return None if sid is None else self._c.get_story(sid)

    def merge_stories(self, target: str, others: list[str], reason: str | None = None) -> dict[str, Any]:
        with self._write_lock:
            return self._writer.merge_stories(target, others, reason)

    def split_story(self, story_id: str, articles: list[str], reason: str | None = None) -> dict[str, Any]:
        with self._write_lock:
            return self._writer.split_story(story_id, articles, reason)

    def timeline(self, *, entity: str | None = None, story: str | None = None, since: str | None = None,
                 until: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        if entity and story:
            raise UsageError("give entity or story, not both")
        if story is not None:
            sid = parse_id(story)
            if sid is None:
                return []
            return self._c.timeline(story=sid, since=since, until=until, limit=limit)["items"]
        # an entity's timeline, or (no subject) the corpus's events and quotations in the window
        ref = _entity_ref(entity)
        if ref is _NOWHERE:
            return []
        return self._c.timeline(entity=ref, since=since, until=until, limit=limit)["items"]

    def export(self, what: str, **filters: Any) -> Iterator[dict[str, Any]]:
        """Rows of one kind for a download (``Corpus.export``), on a connection of its own: a streamed
        response is read on whichever thread is free, while this thread serves other requests."""
        corpus = self._open()
        try:
            yield from corpus.export(what, **filters)
        finally:
            corpus.close()

    def browse(self, what: str, *, limit: int, offset: int, entity: str | None = None, **filters: Any) -> Page:
        """A page of the browse pages (``Corpus.browse``); ``entity`` an id, never a name."""
        ref = _entity_ref(entity)
        if ref is _NOWHERE:
            return _empty(limit, offset)
        return self._c.browse(what, limit=limit, offset=offset, entity=ref, **filters)

    def outlets(self) -> list[dict[str, Any]]:
        return self._c.outlets()

    def entity_summary(self, entity_id: str) -> dict[str, Any] | None:
        return self._c.entity_summary(entity_id)

    def entity_profile(self, entity_id: str) -> dict[str, Any] | None:
        eid = parse_id(entity_id)
        return None if eid is None else self._c.entity_profile(eid)

    def search(self, q: str, *, limit: int) -> dict[str, Any]:
        return {"q": q, **self._c.search(q, limit=limit)}


class CorpusHolder:
    """Opens the ``CorpusView`` on first use, so the server starts (and answers analyses) even
    before the store is reachable; a store that cannot be opened answers 503."""

    def __init__(self, url: str | None, view: CorpusView | None = None):
        self.url = url
        self._view = view
        self._owned = view is None  # a view handed in by the caller is the caller's to close
        self._lock = threading.Lock()

    def get(self) -> CorpusView:
        if self._view is None:
            with self._lock:
                if self._view is None:
                    try:
                        self._view = CorpusView(self.url)
                    except StoreError:
                        raise
                    except Exception as err:  # a driver error while connecting: the store is unavailable
                        log.exception("cannot open the corpus at %s", self.url)
                        raise StoreError(f"cannot open the corpus: {err}") from err
        return self._view

    def close(self) -> None:
        if not self._owned:
            return
        with self._lock:
            view, self._view = self._view, None
        if view is not None:  # a later get() opens the store again (test clients restart the app)
            view.close()
