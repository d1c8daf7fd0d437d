"""Stories: articles followed across weeks and months, clustered incrementally.

A new article is compared only with a bounded set of candidate stories found by indexed look-ups,
never with the whole corpus:

- the stories of the other reports of its events (an event merged across articles, ``events.py``,
  is the strongest link: the article recalls something the story reported);
- for each of its main entities, the latest ``STORIES_PER_ENTITY`` stories naming it. A rare
  entity has few stories, so its old ones are reached whatever the gap; a frequent one ("France")
  reaches only its recent ones.

Each candidate is scored by the article's similarity (entities and TF-IDF key terms) to the
story's centroid and to its latest articles; the score needed grows with the gap between the
article and the story's nearest article, so that a follow-up the next day needs less evidence
than one three months later. Each story keeps a centroid (summed TF-IDF weights of its top terms
and its entity weights) and its most central article, whose headline labels it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..store import Store
from ..lang.fr.names import fold
from ..lang.fr.stop_words import STOP_WORDS

# Terms are folded words cut to their first STEM_LEN letters: a crude stemmer that maps French
# inflections ("négociations", "négocier") together; 7 keeps distinct words apart on OrangeSum.
STEM_LEN = 7
MIN_TERM_LEN = 4
# A word of the headline counts as this many words of the body: the headline names the subject.
TITLE_WEIGHT = 2
# Terms and entities kept in an article vector and in a story centroid.
ARTICLE_TERMS = 40
STORY_TERMS = 60
MAIN_ENTITIES = 8
# Candidate stories: the latest few per main entity (indexed, bounded whatever the corpus size),
# the stories of the article's merged events, and at most MAX_CANDIDATES scored in all.
STORIES_PER_ENTITY = 12
# Likewise for the article's KEY_TERMS heaviest terms (stories indexed by their articles' key terms).
KEY_TERMS = 8
STORIES_PER_TERM = 8
EVENT_STORIES = 20
MAX_CANDIDATES = 40
# The latest articles of a candidate compared one by one (beside its centroid): a story that
# drifts (a strike, then its negotiations) is joined by what resembles its recent reports.
RECENT_MEMBERS = 4
# Weight of the similarity of two headlines, added to that of the texts: headlines name the
# subject in a few words ("Lubrizol :", "Affaire Maëlys :", "Retraites :").
HEADLINE_WEIGHT = 0.2
# Weight of entity similarity vs term similarity.
ENTITY_WEIGHT = 0.4
# The score needed to join a story: JOIN_THRESHOLD for an article within a day of the story,
# plus GAP_PENALTY for each doubling of the gap in weeks (7 days +0.06, 30 days +0.14, 90 days
# +0.23). The four weights and thresholds were tuned together on the first half (by date) of
# the cross-document gold (``chronique evaluate --corpus``, README): B-cubed F1 is flat (±0.01)
# for JOIN_THRESHOLD 0.2–0.3, GAP_PENALTY 0.03–0.06, ENTITY_WEIGHT 0.4–0.55, HEADLINE_WEIGHT
# 0.2–0.35; lower thresholds merge unrelated stories, higher ones leave follow-ups alone.
JOIN_THRESHOLD = 0.22
GAP_PENALTY = 0.06
GAP_UNIT_DAYS = 7
# A story that reported one of the article's events is joined on this much similarity whatever
# the gap: the recalled event is the evidence, the similarity only guards against a wrong merge.
EVENT_THRESHOLD = 0.15
# Articles of a story further apart than this many days belong to two arcs (periods of activity).
ARC_GAP_DAYS = 14

# The look-ups of story linking, each answered from an index and bounded by its LIMIT, whatever
# the size of the store (tests/test_corpus_stories_months.py reads their query plans).
EVENT_STORIES_SQL = (
    "SELECT DISTINCT a.story_id FROM event_mentions em JOIN event_mentions other "
    "ON other.event_id = em.event_id AND other.article_id <> em.article_id "
    "JOIN articles a ON a.id = other.article_id "
    f"WHERE em.article_id = ? AND a.story_id IS NOT NULL LIMIT {EVENT_STORIES}")
ENTITY_STORIES_SQL = ("SELECT story_id FROM story_entities WHERE entity_id = ? "
                      f"ORDER BY story_id DESC LIMIT {STORIES_PER_ENTITY}")
TERM_STORIES_SQL = f"SELECT story_id FROM story_terms WHERE term = ? ORDER BY story_id DESC LIMIT {STORIES_PER_TERM}"
RECENT_MEMBERS_SQL = ("SELECT v.vector FROM articles a JOIN article_vectors v ON v.article_id = a.id "
                      f"WHERE a.story_id = ? ORDER BY a.published DESC LIMIT {RECENT_MEMBERS}")
# Every candidate's row in one statement of one shape (``= ANY(?)`` on PostgreSQL, whatever the
# number of candidates), by primary key.
STORIES_SQL = "SELECT id AS sid, terms, start_date, end_date FROM stories WHERE id IN ({marks})"
# Decoded article vectors and story centroids kept in memory, keyed by their stored JSON text (so
# a changed centroid is a new key, never a stale entry): each article scores up to 40 candidate
# stories and 4 of their latest articles, and the next articles score mostly the same ones, so
# decoding them again (JSON, norms) made story linking cost more as stories grew. Sized so that
# the candidates of the latest few thousand articles stay decoded (with 4,096 vectors and 1,024
# centroids, the last 1,000 of 5,000 OrangeSum articles decoded 14 per article, the first 1,000 3).
VECTOR_CACHE = 16384
CENTROID_CACHE = 8192

log = logging.getLogger(__name__)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Vector:
    terms: dict[str, float]
    surfaces: dict[str, str]
    entities: dict[int, float]
    counts: Counter | None = None   # every term of the article (for the document frequencies)
    title: dict[str, float] | None = None   # the headline's terms, weighted by IDF

    def to_json(self) -> str:
        return json.dumps({"terms": self.terms, "entities": {str(e): w for e, w in self.entities.items()},
                           "title": self.title or {}})

    @classmethod
    def from_json(cls, text: str) -> "Vector":
        data = json.loads(text)
        return cls(data.get("terms", {}), {}, {int(e): w for e, w in data.get("entities", {}).items()},
                   title=data.get("title", {}))

    @cached_property
    def norms(self) -> tuple[float, float, float]:
        """Euclidean norms of the terms, the entities and the headline terms (a vector is not
        changed once made)."""
        return _norm(self.terms), _norm(self.entities), _norm(self.title or {})


@lru_cache(maxsize=VECTOR_CACHE)
def stored_vector(text: str) -> Vector:
    """A stored article vector (``article_vectors.vector``), decoded once; read only."""
    return Vector.from_json(text)


@lru_cache(maxsize=CENTROID_CACHE)
def scoring_centroid(text: str) -> tuple[dict[str, float], dict[int, float], float, float]:
    """A story centroid (``stories.terms``) as compared with articles: term weights, entity
    weights and their norms; decoded once per version of the centroid; read only."""
    terms, ents = _centroid({"terms": text})
    plain = {t: w for t, (w, _) in terms.items()}
    return plain, ents, _norm(plain), _norm(ents)


def term_counts(title: str | None, text: str) -> tuple[Counter, dict[str, str]]:
    counts: Counter = Counter()
    surfaces: dict[str, str] = {}
    for source, weight in ((title or "", TITLE_WEIGHT), (text, 1)):
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


def _norm(weights: dict) -> float:
    return math.sqrt(sum(w * w for w in weights.values()))


def _cosine(a: dict, b: dict, norm_a: float | None = None, norm_b: float | None = None) -> float:
    """Cosine of two sparse vectors; their norms when known (``_norm``, the same figures)."""
    if not a or not b:
        return 0.0
    # Most pairs share no key or one (a story candidate found by one entity): the shared keys are
    # found in C; with several, the products are added in ``a``'s order, as always (same float sum).
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    if len(shared) == 1:
        key = next(iter(shared))
        dot = a[key] * b[key]
    else:
        dot = sum(w * b[k] for k, w in a.items() if k in shared)
    if dot == 0:
        return 0.0
    return dot / ((_norm(a) if norm_a is None else norm_a) * (_norm(b) if norm_b is None else norm_b))


def similarity(vec: Vector, terms: dict[str, float], entities: dict[int, float],
               terms_norm: float | None = None, entities_norm: float | None = None) -> float:
    mine_terms, mine_entities, _ = vec.norms
    return (ENTITY_WEIGHT * _cosine(vec.entities, entities, mine_entities, entities_norm)
            + (1 - ENTITY_WEIGHT) * _cosine(vec.terms, terms, mine_terms, terms_norm))


def gap_days(published: str | None, start: str | None, end: str | None) -> int:
    """Days between a date and the nearest end of a story's span (0 inside it or when undated)."""
    if not published or not start or not end:
        return 0
    day = dt.date.fromisoformat(published[:10])
    first, last = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
    if day > last:
        return (day - last).days
    if day < first:
        return (first - day).days
    return 0


