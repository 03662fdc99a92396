//! The track view, shared by every route that shows tracks.

use crate::api::generated::{AlbumRef, ArtistRef, Track};
use crate::app::catalogue::Tracks;
use crate::app::catalogue::{TrackExtras, TrackRow};
use crate::clock::from_ms;

/// Tracks as the API shows them, from their rows and the extras read with them.
pub fn tracks(tracks: Tracks) -> Vec<Track> {
    let Tracks { rows, extras } = tracks;
    rows.into_iter().map(|row| track(row, &extras)).collect()
}

pub fn track(row: TrackRow, extras: &TrackExtras) -> Track {
    let credits = extras.artists.get(&row.id);
    let artists = credits
        .into_iter()
        .flatten()
        .filter(|a| a.role == "artist")
        .map(|a| ArtistRef {
            id: a.artist_id.clone(),
            name: a.name.clone(),
        })
        .collect();
    let genres = extras.genres.get(&row.id).cloned();
    Track {
        artists,
        album: Some(AlbumRef {
            id: row.album_id.clone(),
            title: row.album_title,
        }),
        album_artists: Some(vec![ArtistRef {
            id: row.album_artist_id,
            name: row.album_artist_credit,
        }]),
        composers: row.composer.map(|c| vec![c]),
        track_number: row.track_number,
        track_total: row.track_total,
        disc_number: row.disc_number,
        disc_total: row.disc_total,
        year: row.year,
        genres,
        compilation: row.is_compilation,
        duration_ms: row.duration_ms,
        format: row.format,
        bitrate_kbps: row.file.bitrate_kbps,
        sample_rate_hz: row.file.sample_rate_hz,
        bit_depth: row.file.bit_depth,
        channels: row.file.channels,
        file_size_bytes: Some(row.file.size_bytes),
        relative_path: Some(format!("{}/{}", row.file.root_id, row.file.rel_path)),
        artwork_id: row.artwork_id,
        replay_gain_track_db: row.replaygain_track_gain_db,
        replay_gain_album_db: row.replaygain_album_gain_db,
        musicbrainz_recording_id: row.musicbrainz_recording_id,
        play_count: Some(i64::from(row.play_count)),
        last_played_at: row.last_played_at.map(from_ms),
        saved: Some(row.saved),
        added_at: from_ms(row.added_at),
        updated_at: Some(from_ms(row.updated_at)),
        id: row.id,
        title: row.title,
    }
}
