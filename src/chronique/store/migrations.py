"""Versioned schema migrations, one list shared by both back ends.

Each migration is written once in portable SQL with three placeholders that the dialect fills:
``{pk}`` an auto-numbered integer primary key, ``{int}`` a 64-bit integer, ``{blob}`` bytes.
Full-text search differs too much to share: each dialect gives its own statements per version
(``FTS_SQLITE`` / ``FTS_POSTGRES``). A store records the versions applied in ``schema_migrations``;
opening a store applies the missing ones in order, each in its own transaction.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "corpus tables", """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    raw_hash TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT,
    published TEXT,
    published_source TEXT,
    outlet TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL,
    dup_of TEXT,
    story_id {int},
    n_words {int} NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_raw_hash ON articles (raw_hash);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_story ON articles (story_id, published);
CREATE INDEX articles_dup_of ON articles (dup_of);

CREATE TABLE ingest_errors (
    id {pk},
    source TEXT,
    article_id TEXT,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE TABLE minhash_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, article_id)
);
CREATE INDEX minhash_bands_article ON minhash_bands (article_id);
CREATE TABLE minhash_signatures (
    article_id TEXT PRIMARY KEY,
    signature {blob} NOT NULL
);

CREATE TABLE entities (
    id {pk},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    type TEXT NOT NULL,
    gender TEXT,
    n_articles {int} NOT NULL DEFAULT 0,
    n_mentions {int} NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX entities_type_rank ON entities (type, n_articles);
CREATE INDEX entities_rank ON entities (n_articles);
CREATE INDEX entities_name_key ON entities (name_key);

CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity_id {int} NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

CREATE TABLE entity_aliases (
    entity_id {int} NOT NULL,
    alias TEXT NOT NULL,
    n {int} NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE entity_rules (
    id {pk},
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created TEXT NOT NULL
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    entity_id {int} NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    n {int} NOT NULL,
    published TEXT,
    is_dup {int} NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id, published);

CREATE TABLE quotes (
    id {pk},
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker_id {int},
    speaker_local TEXT,
    speaker_text TEXT,
    cue TEXT,
    published TEXT,
    start_char {int} NOT NULL,
    end_char {int} NOT NULL,
    sentence TEXT
);
CREATE INDEX quotes_speaker ON quotes (speaker_id, published);
CREATE INDEX quotes_published ON quotes (published);
CREATE INDEX quotes_article ON quotes (article_id);

CREATE TABLE events (
    id {pk},
    type TEXT NOT NULL,
    mode TEXT,
    modality TEXT NOT NULL,
    was_planned {int} NOT NULL DEFAULT 0,
    time_value TEXT,
    t_start TEXT,
    t_end TEXT,
    place_id {int},
    n_mentions {int} NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX events_type ON events (type, t_start);

CREATE TABLE event_mentions (
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    event_id {int} NOT NULL,
    trigger TEXT NOT NULL,
    modality TEXT NOT NULL,
    time_value TEXT,
    published TEXT,
    start_char {int} NOT NULL,
    end_char {int} NOT NULL,
    sentence TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE TABLE event_participants (
    event_id {int} NOT NULL,
    entity_id {int} NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id, event_id);

CREATE TABLE stories (
    id {pk},
    label TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    n_articles {int} NOT NULL DEFAULT 0,
    terms TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX stories_end ON stories (end_date);
CREATE INDEX stories_size ON stories (n_articles);

CREATE TABLE story_entities (
    story_id {int} NOT NULL,
    entity_id {int} NOT NULL,
    n {int} NOT NULL,
    PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entities_entity ON story_entities (entity_id, story_id);

CREATE TABLE term_df (
    term TEXT PRIMARY KEY,
    df {int} NOT NULL
);

CREATE TABLE timeline_items (
    id {pk},
    article_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref_id {int},
    t_start TEXT NOT NULL,
    t_end TEXT NOT NULL,
    granularity TEXT NOT NULL,
    value TEXT NOT NULL,
    label TEXT NOT NULL,
    sentence TEXT,
    start_char {int} NOT NULL,
    end_char {int} NOT NULL
);
CREATE INDEX timeline_items_article ON timeline_items (article_id);
CREATE TABLE timeline_entities (
    entity_id {int} NOT NULL,
    item_id {int} NOT NULL,
    t_start TEXT NOT NULL,
    PRIMARY KEY (entity_id, t_start, item_id)
);
CREATE INDEX timeline_entities_item ON timeline_entities (item_id);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value {int} NOT NULL
);
"""),
    # Full-text only (see FTS_POSTGRES): PostgreSQL search ignores accents, like SQLite's.
    (2, "accent-insensitive full-text search", ""),
    # One gender code for the whole project: spaCy's morphology values (``lang.fr.gender``).
    (3, "gender codes Masc/Fem", """
UPDATE entities SET gender = 'Masc' WHERE gender = 'm';
UPDATE entities SET gender = 'Fem' WHERE gender = 'f';
"""),
    # What ``ingest URL``, ``ingest --feed`` and ``watch`` know of each address they fetched
    # (by its normal form): done or failed (retried by the next run), the validators of the last
    # answer for a conditional request, the article it gave and the feed that listed it.
    (4, "fetch state of pages and feeds", """
CREATE TABLE fetch_state (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    article_id TEXT,
    feed TEXT,
    etag TEXT,
    last_modified TEXT,
    reason TEXT,
    attempts {int} NOT NULL DEFAULT 0,
    checked_at TEXT NOT NULL
);
CREATE INDEX fetch_state_feed ON fetch_state (feed, status);
"""),
    # Stories over months (``corpus/stories.py``): each article's vector, to compare a new article
    # with a story's latest reports and to rebuild a story after a manual merge or split; the
    # story's most central article (its headline labels the story); the key terms of its articles
    # (candidates for an article that shares them, like ``story_entities``); manual story rules.
    (5, "story vectors, central articles and rules", """
CREATE TABLE article_vectors (
    article_id TEXT PRIMARY KEY,
    vector TEXT NOT NULL
);
ALTER TABLE stories ADD COLUMN central_article TEXT;
CREATE TABLE story_terms (
    term TEXT NOT NULL,
    story_id {int} NOT NULL,
    PRIMARY KEY (term, story_id)
);
CREATE INDEX story_terms_story ON story_terms (story_id);
CREATE TABLE story_rules (
    id {pk},
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created TEXT NOT NULL
);
"""),
    # Manual corrections made from the CLI, the API or the web pages (``corpus.corrections``):
    # what, on which entity, why and when; ``undone`` when it was reversed (by correction ``undone_by``).
    (6, "corrections log", """
CREATE TABLE corrections (
    id {pk},
    kind TEXT NOT NULL,
    entity_id {int},
    payload TEXT NOT NULL,
    reason TEXT,
    created TEXT NOT NULL,
    undone TEXT,
    undone_by {int}
);
CREATE INDEX corrections_entity ON corrections (entity_id);
"""),
    # The browse page lists articles without their near-duplicates, newest first: read in index
    # order instead of sorting every article (76 ms → under 1 ms on 5,000 articles).
    (7, "articles by duplicate status and date", """
CREATE INDEX articles_dup_published ON articles (dup_of, published);
"""),
    # Entity names found by any part of them ("hidalgo" in "anne hidalgo", the entity list's and
    # search's ``name_key LIKE '%…%'``) from an index of their trigrams instead of a walk over every
    # entity (dialect DDL below: SQLite FTS5 trigram table kept by triggers, PostgreSQL pg_trgm).
    (8, "entity names indexed by trigrams", ""),
]

# Full-text search, per dialect and per migration version.
# The PostgreSQL text search configuration of the index and of every query (migration 2).
PG_TEXT_SEARCH_CONFIG = "chronique_french"

FTS_SQLITE: dict[int, str] = {
    1: """
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
""",
    # ``Store.name_like``: rowids of the entities whose folded name matches a LIKE pattern. The
    # table holds no text of its own (content=entities); the triggers keep it in step with every
    # write to ``entities`` (linking, corrections, re-linking). Trigger bodies keep their inner
    # ``;`` off line ends (``split_statements``).
    8: """
CREATE VIRTUAL TABLE entity_names USING fts5(name_key, content = 'entities', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO entity_names (entity_names) VALUES ('rebuild');
CREATE TRIGGER entity_names_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entity_names (rowid, name_key) VALUES (new.id, new.name_key); END;
CREATE TRIGGER entity_names_delete AFTER DELETE ON entities BEGIN
  INSERT INTO entity_names (entity_names, rowid, name_key) VALUES ('delete', old.id, old.name_key); END;
CREATE TRIGGER entity_names_update AFTER UPDATE OF name_key ON entities BEGIN
  INSERT INTO entity_names (entity_names, rowid, name_key) VALUES ('delete', old.id, old.name_key); INSERT INTO
  entity_names (rowid, name_key) VALUES (new.id, new.name_key); END;
""",
}

FTS_POSTGRES: dict[int, str] = {
    1: """
ALTER TABLE articles ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('french', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('french', text)) STORED;
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
""",
    # The French configuration with accents folded before stemming (``unaccent`` ships with
    # PostgreSQL's contrib, a trusted extension that the database owner may create): "Etat",
    # "ETAT" and "État" give the same lexeme in the index and in the query, as in SQLite's
    # ``remove_diacritics``. The dictionary sits in the configuration, not in the column's
    # expression, so no immutable ``unaccent()`` wrapper is needed and pg_dump restores it.
    # Folding before stemming costs a few feminine forms whose suffix the stemmer reads by its
    # accent (première/premier, députée/député no longer share a stem); folding after stemming
    # is impossible in a configuration and would leave "premiere" and "première" apart.
    # The generated columns are rebuilt with it (DROP COLUMN drops their indexes too).
    # An extension lives in one schema of the database, the first of the search path of whoever
    # created it: the dictionary (and, in 8, the operator class) is named with that schema, so that
    # a store in another schema of the same database finds it too (``split_statements`` cuts at
    # ";" + line end only, so the DO blocks keep their inner ";" on one line).
    2: f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION {PG_TEXT_SEARCH_CONFIG} (COPY = pg_catalog.french);
DO $$ BEGIN
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION {PG_TEXT_SEARCH_CONFIG} '
                   'ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, french_stem',
                   (SELECT n.nspname FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
                    WHERE d.dictname = 'unaccent' LIMIT 1)); END $$;
ALTER TABLE articles DROP COLUMN tsv;
ALTER TABLE articles ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('{PG_TEXT_SEARCH_CONFIG}', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE quotes DROP COLUMN tsv;
ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('{PG_TEXT_SEARCH_CONFIG}', text)) STORED;
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
""",
    # ``pg_trgm`` (contrib, a trusted extension like ``unaccent``) answers ``name_key LIKE '%…%'``.
    8: """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    EXECUTE format('CREATE INDEX entities_name_trgm ON entities USING GIN (name_key %I.gin_trgm_ops)',
                   (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                    WHERE e.extname = 'pg_trgm')); END $$;
""",
}
