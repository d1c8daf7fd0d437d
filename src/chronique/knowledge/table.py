"""Reading the knowledge tables: tab-separated rows, comments (#) and blank lines skipped, every row
checked for its number of cells, a malformed one raising ``FormatError`` naming ``file:line``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import FormatError


def rows(path: Path, columns: int, expected: str, valid: Callable[[list[str]], bool] | None = None) -> list[list[str]]:
    """The stripped cells of each row of ``path`` (``valid`` checks a row further); ``expected`` says
    what a row holds, for the error."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != columns or not all(cells) or valid is not None and not valid(cells):
            raise FormatError(f"expected {expected} separated by tabs", f"{path}:{n}")
        out.append(cells)
    return out
