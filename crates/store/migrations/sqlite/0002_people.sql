-- Who acts for whom, in public (projections of the log), and accounts,
-- sessions, invitations and API tokens in private (never in the log, never
-- in the state digest, left alone by rebuild).

-- Public: each person's one affiliation, by handle.
CREATE TABLE p_people (
    handle          TEXT   PRIMARY KEY,
    affiliation     TEXT   NOT NULL,  -- secretariat | observer | delegation | organization
    member          TEXT,             -- delegation: the member state
    delegation_role TEXT,             -- delegation: head | delegate | alternate
    organization_id BIGINT,           -- organization: its id
    since           BIGINT NOT NULL   -- log index
);
CREATE INDEX p_people_member ON p_people (member);
CREATE INDEX p_people_organization ON p_people (organization_id);

-- Public: stakeholder organizations and their applications.
CREATE TABLE p_organizations (
    id         BIGINT PRIMARY KEY,
    name       TEXT   NOT NULL,
    chamber    TEXT   NOT NULL,
    country    TEXT,
    website    TEXT,
    applicant  TEXT   NOT NULL,  -- handle; manages the members once admitted
    status     TEXT   NOT NULL,  -- applied | admitted | declined
    reason     TEXT,             -- why it was declined
    applied_at BIGINT NOT NULL,  -- log index
    decided_at BIGINT            -- log index
);

-- Private: accounts. Times are Unix milliseconds.
CREATE TABLE accounts (
    handle              TEXT   PRIMARY KEY,  -- the public handle
    username            TEXT   NOT NULL UNIQUE,  -- sign-in name, lowercase
    display_name        TEXT   NOT NULL,
    email               TEXT,
    password_hash       TEXT   NOT NULL,  -- argon2id, PHC string
    totp_secret         TEXT,             -- base32, once two-factor sign-in is set up
    totp_pending_secret TEXT,             -- base32, while being set up
    totp_last_step      BIGINT,           -- the last time step used (no code is used twice)
    created_at          BIGINT NOT NULL
);

-- Private: sign-in sessions. The cookie holds a random value; only its
-- SHA-256 is stored.
CREATE TABLE sessions (
    id_hash       BLOB   PRIMARY KEY,
    handle        TEXT   NOT NULL REFERENCES accounts (handle) ON DELETE CASCADE,
    csrf_token    TEXT   NOT NULL,
    second_factor BIGINT NOT NULL,  -- 1 once the second factor is done (or not needed)
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX sessions_handle ON sessions (handle);

-- Private: one-time invitation links.
CREATE TABLE invitations (
    id              TEXT   PRIMARY KEY,
    token_hash      BLOB   NOT NULL UNIQUE,
    kind            TEXT   NOT NULL,  -- secretariat | observer | head | delegate | alternate | stakeholder
    member          TEXT,
    organization_id BIGINT,
    note            TEXT   NOT NULL,  -- for the inviter: whom it is for
    invited_by      TEXT   NOT NULL,  -- handle
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT,
    used_by         TEXT,
    revoked_at      BIGINT
);
CREATE INDEX invitations_invited_by ON invitations (invited_by);

-- Private: API tokens for the command line and scripts. Only the SHA-256
-- of a token is stored.
CREATE TABLE api_tokens (
    id           TEXT   PRIMARY KEY,
    handle       TEXT   NOT NULL REFERENCES accounts (handle) ON DELETE CASCADE,
    name         TEXT   NOT NULL,
    token_hash   BLOB   NOT NULL UNIQUE,
    scopes       TEXT   NOT NULL,  -- action codes, space-separated
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    revoked_at   BIGINT,
    last_used_at BIGINT
);
CREATE INDEX api_tokens_handle ON api_tokens (handle);
