"""Storing one analysed article and linking it into the corpus, in one transaction.

``Linker.add`` is the whole per-article write path: article row and full-text index,
near-duplicate check, entity linking, quotations, stories, events and timeline items. Every step
uses indexed look-ups bounded by the article's own size, so ingest cost does not grow with the
corpus. A failure rolls the article back completely; an interrupted ingest leaves whole articles.

The steps live beside it: ``article_items`` (quotations, event mentions, dated facts and their
timeline items), ``removal`` (taking an article out again), ``manual_rules`` (merging and
splitting entities by hand) and ``corrections`` (their log, renaming and retyping, undoing).
"""

from __future__ import annotations

import hashlib
import json
import logging
from contextlib import contextmanager
from typing import Iterator

from ..article import Article
from ..store import Store
from . import dedup
from .article_items import Sentences, TimelineItems, add_events, add_facts, add_quotes
from .entities import EntityLinker
from .events import EventLinker
from .corrections import apply_overrides, override_rules
from .removal import remove_article
from .stories import StoryLinker
from .story_rules import apply_story_rules, merge_stories, split_story
from .timestamps import utc_now

log = logging.getLogger(__name__)


def content_hash(article: Article) -> str:
    return hashlib.sha1(((article.title or "") + "\n" + article.text).encode("utf-8")).hexdigest()


