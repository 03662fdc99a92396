-- The words of the search index, for the typo fallback of GET /api/search: a query word
-- that matches nothing is compared (by edit distance, in the app) with the indexed words
-- that start with the same letter, and the closest are searched instead. fts5vocab reads
-- the index itself, so it needs no upkeep; a range on `term` reads only that letter's
-- words. At 100k tracks this answers in a few milliseconds, where ranking every document
-- sharing a trigram with the query (search_trigram) took over 100.
CREATE VIRTUAL TABLE search_vocabulary USING fts5vocab (search_fts, 'row');

-- The trigram index served the old typo fallback only; the vocabulary above replaces it.
-- Keeping it would cost every catalogue write a second, larger FTS insert (a trigram per
-- character of name, artists and album) for nothing, so it goes, and the triggers that fed
-- it feed search_fts alone.
DROP TRIGGER search_documents_ai;
DROP TRIGGER search_documents_ad;
DROP TRIGGER search_documents_au;
DROP TABLE search_trigram;

CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, name, artists, album, extra)
        VALUES (new.doc_id, new.name, new.artists, new.album, new.extra);
END;

CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, name, artists, album, extra)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album, old.extra);
END;

CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, name, artists, album, extra)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album, old.extra);
    INSERT INTO search_fts (rowid, name, artists, album, extra)
        VALUES (new.doc_id, new.name, new.artists, new.album, new.extra);
END;
