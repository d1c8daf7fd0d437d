"""Query latency of the corpus store: ``timeline --entity`` and ``quotes --speaker`` at p50/p95.

``chronique bench --queries --db URL`` times the service calls the CLI and the API make (name
resolution included) for the most-cited entities (the worst case: the longest timelines) and a
random sample of others. ``--synthetic N`` first fills a fresh store with N synthetic articles'
rows (entities with Zipf-like popularity, mentions, quotations, timeline items) written directly
into the tables, so that a 100,000-article store can be measured without analysing 100k texts.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from typing import Any

from ..corpus import Corpus

# Entities timed per run: the heaviest ones and a random sample of the rest; each call repeated.
HEAVY_ENTITIES = 10
RANDOM_ENTITIES = 40
REPEATS = 3
# Rows of one synthetic article (the averages seen on OrangeSum: ~10 entities, ~8 quotations
# and ~10 timeline items per article).
SYN_ENTITIES_PER_ARTICLE = 10
SYN_QUOTES_PER_ARTICLE = 6
SYN_ITEMS_PER_ARTICLE = 8
SYN_BATCH = 5000


def measure_queries(url: str, seed: int = 7, limit: int = 50) -> dict[str, Any]:
    corpus = Corpus.open(url)
    try:
        store = corpus.store
        heavy = store.query("SELECT id, name FROM entities WHERE type = 'PER' ORDER BY n_articles DESC LIMIT ?",
                            (HEAVY_ENTITIES,))
        ids = [r["id"] for r in store.query("SELECT id FROM entities WHERE type = 'PER' AND n_articles > 0")]
        rng = random.Random(seed)
        sample = rng.sample(ids, min(RANDOM_ENTITIES, len(ids)))
        names = {r["id"]: r["name"] for r in heavy}
        for r in store.query(f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(sample))})", sample) \
                if sample else []:
            names[r["id"]] = r["name"]
        timings: dict[str, list[float]] = {"timeline --entity": [], "quotes --speaker": []}
        sizes: dict[str, int] = {"timeline --entity": 0, "quotes --speaker": 0}
        for _ in range(REPEATS):
            for eid, name in names.items():
                t = time.perf_counter()
                page = corpus.timeline(entity=name, limit=limit)
                timings["timeline --entity"].append(time.perf_counter() - t)
                sizes["timeline --entity"] = max(sizes["timeline --entity"], page["total"])
                t = time.perf_counter()
                page = corpus.list_quotes(speaker=name, limit=limit)
                timings["quotes --speaker"].append(time.perf_counter() - t)
                sizes["quotes --speaker"] = max(sizes["quotes --speaker"], page["total"])
        report: dict[str, Any] = {"store": url, "stats": corpus.stats(), "entities_timed": len(names),
                                  "calls_per_query": len(timings["timeline --entity"]), "page_size": limit}
        for query, values in timings.items():
            ms = sorted(v * 1000 for v in values)
            report[query] = {"p50_ms": round(statistics.median(ms), 2) if ms else None,
                             "p95_ms": round(ms[max(0, int(0.95 * len(ms)) - 1)], 2) if ms else None,
                             "max_ms": round(ms[-1], 2) if ms else None,
                             "largest_total": sizes[query]}
        return report
    finally:
        corpus.close()


def synthesize(url: str, n_articles: int, seed: int = 11) -> dict[str, int]:
    """Fill a store with ``n_articles`` synthetic articles' rows (no analysis, no full-text index)."""
    rng = random.Random(seed)
    corpus = Corpus.open(url)
    store = corpus.store
    if store.scalar("SELECT count(*) AS n FROM articles"):
        corpus.close()
        raise ValueError(f"{url} is not empty: synthetic rows go into a fresh store")
    n_entities = max(100, n_articles // 4)
    # Zipf-like popularity: entity k is drawn with weight 1/(k+1)^1.1 (a few are everywhere).
    weights = [1 / (k + 1) ** 1.1 for k in range(n_entities)]
    with store.transaction():
        store.executemany("INSERT INTO entities (id, name, name_key, type, n_articles, n_mentions) "
                          "VALUES (?, ?, ?, ?, 0, 0)",
                          [(k + 1, f"Personne{k} Synthétique", f"personne{k} synthetique", "PER")
                           for k in range(n_entities)])
        store.executemany("INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, 'full')",
                          [(f"f:personne{k} synthetique", k + 1) for k in range(n_entities)])
        store.executemany("INSERT INTO entity_keys (key, entity_id, kind) VALUES (?, ?, 'surname')",
                          [(f"s:synthetique{k}", k + 1) for k in range(n_entities)])
    counts: dict[int, int] = {}
    quote_id = item_id = 0
    for start in range(0, n_articles, SYN_BATCH):
        arts, mentions, quotes, items, item_ents = [], [], [], [], []
        for a in range(start, min(n_articles, start + SYN_BATCH)):
            day = f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}"
            aid = f"syn-{a}"
            text = f"Article synthétique {a}."
            arts.append((aid, f"raw{a}", f"c{a}", f"Titre {a}", day, "given", None, None, None, text,
                         json.dumps({"id": aid, "text": text}), None, None, 3, day))
            ents = list(dict.fromkeys(rng.choices(range(1, n_entities + 1), weights, k=SYN_ENTITIES_PER_ARTICLE)))
            for i, e in enumerate(ents):
                mentions.append((aid, f"e{i}", e, f"Personne{e - 1}", "PER", 1, day))
                counts[e] = counts.get(e, 0) + 1
            for q in range(SYN_QUOTES_PER_ARTICLE):
                quote_id += 1
                quotes.append((quote_id, aid, f"q{q}", "direct", f"Citation {q} de l'article {a}",
                               rng.choice(ents), f"e{q}", "il", "déclarer", day, 0, 10, text))
            for t in range(SYN_ITEMS_PER_ARTICLE):
                item_id += 1
                items.append((item_id, aid, "fact", None, day, day, "day", day, f"fait {t}", text, 0, 5))
                for e in rng.sample(ents, min(2, len(ents))):
                    item_ents.append((e, item_id, day))
        with store.transaction():
            store.executemany(
                "INSERT INTO articles (id, raw_hash, content_hash, title, published, published_source, outlet, url, "
                "source, text, json, dup_of, story_id, n_words, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arts)
            store.executemany("INSERT INTO mentions (article_id, local_id, entity_id, name, type, n, published) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)
            store.executemany(
                "INSERT INTO quotes (id, article_id, local_id, kind, text, speaker_id, speaker_local, speaker_text, "
                "cue, published, start_char, end_char, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                quotes)
            store.executemany(
                "INSERT INTO timeline_items (id, article_id, kind, ref_id, t_start, t_end, granularity, value, label, "
                "sentence, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
            store.executemany("INSERT INTO timeline_entities (entity_id, item_id, t_start) VALUES (?, ?, ?) "
                              "ON CONFLICT DO NOTHING", item_ents)
    with store.transaction():
        store.executemany("UPDATE entities SET n_articles = ?, n_mentions = ? WHERE id = ?",
                          [(n, n, e) for e, n in counts.items()])
        store.bump("articles", n_articles)
    if store.dialect == "sqlite":
        store.execute("ANALYZE")
    else:
        store.execute("ANALYZE")
    stats = corpus.stats()
    corpus.close()
    return stats


def render_queries(report: dict[str, Any]) -> list[str]:
    s = report["stats"]
    lines = [f"query latency on {report['store']}: {s['articles']:,} articles, {s['entities']:,} entities, "
             f"{s['quotes']:,} quotations; {report['entities_timed']} entities × "
             f"{report['calls_per_query'] // max(1, report['entities_timed'])} runs, page {report['page_size']}"]
    for query in ("timeline --entity", "quotes --speaker"):
        r = report[query]
        lines.append(f"  {query:<18} p50 {r['p50_ms']} ms   p95 {r['p95_ms']} ms   max {r['max_ms']} ms   "
                     f"(largest: {r['largest_total']:,} rows)")
    return lines
