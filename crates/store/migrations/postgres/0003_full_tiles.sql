-- Full tiles stored whole once complete: they never change (C2SP
-- tlog-tiles), so serving one is reading one row. Level -1 holds entry
-- bundles, level 0 the tiles of leaf hashes. Partial tiles, and tiles of
-- logs written before this table, are assembled from log_entries.
CREATE TABLE log_full_tiles (
    level BIGINT NOT NULL,
    idx   BIGINT NOT NULL,
    data  BYTEA  NOT NULL,
    PRIMARY KEY (level, idx)
);
