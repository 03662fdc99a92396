//! The playback session row and playback history, as stored. What they mean (the session's
//! rules, its stored form) is the playback service's (`app::playback`); this module only
//! reads and writes rows.

use diesel::prelude::*;

use crate::db::schema::{devices, playback_history, playback_sessions, tracks};

/// The hub has one session (single user), shared by every device.
const SESSION_ID: &str = "default";

/// The session row. `queue_json` is the queue as the service serialized it; the CHECK only
/// guarantees a JSON array.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = playback_sessions)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct SessionRow {
    pub state: String,
    pub position_ms: i64,
    pub played_ms: i64,
    pub queue_json: String,
    pub queue_index: Option<i32>,
    pub shuffle: bool,
    pub repeat_mode: String,
    pub volume: f64,
    pub revision: i64,
    pub updated_at: i64,
    pub updated_by_device_id: Option<String>,
}

/// The stored session row, if there is one.
pub fn session_get(conn: &mut SqliteConnection) -> QueryResult<Option<SessionRow>> {
    playback_sessions::table
        .find(SESSION_ID)
        .select(SessionRow::as_select())
        .first(conn)
        .optional()
}

pub fn session_put(conn: &mut SqliteConnection, row: &SessionRow) -> QueryResult<()> {
    let values = (
        playback_sessions::state.eq(&row.state),
        playback_sessions::position_ms.eq(row.position_ms),
        playback_sessions::played_ms.eq(row.played_ms),
        playback_sessions::queue_json.eq(&row.queue_json),
        playback_sessions::queue_index.eq(row.queue_index),
        playback_sessions::shuffle.eq(row.shuffle),
        playback_sessions::repeat_mode.eq(&row.repeat_mode),
        playback_sessions::volume.eq(row.volume),
        playback_sessions::revision.eq(row.revision),
        playback_sessions::updated_at.eq(row.updated_at),
        playback_sessions::updated_by_device_id.eq(row.updated_by_device_id.as_deref()),
    );
    diesel::insert_into(playback_sessions::table)
        .values((playback_sessions::id.eq(SESSION_ID), values))
        .on_conflict(playback_sessions::id)
        .do_update()
        .set(values)
        .execute(conn)
        .map(drop)
}

/// One line of playback history.
pub struct NewPlay<'a> {
    pub track_id: &'a str,
    pub played_at: i64,
    pub played_ms: i64,
    pub device_id: Option<&'a str>,
}

/// Records a play: a history line, and the track's play count and last play at `now`.
/// Returns the history line's id.
pub fn play_record(conn: &mut SqliteConnection, play: &NewPlay, now: i64) -> QueryResult<String> {
    let id = super::new_id("plh");
    diesel::insert_into(playback_history::table)
        .values((
            playback_history::id.eq(&id),
            playback_history::track_id.eq(play.track_id),
            playback_history::played_at.eq(play.played_at),
            playback_history::played_ms.eq(play.played_ms),
            playback_history::device_id.eq(play.device_id),
        ))
        .execute(conn)?;
    diesel::update(tracks::table.find(play.track_id))
        .set((
            tracks::play_count.eq(tracks::play_count + 1),
            tracks::last_played_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// A device's name, for `activeDeviceName`.
pub fn device_name(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<String>> {
    devices::table
        .find(id)
        .select(devices::name)
        .first(conn)
        .optional()
}
