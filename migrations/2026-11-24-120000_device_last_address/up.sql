-- The address a device last called from, shown to the hub's owner in the device list so an
-- unexpected device stands out. Updated at most every few minutes, not on every call.
ALTER TABLE devices ADD COLUMN last_address TEXT CHECK (length(last_address) <= 64);
