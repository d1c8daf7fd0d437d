"""Storing one analysed article and linking it into the corpus, in one transaction.

``Linker.add`` is the whole per-article write path: article row and full-text index,
near-duplicate check, entity linking, quotations, stories, events and timeline items. Every step
uses indexed look-ups bounded by the article's own size, so ingest cost does not grow with the
corpus. A failure rolls the article back completely; an interrupted ingest leaves whole articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from bisect import bisect_right

from ..article import Article
from ..errors import StoreError
from ..store import Store
from . import dedup
from .entities import EntityLinker, fold_key, prepare
from .events import EventLinker, mention_info
from .stories import StoryLinker
from .timenorm import date_span, span_of

log = logging.getLogger(__name__)

# Sentences stored beside quotes, events and timeline items are cut to this many characters.
MAX_SENTENCE_CHARS = 600


def content_hash(article: Article) -> str:
    return hashlib.sha1(((article.title or "") + "\n" + article.text).encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Sentences:
    """Sentence containing an offset (falls back to the paragraph, then a window of text)."""

    def __init__(self, article: Article):
        spans = article.sentences or article.blocks
        self.text = article.text
        self.spans = sorted((s.start, s.end) for s in spans)
        self.starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        if 0 <= i < len(self.spans) and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return max(0, offset - 150), min(len(self.text), offset + 150)

    def sentence(self, offset: int) -> str:
        start, end = self.around(offset)
        return self.text[start:end].strip()[:MAX_SENTENCE_CHARS]


class Linker:
    def __init__(self, store: Store):
        self.store = store
        self.entities = EntityLinker(store)
        self.events = EventLinker(store)
        self.stories = StoryLinker(store)

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
                               (source, article_id, code, reason, _now()))

    # -- adding -------------------------------------------------------------------------------------
    def add(self, article: Article, raw_hash: str | None = None) -> str:
        """Store and link ``article``; returns added / replaced / unchanged / duplicate."""
        chash = content_hash(article)
        with self.store.transaction():
            existing = self.store.one("SELECT raw_hash, content_hash FROM articles WHERE id = ?", (article.id,))
            status = "added"
            if existing is not None:
                if existing["content_hash"] == chash and (raw_hash is None or existing["raw_hash"] == raw_hash):
                    return "unchanged"
                self._remove(article.id)
                status = "replaced"
            is_dup = self._insert(article, raw_hash or chash, chash)
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
        store.execute(
            "INSERT INTO articles (id, raw_hash, content_hash, title, published, published_source, outlet, url, "
            "source, text, json, dup_of, n_words, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, raw_hash, chash, article.title, published, article.published.source,
             article.source.outlet, article.source.url, article.source.path, article.text,
             article.dumps(), dup, len(article.text.split()), _now()))
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
        per_global: dict[int, list] = {}
        for lid, gid in entity_map.items():
            per_global.setdefault(gid, []).append(by_local[lid])
        if not is_dup:
            for gid, locals_ in per_global.items():
                self.entities.count(gid, locals_, published, +1)
            store.bump("articles")
            self._add_quotes(article, entity_map, published, sentences)
            counts: dict[int, int] = {}
            for lid, gid in entity_map.items():
                counts[gid] = counts.get(gid, 0) + len(by_local[lid].mentions)
            vec = self.stories.vector(article.title, article.text, counts)
            self.stories.count_terms(article.title, article.text, +1, vec.counts)
            story = self.stories.assign(vec, published)
        else:
            store.bump("duplicates")
            story = store.scalar("SELECT story_id FROM articles WHERE id = ?", (dup,))
        store.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article.id))
        event_times = self._add_events(article, entity_map, published, sentences, is_dup)
        if not is_dup:
            self._add_facts(article, entity_map, published, sentences, event_times)
        return is_dup

    def _add_quotes(self, article: Article, entity_map: dict[str, int], published: str | None,
                    sentences: Sentences) -> None:
        for q in article.quotes:
            local = q.speaker.entity if q.speaker else None
            speaker = entity_map.get(local) if local else None
            qid = self.store.insert(
                "INSERT INTO quotes (article_id, local_id, kind, text, speaker_id, speaker_local, speaker_text, cue, "
                "published, start_char, end_char, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (article.id, q.id, q.kind, q.text, speaker, local, q.speaker.text if q.speaker else None,
                 q.cue.lemma or q.cue.text if q.cue else None, published, q.start, q.end,
                 sentences.sentence(q.start)))
            self.store.index_quote_text(qid, q.text)
            if published:
                label = f"{q.speaker.text if q.speaker else '?'} : « {q.text[:160]} »"
                span = date_span(published)
                assert span is not None
                self._timeline_item(article.id, "quote", qid, span.start, span.end, "day", published, label,
                                    sentences.sentence(q.start), q.start, q.end, [speaker] if speaker else [])

    def _add_events(self, article: Article, entity_map: dict[str, int], published: str | None,
                    sentences: Sentences, is_dup: bool) -> set[str]:
        used_timexes: set[str] = set()
        local_names = {e.id: e.name for e in article.entities}
        names = {gid: local_names.get(lid, "") for lid, gid in entity_map.items()}
        for ev in article.events:
            info = mention_info(article, ev, entity_map)
            gid = self.events.link(info)
            sentence = sentences.sentence(ev.trigger.start)
            self.store.execute(
                "INSERT INTO event_mentions (article_id, local_id, event_id, trigger, modality, time_value, published, "
                "start_char, end_char, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, ev.id, gid, ev.trigger.text, ev.modality, info.time_value, published,
                 ev.trigger.start, ev.trigger.end, sentence))
            if ev.time:
                used_timexes.add(ev.time)
            if is_dup:
                continue
            span = info.span or date_span(published)
            if span is None:
                continue
            who = ", ".join(names[e] for e, _ in info.participants if names.get(e))
            label = f"{ev.type}{'/' + ev.mode if ev.mode else ''} ({ev.modality}) {ev.trigger.text}" + (f" — {who}" if who else "")
            actors = [e for e, _ in info.participants] + ([info.place] if info.place else [])
            self._timeline_item(article.id, "event", gid, span.start, span.end, span.granularity,
                                info.time_value or published or "", label, sentence,
                                ev.trigger.start, ev.trigger.end, actors)
        return used_timexes

    def _add_facts(self, article: Article, entity_map: dict[str, int], published: str | None,
                   sentences: Sentences, skip: set[str]) -> None:
        """Dated facts: each dated timex, about the entities named in its sentence."""
        mentions = sorted((m.start, entity_map[e.id]) for e in article.entities if e.id in entity_map
                          for m in e.mentions)
        starts = [s for s, _ in mentions]
        for t in article.timexes:
            if t.id in skip or t.type not in ("DATE", "TIME"):
                continue
            span = span_of(t.value)
            if span is None:
                continue
            s_start, s_end = sentences.around(t.start)
            i = bisect_right(starts, s_start - 1)
            ents = []
            while i < len(mentions) and mentions[i][0] < s_end:
                ents.append(mentions[i][1])
                i += 1
            if not ents:
                continue
            sentence = article.text[s_start:s_end].strip()[:MAX_SENTENCE_CHARS]
            self._timeline_item(article.id, "fact", None, span.start, span.end, span.granularity, t.value,
                                t.text, sentence, t.start, t.end, ents)

    def _timeline_item(self, article_id: str, kind: str, ref: int | None, t_start: str, t_end: str,
                       granularity: str, value: str, label: str, sentence: str | None, start: int, end: int,
                       entities: list[int]) -> None:
        item = self.store.insert(
            "INSERT INTO timeline_items (article_id, kind, ref_id, t_start, t_end, granularity, value, label, "
            "sentence, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (article_id, kind, ref, t_start, t_end, granularity, value, label[:300], sentence, start, end))
        self.store.executemany("INSERT INTO timeline_entities (entity_id, item_id, t_start) VALUES (?, ?, ?) "
                               "ON CONFLICT DO NOTHING", [(e, item, t_start) for e in dict.fromkeys(entities)])

    # -- removing -------------------------------------------------------------------------------------
    def remove(self, article_id: str) -> bool:
        with self.store.transaction():
            if self.store.one("SELECT id FROM articles WHERE id = ?", (article_id,)) is None:
                return False
            self._remove(article_id)
            return True

    def _remove(self, article_id: str) -> None:
        store = self.store
        row = store.one("SELECT json, dup_of, story_id, published FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return
        article = Article.from_json(json.loads(row["json"]))
        is_dup = row["dup_of"] is not None
        links = store.query("SELECT local_id, entity_id FROM mentions WHERE article_id = ?", (article_id,))
        by_local = {e.id: e for e in article.entities}
        touched = {r["entity_id"] for r in links}
        if not is_dup:
            per_global: dict[int, list] = {}
            for r in links:
                if r["local_id"] in by_local:
                    per_global.setdefault(r["entity_id"], []).append(by_local[r["local_id"]])
            for gid, locals_ in per_global.items():
                self.entities.count(gid, locals_, None, -1)
            store.bump("articles", -1)
            self.stories.count_terms(article.title, article.text, -1)
            if row["story_id"] is not None:
                store.execute("UPDATE stories SET n_articles = n_articles - 1 WHERE id = ?", (row["story_id"],))
                store.executemany("UPDATE story_entities SET n = n - 1 WHERE story_id = ? AND entity_id = ?",
                                  [(row["story_id"], e) for e in touched])
                store.execute("DELETE FROM story_entities WHERE story_id = ? AND n <= 0", (row["story_id"],))
                store.execute("DELETE FROM stories WHERE id = ? AND n_articles <= 0", (row["story_id"],))
        else:
            store.bump("duplicates", -1)
        store.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        qids = [r["id"] for r in store.query("SELECT id FROM quotes WHERE article_id = ?", (article_id,))]
        store.unindex_quote_texts(qids)
        store.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        events = [r["event_id"] for r in store.query("SELECT event_id FROM event_mentions WHERE article_id = ?",
                                                      (article_id,))]
        store.execute("DELETE FROM event_mentions WHERE article_id = ?", (article_id,))
        for ev in events:
            store.execute("UPDATE events SET n_mentions = n_mentions - 1 WHERE id = ?", (ev,))
            if (store.scalar("SELECT n_mentions FROM events WHERE id = ?", (ev,)) or 0) <= 0:
                store.execute("DELETE FROM event_participants WHERE event_id = ?", (ev,))
                store.execute("DELETE FROM events WHERE id = ?", (ev,))
        items = [r["id"] for r in store.query("SELECT id FROM timeline_items WHERE article_id = ?", (article_id,))]
        store.executemany("DELETE FROM timeline_entities WHERE item_id = ?", [(i,) for i in items])
        store.execute("DELETE FROM timeline_items WHERE article_id = ?", (article_id,))
        dedup.forget(store, [article_id])
        store.unindex_article_text(article_id)
        store.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        for eid in touched:
            if store.one("SELECT 1 AS x FROM mentions WHERE entity_id = ? LIMIT 1", (eid,)) is None:
                self._drop_entity(eid)

    def _drop_entity(self, eid: int) -> None:
        for table, col in (("entity_keys", "entity_id"), ("entity_aliases", "entity_id"),
                           ("timeline_entities", "entity_id"), ("event_participants", "entity_id"),
                           ("story_entities", "entity_id")):
            self.store.execute(f"DELETE FROM {table} WHERE {col} = ?", (eid,))
        self.store.execute("UPDATE quotes SET speaker_id = NULL WHERE speaker_id = ?", (eid,))
        self.store.execute("DELETE FROM entities WHERE id = ?", (eid,))

    # -- manual corrections -------------------------------------------------------------------------
    def merge_entities(self, target: int, others: list[int], name: str | None = None) -> None:
        store = self.store
        with store.transaction():
            ids = [target, *others]
            marks = ",".join("?" * len(ids))
            keys = [r["key"] for r in store.query(
                f"SELECT key FROM entity_keys WHERE kind = 'full' AND entity_id IN ({marks})", ids)]
            store.execute("INSERT INTO entity_rules (kind, payload, created) VALUES ('merge', ?, ?)",
                          (json.dumps({"keys": sorted(set(keys)), "name": name}, ensure_ascii=False), _now()))
            for other in others:
                self._move_entity(other, target)
            if name:
                store.execute("UPDATE entities SET name = ? WHERE id = ?", (name, target))
            self._recount(target)

    def _move_entity(self, src: int, dst: int) -> None:
        store = self.store
        store.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (dst, src))
        store.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (dst, src))
        store.execute("UPDATE events SET place_id = ? WHERE place_id = ?", (dst, src))
        store.execute("INSERT INTO entity_keys (key, entity_id, kind) SELECT key, ?, kind FROM entity_keys "
                      "WHERE entity_id = ? ON CONFLICT DO NOTHING", (dst, src))
        store.execute("INSERT INTO entity_aliases (entity_id, alias, n) SELECT ?, alias, n FROM entity_aliases "
                      "WHERE entity_id = ? ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n",
                      (dst, src))
        store.execute("INSERT INTO event_participants (event_id, entity_id, role) SELECT event_id, ?, role "
                      "FROM event_participants WHERE entity_id = ? ON CONFLICT DO NOTHING", (dst, src))
        store.execute("INSERT INTO timeline_entities (entity_id, item_id, t_start) SELECT ?, item_id, t_start "
                      "FROM timeline_entities WHERE entity_id = ? ON CONFLICT DO NOTHING", (dst, src))
        store.execute("INSERT INTO story_entities (story_id, entity_id, n) SELECT story_id, ?, n FROM story_entities "
                      "WHERE entity_id = ? ON CONFLICT (story_id, entity_id) DO UPDATE SET n = story_entities.n + excluded.n",
                      (dst, src))
        self._drop_entity(src)

    def _recount(self, eid: int) -> None:
        self.store.execute(
            "UPDATE entities SET n_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ? "
            "AND is_dup = 0), n_mentions = (SELECT COALESCE(sum(n), 0) FROM mentions WHERE entity_id = ? AND is_dup = 0), "
            "first_seen = (SELECT min(published) FROM mentions WHERE entity_id = ?), "
            "last_seen = (SELECT max(published) FROM mentions WHERE entity_id = ?) WHERE id = ?",
            (eid, eid, eid, eid, eid))

    def split_entity(self, eid: int, aliases: list[str], name: str | None = None) -> int:
        """Move the article-local entities named by ``aliases`` to a new entity; returns its id."""
        store = self.store
        with store.transaction():
            row = store.one("SELECT type FROM entities WHERE id = ?", (eid,))
            if row is None:
                raise StoreError(f"no entity {eid}")
            etype = row["type"]
            moved_keys = {"f:" + fold_key(a, etype) for a in aliases}
            locals_moved: list[tuple[str, str]] = []
            for m in store.query("SELECT article_id, local_id, json FROM mentions m JOIN articles a "
                                 "ON a.id = m.article_id WHERE m.entity_id = ?", (eid,)):
                article = Article.from_json(json.loads(m["json"]))
                ent = article.entity(m["local_id"])
                loc = prepare(ent) if ent else None
                if loc and {"f:" + fold_key(a, etype) for a in loc.aliases} & moved_keys:
                    locals_moved.append((m["article_id"], m["local_id"]))
            if not locals_moved:
                raise StoreError(f"entity {eid} has no mention named {', '.join(aliases)}")
            kept_keys = {r["key"] for r in store.query("SELECT key FROM entity_keys WHERE entity_id = ? AND kind = 'full'",
                                                        (eid,))} - moved_keys
            store.execute("INSERT INTO entity_rules (kind, payload, created) VALUES ('split', ?, ?)",
                          (json.dumps({"moved": sorted(moved_keys), "kept": sorted(kept_keys)}, ensure_ascii=False), _now()))
            new_name = name or aliases[0]
            new = store.insert("INSERT INTO entities (name, name_key, type, n_articles, n_mentions) "
                               "VALUES (?, ?, ?, 0, 0) RETURNING id", (new_name, fold_key(new_name, etype), etype))
            for article_id, local_id in locals_moved:
                store.execute("UPDATE mentions SET entity_id = ? WHERE article_id = ? AND local_id = ?",
                              (new, article_id, local_id))
                store.execute("UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND speaker_local = ?",
                              (new, article_id, local_id))
                store.execute("UPDATE timeline_entities SET entity_id = ? WHERE entity_id = ? AND item_id IN "
                              "(SELECT id FROM timeline_items WHERE article_id = ?)", (new, eid, article_id))
            moved_list = sorted(moved_keys)
            marks = ",".join("?" * len(moved_list))
            store.execute(f"UPDATE entity_keys SET entity_id = ? WHERE entity_id = ? AND key IN ({marks})",
                          [new, eid, *moved_list])
            store.execute("INSERT INTO entity_keys (key, entity_id, kind) SELECT key, ?, kind FROM entity_keys "
                          "WHERE entity_id = ? AND kind <> 'full' ON CONFLICT DO NOTHING", (new, eid))
            for r in store.query("SELECT alias, n FROM entity_aliases WHERE entity_id = ?", (eid,)):
                if "f:" + fold_key(r["alias"], etype) in moved_keys:
                    store.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", (eid, r["alias"]))
                    store.execute("INSERT INTO entity_aliases (entity_id, alias, n) VALUES (?, ?, ?)",
                                  (new, r["alias"], r["n"]))
            self._recount(eid)
            self._recount(new)
            return new

    # -- rebuilding -------------------------------------------------------------------------------------
    def relink(self) -> dict[str, int]:
        """Re-link every stored article from its JSON (rules kept), oldest first."""
        store = self.store
        rows = store.query("SELECT id, raw_hash, json FROM articles ORDER BY published, id")
        with store.transaction():
            for table in ("timeline_entities", "timeline_items", "event_participants", "event_mentions", "events",
                          "story_entities", "stories", "term_df", "mentions", "entity_aliases",
                          "entity_keys", "entities", "minhash_bands", "minhash_signatures", "counters"):
                store.execute(f"DELETE FROM {table}")
            for r in rows:
                store.unindex_article_text(r["id"])
            store.unindex_quote_texts([q["id"] for q in store.query("SELECT id FROM quotes")])
            store.execute("DELETE FROM quotes")
            store.execute("DELETE FROM articles")
            for r in rows:
                article = Article.from_json(json.loads(r["json"]))
                self._insert(article, r["raw_hash"], content_hash(article))
        return {"articles": len(rows)}
