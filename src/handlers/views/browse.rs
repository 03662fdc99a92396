//! `GET /api/browse` as the API shows it: a folder with what is directly inside it, or the
//! roots and the home sections.

use crate::api::generated::{BrowseFolder, BrowseResult, LibraryRoot};
use crate::app::catalogue::{Browsed, FolderListing, Home};

/// `local`: whether the caller is on this machine, the only one shown where the music
/// lives on disk.
pub fn browsed(browsed: Browsed, local: bool) -> BrowseResult {
    match browsed {
        Browsed::Top(home) => top(home, local),
        Browsed::Folder(listing) => folder(listing),
    }
}

fn folder(listing: FolderListing) -> BrowseResult {
    BrowseResult {
        path: Some(listing.path),
        parent_path: listing.parent_path,
        roots: None,
        folders: listing
            .folders
            .into_iter()
            .map(|f| BrowseFolder {
                name: f.name,
                path: f.path,
                folder_count: f.folder_count,
                track_count: f.track_count,
                artwork_id: None,
            })
            .collect(),
        tracks: super::tracks(listing.tracks),
        recently_added_albums: None,
        recently_played: None,
        most_played: None,
    }
}

fn top(home: Home, local: bool) -> BrowseResult {
    let Home {
        roots,
        recently_added_albums,
        recently_played,
        most_played,
        extras,
    } = home;
    let tracks = |rows: Vec<_>| -> Vec<_> {
        rows.into_iter()
            .map(|row| super::track(row, &extras))
            .collect()
    };
    BrowseResult {
        path: None,
        parent_path: None,
        roots: Some(
            roots
                .into_iter()
                .map(|r| LibraryRoot {
                    id: r.id,
                    name: r.name,
                    // Where the music lives on disk is the desktop's business only.
                    absolute_path: local.then_some(r.path),
                    available: r.available,
                    track_count: Some(r.track_count),
                })
                .collect(),
        ),
        folders: Vec::new(),
        tracks: Vec::new(),
        recently_added_albums: Some(super::albums(recently_added_albums)),
        recently_played: Some(tracks(recently_played)),
        most_played: Some(tracks(most_played)),
    }
}
