"""French TimeBank (ISO-TimeML ``.tml``) scorer for the time stage.

Each document's TEXT element becomes the article text (no cleaning, so gold offsets hold),
its DCT the given publication date; the text goes through spaCy and the time stage exactly
as in the pipeline. Scores follow the TempEval-3 / HeidelTime evaluation:

- detection P/R/F1, *strict* (same characters, surrounding spaces aside) and *relaxed*
  (overlap), gold and system timexes paired one to one;
- type accuracy over relaxed matches;
- value P/R/F1: a relaxed match with the gold value counts; P over system, R over gold
  timexes (so value F1 = relaxed F1 x value accuracy).

``SPLITS.txt`` (``dev NAME`` / ``test NAME`` lines) gives the split of every file.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex]


def read_tml(path: Path) -> TmlDoc:
    """Text of the TEXT element, its TIMEX3 spans (offsets into that text) and the DCT."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as err:
        raise InputError(f"cannot read TimeML: {err}", str(path)) from err
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError("no TEXT element", str(path))
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el is not text_el:
            timexes.append(GoldTimex(start, pos, "", el.get("type", ""), el.get("value", "")))

    walk(text_el)
    text = "".join(parts)
    timexes = [GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value) for t in timexes]
    return TmlDoc(path.stem, text, dct, sorted(timexes, key=lambda t: t.start))


def read_splits(ftib_dir: Path) -> dict[str, str]:
    """File name -> split (``dev``/``test``) from ``SPLITS.txt``."""
    out: dict[str, str] = {}
    path = ftib_dir / "SPLITS.txt"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        bits = line.split()
        if len(bits) == 2 and not line.startswith("#"):
            out[bits[1]] = bits[0]
    return out


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for f in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.details.extend(other.details)

    def to_json(self) -> dict[str, Any]:
        def prf(hits: int) -> dict[str, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        return {
            "gold": self.gold, "system": self.system,
            "strict": prf(self.strict), "relaxed": prf(self.relaxed),
            "type_accuracy": round(self.type_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "value": prf(self.value_ok),
            "value_accuracy": round(self.value_ok / self.relaxed, 4) if self.relaxed else 0.0,
        }


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def score_doc(doc: TmlDoc, system: list) -> Counts:
    """Pair gold and system timexes (exact spans first, then the largest overlaps)."""
    c = Counts(gold=len(doc.timexes), system=len(system))
    gold = [(_strip(doc.text, g.start, g.end), g) for g in doc.timexes]
    sys_spans = [(_strip(doc.text, s.start, s.end), s) for s in system]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, ((gs, ge), _) in enumerate(gold):
        for si, ((ss, se), _) in enumerate(sys_spans):
            if si not in used and (gs, ge) == (ss, se):
                pairs[gi] = si
                used.add(si)
                break
    overlaps = sorted(
        ((min(ge, se) - max(gs, ss), gi, si)
         for gi, ((gs, ge), _) in enumerate(gold) if gi not in pairs
         for si, ((ss, se), _) in enumerate(sys_spans) if si not in used and min(ge, se) > max(gs, ss)),
        reverse=True)
    for _, gi, si in overlaps:
        if gi not in pairs and si not in used:
            pairs[gi] = si
            used.add(si)
    for gi, ((gs, ge), g) in enumerate(gold):
        si = pairs.get(gi)
        if si is None:
            c.details.append(f"{doc.name}: MISS {g.text!r} {g.type} {g.value}")
            continue
        (ss, se), s = sys_spans[si]
        c.relaxed += 1
        c.strict += (gs, ge) == (ss, se)
        c.type_ok += s.type == g.type
        ok = s.value.upper() == g.value.upper()
        c.value_ok += ok
        if not ok or s.type != g.type or (gs, ge) != (ss, se):
            c.details.append(f"{doc.name}: {'VALUE' if not ok else 'DIFF'} gold {g.text!r} {g.type} {g.value}"
                             f" / system {s.text!r} {s.type} {s.value} (DCT {doc.dct})")
    for si, (_, s) in enumerate(sys_spans):
        if si not in used:
            c.details.append(f"{doc.name}: FALSE {s.text!r} {s.type} {s.value}")
    return c


def evaluate_timebank(ftib_dir: Path, split: str | None = "dev", nlp=None) -> dict[str, Any]:
    """Scores of the time stage on the French TimeBank files of ``split`` (None: all)."""
    from ..article import Article, Published
    from ..extract.time import TimeStage
    from ..pipeline import Pipeline

    data = ftib_dir / "Data" if (ftib_dir / "Data").is_dir() else ftib_dir
    splits = read_splits(ftib_dir)
    files = sorted(p for p in data.glob("*.tml") if split is None or splits.get(p.name) == split)
    if not files:
        raise InputError(f"no .tml files for split {split!r}", str(ftib_dir))
    pipeline = Pipeline(stages=[TimeStage()], nlp=nlp)
    docs = [read_tml(p) for p in files]
    total = Counts()
    for doc, parsed in zip(docs, pipeline.parse(d.text for d in docs)):
        article = Article(id=doc.name, text=doc.text,
                          published=Published(value=doc.dct, source="given") if doc.dct else Published())
        article = pipeline.annotate(article, parsed)
        total.add(score_doc(doc, list(article.timexes)))
    out = total.to_json()
    out.update({"split": split or "all", "documents": len(docs),
                "timings_s": {k: round(v, 3) for k, v in pipeline.timings.items()}})
    return {"scores": out, "details": total.details}


def render_timebank(result: dict[str, Any], verbose: bool = False) -> str:
    s = result["scores"]
    lines = [f"French TimeBank, split {s['split']}: {s['documents']} documents, "
             f"{s['gold']} gold / {s['system']} system timexes"]
    for key in ("strict", "relaxed", "value"):
        m = s[key]
        lines.append(f"  {key:<8} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    lines.append(f"  type accuracy {s['type_accuracy']:.3f}   value accuracy {s['value_accuracy']:.3f}")
    if verbose:
        lines += ["", *result["details"]]
    return "\n".join(lines)


# -- command line: ``chronique evaluate --timebank [DIR] --split dev|test`` ---------------------
def default_ftib_dir() -> Path | None:
    from ..paths import shared_path

    return shared_path("data", "ftib")


def run_cli(args) -> int:
    import json
    import sys

    from ..errors import UsageError

    ftib = Path(args.timebank) if args.timebank else default_ftib_dir()
    if ftib is None or not ftib.is_dir():
        raise UsageError("French TimeBank folder not found: give --timebank DIR")
    result = evaluate_timebank(ftib, None if args.split == "all" else args.split)
    verbose = bool(getattr(args, "details", False))
    if getattr(args, "json", False):
        out = dict(result["scores"], source=str(ftib))
        if verbose:
            out["details"] = result["details"]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(render_timebank(result, verbose=verbose))
    return 0
