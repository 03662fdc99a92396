//! The MusicBrainz answers kept by `app::metadata::musicbrainz` (derived data: a rebuild
//! starts without them).

use diesel::prelude::*;

use super::schema::musicbrainz_cache;

/// The kept answer to `request`: `None` when never asked, `Some(None)` when MusicBrainz
/// had nothing (404), `Some(Some(body))` otherwise.
pub fn cache_get(
    conn: &mut SqliteConnection,
    request: &str,
) -> QueryResult<Option<Option<String>>> {
    musicbrainz_cache::table
        .find(request)
        .select(musicbrainz_cache::body)
        .first::<Option<String>>(conn)
        .optional()
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
