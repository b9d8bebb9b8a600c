-- Snapshots of the writer's in-memory state (domain::snapshot), so a node
-- starts from the latest one and replays only the entries after it. Each
-- row holds the state after the first `log_size` entries, the tree's right
-- edge at that size, and the SHA-256 that covers both (see
-- store/src/snapshot.rs). Derived from the log like the analyses: outside
-- the state digest, rewritten by `concord rebuild`, checked by `concord
-- check`. The writer keeps the latest two.
CREATE TABLE state_snapshots (
    log_size BIGINT PRIMARY KEY,
    format   BIGINT NOT NULL,
    edge     BLOB  NOT NULL,
    state    BLOB  NOT NULL,
    sha256   BLOB  NOT NULL
);
