-- The verifiable log. Entries are append-only; each is one Merkle leaf.
CREATE TABLE log_entries (
    idx       BIGINT PRIMARY KEY,  -- position in the log, from 0
    entry     BYTEA   NOT NULL,     -- canonical JSON envelope (<= 65535 bytes)
    leaf_hash BYTEA   NOT NULL      -- RFC 6962 leaf hash of entry; the level-0 tiles
);

-- Hashes of full subtrees of 256^level leaves (tile levels 1, 2, ...):
-- the hashes of tlog-tiles tiles above level 0. Level 0 is log_entries.leaf_hash.
CREATE TABLE log_tile_hashes (
    level BIGINT NOT NULL,
    idx   BIGINT NOT NULL,
    hash  BYTEA   NOT NULL,
    PRIMARY KEY (level, idx)
);

-- The head of the log: one row. Every append locks it first, so appends are
-- serialized at the database even when several nodes share it.
CREATE TABLE log_head (
    id   BIGINT PRIMARY KEY CHECK (id = 1),
    size BIGINT NOT NULL,
    edge BYTEA   NOT NULL  -- the right edge: popcount(size) 32-byte hashes, largest subtree first
);
INSERT INTO log_head (id, size, edge) VALUES (1, 0, '\x'::bytea);

-- The latest signed checkpoint; replaced only by compare-and-swap.
CREATE TABLE log_checkpoint (
    id   BIGINT PRIMARY KEY CHECK (id = 1),
    size BIGINT NOT NULL,
    note TEXT   NOT NULL
);

-- Facts about this log fixed at creation: origin, verifier key.
CREATE TABLE log_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Content-addressed blobs. bytes is NULL once redacted.
CREATE TABLE blobs (
    sha256     BYTEA   PRIMARY KEY,
    media_type TEXT   NOT NULL,
    size       BIGINT NOT NULL,
    bytes      BYTEA
);

-- Projections.
CREATE TABLE p_organization (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    name       TEXT   NOT NULL,
    log_origin TEXT   NOT NULL,
    founded_at BIGINT NOT NULL  -- log index
);

CREATE TABLE p_members (
    iso3           TEXT   PRIMARY KEY,
    iso2           TEXT   NOT NULL,
    m49            BIGINT NOT NULL,
    status         TEXT   NOT NULL,
    regional_group TEXT,
    income_group   TEXT,
    ldc            BIGINT NOT NULL,
    lldc           BIGINT NOT NULL,
    sids           BIGINT NOT NULL,
    population     BIGINT,
    name_ar        TEXT   NOT NULL,
    name_en        TEXT   NOT NULL,
    name_es        TEXT   NOT NULL,
    name_fr        TEXT   NOT NULL,
    name_ru        TEXT   NOT NULL,
    name_zh        TEXT   NOT NULL,
    search_text    TEXT   NOT NULL,  -- codes and the six names, folded (domain::search::fold)
    admitted_at    BIGINT NOT NULL   -- log index
);
CREATE INDEX p_members_group ON p_members (regional_group);
CREATE INDEX p_members_income ON p_members (income_group);

CREATE TABLE p_documents (
    number       BIGINT PRIMARY KEY,
    title        TEXT   NOT NULL,
    language     TEXT   NOT NULL,
    blob_sha256  TEXT   NOT NULL,
    media_type   TEXT   NOT NULL,
    size         BIGINT NOT NULL,
    published_at BIGINT NOT NULL,  -- log index
    redacted_at  BIGINT            -- log index of the blob.redacted event
);
CREATE INDEX p_documents_blob ON p_documents (blob_sha256);
