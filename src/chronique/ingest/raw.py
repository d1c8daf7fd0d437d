"""What ingestion hands to cleaning: one article's raw text and metadata, before any change."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawArticle:
    """An article as read: ``text`` is the body as found (title line included for ``.txt``)."""

    text: str
    source: str  # the input's name for messages: a path, '<stdin>', 'file.jsonl:12'
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    format: str = "text"
    title_in_text: bool = True  # a first line followed by a blank line is the title
    # Where ``published`` was read when the input is no file of its own: "html" (the page's own
    # metadata, by htmldate), "feed" (the feed item's date), "warc" (the record's WARC-Date).
    published_from: str | None = None
