"""Stories: articles clustered incrementally by shared entities and TF-IDF term similarity.

A new article is compared only with the stories that share one of its main entities and are
active within ``STORY_WINDOW_DAYS`` of its date (an indexed look-up), never with the whole
corpus. Each story keeps a centroid: the summed TF-IDF weights of its top terms and its entity
counts, from which its label (main entities — key phrase) is made.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass

from ..store import Store
from ..lang.fr.names import fold
from ..lang.fr.stop_words import STOP_WORDS

# Terms are folded words cut to their first STEM_LEN letters: a crude stemmer that maps French
# inflections ("négociations", "négocier") together; 7 keeps distinct words apart on OrangeSum.
STEM_LEN = 7
MIN_TERM_LEN = 4
# Terms and entities kept in an article vector and in a story centroid.
ARTICLE_TERMS = 40
STORY_TERMS = 60
MAIN_ENTITIES = 8
# A story stays open to articles dated up to this many days after its last one ("weeks later").
STORY_WINDOW_DAYS = 45
# Candidate stories scored per article.
MAX_CANDIDATES = 25
# Weight of entity similarity vs term similarity, and the score needed to join a story.
# Calibrated on samples/story (follow-ups score 0.45–0.7) and OrangeSum, where unrelated articles
# sharing one big entity ("France") score below 0.25.
ENTITY_WEIGHT = 0.55
JOIN_THRESHOLD = 0.33

log = logging.getLogger(__name__)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Vector:
    terms: dict[str, float]
    surfaces: dict[str, str]
    entities: dict[int, float]
    counts: Counter | None = None   # every term of the article (for the document frequencies)


def term_counts(title: str | None, text: str) -> tuple[Counter, dict[str, str]]:
    counts: Counter = Counter()
    surfaces: dict[str, str] = {}
    for source, weight in ((title or "", 2), (text, 1)):
        for word in _WORD.findall(source):
            if len(word) < MIN_TERM_LEN:
                continue
            folded = fold(word)
            if folded in STOP_WORDS or len(folded) < MIN_TERM_LEN:
                continue
            stem = folded[:STEM_LEN]
            counts[stem] += weight
            if word.islower():  # proper names are already in the label as entities
                surfaces.setdefault(stem, word)
    return counts, surfaces


def _idf(n_docs: int, df: int) -> float:
    """Smoothed IDF (never zero): shared terms keep weight while the corpus is still small."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def _cosine(a: dict, b: dict) -> float:
    if not a or not b:
        return 0.0
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if dot == 0:
        return 0.0
    return dot / (math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values())))


