"""The corpus service layer: the one API that the CLI, the REST API and the web UI call.

    from chronique.corpus import Corpus
    with Corpus.open("sqlite:///chronique.db") as corpus:
        corpus.ingest(["articles/"], processes=2)
        corpus.list_quotes(speaker="Olaf Scholz", since="2023-10-01")

Every read method returns plain JSON-ready dicts (shapes documented per method and in
``docs``/the contract). List methods return a *page*: ``{"items": [...], "total": int,
"limit": int, "offset": int}``. Entities, events, stories and quotes have integer ids that are
global to the corpus; articles keep their own string ids. Methods that take an entity accept
its id or a name ("Scholz", "Olaf Scholz"; resolved to the best-known entity).
Errors: ``UsageError`` for bad arguments, ``StoreError`` for database failures; a missing
object gives ``None`` (get_*) or an empty page, never an exception.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import deque
from itertools import chain
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..article import Article
from ..errors import InputError, SkippedInput, StageError, UsageError
from ..store import Store, default_url, open_store
from . import queries
from .ingest_times import IngestTimes
from .linker import Linker
from .timeline import corpus_timeline, with_period

log = logging.getLogger(__name__)

Page = dict[str, Any]
_UNKNOWN = object()  # an entity filter that names no known entity: the answer is empty
EXPORTABLE = ("articles", "entities", "quotes", "events", "stories", "timeline")

_REPORT_FIELD = {"added": "added", "replaced": "replaced", "duplicate": "duplicates", "unchanged": "unchanged"}

# Largest page a caller may ask for: keeps one request's memory and time bounded.
MAX_LIMIT = 1000
# Pages served over HTTP (the API's lists and the web pages): the default and largest page, and
# the deepest offset (deeper pages are better reached by narrowing the filters).
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
MAX_OFFSET = 100_000
# Entity, story and event ids are the stores' 64-bit integers (SQLite INTEGER, PostgreSQL BIGINT).
MAX_ID = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]+")


@dataclass
class IngestReport:
    """What one ``Corpus.ingest`` call did (counts of articles)."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    partial: int = 0  # stored, but a stage failed on it (counted in its status too)
    skipped: int = 0  # records that hold no article by design (web archive requests, images…)
    errors: list[dict[str, str]] = field(default_factory=list)
    skipped_by: dict[str, int] = field(default_factory=dict)  # reason -> count
    times: IngestTimes | None = None  # linking against the whole run (local engine)

    @property
    def seen(self) -> int:
        return self.added + self.replaced + self.unchanged + self.duplicates + self.failed

    def to_dict(self) -> dict[str, Any]:
        counts = {k: v for k, v in asdict(self).items() if k != "times"}
        return counts | {"seen": self.seen} | ({"times": self.times.to_dict()} if self.times is not None else {})

    def count_stored(self, status: str, article: Article, name: str) -> None:
        """One stored article: its status ("added", "duplicate"…) and, when a stage failed on it, a
        partial count and one error per failed stage."""
        counter = _REPORT_FIELD[status]
        setattr(self, counter, getattr(self, counter) + 1)
        if article.errors:
            self.partial += 1
            for failure in article.errors:
                self.errors.append({"source": name, "code": StageError.code,
                                    "reason": f"partial: stage {failure.stage} failed "
                                              f"({failure.error}: {failure.message}); its layers are empty"})


