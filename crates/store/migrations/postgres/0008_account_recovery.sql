-- Account recovery (private, never in the log or the state digest, left
-- alone by rebuild). Only SHA-256 digests of the secrets are stored, as for
-- sessions and API tokens. Times are Unix milliseconds.

-- Recovery codes: ten single-use codes made when the second factor is set
-- up (or made again), each usable once instead of an authenticator's code.
CREATE TABLE recovery_codes (
    code_hash  BYTEA  PRIMARY KEY,
    handle     TEXT   NOT NULL REFERENCES accounts (handle) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    used_at    BIGINT            -- when it was used; a used code never works again
);
CREATE INDEX recovery_codes_handle ON recovery_codes (handle);

-- One-time password reset links: issued by the secretariat or a head of
-- delegation (the log records that a reset was issued, never the link), by
-- `concord account reset` on the server, or asked for by e-mail.
CREATE TABLE password_resets (
    id                   TEXT   PRIMARY KEY,
    token_hash           BYTEA  NOT NULL UNIQUE,
    handle               TEXT   NOT NULL REFERENCES accounts (handle) ON DELETE CASCADE,
    issued_by            TEXT,             -- handle; NULL when asked for by e-mail or made on the server
    clears_second_factor BIGINT NOT NULL,  -- 1: the authenticator and recovery codes go too
    created_at           BIGINT NOT NULL,
    expires_at           BIGINT NOT NULL,
    used_at              BIGINT
);
CREATE INDEX password_resets_handle ON password_resets (handle);
