-- What a first scan into an empty catalogue set aside to write faster (db::deferred): the
-- secondary indexes of tracks and their links, and the triggers that feed the search index
-- row by row. Each row is the object's own CREATE statement, removed in the transaction
-- that restores it; rows left here by a scan that died are restored when the database is
-- next opened, so the catalogue never stays without them.
CREATE TABLE scan_deferred_schema (
    name  TEXT  NOT NULL PRIMARY KEY,
    kind  TEXT  NOT NULL,
    sql   TEXT  NOT NULL,
    CHECK (kind IN ('index', 'trigger'))
);