def raw_hash(raw: Any, published: str | None) -> str:
    """Fingerprint of an input before analysis: same text, title and date → same hash."""
    parts = [raw.text, raw.title or "", published or raw.published or ""]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def parse_id(value: int | str | None) -> int | None:
    """A corpus id (entity, story, event) from a URL, a filter or an argument: a positive integer
    in ASCII digits that fits the store's 64-bit integers; None for anything else (``-1``, ``²``,
    ``①``, ``9223372036854775808``, a name), which therefore names no object."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        if not _ASCII_DIGITS.fullmatch(value) or len(value) > 25:
            return None
        value = int(value)
    if not isinstance(value, int):
        return None
    return value if 1 <= value <= MAX_ID else None


def is_id_form(value: int | str) -> bool:
    """Written as an id (ASCII digits, or an int), whether or not the store could hold it."""
    return isinstance(value, int) or (isinstance(value, str) and _ASCII_DIGITS.fullmatch(value) is not None)


def _limit(limit: int, offset: int) -> tuple[int, int]:
    if limit < 0 or offset < 0:
        raise UsageError("limit and offset must not be negative")
    return min(limit, MAX_LIMIT), offset


class Corpus:
    """A linked corpus of analysed articles in one store."""

    def __init__(self, store: Store):
        self.store = store
        self.linker = Linker(store)

    # -- life cycle ----------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None) -> "Corpus":
        """Open (creating and migrating if needed) the store at ``url`` (default ``$CHRONIQUE_DB``
        or ``sqlite:///chronique.db``)."""
        return cls(open_store(url or default_url()))

    @property
    def url(self) -> str:
        return self.store.url

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------
    def ingest(self, items: Iterable[Any], *, processes: int = 1, published: str | None = None,
               on_article: Callable[[str, str], None] | None = None) -> IngestReport:
        """Analyse and store articles: paths are not read here, pass ``RawArticle`` objects (see
        ``ingest_paths``), JSON article dicts or strings. Idempotent: an input already stored
        (same id and content, or same content without id) is not analysed again; a changed
        version of a stored id replaces it. Each article is stored in its own transaction, so an
        interrupted run leaves a consistent store and running it again finishes the job. Bad
        inputs are recorded (``list_errors``) and the rest goes on.
        ``on_article(status, name)`` is called per input with status added / replaced /
        unchanged / duplicate / failed."""
        from ..analysis import analyze_many, to_raw

        report = IngestReport(times=IngestTimes())
        pending: deque[str] = deque()

        def notify(status: str, name: str) -> None:
            if on_article:
                on_article(status, name)

        def to_analyse() -> Iterator[Any]:
            for i, item in enumerate(items, 1):
                raw = to_raw(item, i)
                if isinstance(raw, SkippedInput):
                    report.skipped += 1
                    report.skipped_by[raw.reason] = report.skipped_by.get(raw.reason, 0) + 1
                    notify("skipped", raw.source or "?")
                    continue
                if isinstance(raw, InputError):
                    self._record_error(report, raw)
                    notify("failed", raw.source or "?")
                    continue
                fingerprint = raw_hash(raw, published)
                if self.linker.is_stored(raw.id, fingerprint):
                    report.unchanged += 1
                    notify("unchanged", raw.id or raw.source)
                    continue
                pending.append(fingerprint)
                yield raw

        queue = to_analyse()
        first = next(queue, None)
        if first is None:  # nothing new: do not load the language model at all
            return report
        # an undated article's year is likelier among the corpus's years than outside them
        years = queries.published_years(self.store)
        for result in analyze_many(chain([first], queue), processes=processes, published=published,
                                   errors="return", years=years):
            fingerprint = pending.popleft()
            if isinstance(result, InputError):
                self._record_error(report, result)
                notify("failed", result.source or "?")
                continue
            name = result.source.path or result.id
            try:
                with report.times.timer():
                    status = self.linker.add(result, raw_hash=fingerprint)
            except Exception as err:  # one article's failure must not stop the batch
                log.warning("%s: storing article %s failed: %s", name, result.id, err,
                            exc_info=log.isEnabledFor(logging.DEBUG))
                self._record_error(report, InputError(f"cannot store: {err}", name), article_id=result.id)
                notify("failed", name)
                continue
            report.count_stored(status, result, name)
            notify(status, result.id)
        report.times.stop()
        return report

    def ingest_paths(self, paths: list[str], **kwargs: Any) -> IngestReport:
        """``ingest`` the articles read from files, directories or ``-`` (stdin)."""
        from ..ingest import read_inputs

        return self.ingest(read_inputs(paths), **kwargs)

    def batch_writer(self, report: IngestReport, on_article: Callable[[str, str], None] | None = None,
                     batch_size: int | None = None):
        """A writer that stores an already analysed stream in batches, in stream order
        (``corpus.batch_writer.BatchWriter``): the one linking writer of a scaled-out ingest."""
        from .batch_writer import WRITE_BATCH, BatchWriter

        return BatchWriter(self.store, report, self._record_error, on_article, batch_size or WRITE_BATCH)

    def record_input_error(self, report: IngestReport, err: InputError) -> None:
        """Count and store one input that could not be analysed (``list_errors``)."""
        self._record_error(report, err)

    def add_article(self, article: Article | dict[str, Any], *, raw_hash: str | None = None) -> str:
        """Store and link one already analysed article (an ``Article`` or its ``chronique/article/1``
        JSON). Returns added / replaced / unchanged / duplicate."""
        if isinstance(article, dict):
            article = Article.from_json(article)
        return self.linker.add(article, raw_hash=raw_hash)

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and everything linked from it; False when it was not stored."""
        return self.linker.remove(article_id)

    def _record_error(self, report: IngestReport, err: InputError, article_id: str | None = None) -> None:
        report.failed += 1
        entry = {"source": err.source or "", "code": err.code, "reason": err.reason}
        report.errors.append(entry)
        try:
            self.linker.record_error(err.source, article_id, err.code, err.reason)
        except Exception as store_err:  # the report still names the input; the batch goes on
            log.warning("%s: cannot record the error in the store: %s", err.source, store_err)

    def merge_entities(self, target: int | str, others: list[int | str], name: str | None = None,
                       reason: str | None = None) -> dict[str, Any]:
        """Merge ``others`` into ``target`` (ids or names). Recorded as a rule that later linking
        and ``relink`` obey, and in the corrections log. Returns the merged entity (``get_entity``
        shape) with ``correction``, the log entry's id."""
        from . import corrections

        tid = self._entity_id(target, required=True)
        oids = [self._entity_id(o, required=True) for o in others]
        cid = corrections.merge(self.store, tid, [o for o in oids if o != tid], reason, name=name)
        return {**self.get_entity(tid), "correction": cid}  # type: ignore[dict-item]

    def split_entity(self, entity: int | str, aliases: list[str], name: str | None = None,
                     reason: str | None = None) -> dict[str, Any]:
        """Move the mentions named by ``aliases`` (surface forms of the entity) to a new entity,
        and forbid the two from being merged again. Returns the new entity (+ ``correction``)."""
        from . import corrections

        eid = self._entity_id(entity, required=True)
        cid, new_id = corrections.split(self.store, eid, aliases, reason, name=name)
        return {**self.get_entity(new_id), "correction": cid}  # type: ignore[dict-item]

    def rename_entity(self, entity: int | str, name: str, reason: str | None = None) -> dict[str, Any]:
        """Give the entity a display name that re-linking keeps. Returns it (+ ``correction``)."""
        from . import corrections

        eid = self._entity_id(entity, required=True)
        cid = corrections.rename(self.store, eid, name, reason)
        return {**self.get_entity(eid), "correction": cid}  # type: ignore[dict-item]

    def retype_entity(self, entity: int | str, type: str, reason: str | None = None) -> dict[str, Any]:
        """Change the entity's type (PER/ORG/LOC/MISC), kept by re-linking. Returns it (+ ``correction``)."""
        from . import corrections

        eid = self._entity_id(entity, required=True)
        cid = corrections.retype(self.store, eid, type.upper(), reason)
        return {**self.get_entity(eid), "correction": cid}  # type: ignore[dict-item]

    def undo_correction(self, correction: int, reason: str | None = None) -> dict[str, Any]:
        """Reverse a correction of the log; returns ``{"undone": id, "correction": id of the undo}``."""
        from . import corrections

        cid = parse_id(correction)
        if cid is None:
            raise UsageError(f"no correction {correction!r}")
        return {"undone": cid, "correction": corrections.undo(self.store, cid, reason)}

    def list_corrections(self, *, entity: int | str | None = None, limit: int = 50, offset: int = 0) -> Page:
        """The corrections log, latest first: ``{id, kind, entity, payload, reason, created, undone, undone_by}``."""
        from . import corrections

        limit, offset = _limit(limit, offset)
        eid = None
        if entity is not None:
            eid = parse_id(entity)
            if eid is None:
                return _empty(limit, offset)
        return corrections.list_corrections(self.store, entity=eid, limit=limit, offset=offset)

    def merge_stories(self, target: int | str, others: list[int | str], reason: str | None = None) -> dict[str, Any]:
        """Merge the stories ``others`` into ``target`` (ids). Recorded, with its reason, as a rule
        that ``relink`` obeys. Returns the merged story (``get_story`` shape)."""
        tid = self._story_id(target)
        oids = [o for o in (self._story_id(x) for x in others) if o != tid]
        if not oids:
            raise UsageError("name at least one other story to merge into this one")
        self.linker.merge_stories(tid, oids, reason)
        return self.get_story(tid)  # type: ignore[return-value]

    def split_story(self, story: int | str, articles: list[str], reason: str | None = None) -> dict[str, Any]:
        """Move ``articles`` (ids of the story's articles) to a new story, recorded with its reason
        as a rule that ``relink`` obeys. Returns the new story."""
        if not articles:
            raise UsageError("name at least one article to split out of the story")
        new_id = self.linker.split_story(self._story_id(story), list(articles), reason)
        return self.get_story(new_id)  # type: ignore[return-value]

    def _story_id(self, ref: int | str) -> int:
        sid = parse_id(ref)
        if sid is None or self.store.one("SELECT id FROM stories WHERE id = ?", (sid,)) is None:
            raise UsageError(f"no story {ref!r} in the corpus")
        return sid

    def relink(self) -> dict[str, int]:
        """Rebuild every cross-article link (entities, events, stories, timelines) from the stored
        articles in publication order, obeying the recorded merge/split rules."""
        return self.linker.relink()

    # -- reading -------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counts: articles, duplicates, entities, quotes, events, stories, errors."""
        return queries.stats(self.store)

    def get_article(self, article_id: str, include_json: bool = True) -> dict[str, Any] | None:
        """One article: summary fields + ``text``, ``entities`` (local id → global id, name, type),
        ``duplicates`` (ids of near-duplicates), and ``json`` (the ``chronique/article/1`` object)."""
        return queries.get_article(self.store, article_id, include_json)

    def list_articles(self, *, query: str | None = None, since: str | None = None, until: str | None = None,
                      entity: int | str | None = None, story: int | None = None,
                      limit: int = 50, offset: int = 0) -> Page:
        """Articles, newest first (or by relevance with ``query``). Items:
        ``{id, title, published, outlet, url, story, dup_of, n_words}`` (+ ``snippet`` with a query)."""
        limit, offset = _limit(limit, offset)
        eid = self._entity_filter(entity)
        if eid is _UNKNOWN:
            return _empty(limit, offset)
        return queries.list_articles(self.store, query=query, since=since, until=until, entity=eid, story=story,
                                     limit=limit, offset=offset)

    def list_entities(self, *, type: str | None = None, text: str | None = None,
                      limit: int = 50, offset: int = 0) -> Page:
        """Entities, most-cited first. ``type`` PER/ORG/LOC/MISC; ``text`` matches names and aliases
        (accents and case ignored). Items: ``{id, name, type, n_articles, n_mentions, first_seen, last_seen}``."""
        limit, offset = _limit(limit, offset)
        return queries.list_entities(self.store, type=type, text=text, limit=limit, offset=offset)

    def find_entities(self, name: str, type: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
        """Entities a name may refer to, best first (exact name, then surname, then partial)."""
        return queries.find_entities(self.store, name, type=type, limit=limit)

    def get_entity(self, entity: int | str, sizes: dict[str, int] | None = None) -> dict[str, Any] | None:
        """One entity: summary + ``aliases`` [{alias, n}], ``articles`` (latest 100 summaries),
        ``quotes`` (latest 50), ``events`` (latest 50), ``stories`` (latest 50), ``timeline`` (first
        200 items); ``sizes`` asks for other lengths (``queries.ENTITY_DETAIL``; 0: an empty list)."""
        eid = self._entity_id(entity)
        found = None if eid is None else queries.get_entity(self.store, eid, sizes)
        if found is not None and found.get("timeline"):
            found["timeline"] = [with_period(item) for item in found["timeline"]]
        return found

    def list_quotes(self, *, speaker: int | str | None = None, since: str | None = None, until: str | None = None,
                    query: str | None = None, article: str | None = None, kind: str | None = None,
                    limit: int = 50, offset: int = 0) -> Page:
        """Quotations, newest first. Items: ``{id, article, local_id, kind, text, speaker, speaker_name,
        speaker_text, cue, published, start, end, sentence}`` (``speaker`` is a global entity id or null)."""
        limit, offset = _limit(limit, offset)
        sid = self._entity_filter(speaker)
        if sid is _UNKNOWN:
            return _empty(limit, offset)
        return queries.list_quotes(self.store, speaker=sid, since=since, until=until, query=query,
                                   article=article, kind=kind, limit=limit, offset=offset)

    def list_events(self, *, entity: int | str | None = None, type: str | None = None, since: str | None = None,
                    until: str | None = None, limit: int = 50, offset: int = 0) -> Page:
        """Events merged across articles, by time. Items: ``{id, type, mode, modality, was_planned, time,
        start, end, place, place_name, participants: [{entity, name, role}], n_mentions, mentions:
        [{article, event, trigger, modality, time, published, sentence, start, end}]}``."""
        limit, offset = _limit(limit, offset)
        eid = self._entity_filter(entity)
        if eid is _UNKNOWN:
            return _empty(limit, offset)
        return queries.list_events(self.store, entity=eid, type=type, since=since, until=until,
                                   limit=limit, offset=offset)

    def get_event(self, event_id: int) -> dict[str, Any] | None:
        """One event (``list_events`` item shape)."""
        eid = parse_id(event_id)
        return None if eid is None else queries.get_event(self.store, eid)

    def list_stories(self, *, entity: int | str | None = None, since: str | None = None, until: str | None = None,
                     min_articles: int = 1, limit: int = 50, offset: int = 0) -> Page:
        """Stories, latest first. Items: ``{id, label, start, end, n_articles}``."""
        limit, offset = _limit(limit, offset)
        eid = self._entity_filter(entity)
        if eid is _UNKNOWN:
            return _empty(limit, offset)
        return queries.list_stories(self.store, entity=eid, since=since, until=until, min_articles=min_articles,
                                    limit=limit, offset=offset)

    def get_story(self, story_id: int) -> dict[str, Any] | None:
        """One story: summary + ``articles`` (summaries by date), ``entities`` [{id, name, type, n}],
        ``events`` (list_events items)."""
        sid = parse_id(story_id)
        return None if sid is None else queries.get_story(self.store, sid)

    def timeline(self, *, entity: int | str | None = None, story: int | None = None, since: str | None = None,
                 until: str | None = None, limit: int = 500, offset: int = 0) -> Page:
        """Events, quotations and dated facts about an entity or in a story, ordered by normalised time
        (a span sorts by its start, then its end). Items: ``{kind: event|quote|fact, ref, start, end,
        granularity, value, period, label, sentence, article, article_title, published, offsets: [start, end],
        mentions: [{article, sentence}] (events: every report of it)}``; ``period`` is the span in French
        ("semaine du 6 mars 2023"). At most one of entity/story; neither: the corpus's events and
        quotations in [since, until] (default its last ``timeline.DEFAULT_WINDOW_DAYS`` days), items
        ``{kind, ref, start, end, granularity, value, period, label, article, sentence}``."""
        if entity is not None and story is not None:
            raise UsageError("timeline takes an entity or a story, not both")
        limit, offset = _limit(limit, offset)
        if entity is None and story is None:
            # composed in memory from two queries: pages end at MAX_LIMIT items
            items = corpus_timeline(self.store, since=since, until=until, limit=min(limit + offset, MAX_LIMIT))
            items = items[offset:]
            return {"items": items, "total": offset + len(items), "limit": limit, "offset": offset}
        if entity is not None:
            eid = self._entity_id(entity)
            if eid is None:
                return _empty(limit, offset)
            page = queries.timeline_entity(self.store, eid, since=since, until=until, limit=limit, offset=offset)
        else:
            sid = parse_id(story)
            if sid is None:
                return _empty(limit, offset)
            page = queries.timeline_story(self.store, sid, since=since, until=until, limit=limit, offset=offset)
        page["items"] = [with_period(item) for item in page["items"]]
        return page

    def browse(self, what: str, *, limit: int = 50, offset: int = 0, entity: int | str | None = None,
               **filters: Any) -> Page:
        """One page of ``articles``, ``entities`` or ``stories`` with the filters and ``sort`` of
        ``corpus.browse`` (items as ``list_*``; ``total_capped`` when the total is a lower bound)."""
        from . import browse

        browsers = {"articles": browse.browse_articles, "entities": browse.browse_entities,
                    "stories": browse.browse_stories}
        if what not in browsers:
            raise UsageError(f"cannot browse {what!r}: choose one of {', '.join(browsers)}")
        limit, offset = _limit(limit, offset)
        if entity is not None:
            eid = self._entity_filter(entity)
            if eid is _UNKNOWN:
                return _empty(limit, offset)
            filters["entity"] = eid
        return browsers[what](self.store, limit=limit, offset=offset, **filters)

    def entity_profile(self, entity: int | str) -> dict[str, Any] | None:
        """``{"weeks": [{week, mentions, articles}], "co_occurring": [{id, name, type, n}]}`` (``corpus.entity_stats``)."""
        from .entity_stats import co_occurring, mentions_per_week

        eid = self._entity_id(entity)
        if eid is None:
            return None
        return {"weeks": mentions_per_week(self.store, eid), "co_occurring": co_occurring(self.store, eid)}

    def entity_summary(self, entity: int | str) -> dict[str, Any] | None:
        """The entity's list fields only (``list_entities`` item): cheaper than ``get_entity``."""
        from .browse import entity_summary

        eid = parse_id(entity)
        return None if eid is None else entity_summary(self.store, eid)

    def outlets(self) -> list[dict[str, Any]]:
        """The corpus's outlets, most articles first: ``[{outlet, n}]``."""
        from .browse import outlets

        return outlets(self.store)

    def search(self, text: str, *, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
        """Full-text search across everything: ``{"articles": [...with snippet], "quotes": [...],
        "entities": [...], "stories": [...]}``."""
        limit, _ = _limit(limit, 0)
        return queries.search(self.store, text, limit=limit)

    def list_errors(self, *, limit: int = 50, offset: int = 0) -> Page:
        """Inputs that failed: ``{id, source, article_id, code, reason, at}``, latest first."""
        limit, offset = _limit(limit, offset)
        return queries.list_errors(self.store, limit=limit, offset=offset)

    def export(self, what: str, *, since: str | None = None, until: str | None = None,
               entity: int | str | None = None, story: int | str | None = None, query: str | None = None,
               layout: str = "rows") -> Iterator[dict[str, Any]]:
        """Every row of one kind, in the jsonl export contract (see ``corpus.export``), from the
        articles the filters keep (``corpus.export_filters``); ``layout="plover"`` gives events
        as PLOVER records (``corpus.plover``)."""
        from .export import export_rows
        from .export_filters import ExportFilter

        if what not in EXPORTABLE:
            raise UsageError(f"cannot export {what!r}: choose one of {', '.join(EXPORTABLE)}")
        if layout not in ("rows", "plover") or layout == "plover" and what != "events":
            raise UsageError("the PLOVER layout is for events only")
        eid = self._entity_filter(entity)
        sid = parse_id(story) if story is not None else None
        if eid is _UNKNOWN or story is not None and sid is None:
            return iter(())
        where = ExportFilter(since=since, until=until, entity=eid, story=sid, query=query)  # type: ignore[arg-type]
        return export_rows(self.store, "plover" if layout == "plover" else what, where)

    # -- helpers ---------------------------------------------------------------------------------
    def _entity_filter(self, ref: int | str | None) -> int | None | object:
        """The entity id a filter names, None for no filter, ``_UNKNOWN`` when it names no entity."""
        if ref is None:
            return None
        eid = self._entity_id(ref)
        return _UNKNOWN if eid is None else eid

    def _entity_id(self, ref: int | str | None, required: bool = False) -> int | None:
        if ref is None:
            eid = None
        elif is_id_form(ref):  # an id, even one no store can hold, is never searched as a name
            eid = parse_id(ref)
            eid = eid if eid is not None and queries.entity_exists(self.store, eid) else None
        else:
            found = queries.find_entities(self.store, ref, limit=1)
            eid = found[0]["id"] if found else None
        if eid is None and required:
            raise UsageError(f"no entity {ref!r} in the corpus")
        return eid


def _empty(limit: int, offset: int) -> Page:
    return {"items": [], "total": 0, "limit": limit, "offset": offset}


__all__ = ["DEFAULT_PAGE_SIZE", "EXPORTABLE", "MAX_ID", "MAX_OFFSET", "MAX_PAGE_SIZE", "Corpus", "IngestReport", "Page",
           "parse_id"]
