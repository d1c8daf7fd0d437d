"""The per-article pipeline: clean → parse once with spaCy → run every stage on the shared ``Doc``.

``Pipeline`` checks the stages' declarations when it is built (every ``requires`` is assigned
earlier) and every stage's result when it runs (only its ``assigns`` layers changed).
"""

from __future__ import annotations

import logging
import os
import time
from collections import defaultdict
from contextlib import ExitStack
from dataclasses import fields
from typing import Iterable, Iterator, Mapping, Sequence

from spacy.tokens import Doc

from .article import Article, Published, Sentence, Source, StageFailure, content_id
from .errors import EmptyInputError, InputError, PipelineError, TooLargeError
from .extract import Stage, default_stages
from .extract.stage import BASE_LAYERS
from .ingest import RawArticle, clean
from .ingest.language import UNDETERMINED, detect_language, require_french
from .ingest.metadata import normalise_published
from .ingest.vocab import known_word_checker
from .nlp import load_nlp
from .nlp.sections import parse_in_sections

log = logging.getLogger(__name__)

ARTICLE_FIELDS = frozenset(f.name for f in fields(Article))
# Longest cleaned text we parse (~80,000 words, a short book). The parser needs memory in
# proportion to a text's length and spaCy refuses texts over nlp.max_length outright.
MAX_TEXT_CHARS = 500_000
# Texts are parsed in batches of this many (spaCy's nlp.pipe default is 1000 for short texts;
# 64 keeps memory flat on long articles and costs nothing measurable on throughput).
BATCH_SIZE = 64
# Batches parsed inside one ``nlp.memory_zone()``: the zone frees the strings and lexemes of the
# words it met, which the next batches then make again (6 % of the parse with a zone per batch,
# measured on 300 OrangeSum articles). Over eight batches the common words are made once, and
# memory still returns to its level after loading every 512 articles.
ZONE_BATCHES = 8
# Set to 1 (the test suite does) to make a stage that raises fail the run instead of marking the article.
STRICT_STAGES_ENV = "CHRONIQUE_STRICT_STAGES"


