//! What a share's visitors may see of the shared item: titles, names, numbers, durations
//! and artwork ids, read straight into values that have no field for anything else (no
//! file, folder, play count or saved mark), so no view built from them can leak one.

use diesel::SqliteConnection;

use crate::db::catalog::{self, TrackExtras, TrackRow};
use crate::db::shares as store;
use crate::db::DbError;

use super::ShareKind;

/// A track as a share page shows it.
#[derive(Debug, Clone)]
pub struct PublicTrack {
    pub id: String,
    pub title: String,
    pub artists: Vec<String>,
    pub album: String,
    /// The album's id, to group an artist's tracks; not shown on its own.
    pub album_id: String,
    pub track_number: Option<i32>,
    pub disc_number: Option<i32>,
    pub year: Option<i32>,
    pub duration_ms: i64,
    pub artwork_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PublicAlbum {
    pub id: String,
    pub title: String,
    pub artist: String,
    pub year: Option<i32>,
    pub artwork_id: Option<String>,
    pub tracks: Vec<PublicTrack>,
}

#[derive(Debug, Clone)]
pub struct PublicAlbumSummary {
    pub id: String,
    pub title: String,
    pub year: Option<i32>,
    pub artwork_id: Option<String>,
    pub track_count: i64,
}

#[derive(Debug, Clone)]
pub struct PublicArtist {
    pub id: String,
    pub name: String,
    pub albums: Vec<PublicAlbumSummary>,
    pub tracks: Vec<PublicTrack>,
}

#[derive(Debug, Clone)]
pub struct PublicPlaylist {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub tracks: Vec<PublicTrack>,
}

/// The shared item, by kind.
#[derive(Debug, Clone)]
pub enum PublicItem {
    Track(PublicTrack),
    Album(PublicAlbum),
    Artist(PublicArtist),
    Playlist(PublicPlaylist),
}

impl PublicItem {
    /// The item's name, for titles and previews.
    pub fn title(&self) -> &str {
        match self {
            PublicItem::Track(t) => &t.title,
            PublicItem::Album(a) => &a.title,
            PublicItem::Artist(a) => &a.name,
            PublicItem::Playlist(p) => &p.name,
        }
    }

    /// The image that stands for the item: its own, an album's, or its first track's.
    pub fn artwork_id(&self) -> Option<&str> {
        match self {
            PublicItem::Track(t) => t.artwork_id.as_deref(),
            PublicItem::Album(a) => a
                .artwork_id
                .as_deref()
                .or_else(|| a.tracks.iter().find_map(|t| t.artwork_id.as_deref())),
            PublicItem::Artist(a) => a.albums.iter().find_map(|a| a.artwork_id.as_deref()),
            PublicItem::Playlist(p) => p.tracks.iter().find_map(|t| t.artwork_id.as_deref()),
        }
    }

    /// The tracks a visitor can play, in order.
    pub fn tracks(&self) -> &[PublicTrack] {
        match self {
            PublicItem::Track(t) => std::slice::from_ref(t),
            PublicItem::Album(a) => &a.tracks,
            PublicItem::Artist(a) => &a.tracks,
            PublicItem::Playlist(p) => &p.tracks,
        }
    }
}

fn public_track(row: TrackRow, extras: &TrackExtras) -> PublicTrack {
    let artists = extras
        .artists
        .get(&row.id)
        .into_iter()
        .flatten()
        .filter(|a| a.role == "artist")
        .map(|a| a.name.clone())
        .collect();
    PublicTrack {
        artists,
        album: row.album_title,
        album_id: row.album_id,
        track_number: row.track_number,
        disc_number: row.disc_number,
        year: row.year,
        duration_ms: row.duration_ms,
        artwork_id: row.artwork_id,
        title: row.title,
        id: row.id,
    }
}

/// The share's tracks, in its order.
fn shared_tracks(
    conn: &mut SqliteConnection,
    kind: ShareKind,
    item_id: &str,
) -> Result<Vec<PublicTrack>, DbError> {
    let ids = store::share_track_ids(conn, kind.as_str(), item_id)?;
    let (rows, extras) = catalog::track_map_with_extras(conn, &ids)?;
    // A playlist may hold a track twice; each place is played.
    Ok(ids
        .iter()
        .filter_map(|id| rows.get(id).cloned())
        .map(|row| public_track(row, &extras))
        .collect())
}

/// The shared item as its visitors see it now; `None` when it left the library.
pub fn read_item(
    conn: &mut SqliteConnection,
    kind: ShareKind,
    item_id: &str,
) -> Result<Option<PublicItem>, DbError> {
    Ok(match kind {
        ShareKind::Track => shared_tracks(conn, kind, item_id)?
            .into_iter()
            .next()
            .map(PublicItem::Track),
        ShareKind::Album => match catalog::album_get(conn, item_id)? {
            None => None,
            Some(album) => Some(PublicItem::Album(PublicAlbum {
                tracks: shared_tracks(conn, kind, item_id)?,
                id: album.id,
                title: album.title,
                artist: album.album_artist_credit,
                year: album.year,
                artwork_id: album.artwork_id,
            })),
        },
        ShareKind::Artist => {
            match catalog::artist_get(conn, item_id)? {
                None => None,
                Some(artist) => {
                    let tracks = shared_tracks(conn, kind, item_id)?;
                    let mut album_ids: Vec<String> = Vec::new();
                    for track in &tracks {
                        if !album_ids.contains(&track.album_id) {
                            album_ids.push(track.album_id.clone());
                        }
                    }
                    let mut albums = Vec::new();
                    for chunk in album_ids.chunks(crate::db::MAX_IN_LIST) {
                        albums.extend(catalog::album_list_by_ids(conn, chunk)?.into_iter().map(
                            |a| PublicAlbumSummary {
                                id: a.id,
                                title: a.title,
                                year: a.year,
                                artwork_id: a.artwork_id,
                                track_count: a.track_count,
                            },
                        ));
                    }
                    Some(PublicItem::Artist(PublicArtist {
                        id: artist.id,
                        name: artist.name,
                        albums,
                        tracks,
                    }))
                }
            }
        }
        ShareKind::Playlist => match catalog::playlist_get(conn, item_id)? {
            None => None,
            Some(playlist) => Some(PublicItem::Playlist(PublicPlaylist {
                tracks: shared_tracks(conn, kind, item_id)?,
                id: playlist.id,
                name: playlist.name,
                description: playlist.description,
            })),
        },
    })
}

/// Whether the item exists in the library now (a share of nothing is refused).
pub fn item_exists(
    conn: &mut SqliteConnection,
    kind: ShareKind,
    item_id: &str,
) -> Result<bool, DbError> {
    Ok(match kind {
        ShareKind::Track => catalog::track_get(conn, item_id)?.is_some(),
        ShareKind::Album => catalog::album_get(conn, item_id)?.is_some(),
        ShareKind::Artist => catalog::artist_get(conn, item_id)?.is_some(),
        ShareKind::Playlist => catalog::playlist_get(conn, item_id)?.is_some(),
    })
}
