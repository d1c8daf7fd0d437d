"""Scoring the corpus across articles against a cross-document gold (``chronique evaluate --corpus``).

A corpus folder holds ``articles.jsonl`` (the articles, each with ``id`` and ``published``) and
``gold/``:

- ``gold/stories.json`` — ``{"format": "chronique crossdoc/1", "articles": [ids], "stories":
  [{"id", "headline", "articles": [ids]}]}``: every article in exactly one story;
- ``gold/persons.json`` — ``{"format": "chronique crossdoc-persons/1", "names": [{"surface",
  "occurrences": [{"article", "person"}]}]}``: ``person`` is a key naming one real individual
  across every name (``null``: not a person, ``"?"``: undecidable; both are skipped).

Stories are scored with B-cubed precision, recall and F1 over the gold's articles (an article the
store lacks counts as a story of its own), beside the one-article-per-story baseline and the
counts of singleton stories. Persons are scored pairwise over pairs of gold occurrences in
*different* articles: an occurrence maps to the global entity whose mention in that article
matches its surface; a pair is predicted "same" when both map to one entity. Merges of two gold
people with different first names are counted apart (the floor is zero).

Each score is given for the whole gold and for its two halves by publication date (``dev``: the
first half, the one to tune on; ``test``: the second).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..errors import FormatError
from ..lang.fr.names import fold, given_compatible, person_name
from .scores import PRF

STORIES_FORMAT = "chronique crossdoc/1"
PERSONS_FORMAT = "chronique crossdoc-persons/1"
# Person values that the pairwise score skips: not a person, or undecidable.
SKIPPED_PERSONS = (None, "?")


@dataclass
class CrossdocGold:
    articles: list[str]                 # ids in publication order
    published: dict[str, str]
    stories: dict[str, str]             # article id -> gold story id
    occurrences: list[tuple[str, str, str]]   # (surface, article id, person key)

    def halves(self) -> dict[str, set[str]]:
        middle = len(self.articles) // 2
        return {"all": set(self.articles), "dev": set(self.articles[:middle]), "test": set(self.articles[middle:])}


def _read_json(path: Path, fmt: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FormatError("missing gold file", str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise FormatError(f"not a JSON file ({err})", str(path)) from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise FormatError(f"not a {fmt!r} file (its 'format' field)", str(path))
    return data


def load_gold(corpus_dir: Path) -> CrossdocGold:
    """Read ``articles.jsonl`` (ids and dates) and the two gold files; FormatError names a bad one."""
    articles_path = corpus_dir / "articles.jsonl"
    published: dict[str, str] = {}
    try:
        with articles_path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        item = json.loads(line)
                        published[str(item["id"])] = str(item.get("published") or "")
                    except (json.JSONDecodeError, KeyError, TypeError):
                        raise FormatError("not an article object with an 'id'", f"{articles_path}:{n}") from None
    except FileNotFoundError:
        raise FormatError("missing articles file", str(articles_path)) from None
    stories_path = corpus_dir / "gold" / "stories.json"
    data = _read_json(stories_path, STORIES_FORMAT)
    story_of: dict[str, str] = {}
    for story in data.get("stories", []):
        for aid in story.get("articles", []):
            if aid in story_of:
                raise FormatError(f"article {aid!r} is in two stories", str(stories_path))
            story_of[str(aid)] = str(story["id"])
    listed = [str(a) for a in data.get("articles", story_of)]
    missing = [a for a in listed if a not in story_of]
    if missing:
        raise FormatError(f"{len(missing)} articles in no story (first: {missing[0]!r})", str(stories_path))
    unknown = [a for a in story_of if a not in published]
    if unknown:
        raise FormatError(f"{len(unknown)} gold articles not in articles.jsonl (first: {unknown[0]!r})",
                          str(stories_path))
    order = sorted(story_of, key=lambda a: (published[a], a))
    persons_path = corpus_dir / "gold" / "persons.json"
    occurrences = []
    if persons_path.exists():
        for name in _read_json(persons_path, PERSONS_FORMAT).get("names", []):
            for occ in name.get("occurrences", []):
                if occ.get("person") not in SKIPPED_PERSONS and str(occ.get("article")) in story_of:
                    occurrences.append((str(name["surface"]), str(occ["article"]), str(occ["person"])))
    return CrossdocGold(order, published, story_of, occurrences)


# -- stories --------------------------------------------------------------------------------------
def bcubed(system: dict[str, Any], gold: dict[str, Any], articles: Iterable[str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 of ``system`` (article -> cluster) against ``gold`` over ``articles``;
    an article missing from ``system`` is a cluster of its own."""
    items = list(articles)
    sys_of = {a: system.get(a, ("alone", a)) for a in items}
    sys_members: dict[Any, set[str]] = {}
    gold_members: dict[Any, set[str]] = {}
    for a in items:
        sys_members.setdefault(sys_of[a], set()).add(a)
        gold_members.setdefault(gold[a], set()).add(a)
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    p = r = 0.0
    for a in items:
        common = len(sys_members[sys_of[a]] & gold_members[gold[a]])
        p += common / len(sys_members[sys_of[a]])
        r += common / len(gold_members[gold[a]])
    p, r = p / len(items), r / len(items)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def story_scores(system: dict[str, Any], gold: CrossdocGold, articles: set[str]) -> dict[str, Any]:
    ids = [a for a in gold.articles if a in articles]
    sys_sizes = Counter(system.get(a, ("alone", a)) for a in ids)
    gold_sizes = Counter(gold.stories[a] for a in ids)
    return {
        "articles": len(ids),
        "bcubed": bcubed(system, gold.stories, ids),
        "baseline_one_per_story": bcubed({}, gold.stories, ids),
        "stories": {"system": len(sys_sizes), "gold": len(gold_sizes)},
        "singletons": {"system": sum(1 for n in sys_sizes.values() if n == 1),
                       "gold": sum(1 for n in gold_sizes.values() if n == 1),
                       # articles alone in the system whose gold story has others in this half
                       "system_only": sum(1 for a in ids if sys_sizes[system.get(a, ("alone", a))] == 1
                                          and gold_sizes[gold.stories[a]] > 1)},
    }


