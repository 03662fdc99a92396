//! The playback session row and playback history. The rules of a change are in
//! `crate::playback`; this module only reads and writes them.

use diesel::prelude::*;

use crate::db::catalog;
use crate::db::schema::{devices, playback_history, playback_sessions, tracks};
use crate::db::DbError;
use crate::playback::{Play, PlayState, QueueEntry, Repeat, Session};

/// The hub has one session (single user), shared by every device.
const SESSION_ID: &str = "default";

#[derive(Queryable, Selectable)]
#[diesel(table_name = playback_sessions)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
struct SessionRow {
    state: String,
    position_ms: i64,
    played_ms: i64,
    queue_json: String,
    queue_index: Option<i32>,
    shuffle: bool,
    repeat_mode: String,
    volume: f64,
    revision: i64,
    updated_at: i64,
    updated_by_device_id: Option<String>,
}

/// The stored session; the empty one (at `now`) if the row is missing.
pub fn session_load(conn: &mut SqliteConnection, now: i64) -> QueryResult<Session> {
    let Some(row) = playback_sessions::table
        .find(SESSION_ID)
        .select(SessionRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(Session::empty(now));
    };
    // The CHECK only guarantees an array; a queue this hub did not write reads as empty
    // rather than failing every call.
    let queue: Vec<QueueEntry> = serde_json::from_str(&row.queue_json).unwrap_or_default();
    let current = row
        .queue_index
        .and_then(|i| usize::try_from(i).ok())
        .filter(|&i| i < queue.len())
        .or((!queue.is_empty()).then_some(0));
    Ok(Session {
        revision: row.revision,
        state: PlayState::parse(&row.state),
        queue,
        current,
        position_ms: row.position_ms,
        played_ms: row.played_ms,
        shuffle: row.shuffle,
        repeat: Repeat::parse(&row.repeat_mode),
        volume: row.volume,
        updated_at: row.updated_at,
        device_id: row.updated_by_device_id,
    })
}

pub fn session_save(conn: &mut SqliteConnection, session: &Session) -> QueryResult<()> {
    let queue_json = serde_json::to_string(&session.queue)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    let queue_index = session.current.and_then(|i| i32::try_from(i).ok());
    let values = (
        playback_sessions::state.eq(session.state.as_str()),
        playback_sessions::position_ms.eq(session.position_ms),
        playback_sessions::played_ms.eq(session.played_ms),
        playback_sessions::queue_json.eq(&queue_json),
        playback_sessions::queue_index.eq(queue_index),
        playback_sessions::shuffle.eq(session.shuffle),
        playback_sessions::repeat_mode.eq(session.repeat.as_str()),
        playback_sessions::volume.eq(session.volume),
        playback_sessions::revision.eq(session.revision),
        playback_sessions::updated_at.eq(session.updated_at),
        playback_sessions::updated_by_device_id.eq(session.device_id.as_deref()),
    );
    diesel::insert_into(playback_sessions::table)
        .values((playback_sessions::id.eq(SESSION_ID), values))
        .on_conflict(playback_sessions::id)
        .do_update()
        .set(values)
        .execute(conn)
        .map(drop)
}

/// Records a play: a history line, and the track's play count and last play.
/// Returns the history line's id.
pub fn play_record(conn: &mut SqliteConnection, play: &Play, now: i64) -> QueryResult<String> {
    let id = super::new_id("plh");
    diesel::insert_into(playback_history::table)
        .values((
            playback_history::id.eq(&id),
            playback_history::track_id.eq(&play.track_id),
            playback_history::played_at.eq(play.started_at),
            playback_history::played_ms.eq(play.played_ms),
            playback_history::device_id.eq(play.device_id.as_deref()),
        ))
        .execute(conn)?;
    diesel::update(tracks::table.find(&play.track_id))
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

/// Takes the queued tracks that left the library out of the stored session, as a change of
/// its own: a new revision, so that a `baseRevision` read before they left is refused rather
/// than applied to a queue whose indices moved. Returns the new revision, or `None` when
/// every queued track is still there.
pub fn session_forget_missing(
    conn: &mut SqliteConnection,
    now: i64,
) -> Result<Option<i64>, DbError> {
    conn.immediate_transaction(|conn| {
        let stored = session_load(conn, now)?;
        let ids: Vec<String> = stored.queue.iter().map(|e| e.track_id.clone()).collect();
        let durations = catalog::track_durations(conn, &ids)?;
        if ids.iter().all(|id| durations.contains_key(id)) {
            return Ok(None);
        }
        let mut next = stored.without_missing(&durations, now);
        next.revision = next.revision.saturating_add(1);
        session_save(conn, &next)?;
        Ok(Some(next.revision))
    })
}