def needed_score(gap: int) -> float:
    """The similarity an article ``gap`` days from a story needs to join it."""
    return JOIN_THRESHOLD + GAP_PENALTY * math.log2(1 + gap / GAP_UNIT_DAYS)


def arcs(dates: list[str | None]) -> list[dict[str, object]]:
    """Periods of activity of a story: its article dates cut where ARC_GAP_DAYS pass without one."""
    days = sorted(d[:10] for d in dates if d)
    out: list[dict[str, object]] = []
    for day in days:
        if out and (dt.date.fromisoformat(day) - dt.date.fromisoformat(str(out[-1]["end"]))).days <= ARC_GAP_DAYS:
            out[-1]["end"] = day
            out[-1]["n_articles"] = int(out[-1]["n_articles"]) + 1  # type: ignore[call-overload]
        else:
            out.append({"start": day, "end": day, "n_articles": 1})
    return out


def _centroid(row: dict | None) -> tuple[dict[str, list], dict[int, float]]:
    data = json.loads(row["terms"]) if row and row["terms"] else {}
    return ({t: list(v) for t, v in data.get("terms", {}).items()},
            {int(e): w for e, w in data.get("entities", {}).items()})


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
        title_terms, _ = term_counts(None, title or "")
        headline_vec = {t: _idf(n_docs, df.get(t, 0)) for t in title_terms}
        return Vector(top, {t: surfaces.get(t, "") for t in top}, ents, counts, headline_vec)

    def count_terms(self, title: str | None, text: str, delta: int, counts: Counter | None = None) -> None:
        if counts is None:
            counts, _ = term_counts(title, text)
        self.store.executemany("INSERT INTO term_df (term, df) VALUES (?, ?) "
                               "ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df",
                               [(t, delta) for t in counts])

    # -- assigning --------------------------------------------------------------------------------
    def assign(self, article_id: str, title: str | None, vec: Vector, published: str | None) -> int:
        """The story this article joins (or a new one); updates the story's centroid and label."""
        self.store.execute("INSERT INTO article_vectors (article_id, vector) VALUES (?, ?)",
                           (article_id, vec.to_json()))
        sid = self._best(article_id, vec, published)
        if sid is None:
            sid = self.store.insert("INSERT INTO stories (label, start_date, end_date, n_articles, terms) "
                                    "VALUES ('', ?, ?, 0, '{}') RETURNING id", (published, published))
        self.store.execute("UPDATE articles SET story_id = ? WHERE id = ?", (sid, article_id))
        self._add(sid, article_id, title, vec, published)
        return sid

    def _candidates(self, article_id: str, vec: Vector) -> tuple[list[int], set[int]]:
        """Candidate stories (event stories first) and the set of those sharing an event."""
        by_event = [int(r["story_id"]) for r in self.store.query(EVENT_STORIES_SQL, (article_id,))]
        found: Counter = Counter()
        main = sorted(vec.entities, key=lambda e: -vec.entities[e])[:MAIN_ENTITIES]
        lookups = [(ENTITY_STORIES_SQL, e) for e in main] + [(TERM_STORIES_SQL, t) for t in key_terms(vec)]
        for r in _union(self.store, lookups):
            found[int(r["story_id"])] += 1
        ranked = [s for s, _ in sorted(found.items(), key=lambda kv: (-kv[1], -kv[0])) if s not in by_event]
        return (by_event + ranked)[:MAX_CANDIDATES], set(by_event)

    def _best(self, article_id: str, vec: Vector, published: str | None) -> int | None:
        candidates, by_event = self._candidates(article_id, vec)
        best: tuple[tuple, int] | None = None
        # Every candidate's centroid and latest members in two statements, not two per candidate.
        stories = {int(r["sid"]): r for r in self.store.query(
            STORIES_SQL.format(marks=",".join("?" * len(candidates))), candidates)} if candidates else {}
        members: dict[int, list[str]] = {}
        for r in _union(self.store, [(RECENT_MEMBERS_SQL, sid) for sid in candidates if sid in stories], tag=True):
            members.setdefault(int(r["sid"]), []).append(r["vector"])
        for sid in candidates:
            row = stories.get(sid)
            if row is None:
                continue
            terms, ents, terms_norm, ents_norm = scoring_centroid(row["terms"] or "")
            score = similarity(vec, terms, ents, terms_norm, ents_norm)
            for vector in members.get(sid, []):
                other = stored_vector(vector)
                other_terms, other_ents, other_title = other.norms
                score = max(score, similarity(vec, other.terms, other.entities, other_terms, other_ents)
                            + HEADLINE_WEIGHT * _cosine(vec.title or {}, other.title or {}, vec.norms[2], other_title))
            gap = gap_days(published, row["start_date"], row["end_date"])
            shared_event = sid in by_event
            need = EVENT_THRESHOLD if shared_event else needed_score(gap)
            log.debug("story %s: score %.3f, gap %d days, needs %.3f", sid, score, gap, need)
            if score >= need:
                key = (shared_event, score - need)
                if best is None or key > best[0]:
                    best = (key, sid)
        return best[1] if best else None

    # -- updating ---------------------------------------------------------------------------------
    def _add(self, sid: int, article_id: str, title: str | None, vec: Vector, published: str | None) -> None:
        row = self.store.one("SELECT terms, start_date, end_date, central_article FROM stories WHERE id = ?", (sid,))
        terms, ents = _centroid(row)
        for t, w in vec.terms.items():
            old = terms.get(t, [0.0, vec.surfaces.get(t, "")])
            terms[t] = [old[0] + w, old[1]]
        terms = dict(sorted(terms.items(), key=lambda kv: -kv[1][0])[:STORY_TERMS])
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
        self.store.executemany("INSERT INTO story_terms (term, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               [(t, sid) for t in key_terms(vec)])
        central = row["central_article"] if row else None
        plain = {t: w for t, (w, _) in terms.items()}
        if central and central != article_id:
            stored = self.store.one("SELECT vector FROM article_vectors WHERE article_id = ?", (central,))
            if stored is not None:
                theirs = stored_vector(stored["vector"])
                if similarity(theirs, plain, ents) >= similarity(vec, plain, ents):
                    return
        self.store.execute("UPDATE stories SET central_article = ?, label = ? WHERE id = ?",
                           (article_id, headline(title, terms, vec), sid))

    def rebuild(self, sid: int) -> None:
        """Recompute a story's centroid, span, counts, entities and central article from its
        articles' stored vectors (after a manual merge or split)."""
        rows = self.store.query("SELECT a.id, a.title, a.published, v.vector FROM articles a "
                                "JOIN article_vectors v ON v.article_id = a.id WHERE a.story_id = ? "
                                "ORDER BY a.published, a.id", (sid,))
        self.store.execute("DELETE FROM story_entities WHERE story_id = ?", (sid,))
        self.store.execute("DELETE FROM story_terms WHERE story_id = ?", (sid,))
        if not rows:
            self.store.execute("DELETE FROM stories WHERE id = ?", (sid,))
            return
        self.store.execute("UPDATE stories SET terms = '{}', start_date = NULL, end_date = NULL, n_articles = 0, "
                           "central_article = NULL WHERE id = ?", (sid,))
        for r in rows:
            self._add(sid, r["id"], r["title"], Vector.from_json(r["vector"]), r["published"])


def _union(store: Store, lookups: list[tuple[str, object]], tag: bool = False) -> list[dict]:
    """The rows of several one-parameter look-ups (each keeps its own ``ORDER BY … LIMIT``) in one
    statement (one round trip to the server); with ``tag``, each row's ``sid`` is its look-up's
    parameter (a story id). On PostgreSQL, the look-ups of one query are one ``LATERAL`` join over
    an array of their parameters, so that the statement has one text whatever their number (a
    union of 1 to 40 look-ups was up to 40 texts, each parsed and planned anew)."""
    if not lookups:
        return []
    if store.dialect == "postgresql":
        return _lateral(store, lookups, tag)
    head = "CAST(? AS BIGINT) AS sid, " if tag else ""
    sql = " UNION ALL ".join(f"SELECT {head}l{i}.* FROM ({q}) l{i}" for i, (q, _) in enumerate(lookups))
    return store.query(sql, [x for _, p in lookups for x in ((p, p) if tag else (p,))])


def _lateral(store: Store, lookups: list[tuple[str, object]], tag: bool) -> list[dict]:
    """``_union`` on PostgreSQL: per query, ``unnest`` of its parameters joined ``LATERAL`` to it
    (the same rows, in another order: callers count or group them)."""
    groups: dict[str, list] = {}
    for q, p in lookups:
        groups.setdefault(q, []).append(p)
    parts, params = [], []
    for i, (q, values) in enumerate(groups.items()):
        kind = "BIGINT" if all(isinstance(v, int) for v in values) else "TEXT"
        head = f"p{i}.v AS sid, " if tag else ""
        parts.append(f"SELECT {head}l{i}.* FROM unnest(CAST(? AS {kind}[])) AS p{i}(v) "
                     f"CROSS JOIN LATERAL ({q.replace('?', f'p{i}.v')}) l{i}")
        params.append(values)
    return store.query(" UNION ALL ".join(parts), params)


def key_terms(vec: Vector) -> list[str]:
    """The article's heaviest terms, by which stories are indexed and found."""
    return sorted(vec.terms, key=lambda t: -vec.terms[t])[:KEY_TERMS]


def headline(title: str | None, terms: dict[str, list], vec: Vector) -> str:
    """A story's label: the headline of its most central article, else its key terms."""
    if title and title.strip():
        return title.strip()
    phrase = [v[1] for _, v in sorted(terms.items(), key=lambda kv: -kv[1][0]) if v[1]][:3]
    return " ".join(phrase)
