DROP TABLE search_vocabulary;

DROP TRIGGER search_documents_ai;
DROP TRIGGER search_documents_ad;
DROP TRIGGER search_documents_au;

CREATE VIRTUAL TABLE search_trigram USING fts5 (
    name, artists, album,
    content = 'search_documents',
    content_rowid = 'doc_id',
    tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO search_trigram (search_trigram) VALUES ('rebuild');

CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, name, artists, album, extra)
        VALUES (new.doc_id, new.name, new.artists, new.album, new.extra);
    INSERT INTO search_trigram (rowid, name, artists, album)
        VALUES (new.doc_id, new.name, new.artists, new.album);
END;

CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, name, artists, album, extra)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album, old.extra);
    INSERT INTO search_trigram (search_trigram, rowid, name, artists, album)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album);
END;

CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, name, artists, album, extra)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album, old.extra);
    INSERT INTO search_trigram (search_trigram, rowid, name, artists, album)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album);
    INSERT INTO search_fts (rowid, name, artists, album, extra)
        VALUES (new.doc_id, new.name, new.artists, new.album, new.extra);
    INSERT INTO search_trigram (rowid, name, artists, album)
        VALUES (new.doc_id, new.name, new.artists, new.album);
END;
