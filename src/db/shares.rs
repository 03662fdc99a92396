//! Share links and their visitors' sessions as stored. What a share reaches (the tracks and
//! images of its item, followed through the catalogue at each question) is answered here
//! in SQL; what sharing means is the shares service's (`app::shares`).
//!
//! A share's `item_id` has no foreign key (the migrations' convention): a shared album that
//! leaves the library and comes back under the same derived id is shared again.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::sqlite::Sqlite;

use crate::db::page::{keyset_page, Listing, Page, PageSpec, Sort};
use crate::db::schema::{share_sessions, shares};

/// One share link.
#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = shares, check_for_backend(Sqlite))]
pub struct ShareRow {
    pub id: String,
    pub kind: String,
    pub item_id: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub password_hash: Option<String>,
    pub allow_download: bool,
    pub max_sessions: Option<i32>,
    pub sessions_opened: i64,
    pub access_count: i64,
    pub last_accessed_at: Option<i64>,
}

impl ShareRow {
    /// Whether the share can be opened at `now` (it exists, so it was not deleted).
    pub fn live(&self, now: i64) -> bool {
        self.expires_at.is_none_or(|at| at > now)
    }
}

/// A share with the name of what it shares now (empty when the item left the library).
#[derive(Debug, Clone, QueryableByName)]
pub struct ListedShare {
    #[diesel(embed)]
    pub share: ShareRow,
    #[diesel(sql_type = Text)]
    pub title: String,
}

/// A share's columns and the name of its item, as SQL over the alias `s`.
macro_rules! listed_columns {
    () => {
        "s.id, s.kind, s.item_id, s.created_at, s.expires_at, s.password_hash, \
         s.allow_download, s.max_sessions, s.sessions_opened, s.access_count, \
         s.last_accessed_at, COALESCE(CASE s.kind \
         WHEN 'track' THEN (SELECT t.title FROM tracks t WHERE t.id = s.item_id) \
         WHEN 'album' THEN (SELECT a.title FROM albums a WHERE a.id = s.item_id) \
         WHEN 'artist' THEN (SELECT ar.name FROM artists ar WHERE ar.id = s.item_id) \
         ELSE (SELECT p.name FROM playlists p WHERE p.id = s.item_id) END, '') AS title"
    };
}

/// What shares can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareOrder {
    CreatedAt,
    ExpiresAt,
    LastAccessedAt,
    AccessCount,
}

impl Sort for ShareOrder {
    fn expression(self) -> &'static str {
        match self {
            ShareOrder::CreatedAt => "s.created_at",
            // A share that never expires sorts after every date; one never opened before.
            ShareOrder::ExpiresAt => "IFNULL(s.expires_at, 9223372036854775807)",
            ShareOrder::LastAccessedAt => "IFNULL(s.last_accessed_at, -1)",
            ShareOrder::AccessCount => "s.access_count",
        }
    }

    fn textual(self) -> bool {
        false
    }

    fn key(self) -> &'static str {
        match self {
            ShareOrder::CreatedAt => "createdAt",
            ShareOrder::ExpiresAt => "expiresAt",
            ShareOrder::LastAccessedAt => "lastAccessedAt",
            ShareOrder::AccessCount => "accessCount",
        }
    }

    /// The newest and the most opened first; the soonest to expire first.
    fn descending_by_default(self) -> bool {
        self != ShareOrder::ExpiresAt
    }
}

/// One page of shares, of one kind or all.
pub fn share_list(
    conn: &mut SqliteConnection,
    kind: Option<&str>,
    spec: &PageSpec<ShareOrder>,
) -> QueryResult<Page<ListedShare>> {
    keyset_page(
        conn,
        Listing {
            columns: listed_columns!(),
            from: "shares s",
            count_from: "shares s",
            kept_total: None,
            id: "s.id",
            filters: |query: crate::db::page::Sql| match kind {
                Some(kind) => query
                    .sql(" AND s.kind = ?")
                    .bind::<Text, _>(kind.to_owned()),
                None => query,
            },
        },
        spec,
    )
}

/// One share with its item's name.
pub fn share_listed(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<ListedShare>> {
    diesel::sql_query(concat!(
        "SELECT ",
        listed_columns!(),
        " FROM shares s WHERE s.id = ?"
    ))
    .bind::<Text, _>(id)
    .get_result(conn)
    .optional()
}

pub fn share_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<ShareRow>> {
    shares::table
        .find(id)
        .select(ShareRow::as_select())
        .first(conn)
        .optional()
}

/// What a new share is made of.
pub struct NewShare<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub item_id: &'a str,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub password_hash: Option<&'a str>,
    pub allow_download: bool,
    pub max_sessions: Option<i32>,
    pub device_id: Option<&'a str>,
}

pub fn share_insert(conn: &mut SqliteConnection, new: &NewShare<'_>) -> QueryResult<()> {
    diesel::insert_into(shares::table)
        .values((
            shares::id.eq(new.id),
            shares::kind.eq(new.kind),
            shares::item_id.eq(new.item_id),
            shares::created_at.eq(new.created_at),
            shares::expires_at.eq(new.expires_at),
            shares::password_hash.eq(new.password_hash),
            shares::allow_download.eq(new.allow_download),
            shares::max_sessions.eq(new.max_sessions),
            shares::created_by_device_id.eq(new.device_id),
        ))
        .execute(conn)
        .map(drop)
}