class Linker:
    def __init__(self, store: Store):
        self.store = store
        self.entities = EntityLinker(store)
        self.events = EventLinker(store)
        self.stories = StoryLinker(store)
        self._overrides: list[dict] | None = None

    @contextmanager
    def rules_fixed(self) -> Iterator["Linker"]:
        """Read the entity rules (merges, splits, renames, retypes) once for every article added
        inside the block, not once per article: for a batch of articles stored in one transaction
        by one writer, during which no rule is made (``corpus.batch_writer``)."""
        self.entities.fixed_rules = self.entities.rules()
        self._overrides = override_rules(self.store)
        try:
            yield self
        finally:
            self.entities.fixed_rules = self._overrides = None

    # -- idempotency --------------------------------------------------------------------------------
    def is_stored(self, article_id: str | None, raw_hash: str) -> bool:
        """Is this exact input already stored (by its id, or by its content when it has none)?"""
        with self.store.lock:
            if article_id is not None:
                row = self.store.one("SELECT raw_hash FROM articles WHERE id = ?", (article_id,))
                return row is not None and row["raw_hash"] == raw_hash
            return self.store.one("SELECT id FROM articles WHERE raw_hash = ? LIMIT 1", (raw_hash,)) is not None

    def record_error(self, source: str | None, article_id: str | None, code: str, reason: str) -> None:
        with self.store.transaction():
            self.store.execute("INSERT INTO ingest_errors (source, article_id, code, reason, at) VALUES (?, ?, ?, ?, ?)",
                               (source, article_id, code, reason, utc_now()))

    # -- adding -------------------------------------------------------------------------------------
    def add(self, article: Article, raw_hash: str | None = None) -> str:
        """Store and link ``article``; returns added / replaced / unchanged / duplicate."""
        chash = content_hash(article)
        with self.store.transaction():
            self.store.lookups_by_index()
            existing = self.store.one("SELECT raw_hash, content_hash FROM articles WHERE id = ?", (article.id,))
            status = "added"
            if existing is not None:
                if existing["content_hash"] == chash and (raw_hash is None or existing["raw_hash"] == raw_hash):
                    return "unchanged"
                remove_article(self.store, self.entities, self.stories, article.id)
                status = "replaced"
            is_dup = self._insert(article, raw_hash or chash, chash)
            # renamed or retyped entities keep their corrected name and type
            apply_overrides(self.store, self._overrides)
            return "duplicate" if is_dup else status

    def _insert(self, article: Article, raw_hash: str, chash: str) -> bool:
        """Write and link one article (inside the caller's transaction); True for a near-duplicate."""
        store = self.store
        published = article.published.value[:10] if article.published.value else None
        sig = dedup.signature(article.text)
        dup = store.scalar("SELECT id FROM articles WHERE content_hash = ? AND id <> ? LIMIT 1", (chash, article.id))
        if dup is None:
            dup = dedup.find_duplicate(store, article.id, sig, len(article.text.split()))
        if dup is not None:
            dup = store.scalar("SELECT COALESCE(dup_of, id) FROM articles WHERE id = ?", (dup,)) or dup
        self._write_article_row(article, raw_hash, chash, published, dup)
        store.index_article_text(article.id, article.title, article.text)
        dedup.save(store, article.id, sig)
        is_dup = dup is not None

        entity_map = self.entities.link(article, published)
        by_local = {e.id: e for e in article.entities}
        store.executemany(
            "INSERT INTO mentions (article_id, local_id, entity_id, name, type, n, published, is_dup) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, lid, gid, by_local[lid].name, by_local[lid].type, len(by_local[lid].mentions), published,
              int(is_dup)) for lid, gid in entity_map.items()])
        sentences = Sentences(article)
        items = TimelineItems(article.id)
        per_global: dict[int, list] = {}
        for lid, gid in entity_map.items():
            per_global.setdefault(gid, []).append(by_local[lid])
        if not is_dup:
            self.entities.count_all(per_global, published, +1)
            store.bump("articles")
            add_quotes(store, article, entity_map, published, sentences, items)
            counts: dict[int, int] = {}
            for lid, gid in entity_map.items():
                counts[gid] = counts.get(gid, 0) + len(by_local[lid].mentions)
        else:
            store.bump("duplicates")
            story = store.scalar("SELECT story_id FROM articles WHERE id = ?", (dup,))
            store.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article.id))
        # events first: a story that reported one of this article's events is its strongest link
        event_times = add_events(store, self.events, article, entity_map, published, sentences, is_dup, items)
        if not is_dup:
            vec = self.stories.vector(article.title, article.text, counts)
            self.stories.count_terms(article.title, article.text, +1, vec.counts)
            self.stories.assign(article.id, article.title, vec, published)
            add_facts(article, entity_map, sentences, event_times, items)
        items.write(store)
        return is_dup

    def _write_article_row(self, article: Article, raw_hash: str, chash: str, published: str | None,
                           dup: str | None) -> None:
        """The ``articles`` row (``corpus.batch_writer`` writes it from its staging table instead)."""
        self.store.execute(
            "INSERT INTO articles (id, raw_hash, content_hash, title, published, published_source, outlet, url, "
            "source, text, json, dup_of, n_words, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, raw_hash, chash, article.title, published, article.published.source,
             article.source.outlet, article.source.url, article.source.path, article.text,
             article.dumps(), dup, len(article.text.split()), utc_now()))

    # -- removing -------------------------------------------------------------------------------------
    def remove(self, article_id: str) -> bool:
        with self.store.transaction():
            if self.store.one("SELECT id FROM articles WHERE id = ?", (article_id,)) is None:
                return False
            remove_article(self.store, self.entities, self.stories, article_id)
            return True

    # -- manual corrections of stories (entities: ``corrections``) ----------------------------------
    def merge_stories(self, target: int, others: list[int], reason: str | None = None) -> None:
        merge_stories(self.store, self.stories, target, others, reason=reason)

    def split_story(self, sid: int, article_ids: list[str], reason: str | None = None) -> int:
        """Move ``article_ids`` out of story ``sid`` into a new story; returns its id."""
        return split_story(self.store, self.stories, sid, article_ids, reason=reason)

    # -- rebuilding -------------------------------------------------------------------------------------
    def relink(self) -> dict[str, int]:
        """Re-link every stored article from its JSON (rules kept), oldest first."""
        store = self.store
        rows = store.query("SELECT id, raw_hash, json FROM articles ORDER BY published, id")
        with store.transaction():
            store.lookups_by_index()
            for table in ("timeline_entities", "timeline_items", "event_participants", "event_mentions", "events",
                          "story_entities", "story_terms", "stories", "article_vectors", "term_df", "mentions",
                          "entity_aliases", "entity_keys", "entities", "minhash_bands", "minhash_signatures",
                          "counters"):
                store.execute(f"DELETE FROM {table}")
            for r in rows:
                store.unindex_article_text(r["id"])
            store.unindex_quote_texts([q["id"] for q in store.query("SELECT id FROM quotes")])
            store.execute("DELETE FROM quotes")
            store.execute("DELETE FROM articles")
            for r in rows:
                article = Article.from_json(json.loads(r["json"]))
                self._insert(article, r["raw_hash"], content_hash(article))
            apply_story_rules(store, self.stories)
            apply_overrides(store)
        return {"articles": len(rows)}
