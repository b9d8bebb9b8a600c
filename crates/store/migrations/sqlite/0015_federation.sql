-- Federation (issue 18): what this node knows of the other nodes of the
-- organization. Node bookkeeping: never in the log, never in the state
-- digest, left alone by `concord rebuild`. Times are Unix milliseconds.

-- A mirror's hub and how following it goes: one row (id 1), only on a
-- mirror. `hub_size` is the size of the newest checkpoint the hub served
-- that verified; `stopped` is 1 once following stopped on evidence.
CREATE TABLE mirror_follow (
    id           BIGINT PRIMARY KEY,
    hub_url      TEXT   NOT NULL,
    answered_at  BIGINT NOT NULL,
    attempted_at BIGINT NOT NULL,
    hub_size     BIGINT NOT NULL,
    error        TEXT,
    stopped      BIGINT NOT NULL
);

-- Evidence that a log was rewritten or shown differently to different
-- nodes, or a checkpoint that failed its checks: the checkpoint this node
-- held and the one that contradicts it, both signed notes, and the
-- consistency proof between them when there is one (32-byte hashes, in
-- order). Kept for good.
CREATE TABLE federation_evidence (
    id          BIGINT PRIMARY KEY,
    kind        TEXT   NOT NULL,
    source      TEXT   NOT NULL,
    held_note   TEXT,
    served_note TEXT   NOT NULL,
    proof       BLOB   NOT NULL,
    detail      TEXT   NOT NULL,
    detected_at BIGINT NOT NULL
);

-- C2SP tlog-witness: the latest checkpoint this node cosigned, per log
-- origin, replaced only by compare-and-swap on its size.
CREATE TABLE witness_checkpoints (
    origin      TEXT PRIMARY KEY,
    size        BIGINT NOT NULL,
    note        TEXT   NOT NULL,
    cosigned_at BIGINT NOT NULL
);

-- A hub with a witness policy: the newest checkpoint whose cosignatures
-- met it (one row, id 1), the signed note with those cosignatures.
CREATE TABLE cosigned_checkpoint (
    id          BIGINT PRIMARY KEY,
    size        BIGINT NOT NULL,
    note        TEXT   NOT NULL,
    recorded_at BIGINT NOT NULL
);

-- A hub with a witness policy: each witness, the last size it cosigned,
-- and how the last request went.
CREATE TABLE witness_status (
    name          TEXT PRIMARY KEY,
    verifier_key  TEXT   NOT NULL,
    url           TEXT,
    cosigned_size BIGINT NOT NULL,
    cosigned_at   BIGINT NOT NULL,
    asked_at      BIGINT NOT NULL,
    round_millis  BIGINT NOT NULL,
    error         TEXT
);

-- Gossip: each peer this node compares checkpoints with, the newest
-- checkpoint of this log it showed, and how the last exchange went.
CREATE TABLE peer_status (
    url        TEXT PRIMARY KEY,
    size       BIGINT NOT NULL,
    note       TEXT,
    checked_at BIGINT NOT NULL,
    error      TEXT
);

-- Whether one text is public (`GET /api/v1/blobs/{sha256}`, asked by every
-- mirror for every text) is looked up by its hash in the statements.
CREATE INDEX p_statements_by_blob ON p_statements (blob_sha256);
CREATE INDEX p_statement_translations_by_blob ON p_statement_translations (blob_sha256);