class Pipeline:
    """``strict_stages`` re-raises a stage's exception; otherwise (the default, unless
    ``CHRONIQUE_STRICT_STAGES=1``) the article keeps the layers it had before that stage and
    records the failure in ``errors``, which batches report as a partial article."""

    def __init__(self, stages: Sequence[Stage] | None = None, nlp=None, strict_stages: bool | None = None):
        self.nlp = nlp if nlp is not None else load_nlp()
        self.stages = list(default_stages() if stages is None else stages)
        self.strict_stages = os.environ.get(STRICT_STAGES_ENV) == "1" if strict_stages is None else strict_stages
        self.timings: dict[str, float] = defaultdict(float)
        self._known_word = known_word_checker(self.nlp.vocab)
        self._check_declarations()
        # the stage that infers missing publication dates reads the years of the batch from here
        self.year_prior = next((s.year_prior for s in self.stages if hasattr(s, "year_prior")), None)

    def _check_declarations(self) -> None:
        available = set(BASE_LAYERS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {stage.name!r} requires {missing} which no earlier stage assigns")
            unknown = [a for a in stage.assigns if a not in ARTICLE_FIELDS]
            if unknown:
                raise PipelineError(f"stage {stage.name!r} assigns unknown layers {unknown}")
            available.update(stage.assigns)

    # -- one article ---------------------------------------------------------------------
    def prepare(self, raw: RawArticle, published: str | None = None, strict: bool = True) -> Article:
        """Cleaning and metadata: the article before the parse.

        ``strict`` (batch use) raises ``InputError`` for an empty or non-French text; otherwise
        (the Python API) the article comes back with language ``und`` (empty text) or the
        detected language, and ``analyze`` leaves its layers empty.
        """
        start = time.perf_counter()
        cleaned = clean(raw, self._known_word)
        if not cleaned.text.strip():
            if strict:
                raise EmptyInputError("no text left after cleaning", raw.source)
            language = UNDETERMINED
        elif strict:
            if len(cleaned.text) > MAX_TEXT_CHARS:
                raise TooLargeError(f"{len(cleaned.text):,} characters of text is over the "
                                    f"{MAX_TEXT_CHARS:,}-character limit for one article", raw.source)
            language = require_french(cleaned.text, raw.source)
        else:
            language = detect_language(cleaned.text)[0]
        if published:
            pub = Published(value=published, source="given")
        elif normalise_published(raw.published):
            pub = Published(value=normalise_published(raw.published), source="metadata",
                            evidence=(raw.published_from,) if raw.published_from else ())
        else:
            pub = Published()
        article = Article(
            id=raw.id or content_id(cleaned.text, cleaned.title),
            text=cleaned.text,
            title=cleaned.title,
            dateline=cleaned.dateline,
            language=language,
            published=pub,
            source=Source(path=raw.source if not raw.source.startswith("<") else None,
                          url=raw.url, format=raw.format, outlet=raw.outlet),
            blocks=cleaned.blocks,
        )
        self.timings["clean"] += time.perf_counter() - start
        return article

    def annotate(self, article: Article, doc: Doc) -> Article:
        """Run every stage on the parsed ``doc`` of ``article.text``."""
        article = article.with_layers(sentences=_sentences(doc, article.text))
        failures = []
        for stage in self.stages:
            start = time.perf_counter()
            try:
                result = stage(article, doc)
            except Exception as err:  # a rule bug must not lose the article: its layers stay as they were
                if self.strict_stages:
                    raise
                log.exception("stage %r failed on article %s; its layers are left as they were", stage.name, article.id)
                failures.append(StageFailure(stage.name, type(err).__name__, " ".join(str(err).split())[:300]))
                result = article
            self.timings[stage.name] += time.perf_counter() - start
            self._check_result(stage, article, result)
            article = result
        return article.with_layers(errors=tuple(failures)) if failures else article

    def _check_result(self, stage: Stage, before: Article, after: Article) -> None:
        if not isinstance(after, Article):
            raise PipelineError(f"stage {stage.name!r} returned {type(after).__name__}, not Article")
        changed = [f for f in ARTICLE_FIELDS if getattr(before, f) is not getattr(after, f)
                   and getattr(before, f) != getattr(after, f)]
        undeclared = [f for f in changed if f not in stage.assigns]
        if undeclared:
            raise PipelineError(f"stage {stage.name!r} changed {undeclared} without declaring them")

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        start = time.perf_counter()
        for doc in parse_in_sections(self.nlp, texts, batch_size=BATCH_SIZE):
            self.timings["spacy"] += time.perf_counter() - start
            yield doc
            start = time.perf_counter()

    def analyze(self, raw: RawArticle, published: str | None = None, strict: bool = True) -> Article:
        """One article. ``strict=False`` never raises ``InputError``: an empty or non-French text
        gives the article with its detected language and no parse layers (so does a text over
        ``MAX_TEXT_CHARS``)."""
        article = self.prepare(raw, published, strict=strict)
        if not strict and (article.language != "fr" or not article.text or len(article.text) > MAX_TEXT_CHARS):
            return article
        doc = next(self.parse([article.text]))
        return self.annotate(article, doc)

    # -- many articles -------------------------------------------------------------------
    def analyze_stream(self, raws: Iterable[RawArticle | InputError], published: str | None = None,
                       years: Mapping[int, int] | None = None) -> Iterator[Article | InputError]:
        """Articles (or the ``InputError`` of each bad input) in input order, parsed in batches,
        every ``ZONE_BATCHES`` of them inside one ``nlp.memory_zone()`` (not to be called inside
        another memory zone).
        An article without a date gets one inferred with, as the prior for a year its text omits,
        the years of this stream's dated articles (those read so far and the rest of their
        batch) plus ``years`` (year -> articles: e.g. those of the corpus being added to)."""
        pending: list[Article | InputError] = []
        if self.year_prior is not None:
            self.year_prior.reset(years=years)
        # the strings and lexemes spaCy adds for the words of the last ZONE_BATCHES batches are
        # freed after them: a long stream's memory stays flat (the articles yielded hold no Doc,
        # Token or string hash)
        zone = ExitStack()
        batches_in_zone = 0

        def flush() -> Iterator[Article | InputError]:
            nonlocal batches_in_zone
            if batches_in_zone == ZONE_BATCHES:
                zone.close()
                batches_in_zone = 0
            if batches_in_zone == 0:
                zone.enter_context(self.nlp.memory_zone())
            batches_in_zone += 1
            articles = [a for a in pending if isinstance(a, Article)]
            docs = iter(self.parse(a.text for a in articles))
            for item in pending:
                if isinstance(item, Article):
                    try:
                        yield self.annotate(item, next(docs))
                    except InputError as err:
                        yield err.with_source(item.source.path or item.id) if err.source is None else err
                else:
                    yield item
            pending.clear()

        try:
            for raw in raws:
                if isinstance(raw, InputError):
                    pending.append(raw)
                else:
                    try:
                        article = self.prepare(raw, published)
                        pending.append(article)
                        if self.year_prior is not None and article.published.source != "unknown":
                            self.year_prior.add(article.published.value)
                    except InputError as err:
                        pending.append(err if err.source else err.with_source(raw.source))
                if len(pending) >= BATCH_SIZE:
                    yield from flush()
            yield from flush()
        finally:
            zone.close()
            if self.year_prior is not None:
                self.year_prior.reset()  # the stream's years do not follow the pipeline to other calls


def _sentences(doc: Doc, text: str) -> tuple[Sentence, ...]:
    """The sentences of ``doc``, parsed from ``text``, without their edge spaces (each cut from
    ``text``: ``Span.text`` would rebuild it token by token)."""
    out = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if end > start:
            out.append(Sentence(start, end))
    return tuple(out)
