ALTER TABLE devices DROP COLUMN last_address;
