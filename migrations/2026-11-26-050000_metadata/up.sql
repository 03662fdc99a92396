-- Metadata overrides say who set them and from where; enrichment suggestions are kept
-- whole (one row per suggestion, not per field) with the state of the track they were
-- made against, so that applying one after the track changed is refused.

-- The paired device that set an override (NULL: the hub's own machine or the API token).
-- No foreign key: overrides are the person's data and outlive a device's removal.
ALTER TABLE metadata_overrides ADD COLUMN device_id TEXT;
-- 'user' for a typed value, else the enrichment source it came from ('path', 'album').
ALTER TABLE metadata_overrides ADD COLUMN source TEXT NOT NULL DEFAULT 'user'
    CHECK (source <> '' AND source NOT GLOB '*[^a-z0-9_]*');

-- Nothing wrote the per-field table yet: replaced, not migrated.
DROP INDEX IF EXISTS enrichment_suggestions_track;
DROP TABLE enrichment_suggestions;
CREATE TABLE enrichment_suggestions (
    id           TEXT    NOT NULL PRIMARY KEY,
    track_id     TEXT    NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    source       TEXT    NOT NULL,
    -- The proposed values, a JSON object keyed by stored field name.
    values_json  TEXT    NOT NULL,
    confidence   DOUBLE  NOT NULL,
    -- A digest of the track's file tags and overrides when the suggestion was made.
    track_state  TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    CHECK (id <> ''),
    CHECK (source <> '' AND source NOT GLOB '*[^a-z0-9_]*'),
    CHECK (confidence >= 0.0 AND confidence <= 1.0)
);
CREATE INDEX enrichment_suggestions_track ON enrichment_suggestions (track_id);
