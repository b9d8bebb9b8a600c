-- Decisions (issue 16): decision types, signing keys, ballots, their
-- electorates, positions, proxies and alternates. Public projections of the
-- decision.* events, in the state digest.

-- Each published version of the set of decision types.
CREATE TABLE p_decision_types (
    version      BIGINT NOT NULL,
    code         TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    -- The procedure as JSON (the rules crate's serde form).
    procedure    TEXT   NOT NULL,
    published_at BIGINT NOT NULL,
    PRIMARY KEY (version, code)
);

-- Every signing key ever registered, for a delegation (its ISO code) or the
-- secretariat ('secretariat'); valid from registered_at until revoked_at.
CREATE TABLE p_signing_keys (
    key           TEXT   PRIMARY KEY,
    signatory     TEXT   NOT NULL,
    custodied     BIGINT NOT NULL,
    registered_at BIGINT NOT NULL,
    registered_by TEXT   NOT NULL,
    revoked_at    BIGINT,
    revoked_by    TEXT,
    reason        TEXT
);
CREATE INDEX p_signing_keys_by_signatory ON p_signing_keys (signatory, registered_at);

CREATE TABLE p_ballots (
    id           BIGINT PRIMARY KEY,
    document     BIGINT,
    closes_ms    BIGINT,
    type_code    TEXT,
    type_version BIGINT,
    -- The procedure as JSON, as it was when the ballot opened.
    procedure    TEXT   NOT NULL,
    status       TEXT   NOT NULL,
    opened_at    BIGINT NOT NULL,
    opened_ms    BIGINT NOT NULL,
    closed_at    BIGINT,
    closed_ms    BIGINT,
    closed_by    TEXT,
    -- adopted, rejected or pending, and the tally as JSON, once closed.
    outcome      TEXT,
    tally        TEXT,
    -- Votes cast, changed votes included.
    votes        BIGINT NOT NULL
);

CREATE TABLE p_ballot_titles (
    ballot_id BIGINT NOT NULL,
    lang      TEXT   NOT NULL,
    title     TEXT   NOT NULL,
    PRIMARY KEY (ballot_id, lang)
);

-- The member states that may vote, with their regional group at opening.
CREATE TABLE p_ballot_electors (
    ballot_id      BIGINT NOT NULL,
    member         TEXT   NOT NULL,
    regional_group TEXT   NOT NULL,
    PRIMARY KEY (ballot_id, member)
);

-- Each member state's position: its last vote (which counts).
CREATE TABLE p_ballot_positions (
    ballot_id BIGINT NOT NULL,
    member    TEXT   NOT NULL,
    choice    TEXT   NOT NULL,
    -- The member state that cast it (the proxy holder on a proxy vote).
    cast_by   TEXT   NOT NULL,
    recorded  BIGINT NOT NULL,
    actor     TEXT   NOT NULL,
    seq       BIGINT NOT NULL,
    key       TEXT   NOT NULL,
    cast_at   BIGINT NOT NULL,
    cast_ms   BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, member)
);

-- Each signing member state's last seq on a ballot.
CREATE TABLE p_ballot_seqs (
    ballot_id BIGINT NOT NULL,
    member    TEXT   NOT NULL,
    seq       BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, member)
);

-- Proxies in force: from_member's vote is cast by to_member.
CREATE TABLE p_ballot_proxies (
    ballot_id   BIGINT NOT NULL,
    from_member TEXT   NOT NULL,
    to_member   TEXT   NOT NULL,
    given_at    BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, from_member)
);

CREATE TABLE p_ballot_alternates (
    ballot_id     BIGINT NOT NULL,
    member        TEXT   NOT NULL,
    handle        TEXT   NOT NULL,
    designated_at BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, member, handle)
);

-- Private: the keys the server keeps for signatories that registered none
-- ("custodied"), each private key sealed with the node's custody key
-- (ChaCha20-Poly1305; the signatory and verifier key are its associated
-- data). Never in the log, the digest or a projection.
CREATE TABLE custodied_keys (
    key        TEXT   PRIMARY KEY,
    signatory  TEXT   NOT NULL,
    sealed     BLOB  NOT NULL,
    created_ms BIGINT NOT NULL
);
