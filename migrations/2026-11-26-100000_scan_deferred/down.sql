DROP TABLE scan_deferred_schema;
