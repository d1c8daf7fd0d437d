"""From articles to a corpus: cross-article entities, stories, merged events and timelines.

``Corpus`` (in ``service``) is the public API used by the CLI, the REST API and the web UI.
"""

from __future__ import annotations

from .service import Corpus, IngestReport

__all__ = ["Corpus", "IngestReport"]
