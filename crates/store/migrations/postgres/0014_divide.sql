-- The AI divide index (issue 17): methodologies, indicator values and
-- national submissions, public projections of the divide.* events, in the
-- state digest; and the computed index, a derived result outside it.

-- Each published version of the methodology (TOML, as published).
CREATE TABLE p_divide_methodologies (
    version      BIGINT PRIMARY KEY,
    text         TEXT   NOT NULL,
    published_at BIGINT NOT NULL
);

-- Every indicator value recorded or accepted, with the log index that
-- recorded it: the value in force for a state, indicator and year is the
-- row with the highest recorded_at.
CREATE TABLE p_indicator_values (
    member      TEXT   NOT NULL,
    indicator   TEXT   NOT NULL,
    year        BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    -- Decimal text, as in the log.
    value       TEXT   NOT NULL,
    source      TEXT   NOT NULL,
    -- The national submission it came from, if any.
    submission  BIGINT,
    PRIMARY KEY (member, indicator, year, recorded_at)
);

-- National values submitted by delegations, and their review.
CREATE TABLE p_divide_submissions (
    id           BIGINT PRIMARY KEY,
    member       TEXT   NOT NULL,
    indicator    TEXT   NOT NULL,
    year         BIGINT NOT NULL,
    value        TEXT   NOT NULL,
    source       TEXT   NOT NULL,
    submitted_by TEXT   NOT NULL,
    submitted_at BIGINT NOT NULL,
    submitted_ms BIGINT NOT NULL,
    -- 'pending', 'accepted' or 'rejected'.
    status       TEXT   NOT NULL,
    reason       TEXT,
    reviewed_by  TEXT,
    reviewed_at  BIGINT
);
CREATE INDEX p_divide_submissions_by_member ON p_divide_submissions (member, id);

-- The latest computed index (derived: recomputed from the log), with the
-- log size it covers and the engine that computed it.
CREATE TABLE divide_indexes (
    id          BIGINT PRIMARY KEY,
    log_size    BIGINT NOT NULL,
    engine      TEXT   NOT NULL,
    computed_ms BIGINT NOT NULL,
    report      TEXT   NOT NULL
);
