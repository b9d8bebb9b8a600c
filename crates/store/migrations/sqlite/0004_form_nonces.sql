-- The nonces of page forms already sent (private, never in the log), so a
-- form sent twice is acted on once, whichever node receives it. Rows older
-- than a day are deleted as new ones arrive.
CREATE TABLE form_nonces (
    nonce   TEXT   PRIMARY KEY,
    used_at BIGINT NOT NULL
);
CREATE INDEX form_nonces_used_at ON form_nonces (used_at);
