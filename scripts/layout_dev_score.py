"""Layout facts of gold/dev through the cleaner: title, title_repeated, dateline, subheadings.

    .venv/bin/python scripts/layout_dev_score.py [--show]

Compares exact strings after NFKC, quote folding, white-space collapsing and case folding
(FORMAT.md's rules); subheadings compare as lists. Skips when ../shared is absent.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

from chronique.ingest.clean import clean
from chronique.ingest.readers import read_file
from chronique.paths import shared_path

_QUOTES = str.maketrans({c: "'" for c in "’‘`´"} | {c: '"' for c in "«»“”„"})


def fold(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES)
    return re.sub(r"\s+", " ", s).strip().casefold()


def main() -> int:
    dev = shared_path("gold", "dev")
    if dev is None:
        print("../shared/gold/dev is absent: skipped")
        return 0
    show = "--show" in sys.argv
    fields = ("title", "title_repeated", "dateline", "subheadings")
    right = {f: 0 for f in fields}
    files = sorted(dev.glob("*.txt"))
    for path in files:
        gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
        (raw,) = list(read_file(path))
        c = clean(raw)
        got = {
            "title": fold(c.title), "title_repeated": c.title_repeated, "dateline": fold(c.dateline),
            "subheadings": [fold(c.text[b.start:b.end]) for b in c.blocks if b.kind == "subheading"],
        }
        want = {"title": fold(gold.get("title")), "title_repeated": bool(gold.get("title_repeated")),
                "dateline": fold(gold.get("dateline")),
                "subheadings": [fold(s) for s in gold.get("subheadings", [])]}
        for f in fields:
            ok = got[f] == want[f]
            right[f] += ok
            if not ok or show:
                print(f"{path.name} {f}: {'ok' if ok else 'WRONG'} got={got[f]!r} want={want[f]!r}")
    total = sum(right.values())
    print(" ".join(f"{f}={right[f]}/{len(files)}" for f in fields),
          f"all={total}/{len(files) * len(fields)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
