"""Reading gold files (``chronique gold/1``, see ``gold/FORMAT.md``) and small accessors on their items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from ..errors import FormatError, InputError

GOLD_SUFFIX = ".json"
# Fields a gold file must have; every other field is optional and defaults to "nothing annotated".
REQUIRED_FIELDS = ("doc",)
LIST_FIELDS = ("entities", "not_entities", "quotes", "quoted_without_speaker", "indirect",
               "timexes", "not_timexes", "amounts", "events")


def load_gold(path: Path) -> dict[str, Any]:
    """One gold file as a dict; ``FormatError`` when it is not a gold annotation."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read gold file: {err}", str(path)) from None
    except json.JSONDecodeError as err:
        raise FormatError(f"broken JSON ({err.msg} at line {err.lineno})", str(path)) from None
    if not isinstance(data, dict) or any(k not in data for k in REQUIRED_FIELDS):
        raise FormatError("not a gold file (a JSON object with a 'doc' field)", str(path))
    for key in LIST_FIELDS:
        if not isinstance(data.get(key, []), list):
            raise FormatError(f"field {key!r} must be a list", str(path))
    return data


def gold_files(gold_dir: Path) -> Iterator[Path]:
    """The gold files of a folder, sorted by name (files without a ``doc`` field are not gold)."""
    for path in sorted(gold_dir.glob("*" + GOLD_SUFFIX)):
        if path.is_file():
            yield path


def published_value(gold: dict[str, Any]) -> str | None:
    pub = gold.get("published")
    return pub.get("value") if isinstance(pub, dict) else pub if isinstance(pub, str) else None


def published_accept(gold: dict[str, Any]) -> list[str]:
    pub = gold.get("published")
    if isinstance(pub, dict):
        return list(pub.get("accept") or ([pub["value"]] if pub.get("value") else []))
    return [pub] if isinstance(pub, str) else []


def texts(item: dict[str, Any] | str) -> list[str]:
    """The acceptable strings of an item: its ``text`` (or the string itself) and its ``alt_text``."""
    if isinstance(item, str):
        return [item]
    out = [item["text"]] if item.get("text") else []
    alt = item.get("alt_text") or []
    return out + ([alt] if isinstance(alt, str) else list(alt))


def optional(item: dict[str, Any] | str) -> bool:
    return isinstance(item, dict) and bool(item.get("optional"))


def as_list(value: Any) -> list:
    """A field that may be one string or a list of them."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def label(item: dict[str, Any] | str, key: str = "text") -> str:
    """A short readable name for reports."""
    if isinstance(item, str):
        return repr(item)
    text = item.get(key) or item.get("name") or item.get("id") or item.get("content_starts") or "?"
    text = " ".join(str(text).split())
    return repr(text if len(text) <= 70 else text[:69] + "…")
