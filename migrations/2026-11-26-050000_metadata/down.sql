DROP INDEX IF EXISTS enrichment_suggestions_track;
DROP TABLE enrichment_suggestions;
CREATE TABLE enrichment_suggestions (
    id               TEXT    NOT NULL PRIMARY KEY,
    track_id         TEXT    NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    source           TEXT    NOT NULL,
    field            TEXT    NOT NULL,
    suggested_value  TEXT    NOT NULL,
    current_value    TEXT,
    confidence       DOUBLE  NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'pending',
    created_at       BIGINT  NOT NULL,
    decided_at       BIGINT,
    UNIQUE (track_id, source, field, suggested_value),
    CHECK (id <> ''),
    CHECK (source <> '' AND source NOT GLOB '*[^a-z0-9_]*'),
    CHECK (field <> '' AND field NOT GLOB '*[^a-z_]*'),
    CHECK (confidence >= 0.0 AND confidence <= 1.0),
    CHECK (status IN ('pending', 'applied', 'dismissed')),
    CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX enrichment_suggestions_track ON enrichment_suggestions (track_id, status);
ALTER TABLE metadata_overrides DROP COLUMN source;
ALTER TABLE metadata_overrides DROP COLUMN device_id;
