//! Shares through the API: the owner's view of a share link, and the public views the four
//! bootstrap routes answer with. The public ones are built only from `app::shares::public`
//! values, which carry nothing private to begin with.

use crate::api::generated::{
    Share, ShareKind as ApiKind, ShareSummary, SharedAlbum, SharedAlbumSummary, SharedArtist,
    SharedPlaylist, SharedTrack,
};
use crate::app::shares::public::{
    PublicAlbum, PublicAlbumSummary, PublicArtist, PublicPlaylist, PublicTrack,
};
use crate::app::shares::{ListedShare, ShareKind, ShareRow};
use crate::clock::from_ms;

use super::count;

pub fn api_kind(kind: ShareKind) -> ApiKind {
    match kind {
        ShareKind::Playlist => ApiKind::Playlist,
        ShareKind::Album => ApiKind::Album,
        ShareKind::Artist => ApiKind::Artist,
        ShareKind::Track => ApiKind::Track,
    }
}

pub fn domain_kind(kind: ApiKind) -> ShareKind {
    match kind {
        ApiKind::Playlist => ShareKind::Playlist,
        ApiKind::Album => ShareKind::Album,
        ApiKind::Artist => ShareKind::Artist,
        ApiKind::Track => ShareKind::Track,
    }
}

/// The stored kind; a row always holds one of the four (a `CHECK` says so).
fn row_kind(row: &ShareRow) -> ShareKind {
    ShareKind::parse(&row.kind).unwrap_or(ShareKind::Track)
}

/// The share page's path, `/share/{kind}/{id}`, under `public_url` when one is known.
pub fn page_url(public_url: Option<&str>, kind: ShareKind, id: &str) -> String {
    let base = public_url.map_or("", |url| url.trim_end_matches('/'));
    format!("{base}/share/{kind}/{id}")
}

/// A share as its owner sees it.
pub fn share(listed: ListedShare, public_url: Option<&str>) -> Share {
    let ListedShare { share: row, title } = listed;
    let kind = row_kind(&row);
    Share {
        kind: api_kind(kind),
        item_id: row.item_id,
        title,
        bootstrap_path: format!("/api/share/{kind}/{}/bootstrap", row.id),
        page_url: page_url(public_url, kind, &row.id),
        has_password: row.password_hash.is_some(),
        allow_download: row.allow_download,
        max_sessions: row.max_sessions,
        created_at: from_ms(row.created_at),
        expires_at: row.expires_at.map(from_ms),
        last_accessed_at: row.last_accessed_at.map(from_ms),
        access_count: row.access_count,
        id: row.id,
    }
}

/// What a share page may know of its share.
pub fn summary(row: &ShareRow, title: &str) -> ShareSummary {
    ShareSummary {
        id: row.id.clone(),
        kind: api_kind(row_kind(row)),
        title: title.to_owned(),
        allow_download: row.allow_download,
        expires_at: row.expires_at.map(from_ms),
    }
}

pub fn track(track: &PublicTrack) -> SharedTrack {
    SharedTrack {
        id: track.id.clone(),
        title: track.title.clone(),
        artists: track.artists.clone(),
        album: Some(track.album.clone()),
        track_number: track.track_number,
        disc_number: track.disc_number,
        year: track.year,
        duration_ms: track.duration_ms,
        artwork_id: track.artwork_id.clone(),
    }
}

fn tracks(tracks: &[PublicTrack]) -> Vec<SharedTrack> {
    tracks.iter().map(track).collect()
}

fn duration(tracks: &[PublicTrack]) -> i64 {
    tracks.iter().map(|t| t.duration_ms).sum()
}

pub fn album(album: &PublicAlbum) -> SharedAlbum {
    SharedAlbum {
        id: album.id.clone(),
        title: album.title.clone(),
        artist: Some(album.artist.clone()),
        year: album.year,
        artwork_id: album.artwork_id.clone(),
        track_count: count(album.tracks.len() as i64),
        duration_ms: duration(&album.tracks),
        tracks: tracks(&album.tracks),
    }
}

fn album_summary(album: &PublicAlbumSummary) -> SharedAlbumSummary {
    SharedAlbumSummary {
        id: album.id.clone(),
        title: album.title.clone(),
        year: album.year,
        artwork_id: album.artwork_id.clone(),
        track_count: count(album.track_count),
    }
}

pub fn artist(artist: &PublicArtist) -> SharedArtist {
    SharedArtist {
        id: artist.id.clone(),
        name: artist.name.clone(),
        artwork_id: artist.albums.iter().find_map(|a| a.artwork_id.clone()),
        albums: artist.albums.iter().map(album_summary).collect(),
        tracks: tracks(&artist.tracks),
    }
}

pub fn playlist(playlist: &PublicPlaylist) -> SharedPlaylist {
    SharedPlaylist {
        id: playlist.id.clone(),
        name: playlist.name.clone(),
        description: playlist.description.clone(),
        track_count: count(playlist.tracks.len() as i64),
        duration_ms: duration(&playlist.tracks),
        tracks: tracks(&playlist.tracks),
    }
}
