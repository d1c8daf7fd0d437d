"""What an article adds beside its entity links: quotations, event mentions and dated facts,
each with its timeline item and the sentence it comes from (written inside the caller's
transaction, see ``linker``)."""

from __future__ import annotations

from bisect import bisect_right

from ..article import Article
from ..store import Store
from .events import EventLinker, mention_info
from ..timex import day_interval, parse_timex
from .timeline import event_label, quote_label

# Sentences stored beside quotes, events and timeline items are cut to this many characters.
MAX_SENTENCE_CHARS = 600


class Sentences:
    """Sentence containing an offset (falls back to the paragraph, then a window of text)."""

    def __init__(self, article: Article):
        spans = article.sentences or article.blocks
        self.text = article.text
        self.spans = sorted((s.start, s.end) for s in spans)
        self.starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        if 0 <= i < len(self.spans) and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return max(0, offset - 150), min(len(self.text), offset + 150)

    def sentence(self, offset: int) -> str:
        start, end = self.around(offset)
        return self.text[start:end].strip()[:MAX_SENTENCE_CHARS]


class TimelineItems:
    """The timeline items of one article, written together (``write``) once the article's
    quotations, events and facts have made them: one statement for the items and one for their
    entities, in the batch writer on PostgreSQL (``Store.reserved_ids``), instead of two per item."""

    def __init__(self, article_id: str):
        self.article_id = article_id
        self.rows: list[tuple] = []
        self.entities: list[list[int]] = []

    def add(self, kind: str, ref: int | None, t_start: str, t_end: str, granularity: str, value: str, label: str,
            sentence: str | None, start: int, end: int, entities: list[int]) -> None:
        self.rows.append((self.article_id, kind, ref, t_start, t_end, granularity, value, label[:300], sentence,
                          start, end))
        self.entities.append(list(dict.fromkeys(entities)))

    def write(self, store: Store) -> None:
        ids = store.insert_many(
            "INSERT INTO timeline_items (article_id, kind, ref_id, t_start, t_end, granularity, value, label, "
            "sentence, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", self.rows)
        store.executemany("INSERT INTO timeline_entities (entity_id, item_id, t_start) VALUES (?, ?, ?) "
                          "ON CONFLICT DO NOTHING",
                          [(e, item, row[3]) for item, row, ents in zip(ids, self.rows, self.entities) for e in ents])
        self.rows, self.entities = [], []


def add_quotes(store: Store, article: Article, entity_map: dict[str, int], published: str | None,
               sentences: Sentences, items: TimelineItems) -> None:
    speakers, rows = [], []
    for q in article.quotes:
        local = q.speaker.entity if q.speaker else None
        speaker = entity_map.get(local) if local else None
        speakers.append(speaker)
        rows.append((article.id, q.id, q.kind, q.text, speaker, local, q.speaker.text if q.speaker else None,
                     q.cue.lemma or q.cue.text if q.cue else None, published, q.start, q.end,
                     sentences.sentence(q.start)))
    # in the batch writer on PostgreSQL, one statement and ids reserved, not read back (``Store.reserved_ids``)
    ids = store.insert_many(
        "INSERT INTO quotes (article_id, local_id, kind, text, speaker_id, speaker_local, speaker_text, cue, "
        "published, start_char, end_char, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", rows)
    for q, qid, speaker in zip(article.quotes, ids, speakers):
        store.index_quote_text(qid, q.text)
        if published:
            label = quote_label(q.speaker.text if q.speaker else None, q.text, q.kind)
            span = day_interval(published)
            assert span is not None
            items.add("quote", qid, span.start, span.end, "day", published, label, sentences.sentence(q.start),
                      q.start, q.end, [speaker] if speaker else [])


def add_events(store: Store, events: EventLinker, article: Article, entity_map: dict[str, int],
               published: str | None, sentences: Sentences, is_dup: bool, items: TimelineItems) -> set[str]:
    used_timexes: set[str] = set()
    local_names = {e.id: e.name for e in article.entities}
    names = {gid: local_names.get(lid, "") for lid, gid in entity_map.items()}
    for ev in article.events:
        info = mention_info(article, ev, entity_map)
        gid = events.link(info)
        sentence = sentences.sentence(ev.trigger.start)
        store.execute(
            "INSERT INTO event_mentions (article_id, local_id, event_id, trigger, modality, time_value, published, "
            "start_char, end_char, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, ev.id, gid, ev.trigger.text, ev.modality, info.time_value, published,
             ev.trigger.start, ev.trigger.end, sentence))
        if ev.time:
            used_timexes.add(ev.time)
        if is_dup:
            continue
        span = info.span or day_interval(published)
        if span is None:
            continue
        label = event_label(ev.type, ev.mode, [names.get(e, "") for e, _ in info.participants])
        actors = [e for e, _ in info.participants] + ([info.place] if info.place else [])
        items.add("event", gid, span.start, span.end, span.granularity, info.time_value or published or "", label,
                  sentence, ev.trigger.start, ev.trigger.end, actors)
    return used_timexes


def add_facts(article: Article, entity_map: dict[str, int], sentences: Sentences, skip: set[str],
              items: TimelineItems) -> None:
    """Dated facts: each dated timex, about the entities named in its sentence."""
    mentions = sorted((m.start, entity_map[e.id]) for e in article.entities if e.id in entity_map
                      for m in e.mentions)
    starts = [s for s, _ in mentions]
    for t in article.timexes:
        if t.id in skip or t.type not in ("DATE", "TIME"):
            continue
        span = parse_timex(t.value)
        if span is None:
            continue
        s_start, s_end = sentences.around(t.start)
        i = bisect_right(starts, s_start - 1)
        ents = []
        while i < len(mentions) and mentions[i][0] < s_end:
            ents.append(mentions[i][1])
            i += 1
        if not ents:
            continue
        sentence = article.text[s_start:s_end].strip()[:MAX_SENTENCE_CHARS]
        items.add("fact", None, span.start, span.end, span.granularity, t.value, t.text, sentence, t.start, t.end,
                  ents)