/// Writes a share's changeable settings as `row` has them.
pub fn share_update(conn: &mut SqliteConnection, row: &ShareRow) -> QueryResult<()> {
    diesel::update(shares::table.find(&row.id))
        .set((
            shares::expires_at.eq(row.expires_at),
            shares::password_hash.eq(row.password_hash.as_deref()),
            shares::allow_download.eq(row.allow_download),
            shares::max_sessions.eq(row.max_sessions),
        ))
        .execute(conn)
        .map(drop)
}

/// Ends every session open on a share (its media tokens fail at their next use).
pub fn sessions_end(conn: &mut SqliteConnection, share_id: &str) -> QueryResult<()> {
    diesel::delete(share_sessions::table.filter(share_sessions::share_id.eq(share_id)))
        .execute(conn)
        .map(drop)
}

/// Deletes a share and (by cascade) its sessions; `true` when it existed.
pub fn share_delete(conn: &mut SqliteConnection, id: &str) -> QueryResult<bool> {
    // Sessions are deleted explicitly too, so that no connection setting can leave them.
    diesel::delete(share_sessions::table.filter(share_sessions::share_id.eq(id))).execute(conn)?;
    Ok(diesel::delete(shares::table.find(id)).execute(conn)? > 0)
}

/// Takes one of the share's sessions: `false` when `max_sessions` are used up.
pub fn share_take_session(conn: &mut SqliteConnection, id: &str) -> QueryResult<bool> {
    let taken = diesel::sql_query(
        "UPDATE shares SET sessions_opened = sessions_opened + 1 \
         WHERE id = ? AND (max_sessions IS NULL OR sessions_opened < max_sessions)",
    )
    .bind::<Text, _>(id)
    .execute(conn)?;
    Ok(taken > 0)
}

/// Counts one opening of the share.
pub fn share_count_access(conn: &mut SqliteConnection, id: &str, now: i64) -> QueryResult<()> {
    diesel::sql_query(
        "UPDATE shares SET access_count = access_count + 1, last_accessed_at = ? WHERE id = ?",
    )
    .bind::<BigInt, _>(now)
    .bind::<Text, _>(id)
    .execute(conn)
    .map(drop)
}

/// A visitor's session on a share page.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = share_sessions, check_for_backend(Sqlite))]
pub struct SessionRow {
    pub id: String,
    pub share_id: String,
    pub expires_at: i64,
}