# -- persons --------------------------------------------------------------------------------------
def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _cross_article_pairs(rows: list[tuple[Any, str]]) -> int:
    """Pairs among ``rows`` ((key, article) per occurrence) that lie in different articles."""
    return _pairs(len(rows)) - sum(_pairs(n) for n in Counter(a for _, a in rows).values())


def different_first_names(a: str, b: str) -> bool:
    """Do two gold person keys give incompatible first names ("George Floyd" / "Prince George" no
    first name: compatible; "Marine Le Pen" / "Jean-Marie Le Pen": different)?"""
    ga, gb = person_name(a).given, person_name(b).given
    return bool(ga and gb) and not given_compatible(ga, gb)


def person_scores(system: dict[tuple[str, str], int | None], gold: CrossdocGold,
                  articles: set[str]) -> dict[str, Any]:
    """Pairwise scores; ``system`` maps (surface, article) to a global entity id (None: not found)."""
    occ = [(surface, a, person) for surface, a, person in gold.occurrences if a in articles]
    # an occurrence the system did not find is an entity of its own
    sys_key = [system.get((s, a)) or ("none", i) for i, (s, a, _) in enumerate(occ)]
    by_gold: dict[str, list] = {}
    by_sys: dict[Any, list] = {}
    by_cell: dict[tuple, list] = {}
    for (s, a, person), key in zip(occ, sys_key):
        by_gold.setdefault(person, []).append((key, a))
        by_sys.setdefault(key, []).append((person, a))
        by_cell.setdefault((person, key), []).append((key, a))
    tp = sum(_cross_article_pairs(rows) for rows in by_cell.values())
    gold_pairs = sum(_cross_article_pairs(rows) for rows in by_gold.values())
    sys_pairs = sum(_cross_article_pairs(rows) for rows in by_sys.values())
    prf = PRF(tp, sys_pairs - tp, gold_pairs - tp).to_json()
    merged: set[tuple[str, str]] = set()
    for key, rows in by_sys.items():
        people = sorted({p for p, _ in rows})
        for i, x in enumerate(people):
            for y in people[i + 1:]:
                merged.add((x, y))
    wrong = sorted(pair for pair in merged if different_first_names(*pair))
    # gold people spread over several system entities, most missed pairs first
    split = []
    for person, rows in by_gold.items():
        parts: dict[Any, list[str]] = {}
        for (s, a, p), key in zip(occ, sys_key):
            if p == person:
                parts.setdefault(key, []).append(s)
        if len(parts) > 1:
            missed = _cross_article_pairs(rows) - sum(_cross_article_pairs(r) for (p, _), r in by_cell.items()
                                                      if p == person)
            split.append((missed, person, [sorted(set(v)) + (["(not found)"] if isinstance(k, tuple) else [])
                                           for k, v in parts.items()]))
    split.sort(key=lambda x: (-x[0], x[1]))
    return {"occurrences": len(occ), "found": sum(1 for k in sys_key if not isinstance(k, tuple)),
            "people": len(by_gold), "pairwise": prf, "merged_people": len(merged),
            "different_first_name_merges": len(wrong), "different_first_name_examples": [list(p) for p in wrong[:20]],
            "split_people": [{"person": p, "missed_pairs": m, "entities": e} for m, p, e in split[:20]]}


def map_occurrences(occurrences: Iterable[tuple[str, str, str]],
                    entities_of: dict[str, list[tuple[int, str, list[str]]]]) -> dict[tuple[str, str], int | None]:
    """(surface, article) → the global entity whose mention in that article matches the surface.

    ``entities_of[article]`` lists ``(global id, type, mention texts)``. The mention equal to the
    surface (case and accents folded) wins; otherwise one that holds it as whole words ("Le Pen" in
    "Marine Le Pen"); persons before other types, then the entity with the most such mentions."""
    out: dict[tuple[str, str], int | None] = {}
    for surface, article, _ in occurrences:
        if (surface, article) in out:
            continue
        target = fold(surface)
        best: tuple | None = None
        for gid, etype, texts in entities_of.get(article, []):
            folded = [fold(t) for t in texts]
            exact = sum(1 for t in folded if t == target)
            inside = sum(1 for t in folded if f" {target} " in f" {t} ")
            if not inside:
                continue
            key = (exact > 0, etype == "PER", exact, inside, -gid)
            if best is None or key > best[0]:
                best = (key, gid)
        out[(surface, article)] = best[1] if best else None
    return out


