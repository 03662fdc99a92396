DROP INDEX IF EXISTS search_documents_exact_name;