pub fn session_insert(
    conn: &mut SqliteConnection,
    id: &str,
    share_id: &str,
    now: i64,
    expires_at: i64,
) -> QueryResult<()> {
    diesel::insert_into(share_sessions::table)
        .values((
            share_sessions::id.eq(id),
            share_sessions::share_id.eq(share_id),
            share_sessions::created_at.eq(now),
            share_sessions::expires_at.eq(expires_at),
            share_sessions::last_heartbeat_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

pub fn session_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<SessionRow>> {
    share_sessions::table
        .find(id)
        .select(SessionRow::as_select())
        .first(conn)
        .optional()
}

/// Extends a session to `expires_at`.
pub fn session_extend(
    conn: &mut SqliteConnection,
    id: &str,
    now: i64,
    expires_at: i64,
) -> QueryResult<()> {
    diesel::update(share_sessions::table.find(id))
        .set((
            share_sessions::last_heartbeat_at.eq(now),
            share_sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)
        .map(drop)
}

/// Forgets sessions that ended before `before` (their share's counters stay).
pub fn sessions_prune(conn: &mut SqliteConnection, before: i64) -> QueryResult<usize> {
    diesel::delete(share_sessions::table.filter(share_sessions::expires_at.lt(before)))
        .execute(conn)
}

/// The tracks a share reaches, as SQL selecting `id` from `tracks t`, with the share's item
/// id bound once. Album and artist shares follow the catalogue, playlist shares the
/// playlist, so a track added later is in the share.
fn tracks_of(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "track" => "SELECT t.id FROM tracks t WHERE t.id = ?1",
        "album" => "SELECT t.id FROM tracks t WHERE t.album_id = ?1",
        "artist" => {
            "SELECT t.id FROM tracks t WHERE t.album_id IN \
                 (SELECT a.id FROM albums a WHERE a.album_artist_id = ?1) \
             OR t.id IN (SELECT ta.track_id FROM track_artists ta WHERE ta.artist_id = ?1)"
        }
        "playlist" => {
            "SELECT t.id FROM tracks t WHERE t.id IN \
                 (SELECT e.track_id FROM playlist_entries e WHERE e.playlist_id = ?1)"
        }
        _ => return None,
    })
}

#[derive(QueryableByName)]
struct Hit {
    #[diesel(sql_type = BigInt)]
    hit: i64,
}

/// Whether the share of `kind` over `item_id` reaches the track.
pub fn share_has_track(
    conn: &mut SqliteConnection,
    kind: &str,
    item_id: &str,
    track_id: &str,
) -> QueryResult<bool> {
    let Some(tracks) = tracks_of(kind) else {
        return Ok(false);
    };
    let hit: Hit = diesel::sql_query(format!(
        "SELECT EXISTS (SELECT 1 FROM ({tracks}) AS shared WHERE shared.id = ?2) AS hit"
    ))
    .bind::<Text, _>(item_id)
    .bind::<Text, _>(track_id)
    .get_result(conn)?;
    Ok(hit.hit != 0)
}

/// Whether the share reaches the image: a shared track's own picture or its album's cover.
pub fn share_has_artwork(
    conn: &mut SqliteConnection,
    kind: &str,
    item_id: &str,
    artwork_id: &str,
) -> QueryResult<bool> {
    let Some(tracks) = tracks_of(kind) else {
        return Ok(false);
    };
    let hit: Hit = diesel::sql_query(format!(
        "SELECT EXISTS (SELECT 1 FROM tracks st JOIN albums sa ON sa.id = st.album_id \
             WHERE st.id IN ({tracks}) AND (st.artwork_id = ?2 OR sa.artwork_id = ?2)) AS hit"
    ))
    .bind::<Text, _>(item_id)
    .bind::<Text, _>(artwork_id)
    .get_result(conn)?;
    Ok(hit.hit != 0)
}

/// The ids of the tracks a share reaches, in the share's order: playlist order, or disc
/// and track order for the rest.
pub fn share_track_ids(
    conn: &mut SqliteConnection,
    kind: &str,
    item_id: &str,
) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct Id {
        #[diesel(sql_type = Text)]
        id: String,
    }
    let query = match kind {
        "playlist" => {
            "SELECT e.track_id AS id FROM playlist_entries e JOIN tracks t ON t.id = e.track_id \
             WHERE e.playlist_id = ?1 ORDER BY e.position, e.id"
                .to_owned()
        }
        other => {
            let Some(tracks) = tracks_of(other) else {
                return Ok(Vec::new());
            };
            format!(
                "SELECT t.id AS id FROM tracks t JOIN albums a ON a.id = t.album_id \
                 WHERE t.id IN ({tracks}) ORDER BY IFNULL(t.year, a.year), a.sort_title, \
                 a.id, IFNULL(t.disc_number, 1), IFNULL(t.track_number, 0), t.sort_title, t.id"
            )
        }
    };
    let ids: Vec<Id> = diesel::sql_query(query)
        .bind::<Text, _>(item_id)
        .load(conn)?;
    Ok(ids.into_iter().map(|row| row.id).collect())
}

/// Whether a visitor's session is live at `now` (it exists, belongs to `share_id`, has not
/// expired, and its share is live): `Some(allow_download)` of the share when it is.
pub fn session_live(
    conn: &mut SqliteConnection,
    session_id: &str,
    share_id: &str,
    now: i64,
) -> QueryResult<Option<bool>> {
    let Some(session) = session_get(conn, session_id)? else {
        return Ok(None);
    };
    if session.share_id != share_id || session.expires_at <= now {
        return Ok(None);
    }
    Ok(share_get(conn, share_id)?
        .filter(|share| share.live(now))
        .map(|share| share.allow_download))
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, SqliteConnection};
    use diesel_migrations::MigrationHarness;

    use crate::db::MIGRATIONS;

    /// The migration that dropped `media_token_hash` made the table again: the sessions
    /// open at that moment must still be there, and still take new ones.
    #[test]
    fn sessions_open_before_the_token_hash_went_are_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = dir.path().join("m.db");
        let mut conn = SqliteConnection::establish(&url.to_string_lossy()).expect("open");
        conn.batch_execute("PRAGMA foreign_keys = ON")
            .expect("pragma");
        let mut met = false;
        for migration in conn.pending_migrations(MIGRATIONS).expect("pending") {
            if migration.name().to_string().ends_with("_share_token_hash") {
                met = true;
                conn.batch_execute(&format!(
                    "INSERT INTO shares (id, kind, item_id, created_at)
                         VALUES ('shr_a', 'track', 'trk', 1);
                     INSERT INTO share_sessions
                         (id, share_id, media_token_hash, created_at, expires_at,
                          last_heartbeat_at)
                         VALUES ('shs_a', 'shr_a', '{}', 1, 100, 1);",
                    "ab".repeat(32)
                ))
                .expect("a session of before");
            }
            conn.run_migration(&*migration).expect("migrate");
        }
        assert!(met, "no migration named *_share_token_hash");
        assert!(super::session_get(&mut conn, "shs_a")
            .expect("read")
            .is_some_and(|s| s.share_id == "shr_a" && s.expires_at == 100));
        super::session_insert(&mut conn, "shs_b", "shr_a", 2, 200).expect("a new session");
        assert_eq!(
            super::session_live(&mut conn, "shs_b", "shr_a", 3)
                .ok()
                .flatten(),
            Some(false)
        );
    }
}