class StoryLinker:
    def __init__(self, store: Store):
        self.store = store

    def vector(self, title: str | None, text: str, entity_counts: dict[int, int]) -> Vector:
        counts, surfaces = term_counts(title, text)
        n_docs = int(self.store.scalar("SELECT value FROM counters WHERE name = 'articles'") or 0) + 1
        terms = list(counts)
        df: dict[str, int] = {}
        for i in range(0, len(terms), 500):
            chunk = terms[i:i + 500]
            marks = ",".join("?" * len(chunk))
            df.update({r["term"]: r["df"] for r in self.store.query(
                f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk)})
        weights = {t: (1 + math.log(c)) * _idf(n_docs, df.get(t, 0)) for t, c in counts.items()}
        top = dict(sorted(weights.items(), key=lambda kv: -kv[1])[:ARTICLE_TERMS])
        ents = {}
        if entity_counts:
            ids = list(entity_counts)
            marks = ",".join("?" * len(ids))
            n_art = {r["id"]: r["n_articles"] for r in self.store.query(
                f"SELECT id, n_articles FROM entities WHERE id IN ({marks})", ids)}
            ents = {e: (1 + math.log(c)) * _idf(n_docs, n_art.get(e, 0)) for e, c in entity_counts.items()}
        return Vector(top, {t: surfaces.get(t, "") for t in top}, ents, counts)

    def count_terms(self, title: str | None, text: str, delta: int, counts: Counter | None = None) -> None:
        if counts is None:
            counts, _ = term_counts(title, text)
        self.store.executemany("INSERT INTO term_df (term, df) VALUES (?, ?) "
                               "ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df",
                               [(t, delta) for t in counts])

    def assign(self, vec: Vector, published: str | None) -> int:
        """The story this article joins (or a new one); updates the story's centroid and label."""
        best = self._best(vec, published)
        if best is None:
            sid = self.store.insert("INSERT INTO stories (label, start_date, end_date, n_articles, terms) "
                                    "VALUES ('', ?, ?, 0, '{}') RETURNING id", (published, published))
        else:
            sid = best
        self._add(sid, vec, published)
        return sid

    def _best(self, vec: Vector, published: str | None) -> int | None:
        main = sorted(vec.entities, key=lambda e: -vec.entities[e])[:MAIN_ENTITIES]
        if not main:
            return None
        marks = ",".join("?" * len(main))
        window = ""
        params: list = [*main]
        if published:
            window = " AND (s.end_date IS NULL OR (s.end_date >= ? AND s.start_date <= ?))"
            params += [_shift(published, -STORY_WINDOW_DAYS), _shift(published, STORY_WINDOW_DAYS)]
        rows = self.store.query(
            f"SELECT se.story_id, s.terms, count(*) AS shared FROM story_entities se "
            f"JOIN stories s ON s.id = se.story_id WHERE se.entity_id IN ({marks}){window} "
            f"GROUP BY se.story_id, s.terms ORDER BY shared DESC, se.story_id DESC LIMIT {MAX_CANDIDATES}", params)
        best: tuple[float, int] | None = None
        for r in rows:
            centroid = json.loads(r["terms"])
            terms = {t: w for t, (w, _) in centroid.get("terms", {}).items()}
            ents = {int(e): w for e, w in centroid.get("entities", {}).items()}
            score = ENTITY_WEIGHT * _cosine(vec.entities, ents) + (1 - ENTITY_WEIGHT) * _cosine(vec.terms, terms)
            log.debug("story %s: score %.3f", r["story_id"], score)
            if score >= JOIN_THRESHOLD and (best is None or score > best[0]):
                best = (score, int(r["story_id"]))
        return best[1] if best else None

    def _add(self, sid: int, vec: Vector, published: str | None) -> None:
        row = self.store.one("SELECT terms, start_date, end_date FROM stories WHERE id = ?", (sid,))
        centroid = json.loads(row["terms"]) if row else {}
        terms = {t: list(v) for t, v in centroid.get("terms", {}).items()}
        for t, w in vec.terms.items():
            old = terms.get(t, [0.0, vec.surfaces[t]])
            terms[t] = [old[0] + w, old[1]]
        terms = dict(sorted(terms.items(), key=lambda kv: -kv[1][0])[:STORY_TERMS])
        ents = {int(e): w for e, w in centroid.get("entities", {}).items()}
        for e, w in vec.entities.items():
            ents[e] = ents.get(e, 0.0) + w
        ents = dict(sorted(ents.items(), key=lambda kv: -kv[1])[:STORY_TERMS])
        start = min(filter(None, [row and row["start_date"], published]), default=None)
        end = max(filter(None, [row and row["end_date"], published]), default=None)
        self.store.execute(
            "UPDATE stories SET terms = ?, start_date = ?, end_date = ?, n_articles = n_articles + 1 WHERE id = ?",
            (json.dumps({"terms": terms, "entities": {str(e): w for e, w in ents.items()}}), start, end, sid))
        self.store.executemany("INSERT INTO story_entities (story_id, entity_id, n) VALUES (?, ?, 1) "
                               "ON CONFLICT (story_id, entity_id) DO UPDATE SET n = story_entities.n + 1",
                               [(sid, e) for e in vec.entities])
        self.relabel(sid, terms, ents)

    def relabel(self, sid: int, terms: dict[str, list] | None = None, ents: dict[int, float] | None = None) -> None:
        if terms is None or ents is None:
            row = self.store.one("SELECT terms FROM stories WHERE id = ?", (sid,))
            centroid = json.loads(row["terms"]) if row else {}
            terms = centroid.get("terms", {})
            ents = {int(e): w for e, w in centroid.get("entities", {}).items()}
        top_ids = [e for e, _ in sorted(ents.items(), key=lambda kv: -kv[1])[:6]]
        names: list[str] = []
        if top_ids:
            marks = ",".join("?" * len(top_ids))
            by_id = {r["id"]: r for r in self.store.query(
                f"SELECT id, name, type FROM entities WHERE id IN ({marks})", top_ids)}
            ranked = [by_id[e] for e in top_ids if e in by_id]
            ranked.sort(key=lambda r: (r["type"] not in ("PER", "ORG"),))
            names = [r["name"] for r in ranked[:2]]
        phrase = [v[1] for _, v in sorted(terms.items(), key=lambda kv: -kv[1][0]) if v[1]][:2]
        label = ", ".join(names)
        if phrase:
            label = f"{label} — {' '.join(phrase)}" if label else " ".join(phrase)
        self.store.execute("UPDATE stories SET label = ? WHERE id = ?", (label, sid))


def _shift(iso: str, days: int) -> str:
    """The ISO date ``days`` after (before, when negative) the date of ``iso``."""
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()
