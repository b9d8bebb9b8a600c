-- Counters that limit password guessing (private, never in the log or the
-- state digest), shared by every node on the database and kept across
-- restarts. Subjects are SHA-256 digests (hex) of what they count, such as an
-- account and a client address, so neither is kept in clear here.
--
-- sign_in_attempts: attempts in a fixed window that starts with the first.
CREATE TABLE sign_in_attempts (
    subject      TEXT   PRIMARY KEY,
    window_start BIGINT NOT NULL,
    attempts     BIGINT NOT NULL
);
CREATE INDEX sign_in_attempts_window_start ON sign_in_attempts (window_start);

-- hash_turns: an account whose password failed, and the earliest time its
-- next password hash may start (one every few seconds until it signs in).
CREATE TABLE hash_turns (
    subject TEXT   PRIMARY KEY,
    next_at BIGINT NOT NULL
);
CREATE INDEX hash_turns_next_at ON hash_turns (next_at);
