-- The last full integrity check of this database (`concord check`):
-- private bookkeeping of the node, never in the log or the state digest.
-- One row, replaced by each check.
CREATE TABLE integrity_checks (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    checked_at BIGINT NOT NULL,  -- milliseconds since the Unix epoch
    log_size   BIGINT NOT NULL,  -- entries checked
    passed     BIGINT NOT NULL,  -- 1 every check passed, 0 one failed
    problem    TEXT              -- the first mismatch, when one failed
);
