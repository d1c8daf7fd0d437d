"""Near-duplicate articles (one dispatch printed by two outlets) with MinHash + banded LSH.

The LSH bands live in the store (``minhash_bands``), so a new article finds its candidates with one
indexed look-up instead of a comparison with every stored article.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

import numpy as np
from datasketch import MinHash

from ..store import Store

# 128 permutations in 32 bands of 4 rows: the LSH S-curve (1/32)^(1/4) puts the 50 % detection point
# at Jaccard ≈ 0.42, so pairs above DUPLICATE_JACCARD are found with probability > 0.99; 128
# permutations estimate Jaccard within ± 0.04 (one standard deviation).
NUM_PERM = 128
BANDS, ROWS = 32, 4
# Estimated Jaccard similarity of word 5-shingles above which two articles are the same dispatch:
# one agency dispatch reprinted with a changed verb and an added closing sentence scores ≈ 0.7;
# distinct articles on the same story share few 5-word sequences (< 0.2).
DUPLICATE_JACCARD = 0.6
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


# The permutations of MinHash(num_perm=NUM_PERM) (seed 1), drawn once: drawing them again for each
# article was a third of the signature's cost; the signatures are the same.
_TEMPLATE = MinHash(num_perm=NUM_PERM)


def signature(text: str) -> np.ndarray:
    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    m.update_batch(list(shingles))
    return m.hashvalues.astype(np.uint64)


def bands(sig: np.ndarray) -> list[str]:
    return [f"{b}:" + hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
            for b in range(BANDS)]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def find_duplicate(store: Store, article_id: str, sig: np.ndarray, min_words: int) -> str | None:
    """The earliest stored article that is a near-duplicate of this one, or None."""
    keys = bands(sig)
    marks = ",".join("?" * len(keys))
    rows = store.query(f"SELECT DISTINCT b.article_id, s.signature FROM minhash_bands b "
                       f"JOIN minhash_signatures s ON s.article_id = b.article_id "
                       f"WHERE b.band IN ({marks}) AND b.article_id <> ?", [*keys, article_id])
    best: tuple[float, str] | None = None
    for r in rows:
        other = np.frombuffer(bytes(r["signature"]), dtype=np.uint64)
        score = jaccard(sig, other)
        if score >= DUPLICATE_JACCARD and (best is None or score > best[0]):
            best = (score, r["article_id"])
    return best[1] if best else None


def save(store: Store, article_id: str, sig: np.ndarray) -> None:
    store.execute("INSERT INTO minhash_signatures (article_id, signature) VALUES (?, ?)",
                  (article_id, sig.tobytes()))
    store.executemany("INSERT INTO minhash_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                      [(b, article_id) for b in bands(sig)])


def forget(store: Store, article_ids: Iterable[str]) -> None:
    for aid in article_ids:
        store.execute("DELETE FROM minhash_bands WHERE article_id = ?", (aid,))
        store.execute("DELETE FROM minhash_signatures WHERE article_id = ?", (aid,))
