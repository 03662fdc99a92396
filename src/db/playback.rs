//! The playback session row and playback history, as stored. What they mean (the session's
//! rules, its stored form) is the playback service's (`app::playback`); this module only
//! reads and writes rows.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};

use crate::db::page::{keyset_page, Listing, Page, PageSpec, Sort};
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
    /// The history line a back step made current, while it is current.
    pub back_history_id: Option<String>,
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
        playback_sessions::back_history_id.eq(row.back_history_id.as_deref()),
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

/// One line of playback history as the list shows it.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = playback_history, check_for_backend(diesel::sqlite::Sqlite))]
pub struct HistoryRow {
    pub id: String,
    pub track_id: String,
    pub played_at: i64,
    pub played_ms: Option<i64>,
    pub device_id: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub device_name: Option<String>,
}

/// History is listed by when each play started, the only order it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryOrder;

impl Sort for HistoryOrder {
    fn expression(self) -> &'static str {
        "h.played_at"
    }

    fn textual(self) -> bool {
        false
    }

    fn key(self) -> &'static str {
        "playedAt"
    }

    /// The newest first.
    fn descending_by_default(self) -> bool {
        true
    }
}

/// Plays are kept when their track leaves the library (the history is the person's), but
/// only those of tracks in the library are listed and gone back to.
const HISTORY_PRESENT: &str = " AND EXISTS (SELECT 1 FROM tracks t WHERE t.id = h.track_id)";

/// One page of the plays of tracks in the library.
pub fn history_page(
    conn: &mut SqliteConnection,
    spec: &PageSpec<HistoryOrder>,
) -> QueryResult<Page<HistoryRow>> {
    keyset_page(
        conn,
        Listing {
            columns: "h.id, h.track_id, h.played_at, h.played_ms, h.device_id, \
                      d.name AS device_name",
            from: "playback_history h LEFT JOIN devices d ON d.id = h.device_id",
            count_from: "playback_history h",
            kept_total: None,
            id: "h.id",
            filters: |query: crate::db::page::Sql| query.sql(HISTORY_PRESENT),
        },
        spec,
    )
}

#[derive(QueryableByName)]
struct BackRow {
    #[diesel(sql_type = Text)]
    id: String,
    #[diesel(sql_type = Text)]
    track_id: String,
}

/// The play a back step goes to: the newest play of a track in the library, or, when
/// `before` names a history line, the newest one older than it. `None` when there is none.
pub fn history_back_target(
    conn: &mut SqliteConnection,
    before: Option<&str>,
) -> QueryResult<Option<(String, String)>> {
    let mut query = diesel::sql_query(format!(
        "SELECT h.id, h.track_id FROM playback_history h WHERE 1 = 1{HISTORY_PRESENT}"
    ))
    .into_boxed();
    let anchor: Option<(i64, String)> = match before {
        Some(id) => playback_history::table
            .find(id)
            .select((playback_history::played_at, playback_history::id))
            .first(conn)
            .optional()?,
        None => None,
    };
    if let Some((played_at, id)) = anchor {
        query = query
            .sql(" AND (h.played_at, h.id) < (?, ?)")
            .bind::<BigInt, _>(played_at)
            .bind::<Text, _>(id);
    }
    Ok(query
        .sql(" ORDER BY h.played_at DESC, h.id DESC LIMIT 1")
        .get_result::<BackRow>(conn)
        .optional()?
        .map(|row| (row.id, row.track_id)))
}
