//! The MusicBrainz answers kept by `app::metadata::musicbrainz` (derived data: a rebuild
//! starts without them).

use diesel::prelude::*;

use super::schema::musicbrainz_cache;

/// An answer kept from MusicBrainz: its body (`None` when it had nothing, a 404) and when
/// it was fetched (ms since the epoch).
pub struct Kept {
    pub body: Option<String>,
    pub fetched_at: i64,
}

/// The kept answer to `request`, `None` when never asked.
pub fn cache_get(conn: &mut SqliteConnection, request: &str) -> QueryResult<Option<Kept>> {
    musicbrainz_cache::table
        .find(request)
        .select((musicbrainz_cache::body, musicbrainz_cache::fetched_at))
        .first::<(Option<String>, i64)>(conn)
        .optional()
        .map(|row| row.map(|(body, fetched_at)| Kept { body, fetched_at }))
}

pub fn cache_put(
    conn: &mut SqliteConnection,
    request: &str,
    body: Option<&str>,
    fetched_at: i64,
) -> QueryResult<()> {
    diesel::replace_into(musicbrainz_cache::table)
        .values((
            musicbrainz_cache::request.eq(request),
            musicbrainz_cache::body.eq(body),
            musicbrainz_cache::fetched_at.eq(fetched_at),
        ))
        .execute(conn)
        .map(drop)
}
