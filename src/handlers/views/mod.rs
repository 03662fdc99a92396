//! How the services' domain values look through the API, shared by every route that shows
//! them: catalogue rows here, tracks in `track`, folders and the home sections in `browse`,
//! scans in `scan`, share links and what share pages show in `share`. Handlers build their
//! views from these and never from each other's helpers.

mod browse;
mod scan;
pub mod share;
mod track;

pub use browse::browsed;
pub use scan::{live_status, progress_event, scan_status};
pub use track::{track, tracks};

use crate::api::generated::{Album, Artist, ArtistRef, Playlist};
use crate::app::catalogue::Albums;
use crate::app::catalogue::{AlbumRow, ArtistRow, PlaylistRow};
use crate::clock::from_ms;

fn count(n: i64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

pub fn album(row: AlbumRow, genres: Vec<String>) -> Album {
    Album {
        artists: vec![ArtistRef {
            id: row.album_artist_id,
            name: row.album_artist_credit,
        }],
        year: row.year,
        genres: (!genres.is_empty()).then_some(genres),
        track_count: count(row.track_count),
        disc_count: Some(row.disc_count),
        duration_ms: row.duration_ms,
        compilation: row.is_compilation,
        artwork_id: row.artwork_id,
        musicbrainz_release_id: row.musicbrainz_album_id,
        play_count: Some(row.play_count),
        saved: Some(row.saved),
        added_at: from_ms(row.added_at),
        id: row.id,
        title: row.title,
    }
}

/// Albums as the API shows them, each with the genres read for the page.
pub fn albums(albums: Albums) -> Vec<Album> {
    let Albums { rows, mut genres } = albums;
    rows.into_iter()
        .map(|row| {
            let genres = genres.remove(&row.id).unwrap_or_default();
            album(row, genres)
        })
        .collect()
}

pub fn artist(row: ArtistRow) -> Artist {
    Artist {
        sort_name: Some(row.sort_name),
        album_count: count(row.album_count),
        track_count: count(row.track_count),
        genres: None,
        artwork_id: row.artwork_id,
        musicbrainz_artist_id: row.musicbrainz_artist_id,
        play_count: Some(row.play_count),
        saved: Some(row.saved),
        added_at: Some(from_ms(row.added_at)),
        id: row.id,
        name: row.name,
    }
}

pub fn playlist(row: PlaylistRow) -> Playlist {
    Playlist {
        description: row.description,
        track_count: count(row.track_count),
        duration_ms: row.duration_ms,
        artwork_id: row.artwork_id,
        saved: Some(row.saved),
        read_only: row.read_only,
        created_at: from_ms(row.created_at),
        updated_at: from_ms(row.updated_at),
        id: row.id,
        name: row.name,
    }
}
