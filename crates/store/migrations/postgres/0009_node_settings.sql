-- Settings of the running service that the command line reads back: for
-- now `public_url`, the address people use to reach the server, recorded
-- by `concord serve` at each start so that `concord invite --data DIR`
-- builds links that work. Private bookkeeping, never in the log or the
-- state digest. One row per setting, replaced when it changes.
CREATE TABLE node_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
