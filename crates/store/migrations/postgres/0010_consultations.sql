-- Consultations. The p_ tables are projections of the consultation.* events
-- (public, in the state digest, refilled by rebuild). Times named *_ms are
-- Unix milliseconds; *_at are log indexes.
CREATE TABLE p_consultations (
    id                 BIGINT PRIMARY KEY,
    language           TEXT NOT NULL,
    audience           TEXT NOT NULL,
    moderation         TEXT NOT NULL,
    participants_write BIGINT NOT NULL,
    results            TEXT NOT NULL,
    status             TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    member             TEXT,
    opens_ms           BIGINT,
    closes_ms          BIGINT,
    created_at         BIGINT NOT NULL,
    votes              BIGINT NOT NULL,
    changed_at         BIGINT NOT NULL
);

-- The title and question in each language given.
CREATE TABLE p_consultation_texts (
    consultation_id BIGINT NOT NULL,
    lang            TEXT NOT NULL,
    title           TEXT NOT NULL,
    question        TEXT NOT NULL,
    PRIMARY KEY (consultation_id, lang)
);

-- Statements; the text is the blob.
CREATE TABLE p_statements (
    consultation_id BIGINT NOT NULL,
    number          BIGINT NOT NULL,
    language        TEXT NOT NULL,
    blob_sha256     TEXT NOT NULL,
    author          TEXT NOT NULL,
    constituency    TEXT NOT NULL,
    seed            BIGINT NOT NULL,
    status          TEXT NOT NULL,
    meta            BIGINT NOT NULL,
    reason          TEXT,
    flags           BIGINT NOT NULL,
    added_at        BIGINT NOT NULL,
    added_ms        BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, number)
);

CREATE TABLE p_statement_translations (
    consultation_id BIGINT NOT NULL,
    number          BIGINT NOT NULL,
    lang            TEXT NOT NULL,
    blob_sha256     TEXT NOT NULL,
    PRIMARY KEY (consultation_id, number, lang)
);

-- Every vote, changed ones included (the history the analysis follows).
CREATE TABLE p_votes (
    log_index       BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL,
    statement       BIGINT NOT NULL,
    voter           TEXT NOT NULL,
    choice          BIGINT NOT NULL,
    constituency    TEXT NOT NULL,
    time_ms         BIGINT NOT NULL
);
CREATE INDEX p_votes_by_voter ON p_votes (consultation_id, voter, statement);

-- Who has voted in each consultation, with the constituency of the first vote.
CREATE TABLE p_consultation_voters (
    consultation_id BIGINT NOT NULL,
    voter           TEXT NOT NULL,
    constituency    TEXT NOT NULL,
    first_at        BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, voter)
);

-- Derived results (not public projections: outside the state digest, and
-- recomputed from the log by anyone): the latest analysis of each
-- consultation, with the log size it covers and the engine that made it.
CREATE TABLE consultation_analyses (
    consultation_id BIGINT PRIMARY KEY,
    log_size        BIGINT NOT NULL,
    engine          TEXT NOT NULL,
    computed_ms     BIGINT NOT NULL,
    report          TEXT NOT NULL,
    -- The report's `priorities` alone (JSON), which every take-part page
    -- reads: a few kilobytes rather than the whole report.
    priorities      TEXT NOT NULL
);

-- Background tasks claimed by one node at a time: the holder renews its
-- lease before it expires; another node takes over after.
CREATE TABLE task_leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_ms BIGINT NOT NULL
);

-- The organization's secret key for pseudonyms of members of the public
-- (private: shared by all nodes through the database, kept in backups,
-- never in the log).
CREATE TABLE pseudonym_key (
    id  BIGINT PRIMARY KEY,
    key BYTEA NOT NULL
);
