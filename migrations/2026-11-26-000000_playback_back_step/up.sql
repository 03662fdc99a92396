-- "Back" steps through playback history (POST /api/playback/history/back, issue 12).
--
-- The session remembers the history line the current track came from when a back step
-- chose it, so that the next step goes to the play before that one. Without it, a second
-- step would go to the play the first step recorded (the track it left), and "back" would
-- bounce between two tracks. NULL when the current track was not chosen by a back step;
-- the playback service clears it whenever the current track changes otherwise. No foreign
-- key, like every reference from the session (history lines are never deleted anyway).
ALTER TABLE playback_sessions ADD COLUMN back_history_id TEXT;
