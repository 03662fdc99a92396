-- Names equal to the query, and names starting with it, found by this index rather than
-- among the matches (db::search::hits_by_kind): ranking stops after a bounded number of
-- matches, so that a few common letters in a large library cost the same as in a small
-- one, and an exact name must not depend on being among them. The expression is the one
-- the queries compare; the kind lets an exact name be looked up for each kind apart.
CREATE INDEX search_documents_exact_name ON search_documents (lower(name), kind);
