-- Whether a device's token family was revoked is asked on every call a paired
-- device makes (auth::device_trusted). Through refresh_tokens_family that
-- visits every token the family ever had, one per rotation (a 15-minute access
-- token), growing with the device's age. Only revoked tokens are in this index,
-- so the question is one probe.
CREATE INDEX refresh_tokens_family_revoked ON refresh_tokens (family_id)
    WHERE revoked_at IS NOT NULL;
