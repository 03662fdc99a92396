//! Tracks, albums, artists and genres as the scanner writes them (the read side is the rest
//! of `catalog`).
//!
//! Writes are `INSERT ... ON CONFLICT`, never `INSERT OR REPLACE` (the migration's
//! convention): replacing would delete the row first, cascading to its links and churning
//! the search index.

use diesel::dsl::{exists, not};
use diesel::prelude::*;

use crate::db::models::{
    AlbumAggregates, AlbumArtwork, NewAlbum, NewArtist, NewGenre, NewTrack, TrackArtist,
    TrackGenre, TrackSnapshot,
};
use crate::db::schema::{
    albums, artists, genres, media_files, metadata_overrides, track_artists, track_genres, tracks,
};

/// The stored content of these tracks, to compare a re-read file with.
pub fn track_snapshots(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<TrackSnapshot>> {
    tracks::table
        .filter(tracks::id.eq_any(ids))
        .select(TrackSnapshot::as_select())
        .load(conn)
}

pub fn track_artist_links(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> QueryResult<Vec<TrackArtist>> {
    track_artists::table
        .filter(track_artists::track_id.eq_any(track_ids))
        .select(TrackArtist::as_select())
        .load(conn)
}

pub fn track_genre_links(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> QueryResult<Vec<TrackGenre>> {
    track_genres::table
        .filter(track_genres::track_id.eq_any(track_ids))
        .select(TrackGenre::as_select())
        .load(conn)
}

/// Inserts a track that has no row yet (a plain insert: prepared once per connection,
/// where the upsert below is prepared again for every call).
pub fn track_insert(conn: &mut SqliteConnection, track: &NewTrack) -> QueryResult<()> {
    diesel::insert_into(tracks::table)
        .values(track)
        .execute(conn)
        .map(drop)
}

/// Inserts a track or rewrites its content; play counts and `added_at` are kept.
pub fn track_upsert(conn: &mut SqliteConnection, track: &NewTrack) -> QueryResult<()> {
    diesel::insert_into(tracks::table)
        .values(track)
        .on_conflict(tracks::id)
        .do_update()
        .set((&track.content, tracks::updated_at.eq(track.updated_at)))
        .execute(conn)
        .map(drop)
}

/// Replaces a track's artist and genre links with these.
pub fn track_links_replace(
    conn: &mut SqliteConnection,
    track_id: &str,
    artist_links: &[TrackArtist],
    genre_links: &[TrackGenre],
    new_track: bool,
) -> QueryResult<()> {
    // A track inserted just now has no links yet: two deletes saved per new file.
    if !new_track {
        diesel::delete(track_artists::table.filter(track_artists::track_id.eq(track_id)))
            .execute(conn)?;
        diesel::delete(track_genres::table.filter(track_genres::track_id.eq(track_id)))
            .execute(conn)?;
    }
    for link in artist_links {
        diesel::insert_into(track_artists::table)
            .values(link)
            .execute(conn)?;
    }
    for link in genre_links {
        diesel::insert_into(track_genres::table)
            .values(link)
            .execute(conn)?;
    }
    Ok(())
}

/// (track id, album id) of the tracks read from these files.
pub fn track_albums_for_files(
    conn: &mut SqliteConnection,
    media_file_ids: &[String],
) -> QueryResult<Vec<(String, String)>> {
    tracks::table
        .filter(tracks::media_file_id.eq_any(media_file_ids))
        .select((tracks::id, tracks::album_id))
        .load(conn)
}

/// The user's corrections for these tracks: (track id, field, value; NULL blanks it).
pub fn metadata_override_list(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> QueryResult<Vec<(String, String, Option<String>)>> {
    metadata_overrides::table
        .filter(metadata_overrides::track_id.eq_any(track_ids))
        .select((
            metadata_overrides::track_id,
            metadata_overrides::field,
            metadata_overrides::value,
        ))
        .load(conn)
}

/// Inserts an album unless it exists; true when it was inserted.
pub fn album_insert_missing(conn: &mut SqliteConnection, album: &NewAlbum) -> QueryResult<bool> {
    diesel::insert_into(albums::table)
        .values(album)
        .on_conflict_do_nothing()
        .execute(conn)
        .map(|n| n > 0)
}

/// Fills an album's MusicBrainz ids where they are still unknown.
pub fn album_fill_musicbrainz(
    conn: &mut SqliteConnection,
    id: &str,
    release_id: Option<&str>,
    release_group_id: Option<&str>,
    now: i64,
) -> QueryResult<()> {
    if let Some(release) = release_id {
        diesel::update(
            albums::table
                .filter(albums::id.eq(id))
                .filter(albums::musicbrainz_album_id.is_null()),
        )
        .set((
            albums::musicbrainz_album_id.eq(release),
            albums::updated_at.eq(now),
        ))
        .execute(conn)?;
    }
    if let Some(group) = release_group_id {
        diesel::update(
            albums::table
                .filter(albums::id.eq(id))
                .filter(albums::musicbrainz_release_group_id.is_null()),
        )
        .set((
            albums::musicbrainz_release_group_id.eq(group),
            albums::updated_at.eq(now),
        ))
        .execute(conn)?;
    }
    Ok(())
}

/// The track columns an album's aggregates are computed from, per track:
/// (album id, disc number, disc total, year, date, is compilation).
#[allow(clippy::type_complexity)]
pub fn album_track_facts(
    conn: &mut SqliteConnection,
    album_ids: &[String],
) -> QueryResult<
    Vec<(
        String,
        Option<i32>,
        Option<i32>,
        Option<i32>,
        Option<String>,
        bool,
    )>,
> {
    tracks::table
        .filter(tracks::album_id.eq_any(album_ids))
        .select((
            tracks::album_id,
            tracks::disc_number,
            tracks::disc_total,
            tracks::year,
            tracks::date,
            tracks::is_compilation,
        ))
        .load(conn)
}

/// The stored aggregates and sort title of these albums.
pub fn album_aggregates(
    conn: &mut SqliteConnection,
    album_ids: &[String],
) -> QueryResult<Vec<(String, String, AlbumAggregates)>> {
    albums::table
        .filter(albums::id.eq_any(album_ids))
        .select((albums::id, albums::sort_title, AlbumAggregates::as_select()))
        .load(conn)
}

pub fn album_set_aggregates(
    conn: &mut SqliteConnection,
    id: &str,
    aggregates: &AlbumAggregates,
    now: i64,
) -> QueryResult<()> {
    diesel::update(albums::table.filter(albums::id.eq(id)))
        .set((aggregates, albums::updated_at.eq(now)))
        .execute(conn)
        .map(drop)
}

/// Keeps `tracks.album_sort` (a copy of the album's sort title, for an index-backed sort
/// by album) in step with the album.
pub fn track_sync_album_sort(
    conn: &mut SqliteConnection,
    album_id: &str,
    sort_title: &str,
) -> QueryResult<()> {
    diesel::update(
        tracks::table
            .filter(tracks::album_id.eq(album_id))
            .filter(tracks::album_sort.ne(sort_title)),
    )
    .set(tracks::album_sort.eq(sort_title))
    .execute(conn)
    .map(drop)
}

/// Deletes these albums if they have no tracks left; returns the ids deleted.
pub fn album_delete_empty(
    conn: &mut SqliteConnection,
    candidates: &[String],
) -> QueryResult<Vec<String>> {
    diesel::delete(
        albums::table
            .filter(albums::id.eq_any(candidates))
            .filter(not(exists(
                tracks::table.filter(tracks::album_id.eq(albums::id)),
            ))),
    )
    .returning(albums::id)
    .get_results(conn)
}

/// Deletes every album without tracks (the end-of-scan sweep).
pub fn album_delete_all_empty(conn: &mut SqliteConnection) -> QueryResult<Vec<String>> {
    diesel::delete(albums::table.filter(not(exists(
        tracks::table.filter(tracks::album_id.eq(albums::id)),
    ))))
    .returning(albums::id)
    .get_results(conn)
}

/// Per track of these albums (all albums when `None`), what choosing the cover needs:
/// (album id, track id, root id, folder, own artwork id, disc, track number, path).
#[allow(clippy::type_complexity)]
pub fn album_artwork_inputs(
    conn: &mut SqliteConnection,
    album_ids: Option<&[String]>,
) -> QueryResult<
    Vec<(
        String,
        String,
        String,
        String,
        Option<String>,
        Option<i32>,
        Option<i32>,
        String,
    )>,
> {
    let query = tracks::table
        .inner_join(media_files::table)
        .select((
            tracks::album_id,
            tracks::id,
            media_files::root_id,
            media_files::dir_path,
            tracks::artwork_id,
            tracks::disc_number,
            tracks::track_number,
            media_files::rel_path,
        ))
        .into_boxed();
    match album_ids {
        Some(ids) => query.filter(tracks::album_id.eq_any(ids)).load(conn),
        None => query.load(conn),
    }
}

/// The albums with a track directly in one of these (root id, folder) pairs.
pub fn album_ids_in_dirs(
    conn: &mut SqliteConnection,
    dirs: &[(&str, &str)],
) -> QueryResult<Vec<String>> {
    let mut by_root: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (root, dir) in dirs {
        by_root.entry(root).or_default().push(dir);
    }
    let mut ids = std::collections::BTreeSet::new();
    for (root, dirs) in by_root {
        for batch in dirs.chunks(crate::db::MAX_IN_LIST) {
            ids.extend(
                tracks::table
                    .inner_join(media_files::table)
                    .filter(media_files::root_id.eq(root))
                    .filter(media_files::dir_path.eq_any(batch))
                    .select(tracks::album_id)
                    .distinct()
                    .load::<String>(conn)?,
            );
        }
    }
    Ok(ids.into_iter().collect())
}

/// The stored artwork of these albums (all when `None`).
pub fn album_artwork_list(
    conn: &mut SqliteConnection,
    album_ids: Option<&[String]>,
) -> QueryResult<Vec<(String, AlbumArtwork)>> {
    let query = albums::table
        .select((albums::id, AlbumArtwork::as_select()))
        .into_boxed();
    match album_ids {
        Some(ids) => query.filter(albums::id.eq_any(ids)).load(conn),
        None => query.load(conn),
    }
}

pub fn album_set_artwork(
    conn: &mut SqliteConnection,
    id: &str,
    artwork: &AlbumArtwork,
    now: i64,
) -> QueryResult<()> {
    diesel::update(albums::table.filter(albums::id.eq(id)))
        .set((artwork, albums::updated_at.eq(now)))
        .execute(conn)
        .map(drop)
}

/// Inserts an artist unless it exists; true when it was inserted.
pub fn artist_insert_missing(conn: &mut SqliteConnection, artist: &NewArtist) -> QueryResult<bool> {
    diesel::insert_into(artists::table)
        .values(artist)
        .on_conflict_do_nothing()
        .execute(conn)
        .map(|n| n > 0)
}

/// Fills an artist's MusicBrainz id where it is still unknown.
pub fn artist_fill_musicbrainz(
    conn: &mut SqliteConnection,
    id: &str,
    musicbrainz_id: &str,
    now: i64,
) -> QueryResult<()> {
    diesel::update(
        artists::table
            .filter(artists::id.eq(id))
            .filter(artists::musicbrainz_artist_id.is_null()),
    )
    .set((
        artists::musicbrainz_artist_id.eq(musicbrainz_id),
        artists::updated_at.eq(now),
    ))
    .execute(conn)
    .map(drop)
}

/// The artists linked to these tracks (GC candidates before the tracks go).
pub fn artist_ids_for_tracks(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> QueryResult<Vec<String>> {
    track_artists::table
        .filter(track_artists::track_id.eq_any(track_ids))
        .select(track_artists::artist_id)
        .distinct()
        .load(conn)
}

/// Deletes these artists if nothing refers to them any more (no track link, no album);
/// returns the ids deleted. Albums go first (the caller deletes empty albums before).
pub fn artist_delete_orphaned(
    conn: &mut SqliteConnection,
    candidates: &[String],
) -> QueryResult<Vec<String>> {
    diesel::delete(
        artists::table
            .filter(artists::id.eq_any(candidates))
            .filter(not(exists(
                track_artists::table.filter(track_artists::artist_id.eq(artists::id)),
            )))
            .filter(not(exists(
                albums::table.filter(albums::album_artist_id.eq(artists::id)),
            ))),
    )
    .returning(artists::id)
    .get_results(conn)
}

/// Deletes every artist nothing refers to (the end-of-scan sweep).
pub fn artist_delete_all_orphaned(conn: &mut SqliteConnection) -> QueryResult<Vec<String>> {
    diesel::delete(
        artists::table
            .filter(not(exists(
                track_artists::table.filter(track_artists::artist_id.eq(artists::id)),
            )))
            .filter(not(exists(
                albums::table.filter(albums::album_artist_id.eq(artists::id)),
            ))),
    )
    .returning(artists::id)
    .get_results(conn)
}

pub fn genre_insert_missing(conn: &mut SqliteConnection, genre: &NewGenre) -> QueryResult<()> {
    diesel::insert_into(genres::table)
        .values(genre)
        .on_conflict_do_nothing()
        .execute(conn)
        .map(drop)
}

/// Deletes genres no track has any more.
pub fn genre_delete_unused(conn: &mut SqliteConnection) -> QueryResult<usize> {
    diesel::delete(genres::table.filter(not(exists(
        track_genres::table.filter(track_genres::genre_id.eq(genres::id)),
    ))))
    .execute(conn)
}