def score_corpus(gold: CrossdocGold, story_of: dict[str, Any],
                 entities_of: dict[str, list[tuple[int, str, list[str]]]]) -> dict[str, Any]:
    """Every score for the whole gold and its two halves (``dev``, ``test``)."""
    mapped = map_occurrences(gold.occurrences, entities_of)
    out: dict[str, Any] = {"format": "chronique crossdoc-evaluation/1"}
    for half, ids in gold.halves().items():
        out[half] = {"stories": story_scores(story_of, gold, ids), "persons": person_scores(mapped, gold, ids)}
    return out


def render_crossdoc(result: dict[str, Any]) -> str:
    lines = ["cross-document scores           all        dev (1st half)  test (2nd half)"]

    def row(label: str, get) -> None:
        cells = []
        for half in ("all", "dev", "test"):
            value = get(result[half])
            cells.append("—" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value)))
        lines.append(f"{label:<30}" + "".join(f"{c:<16}" for c in cells))

    row("articles", lambda r: r["stories"]["articles"])
    for k in ("precision", "recall", "f1"):
        row(f"story B-cubed {k}", lambda r, k=k: r["stories"]["bcubed"][k])
    row("baseline (1 per story) F1", lambda r: r["stories"]["baseline_one_per_story"]["f1"])
    row("stories system / gold", lambda r: f"{r['stories']['stories']['system']} / {r['stories']['stories']['gold']}")
    row("singletons system / gold", lambda r: f"{r['stories']['singletons']['system']} / "
                                              f"{r['stories']['singletons']['gold']}")
    row("alone, gold story has others", lambda r: r["stories"]["singletons"]["system_only"])
    row("person occurrences found", lambda r: f"{r['persons']['found']} / {r['persons']['occurrences']}")
    for k in ("precision", "recall", "f1"):
        row(f"person pairwise {k}", lambda r, k=k: r["persons"]["pairwise"][k])
    row("merges, different first names", lambda r: r["persons"]["different_first_name_merges"])
    examples = result["all"]["persons"]["different_first_name_examples"]
    if examples:
        lines.append("  merged with different first names: " + "; ".join(" = ".join(p) for p in examples))
    return "\n".join(lines)


# -- running ----------------------------------------------------------------------------------------
def read_store(store: Any, articles: Iterable[str]) -> tuple[dict[str, Any], dict[str, list]]:
    """The stored story of each article and, per article, its linked entities with their mention texts."""
    from ..article import Article

    story_of: dict[str, Any] = {}
    entities_of: dict[str, list[tuple[int, str, list[str]]]] = {}
    for aid in articles:
        row = store.one("SELECT story_id, json FROM articles WHERE id = ?", (aid,))
        if row is None:
            continue
        if row["story_id"] is not None:
            story_of[aid] = int(row["story_id"])
        article = Article.from_json(json.loads(row["json"]))
        local = {e.id: e for e in article.entities}
        rows = []
        for m in store.query("SELECT local_id, entity_id, type FROM mentions WHERE article_id = ?", (aid,)):
            ent = local.get(m["local_id"])
            if ent is not None:
                rows.append((int(m["entity_id"]), m["type"], [ent.name, *(x.text for x in ent.mentions)]))
        entities_of[aid] = rows
    return story_of, entities_of


def evaluate_corpus(corpus_dir: Path, db: str | None = None, relink: bool = False,
                    processes: int = 1) -> dict[str, Any]:
    """Ingest ``corpus_dir/articles.jsonl`` into ``db`` (default: a temporary SQLite file) and score
    it against ``corpus_dir/gold``. With ``relink``, an existing store is re-linked first (the
    articles are not analysed again: the quick way to score a change of the linking rules)."""
    import tempfile
    import time

    from ..corpus import Corpus

    gold = load_gold(corpus_dir)
    with tempfile.TemporaryDirectory(prefix="chronique-crossdoc-") as tmp:
        url = db or f"sqlite:///{Path(tmp) / 'crossdoc.db'}"
        with Corpus.open(url) as corpus:
            started = time.perf_counter()
            report = corpus.ingest_paths([str(corpus_dir / "articles.jsonl")], processes=processes)
            ingest_s = time.perf_counter() - started
            relink_s = None
            if relink:
                started = time.perf_counter()
                corpus.relink()
                relink_s = time.perf_counter() - started
            story_of, entities_of = read_store(corpus.store, gold.articles)
    result = score_corpus(gold, story_of, entities_of)
    result["corpus"] = str(corpus_dir)
    result["ingest"] = {"added": report.added, "unchanged": report.unchanged, "failed": report.failed,
                        "duplicates": report.duplicates, "seconds": round(ingest_s, 1),
                        "relink_seconds": None if relink_s is None else round(relink_s, 1)}
    return result
