ALTER TABLE playback_sessions DROP COLUMN back_history_id;
