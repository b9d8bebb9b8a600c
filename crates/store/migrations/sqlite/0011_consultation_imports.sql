-- Consultations imported from elsewhere (Pol.is exports; issue 15). Public
-- projections of the consultation.import_* and *_imported events, in the
-- state digest. An imported statement is also a row of p_statements (its
-- author there is the importer, who recorded it), and an imported vote a
-- row of p_votes whose voter is the export's participant id and whose
-- constituency is 'imported'; these tables keep what the export says
-- beyond that.
CREATE TABLE p_consultation_imports (
    consultation_id BIGINT PRIMARY KEY,
    source          TEXT NOT NULL,
    started_at      BIGINT NOT NULL,
    -- The log index of consultation.import_finished, while importing NULL.
    finished_at     BIGINT
);

-- Each imported statement's comment id and author in the export.
CREATE TABLE p_imported_statements (
    consultation_id BIGINT NOT NULL,
    number          BIGINT NOT NULL,
    polis_id        BIGINT NOT NULL,
    author          TEXT NOT NULL,
    PRIMARY KEY (consultation_id, number)
);
CREATE UNIQUE INDEX p_imported_statements_by_polis_id ON p_imported_statements (consultation_id, polis_id);
