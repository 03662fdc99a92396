//! Saved items: the tracks, albums, artists and playlists a person keeps.

use serde::Serialize;

/// What can be saved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, strum::Display)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "camelCase")]
pub enum SavedKind {
    #[default]
    Track,
    Album,
    Artist,
    Playlist,
}
