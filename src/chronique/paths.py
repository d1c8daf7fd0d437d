"""Where the read-only shared material lives (``../shared`` beside the repository, or $CHRONIQUE_SHARED)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    """The shared folder, or None when it is absent (every user of it must then skip cleanly)."""
    env = os.environ.get("CHRONIQUE_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [REPO_ROOT.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for path in candidates:
        if path.is_dir() and ((path / "gold").exists() or (path / "data").exists()):
            return path
    return None


def shared_path(*parts: str) -> Path | None:
    root = shared_dir()
    if root is None:
        return None
    path = root.joinpath(*parts)
    return path if path.exists() else None
